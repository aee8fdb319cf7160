import { Component, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { findingItems, groupedItems, guardedItems, itemSummary, SEVERITY_RANK, type FindingItem } from '@/lib/content/finding-items';
import type { Attachment, PanelActions, PanelState, PanelStore } from '@/lib/content/panel-store';
import { CATEGORIES } from '@/lib/analysis/categories';
import type { TeachingOffer } from '@/lib/cases/offer';

/** Patient details found in the attached files. */
const imageDetails = (attachments: readonly Attachment[]): number => attachments.reduce((n, a) => n + a.findings.filter((f) => f.category.startsWith('phi.')).length, 0);
import { ItemBody, itemLabels, MoreMenu, SeverityMark } from './FindingActions';

export interface PanelProps {
  store: PanelStore;
  siteName: string;
  /** "X post", "YouTube description": names this panel apart from others on the page. */
  surfaceName: string;
  /** Found by the generic checker: the site's page is not one Safe Harbor knows. */
  generic?: boolean;
}

/** The words an item is about, as the user wrote them, or "whole post". */
const wordsOf = (item: FindingItem): string => (item.wholePost ? 'Whole post' : (item.findings[0]?.actual.trim() ?? ''));

/** The badge's content: the number of things to look at, or a quiet mark when there are none. */
function badgeContent(state: PanelState, count: number): { text: string; tone: string } {
  if (state.status === 'paused') return { text: 'Ⅱ', tone: 'muted' };
  if (state.status === 'unavailable') return { text: '!', tone: 'muted' };
  if (count > 0) return { text: String(count), tone: '' };
  // Never a clean ✓ while a file is being read, or when one could not be.
  if (state.attachments.some((a) => a.status === 'checking')) return { text: '…', tone: 'muted' };
  if (state.attachments.some((a) => a.error)) return { text: '!', tone: 'warning' };
  return { text: state.status === 'checking' && !state.report ? '…' : '✓', tone: 'ok' };
}

/** What the summary adds about attached files that have not been (fully) read. */
function filesNote(attachments: readonly Attachment[]): string {
  const checking = attachments.filter((a) => a.status === 'checking').length;
  const unread = attachments.filter((a) => a.status === 'done' && a.error).length;
  const parts: string[] = [];
  if (checking) parts.push(`checking ${checking} ${checking === 1 ? 'file' : 'files'}`);
  if (unread) parts.push(`${unread} ${unread === 1 ? 'file' : 'files'} not fully checked`);
  return parts.length ? ` · ${parts.join(' · ')}` : '';
}

function statusLine(state: PanelState, summary: string, siteName: string): string {
  if (state.status === 'unavailable') return 'Could not check this draft. Keep typing to retry.';
  if (state.status === 'paused') return `Paused on ${siteName}.`;
  return summary;
}

/** One item in the list: its words (click to select them in the draft), what it is, and what to do. */
function ListItem({ item, actions, selectable, onDone }: { item: FindingItem; actions: PanelActions | undefined; selectable: boolean; onDone?: () => void }) {
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
        {actions && <MoreMenu item={item} actions={actions} onDone={onDone} />}
      </div>
      <ItemBody item={item} actions={actions} />
    </li>
  );
}

/** An attached file: its thumbnail with what was found outlined, its findings, or why it could not be checked. */
function AttachmentRow({ attachment, actions }: { attachment: Attachment; actions?: PanelActions }) {
  const [size, setSize] = useState<{ width: number; height: number } | undefined>();
  const boxes = attachment.findings.flatMap((f) => (f.box ? [f.box] : []));
  const status =
    attachment.status === 'checking'
      ? 'Checking…'
      : (attachment.error ?? (attachment.findings.length ? `${attachment.findings.length} patient ${attachment.findings.length === 1 ? 'detail' : 'details'}` : 'No patient details found'));
  return (
    <li className="sh-finding sh-attachment" data-status={attachment.status} data-category={attachment.findings[0]?.category}>
      <div className="sh-attachment-head">
        {attachment.preview && (
          <span className="sh-thumb">
            <img src={attachment.preview} alt="" onLoad={(event) => setSize({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })} />
            {size &&
              boxes.map((box, i) => (
                <span
                  key={i}
                  className="sh-box"
                  style={{ left: `${(box.x / size.width) * 100}%`, top: `${(box.y / size.height) * 100}%`, width: `${(box.width / size.width) * 100}%`, height: `${(box.height / size.height) * 100}%` }}
                />
              ))}
          </span>
        )}
        <span className="sh-attachment-text">
          <span className="sh-words">{attachment.name}</span>
          <span className={attachment.error ? 'sh-labels sh-attachment-error' : 'sh-labels'}>{status}</span>
        </span>
      </div>
      {attachment.findings.length > 0 && (
        <ul className="sh-image-findings">
          {[...new Set(attachment.findings.map((f) => f.category))].map((category) => [category, attachment.findings.filter((f) => f.category === category)] as const).map(([category, found]) => (
            <li key={category} data-category={category}>
              <span className="sh-labels">
                {CATEGORIES[category].label}
                {found.length > 1 ? ` ×${found.length}` : ''}
              </span>{' '}
              {found[0]!.message}
            </li>
          ))}
        </ul>
      )}
      {actions && attachment.cleanable && (
        <div className="sh-actions">
          {attachment.replaceable && (
            <button type="button" className="sh-button sh-primary" onClick={() => void actions.replaceWithCleanCopy(attachment.key)}>
              Replace the attachment with the cleaned copy
            </button>
          )}
          <button type="button" className="sh-button" onClick={() => void actions.saveCleanCopy(attachment.key)}>
            Save a cleaned copy
          </button>
        </div>
      )}
    </li>
  );
}

function AttachmentGroup({ attachments, headingId, actions }: { attachments: Attachment[]; headingId: string; actions?: PanelActions }) {
  return (
    <section className="sh-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="sh-group-title">
        Attached files
      </h3>
      <ul className="sh-findings">
        {attachments.map((attachment) => (
          <AttachmentRow key={attachment.key} attachment={attachment} actions={actions} />
        ))}
      </ul>
    </section>
  );
}

/** The case log's offer for a teaching post: log an unknown as the next case, or answer an open one. Never a finding. */
function CaseOffer({ teaching, actions, headingId }: { teaching: TeachingOffer; actions: PanelActions; headingId: string }) {
  const [number, setNumber] = useState(String(teaching.logged?.number ?? teaching.suggestedNumber ?? ''));
  const [title, setTitle] = useState(teaching.logged?.title ?? '');
  useEffect(() => {
    if (!teaching.logged) setNumber(String(teaching.suggestedNumber ?? ''));
  }, [teaching.suggestedNumber, teaching.logged]);
  const wanted = Number(number);
  const tag = teaching.hashtag ? ` #${teaching.hashtag}` : '';
  if (teaching.kind === 'answer') {
    const answer = teaching.answers;
    return (
      <section className="sh-group sh-case" aria-labelledby={headingId} data-case-kind="answer">
        <h3 id={headingId} className="sh-group-title">
          Teaching case
        </h3>
        {answer ? (
          <>
            <p className="sh-case-text">
              An answer to case #{answer.number}
              {answer.hashtag ? ` #${answer.hashtag}` : ''}. It is marked answered when you post{answer.names ? '' : ' it with the case number'}.
            </p>
            {answer.addition && (
              <button type="button" className="sh-button sh-primary" onClick={() => void actions.answerCase()}>
                Answer case #{answer.number}
              </button>
            )}
          </>
        ) : (
          <p className="sh-case-text">An answer post, but no case of yours is waiting for its answer.</p>
        )}
      </section>
    );
  }
  return (
    <section className="sh-group sh-case" aria-labelledby={headingId} data-case-kind="unknown">
      <h3 id={headingId} className="sh-group-title">
        Teaching case
      </h3>
      {teaching.logged ? (
        <p className="sh-case-text">
          Logged as case #{teaching.logged.number}
          {tag}. Its answer is due once you post.
        </p>
      ) : (
        <p className="sh-case-text">An unknown: log it to track when its answer is due{tag ? `, with${tag}` : ''}.</p>
      )}
      <form
        className="sh-case-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (teaching.logged) void actions.editCase(teaching.logged.id, { title, number: wanted });
          else void actions.logCase(wanted, title || undefined);
        }}
      >
        <label className="sh-case-field">
          <span>Case number</span>
          <input type="number" min={1} inputMode="numeric" value={number} onChange={(event) => setNumber(event.target.value)} />
        </label>
        <label className="sh-case-field sh-case-title">
          <span>Short title (no patient details)</span>
          <input type="text" maxLength={120} value={title} placeholder="e.g. Posterior fossa mass" onChange={(event) => setTitle(event.target.value)} />
        </label>
        <button type="submit" className="sh-button sh-primary" disabled={!Number.isInteger(wanted) || wanted < 1}>
          {teaching.logged ? 'Save case' : `Log as case #${Number.isInteger(wanted) && wanted > 0 ? wanted : '…'}`}
        </button>
      </form>
    </section>
  );
}

function FindingList({ state, items, siteName, surfaceName, generic, close }: { state: PanelState; items: FindingItem[]; siteName: string; surfaceName: string; generic: boolean; close: () => void }) {
  const { report, actions, notice, undo, quoted, status, attachments } = state;
  const titleId = useId();
  const paused = status === 'paused';
  const quotedItems = findingItems(quoted);
  const summary = statusLine(state, itemSummary([...items, ...quotedItems], imageDetails(attachments)) + filesNote(attachments), siteName);
  const fixable = items.filter((item) => item.fix && !item.wholePost);
  const disclaimer = report?.disclaimer;
  const canInsert = !!actions && !!disclaimer && !paused && !disclaimer.present && status !== 'idle' && disclaimer.offered;
  const length = report?.length;
  const showLength = !!length && length.used >= length.limit * 0.8;
  const list = useRef<HTMLElement>(null);
  // After "Ignore here" or "Stop checking" the item goes: focus stays in the list, not on the page.
  const keepFocus = (): void => list.current?.focus();
  return (
    <section
      ref={list}
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
      {generic && <p className="sh-notice">Checked with the generic checker: Safe Harbor does not know this box on {siteName}, so it reads the text only (no thread or quoted post).</p>}
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
      {report?.teaching && actions && !paused && <CaseOffer teaching={report.teaching} actions={actions} headingId={`${titleId}-case`} />}
      {attachments.length > 0 && <AttachmentGroup attachments={attachments} headingId={`${titleId}-files`} actions={actions} />}
      {groupedItems(items).map((group) => (
        <section key={group.group} className="sh-group" aria-labelledby={`${titleId}-${group.group}`}>
          <h3 id={`${titleId}-${group.group}`} className="sh-group-title">
            {group.title}
          </h3>
          <ul className="sh-findings">
            {group.items.map((item) => (
              <ListItem key={item.key} item={item} actions={actions} selectable onDone={keepFocus} />
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
        } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp') && state.walk) {
          event.preventDefault();
          event.stopPropagation();
          state.walk(event.key === 'ArrowDown');
        }
      }}
    >
      <div className="sh-item-head">
        <SeverityMark item={item} />
        <span className="sh-labels">{itemLabels(item)}</span>
        {state.actions && <MoreMenu item={item} actions={state.actions} onDone={() => close(true)} />}
      </div>
      <ItemBody item={item} actions={state.actions} primaryRef={primary} onFixed={() => close(false)} emphasise />
    </div>
  );
}

/** One held-back item in the guard, with its fix when it is in the user's own draft. */
function GuardItem({ item, onFix }: { item: FindingItem; onFix?: () => void }) {
  return (
    <li className="sh-finding" data-category={item.findings[0]!.category} data-severity={item.severity}>
      <div className="sh-item-head">
        <SeverityMark item={item} />
        <span className="sh-labels">{itemLabels(item)}</span>
        <span className="sh-words">{wordsOf(item)}</span>
      </div>
      <p className="sh-message">{item.findings[0]!.message}</p>
      {onFix && item.fix && (
        <div className="sh-actions">
          <button type="button" className="sh-button" onClick={onFix}>
            {item.fix.suggestion.label}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Asks before a post that still holds a "Stop before posting" finding goes out: a modal dialog,
 * so the page behind it is inert until the user answers. Every answer closes it first, so that
 * going back to the draft (Review, a fix) finds the editor focusable again.
 */
function GuardDialog({ own, quoted, attachments, actions }: { own: FindingItem[]; quoted: FindingItem[]; attachments: Attachment[]; actions: PanelActions }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    try {
      if (!element.open) element.showModal();
    } catch {
      element.setAttribute('open', '');
    }
    element.querySelector<HTMLElement>('.sh-guard-actions .sh-primary')?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);
  const leave = (then: () => void) => () => {
    if (dialog.current?.open) dialog.current.close();
    then();
  };
  const inFiles = attachments.filter((a) => a.findings.some((f) => f.severity === 'error'));
  const checking = attachments.filter((a) => a.status === 'checking').length;
  const count = own.length + quoted.length + inFiles.reduce((n, a) => n + a.findings.length, 0);
  const patientOnly = count > 0 && [...own, ...quoted].every((item) => item.group === 'patient');
  const title =
    count === 0
      ? checking
        ? `Checking ${checking} ${checking === 1 ? 'file' : 'files'}…`
        : 'Nothing holds this post back now.'
      : patientOnly
        ? 'This post could identify a patient.'
        : 'This post has something to fix before posting.';
  const text =
    count === 0
      ? checking
        ? 'Safe Harbor has not finished reading what you attached. Wait for it, review the draft, or post anyway.'
        : 'Post it, or go back to the draft.'
      : `${count} ${count === 1 ? 'finding is' : 'findings are'} set to stop before posting${checking ? `, and ${checking} ${checking === 1 ? 'file is' : 'files are'} still being checked` : ''}. Fix ${count === 1 ? 'it' : 'them'}, review the draft, or post exactly as written.`;
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
        leave(() => actions.resolveGuard(false))();
      }}
      // Closed some other way (the page, the browser): the post stays held, and the draft is shown.
      onClose={() => actions.resolveGuard(false)}
    >
      <div className="sh-guard-body">
        <h2 id={titleId} className="sh-guard-title">
          {title}
        </h2>
        <p id={textId} className="sh-guard-text">
          {text}
        </p>
        {own.length > 0 && (
          <ul className="sh-findings">
            {own.map((item) => (
              <GuardItem
                key={item.key}
                item={item}
                onFix={leave(() => {
                  actions.resolveGuard(false, false);
                  void actions.applySuggestion(item.fix!.finding, item.fix!.index);
                })}
              />
            ))}
          </ul>
        )}
        {inFiles.length > 0 && (
          <ul className="sh-findings">
            {inFiles.map((attachment) => (
              <AttachmentRow key={attachment.key} attachment={attachment} />
            ))}
          </ul>
        )}
        {quoted.length > 0 && (
          <>
            <h3 className="sh-group-title">In the post you quote</h3>
            <ul className="sh-findings">
              {quoted.map((item) => (
                <GuardItem key={`q:${item.key}`} item={item} />
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="sh-actions sh-guard-actions">
        <button type="button" className="sh-button sh-primary" onClick={leave(() => actions.resolveGuard(false))}>
          Review
        </button>
        <button type="button" className="sh-button" onClick={leave(() => actions.resolveGuard(true))}>
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
export function InlinePanel({ store, siteName, surfaceName, generic = false }: PanelProps) {
  const state = useStore(store);
  const { findings, quoted, listOpen, card, guardOpen, actions, setListOpen, openCard } = state;
  const items = findingItems(findings);
  const quotedItems = findingItems(quoted);
  const allItems = [...items, ...quotedItems];
  const summary = itemSummary(allItems, imageDetails(state.attachments)) + filesNote(state.attachments);
  const worst = imageDetails(state.attachments) > 0 ? 'error' : ([...allItems].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0]?.severity ?? 'ok');
  const badge = badgeContent(state, allItems.length + state.attachments.reduce((n, a) => n + a.findings.length, 0));
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
  // The live region speaks when what was found changes (and when checking fails or pauses), not on
  // every check while typing, and says nothing about a draft that has been clean all along.
  const [announced, setAnnounced] = useState('');
  const line = state.status === 'idle' || state.status === 'checking' ? undefined : statusLine(state, summary, siteName);
  useEffect(() => {
    if (state.status === 'idle') setAnnounced('');
    else if (line !== undefined) setAnnounced((before) => (before === '' && allItems.length === 0 && state.status === 'ready' ? '' : line));
  }, [line, state.status, allItems.length]);
  return (
    <div className="sh-root" data-worst={worst}>
      <button
        ref={badgeButton}
        type="button"
        className={`sh-badge sh-badge-${badge.tone || worst}${generic ? ' sh-badge-generic' : ''}`}
        aria-label={`Safe Harbor${generic ? ' (generic checker)' : ''}: ${statusLine(state, summary, siteName)}`}
        aria-expanded={listOpen}
        aria-controls={listOpen ? listId : undefined}
        aria-keyshortcuts="Alt+Shift+S"
        title={`Safe Harbor${generic ? ' (generic checker)' : ''}: ${statusLine(state, summary, siteName)}`}
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
        {announced}
      </span>
      {listOpen && (
        <div id={listId} className="sh-list-layer">
          <FindingList state={state} items={items} siteName={siteName} surfaceName={surfaceName} generic={generic} close={closeList} />
        </div>
      )}
      {cardItem && !listOpen && <WordCard state={state} item={cardItem} close={closeCard} />}
      {state.notice && !listOpen && (
        <p className="sh-toast" role="status">
          {state.notice}
          {state.undo && (
            <button type="button" className="sh-link" onClick={() => void state.undo?.()}>
              Undo
            </button>
          )}
        </p>
      )}
      {guardOpen && actions && <GuardDialog own={guardedItems(items)} quoted={guardedItems(quotedItems)} attachments={state.attachments} actions={actions} />}
    </div>
  );
}

/**
 * A panel that failed to render shows nothing rather than throwing into the page, and a post the
 * guard was holding is not held by a dialog nobody can see.
 */
export class PanelBoundary extends Component<{ store: PanelStore; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    const { guardOpen, actions } = this.props.store.getState();
    if (guardOpen) actions?.resolveGuard(false, false);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
