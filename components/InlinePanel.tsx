import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { findingItems, groupedItems, guardedItems, itemSummary, SEVERITY_RANK, type FindingItem } from '@/lib/content/finding-items';
import type { PanelActions, PanelState, PanelStore } from '@/lib/content/panel-store';
import { ItemBody, itemLabels, MoreMenu, SeverityMark } from './FindingActions';

export interface PanelProps {
  store: PanelStore;
  siteName: string;
  /** "X post", "YouTube description": names this panel apart from others on the page. */
  surfaceName: string;
}

/** The words an item is about, as the user wrote them, or "whole post". */
const wordsOf = (item: FindingItem): string => (item.wholePost ? 'Whole post' : (item.findings[0]?.actual.trim() ?? ''));

/** The badge's content: the number of things to look at, or a quiet mark when there are none. */
function badgeContent(state: PanelState, count: number): { text: string; tone: string } {
  if (state.status === 'paused') return { text: 'Ⅱ', tone: 'muted' };
  if (state.status === 'unavailable') return { text: '!', tone: 'muted' };
  if (count === 0) return { text: state.status === 'checking' && !state.report ? '…' : '✓', tone: 'ok' };
  return { text: String(count), tone: '' };
}

function statusLine(state: PanelState, summary: string, siteName: string): string {
  if (state.status === 'unavailable') return 'Could not check this draft. Keep typing to retry.';
  if (state.status === 'paused') return `Paused on ${siteName}.`;
  return summary;
}

/** One item in the list: its words (click to select them in the draft), what it is, and what to do. */
function ListItem({ item, actions, selectable }: { item: FindingItem; actions: PanelActions | undefined; selectable: boolean }) {
  const words = wordsOf(item);
  return (
    <li className="sh-finding" data-category={item.findings[0]!.category} data-severity={item.severity}>
      <div className="sh-item-head">
        <SeverityMark item={item} />
        <span className="sh-labels">{itemLabels(item)}</span>
        {selectable && actions && !item.wholePost ? (
          <button type="button" className="sh-words" title="Select these words in the draft" onClick={() => actions.selectWords(item.start, item.end)}>
            {words}
          </button>
        ) : (
          <span className="sh-words">{words}</span>
        )}
        {actions && <MoreMenu item={item} actions={actions} />}
      </div>
      <ItemBody item={item} actions={actions} />
    </li>
  );
}

function FindingList({ state, items, siteName, surfaceName, close }: { state: PanelState; items: FindingItem[]; siteName: string; surfaceName: string; close: () => void }) {
  const { report, actions, notice, undo, quoted, status } = state;
  const titleId = useId();
  const paused = status === 'paused';
  const summary = statusLine(state, itemSummary(items), siteName);
  const quotedItems = findingItems(quoted);
  const fixable = items.filter((item) => item.fix && !item.wholePost);
  const disclaimer = report?.disclaimer;
  const canInsert = !!actions && !!disclaimer && !paused && !disclaimer.present && status !== 'idle' && disclaimer.offered;
  const length = report?.length;
  const showLength = !!length && length.used >= length.limit * 0.8;
  return (
    <section
      className="sh-list"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <header className="sh-list-header">
        <h2 id={titleId} className="sh-list-title">
          <span className="sh-visually-hidden">Safe Harbor, {surfaceName}: </span>
          {summary}
        </h2>
        {showLength && (
          <span className={`sh-length${length.used > length.limit ? ' sh-over' : ''}`}>
            <span className="sh-visually-hidden">{siteName} length: </span>
            {length.used.toLocaleString('en-US')}/{length.limit.toLocaleString('en-US')}
          </span>
        )}
        <button type="button" className="sh-icon-button" aria-label="Close the list" onClick={close}>
          ×
        </button>
      </header>
      {report?.historyError && <p className="sh-notice sh-history-error">{report.historyError}</p>}
      {report?.checkedLength !== undefined && (
        <p className="sh-notice">Only the first {report.checkedLength.toLocaleString('en-US')} characters were checked: shorten the draft or check the rest in the full-page checker.</p>
      )}
      {notice && (
        <p className="sh-notice">
          {notice}
          {undo && (
            <button type="button" className="sh-link" onClick={() => void undo()}>
              Undo
            </button>
          )}
        </p>
      )}
      {(canInsert || fixable.length > 1) && (
        <div className="sh-toolbar">
          {canInsert && (disclaimer.fits || !disclaimer.short.fits) && (
            <button type="button" className="sh-button sh-primary" onClick={() => void actions.insertDisclaimer()}>
              Insert disclaimer
            </button>
          )}
          {canInsert && !disclaimer.fits && disclaimer.short.fits && (
            <button type="button" className="sh-button sh-primary" title={`Your full disclaimer does not fit; this adds "${disclaimer.short.text}"`} onClick={() => void actions.insertDisclaimer(true)}>
              Insert short disclaimer
            </button>
          )}
          {fixable.length > 1 && actions && (
            <button type="button" className="sh-button" onClick={() => void actions.applyAll(fixable.map((item) => item.fix!))}>
              Fix all {fixable.length}
            </button>
          )}
        </div>
      )}
      {groupedItems(items).map((group) => (
        <section key={group.group} className="sh-group" aria-labelledby={`${titleId}-${group.group}`}>
          <h3 id={`${titleId}-${group.group}`} className="sh-group-title">
            {group.title}
          </h3>
          <ul className="sh-findings">
            {group.items.map((item) => (
              <ListItem key={item.key} item={item} actions={actions} selectable />
            ))}
          </ul>
        </section>
      ))}
      {quotedItems.length > 0 && (
        <section className="sh-group" aria-labelledby={`${titleId}-quoted`}>
          <h3 id={`${titleId}-quoted`} className="sh-group-title">
            In the post you quote (you answer for what you share)
          </h3>
          <ul className="sh-findings">
            {quotedItems.map((item) => (
              <ListItem key={`q:${item.key}`} item={item} actions={undefined} selectable={false} />
            ))}
          </ul>
        </section>
      )}
      {actions && (
        <footer className="sh-list-footer">
          <button type="button" className="sh-link" onClick={() => void actions.setPaused(!paused)}>
            {paused ? `Resume checking on ${siteName}` : `Pause on ${siteName}`}
          </button>
        </footer>
      )}
    </section>
  );
}

/** The card anchored to an underlined word: what it is, its fix, and more behind "⋯". */
function WordCard({ state, item, close }: { state: PanelState; item: FindingItem; close: (refocusEditor: boolean) => void }) {
  const primary = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const focus = state.card?.focus;
  useEffect(() => {
    if (focus) (primary.current ?? card.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [focus, item.key]);
  return (
    <div
      ref={card}
      className="sh-card"
      role="dialog"
      aria-label={`${itemLabels(item)}: "${wordsOf(item)}"`}
      data-category={item.findings[0]!.category}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close(true);
        }
      }}
    >
      <div className="sh-item-head">
        <SeverityMark item={item} />
        <span className="sh-labels">{itemLabels(item)}</span>
        {state.actions && <MoreMenu item={item} actions={state.actions} onDone={() => close(false)} />}
      </div>
      <ItemBody item={item} actions={state.actions} primaryRef={primary} onFixed={() => close(false)} emphasise />
    </div>
  );
}

/** Asks before a post that still holds a "Stop before posting" finding goes out. */
function GuardDialog({ items, actions }: { items: FindingItem[]; actions: PanelActions }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
    };
  }, []);
  const patientOnly = items.length > 0 && items.every((item) => item.group === 'patient');
  const title = items.length === 0 ? 'Nothing holds this post back now.' : patientOnly ? 'This post could identify a patient.' : 'This post has something to fix before posting.';
  const text =
    items.length === 0
      ? 'Post it, or go back to the draft.'
      : `${items.length} ${items.length === 1 ? 'finding is' : 'findings are'} set to stop before posting. Fix ${items.length === 1 ? 'it' : 'them'}, review the draft, or post exactly as written.`;
  return (
    <dialog
      ref={dialog}
      className="sh-guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        actions.resolveGuard(false);
      }}
    >
      <h2 id={titleId} className="sh-guard-title">
        {title}
      </h2>
      <p id={textId} className="sh-guard-text">
        {text}
      </p>
      {items.length > 0 && (
        <ul className="sh-findings">
          {items.map((item) => (
            <li key={item.key} className="sh-finding" data-category={item.findings[0]!.category} data-severity={item.severity}>
              <div className="sh-item-head">
                <SeverityMark item={item} />
                <span className="sh-labels">{itemLabels(item)}</span>
                <span className="sh-words">{wordsOf(item)}</span>
              </div>
              <p className="sh-message">{item.findings[0]!.message}</p>
              {item.fix && (
                <div className="sh-actions">
                  <button type="button" className="sh-button" onClick={() => void actions.applySuggestion(item.fix!.finding, item.fix!.index)}>
                    {item.fix.suggestion.label}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="sh-actions sh-guard-actions">
        <button type="button" className="sh-button sh-primary" autoFocus onClick={() => actions.resolveGuard(false)}>
          Review
        </button>
        <button type="button" className="sh-button" onClick={() => actions.resolveGuard(true)}>
          Post anyway
        </button>
      </div>
    </dialog>
  );
}

/**
 * Safe Harbor beside a compose box: a badge at the editor's corner that opens the list of findings,
 * a card for the underlined word, and the post guard. Everything from the draft is rendered as text.
 */
export function InlinePanel({ store, siteName, surfaceName }: PanelProps) {
  const state = useStore(store);
  const { findings, quoted, listOpen, card, guardOpen, actions, setListOpen, openCard } = state;
  const items = findingItems(findings);
  const allItems = [...items, ...findingItems(quoted)];
  const summary = itemSummary(allItems);
  const worst = [...allItems].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0]?.severity ?? 'ok';
  const badge = badgeContent(state, allItems.length);
  const listId = useId();
  const badgeButton = useRef<HTMLButtonElement>(null);
  const cardItem = card ? items.find((item) => item.key === card.key) : undefined;
  const closeList = (): void => {
    setListOpen(false);
    badgeButton.current?.focus();
  };
  const closeCard = (refocusEditor: boolean): void => {
    openCard(undefined);
    if (refocusEditor && cardItem) actions?.selectWords(cardItem.end, cardItem.end);
  };
  // The live region speaks when what was found changes, not on every check while typing.
  const announcedRef = useRef('');
  if (state.status === 'idle') announcedRef.current = '';
  else if (state.status !== 'checking') announcedRef.current = statusLine(state, summary, siteName);
  return (
    <div className="sh-root" data-worst={worst}>
      <button
        ref={badgeButton}
        type="button"
        className={`sh-badge sh-badge-${badge.tone || worst}`}
        aria-label={`Safe Harbor: ${statusLine(state, summary, siteName)}`}
        aria-expanded={listOpen}
        aria-controls={listOpen ? listId : undefined}
        aria-keyshortcuts="Alt+Shift+S"
        title={`Safe Harbor: ${statusLine(state, summary, siteName)}`}
        onClick={() => setListOpen(!listOpen)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            if (listOpen) setListOpen(false);
            else actions?.focusEditor();
          }
        }}
      >
        <span aria-hidden="true">{badge.text}</span>
      </button>
      <span className="sh-visually-hidden" role="status">
        {announcedRef.current}
      </span>
      {listOpen && (
        <div id={listId} className="sh-list-layer">
          <FindingList state={state} items={items} siteName={siteName} surfaceName={surfaceName} close={closeList} />
        </div>
      )}
      {cardItem && !listOpen && <WordCard state={state} item={cardItem} close={closeCard} />}
      {guardOpen && actions && <GuardDialog items={guardedItems(allItems)} actions={actions} />}
    </div>
  );
}
