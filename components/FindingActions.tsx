import { useEffect, useId, useRef, useState } from 'react';
import { CATEGORIES, SEVERITY_LABELS } from '@/lib/analysis/categories';
import type { Finding } from '@/lib/analysis/types';
import type { PanelActions } from '@/lib/content/panel-store';
import type { FindingItem } from '@/lib/content/finding-items';
import { canAllowWord } from '@/lib/settings/allow-list';

/** "Age · Gender": what an item is, in words. */
export const itemLabels = (item: FindingItem): string => [...new Set(item.findings.map((f) => CATEGORIES[f.category].label))].join(' · ');

/** A severity as a coloured mark with its meaning for screen readers. */
export function SeverityMark({ item }: { item: FindingItem }) {
  return <span className={`sh-mark sh-mark-${item.severity}`} role="img" aria-label={SEVERITY_LABELS[item.severity]} />;
}

/** The "⋯" menu: ways to stop a finding coming back, each said in words. */
export function MoreMenu({ item, actions, onDone }: { item: FindingItem; actions: PanelActions; onDone?: () => void }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const finding: Finding = item.findings[0]!;
  const words = finding.actual.trim() || 'these words';
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  const run = (action: () => Promise<void>) => () => {
    close(false);
    onDone?.();
    void action();
  };
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(event.target as HTMLElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  };
  return (
    <span className="sh-more">
      <button
        ref={trigger}
        type="button"
        className="sh-icon-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`More options for "${words}"`}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" className="sh-menu" aria-label={`Options for "${words}"`} onKeyDown={onKeyDown}>
          <button type="button" role="menuitem" onClick={run(() => actions.ignoreHere(finding))}>
            Ignore here
          </button>
          {canAllowWord(finding) && (
            <button type="button" role="menuitem" onClick={run(() => actions.allowWord(finding))}>
              Allow "{words}" everywhere
            </button>
          )}
          {item.findings.map((f) => (
            <button key={f.ruleId} type="button" role="menuitem" onClick={run(() => actions.turnOffRule(f))}>
              Stop checking for {CATEGORIES[f.category].label.toLowerCase()}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}

/**
 * What can be done about one item: its fix as the one primary button, the rest behind "⋯", and
 * "Why?" to read the guidance.
 */
export function ItemBody({
  item,
  actions,
  onFixed,
  primaryRef,
  emphasise = false,
}: {
  item: FindingItem;
  actions: PanelActions | undefined;
  onFixed?: () => void;
  primaryRef?: React.Ref<HTMLButtonElement>;
  /** The fix is the one primary button (in a card); in the list, fixes stay quiet so the list is not a wall of buttons. */
  emphasise?: boolean;
}) {
  const [why, setWhy] = useState(false);
  const whyId = useId();
  const notes = [...new Set(item.findings.map((f) => f.note))];
  const messages = [...new Set(item.findings.map((f) => f.message))];
  return (
    <>
      <p className="sh-message">{messages[0]}</p>
      {messages.length > 1 && <p className="sh-message sh-secondary">{messages.slice(1).join(' ')}</p>}
      <div className="sh-actions">
        {actions && item.fix && !item.wholePost && (
          <button
            ref={primaryRef}
            type="button"
            className={emphasise ? 'sh-button sh-primary' : 'sh-button'}
            onClick={() => {
              onFixed?.();
              void actions.applySuggestion(item.fix!.finding, item.fix!.index);
            }}
          >
            {item.fix.suggestion.label}
          </button>
        )}
        <button type="button" className="sh-link" aria-expanded={why} aria-controls={why ? whyId : undefined} onClick={() => setWhy(!why)}>
          Why?
        </button>
      </div>
      {why && (
        <div id={whyId} className="sh-why">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
    </>
  );
}
