import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/analysis';
import { CHECK_DELAY_MS, DraftSession } from '@/lib/content/draft-session';
import { createPanelStore } from '@/lib/content/panel-store';
import { sendMessage, type DraftReport } from '@/lib/messaging';
import { SITES } from '@/lib/sites';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
const finding = { ruleId: 'exact-age', category: 'phi.age', severity: 'error' } as Finding;
const report = (findings: Finding[]): DraftReport => ({ findings, quoted: [], paused: false, disclaimer: { text: 'Views my own.', present: false, fits: true, short: { text: 'Not medical advice.', fits: true }, offered: true } });
const timers = { setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms) };
const textarea = SITES.find((s) => s.id === 'instagram')!;

function setup(value = '') {
  const element = document.createElement('textarea');
  element.value = value;
  document.body.append(element);
  const store = createPanelStore();
  const session = new DraftSession(element, 'comment', textarea, store, timers, () => false);
  const type = (text: string) => {
    element.value = text;
    element.dispatchEvent(new Event('input'));
  };
  return { element, store, session, type };
}

beforeEach(() => {
  vi.useFakeTimers();
  send.mockReset();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('draft session', () => {
  it('checks text already in the box, then waits for a pause in typing', async () => {
    send.mockResolvedValue(report([finding]));
    const { store, type, session } = setup('45 y/o');
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ status: 'ready', findings: [finding] });
    expect(session.hasErrors()).toBe(true);

    for (const text of ['45 y/o a', '45 y/o an', '45 y/o and']) {
      type(text);
      await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS / 3);
    }
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![1]).toMatchObject({ text: '45 y/o and', site: 'instagram', surface: 'comment', draftId: session.draftId });
  });

  it('does not send an empty draft', async () => {
    const { store } = setup('   ');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(send).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ status: 'idle', findings: [] });
  });

  it('ignores an answer about text that has since changed', async () => {
    let answerFirst: (v: DraftReport) => void = () => {};
    send.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve))).mockResolvedValueOnce(report([]));
    const { store, type } = setup('45 y/o');
    await vi.advanceTimersByTimeAsync(0);
    type('fine now');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    answerFirst(report([finding]));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().findings).toEqual([]);
  });

  it('keeps one check in flight per box: typing meanwhile sends only the newest text, after the answer', async () => {
    let answerFirst: (v: DraftReport) => void = () => {};
    send.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve))).mockResolvedValue(report([]));
    const { type } = setup('45 y/o');
    await vi.advanceTimersByTimeAsync(0);
    for (const text of ['a', 'ab', 'abc', 'abcd']) {
      type(text);
      await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS * 2);
    }
    expect(send).toHaveBeenCalledTimes(1);
    answerFirst(report([finding]));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![1]).toMatchObject({ text: 'abcd' });
    const [first, second] = send.mock.calls.map((call) => (call[1] as { sequence: number }).sequence);
    expect(second).toBeGreaterThan(first!);
  });

  it('checks again after an answer that came back while settings changed, telling the background to read them again', async () => {
    let answerFirst: (v: DraftReport) => void = () => {};
    send.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve))).mockResolvedValue(report([]));
    const { session, store, type } = setup('WTF is this');
    await vi.advanceTimersByTimeAsync(0);
    session.recheck({ settingsChanged: true });
    await vi.advanceTimersByTimeAsync(0);
    answerFirst(report([finding]));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(store.getState().findings).toEqual([]);
    type('WTF is this?');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(send.mock.calls.map((call) => (call[1] as { settingsChanged?: boolean }).settingsChanged)).toEqual([undefined, true, undefined]);
  });

  it('retries once when the background is not there, then says so', async () => {
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const { store } = setup('45 y/o');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().status).toBe('checking');
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(store.getState().status).toBe('unavailable');
  });

  it('stops listening when stopped', async () => {
    send.mockResolvedValue(report([]));
    const { session, type } = setup('');
    session.stop();
    type('45 y/o');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS * 2);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('attached files', () => {
  it('checks files one at a time, shows each as it is answered, and holds the post until then', async () => {
    vi.useRealTimers();
    const { session, store } = setup('Teaching case');
    let answer: (value: unknown) => void = () => {};
    send.mockImplementation(((type: string) =>
      type === 'checkAttachment' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(report([]))) as never);
    session.checkFiles([new File(['a'], 'a.png', { type: 'image/png' }), new File(['b'], 'b.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(send.mock.calls.filter(([type]) => type === 'checkAttachment')).toHaveLength(1));
    expect(store.getState().attachments.map((a) => a.status)).toEqual(['checking', 'checking']);
    expect(session.hasErrors()).toBe(true);
    answer({ kind: 'png', findings: [] });
    await vi.waitFor(() => expect(send.mock.calls.filter(([type]) => type === 'checkAttachment')).toHaveLength(2));
    expect(store.getState().attachments.map((a) => a.status)).toEqual(['done', 'checking']);
    answer({ kind: 'png', findings: [{ ruleId: 'image-text', category: 'phi.name', severity: 'error', message: 'x', note: '' }] });
    await vi.waitFor(() => expect(store.getState().attachments.map((a) => a.status)).toEqual(['done', 'done']));
    expect(session.hasErrors()).toBe(true);
    session.clearAttachments();
    expect(session.hasErrors()).toBe(false);
    session.stop();
  });
});
