import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { InlinePanel } from '@/components/InlinePanel';
import { analyze } from '@/lib/analysis';
import { findingItems, itemSummary } from '@/lib/content/finding-items';
import { activeCategories, createPanelStore, type PanelActions } from '@/lib/content/panel-store';

const actions = (): PanelActions => ({
  applySuggestion: vi.fn(async () => {}),
  applyAll: vi.fn(async () => {}),
  insertDisclaimer: vi.fn(async () => {}),
  logCase: vi.fn(async () => {}),
  editCase: vi.fn(async () => {}),
  answerCase: vi.fn(async () => {}),
  ignoreHere: vi.fn(async () => {}),
  allowWord: vi.fn(async () => {}),
  turnOffRule: vi.fn(async () => {}),
  setPaused: vi.fn(async () => {}),
  resolveGuard: vi.fn(),
  selectWords: vi.fn(),
  focusEditor: vi.fn(),
  saveCleanCopy: vi.fn(async () => {}),
  replaceWithCleanCopy: vi.fn(async () => {}),
});

function panel(text: string, context = {}) {
  const store = createPanelStore();
  const acts = actions();
  store.setState({ status: 'ready', findings: analyze(text, context), actions: acts });
  render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
  return { store, acts };
}

const badge = () => screen.getByRole('button', { name: /^Safe Harbor:/ });

describe('inline panel', () => {
  it('is a badge with what it found in words; one click opens the list, most serious first', () => {
    panel('MRN 00482913 for the 45 y/o');
    expect(badge().getAttribute('aria-label')).toBe('Safe Harbor: 2 patient details');
    expect(badge().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listitem')).toBeNull();
    fireEvent.click(badge());
    expect(badge().getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('region', { name: 'Could identify a patient' });
    const items = within(group).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('"00482913" is a medical record number');
    expect(items[1]!.textContent).toContain('"45 y/o" gives the patient\'s exact age.');
  });

  it('gives one item, one fix and one "Why?" to words that are two things at once', () => {
    const { acts } = panel('Pt is a 68M with a lytic lesion.');
    fireEvent.click(badge());
    const item = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('68M'))!;
    expect(item.textContent).toContain('Age · Gender');
    expect(within(item).getAllByRole('button', { name: /^Replace with/ })).toHaveLength(1);
    fireEvent.click(within(item).getByRole('button', { name: 'Why?' }));
    expect(item.textContent).toContain('Avoid anything that reveals age');
    fireEvent.click(within(item).getByRole('button', { name: /^Replace with/ }));
    expect(acts.applySuggestion).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'exact-age' }), 0);
  });

  it('keeps ignoring and turning off behind a menu that says what it does', () => {
    const { acts } = panel('Call mom at 555-0134');
    fireEvent.click(badge());
    fireEvent.click(screen.getByRole('button', { name: 'More options for "555-0134"' }));
    const menu = screen.getByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((b) => b.textContent)).toEqual(['Ignore here', 'Stop checking for contact']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Ignore here' }));
    expect(acts.ignoreHere).toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('groups by what a finding is about, whatever its severity', () => {
    panel('Damn, what a case', { severities: { profanity: 'error' } });
    fireEvent.click(badge());
    expect(screen.queryByRole('region', { name: 'Could identify a patient' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Professional image' })).getByRole('img').getAttribute('aria-label')).toBe('Stop before posting');
  });

  it('offers "Insert disclaimer" and "Fix all" in the list', () => {
    const store = createPanelStore();
    const acts = actions();
    const text = 'A 45-year-old man, MRN 00482913, with a scaphoid fracture on x-ray.';
    store.setState({
      status: 'ready',
      findings: analyze(text),
      actions: acts,
      report: { findings: [], quoted: [], paused: false, disclaimer: { text: 'Views my own.', present: false, fits: true, short: { text: 'NMA', fits: true }, offered: true } },
    });
    render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
    fireEvent.click(badge());
    fireEvent.click(screen.getByRole('button', { name: 'Insert disclaimer' }));
    expect(acts.insertDisclaimer).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^Fix all/ }));
    expect(acts.applyAll).toHaveBeenCalled();
    act(() => store.setState({ report: { ...store.getState().report!, disclaimer: { ...store.getState().report!.disclaimer, offered: false } } }));
    expect(screen.queryByRole('button', { name: 'Insert disclaimer' })).toBeNull();
  });

  it('renders markup from the draft as text', () => {
    const { container } = render(<InlinePanel store={createPanelStore()} siteName="X" surfaceName="X post" />);
    const store = createPanelStore();
    store.setState({ status: 'ready', findings: analyze('<img src=x onerror=alert(1)>jdoe@mail.com') });
    render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
    fireEvent.click(screen.getAllByRole('button', { name: /^Safe Harbor:/ }).at(-1)!);
    expect(container.ownerDocument.querySelector('img')).toBeNull();
  });

  it('announces only when what was found changes, never a draft clean all along, and when the draft could not be checked', () => {
    const store = createPanelStore();
    render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
    const live = () => screen.getByRole('status').textContent;
    expect(live()).toBe('');
    act(() => store.setState({ status: 'ready' }));
    expect(live()).toBe('');
    act(() => store.setState({ status: 'ready', findings: analyze('45 y/o') }));
    expect(live()).toBe('1 patient detail');
    act(() => store.setState({ status: 'checking' }));
    expect(live()).toBe('1 patient detail');
    act(() => store.setState({ status: 'ready', findings: [] }));
    expect(live()).toBe('No issues found');
    act(() => store.setState({ status: 'unavailable' }));
    expect(live()).toMatch(/Could not check this draft/);
  });

  it("shows an action's outcome and its Undo beside the badge while the list is closed", () => {
    const store = createPanelStore();
    const undo = vi.fn(async () => {});
    store.setState({ status: 'ready', findings: analyze('45 y/o'), notice: 'Ignored here, even as you keep editing.', undo });
    render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
    const toast = screen.getAllByRole('status').find((s) => s.textContent?.startsWith('Ignored here'))!;
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalled();
  });

  it('asks before posting in a modal alert dialog; Escape means Review', () => {
    const { store, acts } = panel('MRN 00482913 anyone?');
    act(() => store.setState({ guardOpen: true }));
    const dialog = screen.getByRole('alertdialog', { hidden: true });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('This post could identify a patient.');
    expect(within(dialog).getByRole('button', { name: 'Review', hidden: true })).toBeTruthy();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(acts.resolveGuard).toHaveBeenCalledWith(false);
  });

  it('answers the guard before acting on the draft, and offers no fix for the post being quoted', () => {
    const { store, acts } = panel('MRN 00482913 anyone?');
    act(() => store.setState({ guardOpen: true, quoted: analyze('Call 555-0134') }));
    const dialog = screen.getByRole('alertdialog', { hidden: true });
    expect(within(dialog).getAllByRole('button', { name: /^Remove/, hidden: true }).map((b) => b.textContent)).toEqual(['Remove the medical record number']);
    expect(dialog.textContent).toContain('In the post you quote');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove the medical record number', hidden: true }));
    expect(acts.resolveGuard).toHaveBeenCalledWith(false, false);
    expect(acts.applySuggestion).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'record-number' }), 0);
  });

  it('does not call a profanity set to stop before posting a patient identifier', () => {
    const { store } = panel('Damn, what a case', { severities: { profanity: 'error' } });
    act(() => store.setState({ guardOpen: true }));
    expect(screen.getByRole('alertdialog', { hidden: true }).textContent).toContain('This post has something to fix before posting.');
  });

  it('lists active categories once each', () => {
    expect(activeCategories(analyze('45 y/o and 68M, MRN 00482913'))).toEqual(['phi.age', 'phi.gender', 'phi.id']);
  });
});

describe('attached files', () => {
  it('lists each file with what was found and the ways to clean it, and counts it as patient details', () => {
    const store = createPanelStore();
    const acts = actions();
    const finding = { ruleId: 'image-text' as const, category: 'phi.name' as const, severity: 'error' as const, message: "Text burned into the image shows a patient's name.", note: '', box: { x: 1, y: 1, width: 10, height: 5 } };
    store.setState({
      status: 'ready',
      actions: acts,
      attachments: [
        { key: 'a', name: 'scan.png', status: 'done', findings: [finding, { ...finding, category: 'phi.id', message: 'Text burned into the image shows an ID number.' }], cleanable: true, replaceable: true },
        { key: 'b', name: 'broken.png', status: 'done', findings: [], error: 'This file is cut short or damaged; check it yourself before posting.', cleanable: false, replaceable: false },
        { key: 'c', name: 'next.png', status: 'checking', findings: [], cleanable: false, replaceable: false },
      ],
    });
    render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
    expect(badge().getAttribute('aria-label')).toBe('Safe Harbor: 2 patient details · checking 1 file · 1 file not fully checked');
    fireEvent.click(badge());
    const files = screen.getByRole('region', { name: 'Attached files' });
    expect(files.textContent).toContain('scan.png');
    expect(files.textContent).toContain('cut short or damaged');
    expect(files.textContent).toContain('Checking…');
    fireEvent.click(within(files).getByRole('button', { name: 'Replace the attachment with the cleaned copy' }));
    expect(acts.replaceWithCleanCopy).toHaveBeenCalledWith('a');
    fireEvent.click(within(files).getByRole('button', { name: 'Save a cleaned copy' }));
    expect(acts.saveCleanCopy).toHaveBeenCalledWith('a');
  });

  it('never shows a clean mark while a file is being read, or when one could not be', () => {
    const store = createPanelStore();
    store.setState({ status: 'ready', attachments: [{ key: 'c', name: 'next.png', status: 'checking', findings: [], cleanable: false, replaceable: false }] });
    render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
    expect(badge().textContent).toBe('…');
    act(() => store.setState({ attachments: [{ key: 'c', name: 'next.png', status: 'done', findings: [], error: 'Could not read this file.', cleanable: false, replaceable: false }] }));
    expect(badge().textContent).toBe('!');
    expect(badge().getAttribute('aria-label')).toBe('Safe Harbor: No issues found · 1 file not fully checked');
  });

  it('holds the post while a file is being checked', () => {
    const store = createPanelStore();
    store.setState({ status: 'ready', actions: actions(), guardOpen: true, attachments: [{ key: 'c', name: 'next.png', status: 'checking', findings: [], cleanable: false, replaceable: false }] });
    render(<InlinePanel store={store} siteName="X" surfaceName="X post" />);
    expect(screen.getByRole('alertdialog', { hidden: true }).textContent).toContain('Checking 1 file…');
  });
});

describe('finding items', () => {
  it('merges findings on the same words and keeps the whole-post disclaimer apart', () => {
    const items = findingItems(analyze('Pt is a 68M with a new lytic lesion in the L4 body on CT.'));
    expect(items.map((i) => [i.wholePost, i.findings.map((f) => f.category)])).toEqual([
      [false, ['phi.age', 'phi.gender']],
      [true, ['prof.disclaimer_missing']],
    ]);
    expect(items[0]!.fix?.suggestion.label).toMatch(/^Replace with/);
    expect(itemSummary(items)).toBe('1 patient detail · 1 other');
    expect(itemSummary([])).toBe('No issues found');
  });
});
