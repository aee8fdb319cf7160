import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Finding, Suggestion } from '../analysis/types';
import type { ImageFinding } from '../images/types';
import type { DraftReport } from '../messaging';

export type PanelStatus = 'idle' | 'checking' | 'ready' | 'unavailable' | 'paused';

/** What the user can do from the panel; the draft session provides them. */
export interface PanelActions {
  applySuggestion(finding: Finding, index: number): Promise<void>;
  /** Applies several fixes at once ("Fix all"). */
  applyAll(fixes: ReadonlyArray<{ finding: Finding; index: number; suggestion: Suggestion }>): Promise<void>;
  /** Inserts the disclaimer, or its short form, at the end of the post (of the thread). */
  insertDisclaimer(short?: boolean): Promise<void>;
  /** Logs the unknown being written as case `number`, with a title the background checks first. */
  logCase(number: number, title?: string): Promise<void>;
  editCase(id: number, change: { title?: string; number?: number }): Promise<void>;
  /** Appends the open case's number, the hashtag and the disclaimer (what is missing of them) through the editor. */
  answerCase(): Promise<void>;
  ignoreHere(finding: Finding): Promise<void>;
  allowWord(finding: Finding): Promise<void>;
  turnOffRule(finding: Finding): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  /**
   * The post guard's answer: post exactly as written, or go back to the draft (at the first word it
   * holds back, unless `review` is false because a fix is being applied). Does nothing once answered.
   */
  resolveGuard(post: boolean, review?: boolean): void;
  /** Selects [start, end) in the editor, as the user would, and gives it focus. */
  selectWords(start: number, end: number): void;
  /** Back to the draft, where the user left the caret. */
  focusEditor(): void;
  /** Downloads a copy of an attached image with what was found blacked out and no metadata. */
  saveCleanCopy(key: string): Promise<void>;
  /** Puts that copy in the site's file input in place of the original (only on the user's click). */
  replaceWithCleanCopy(key: string): Promise<void>;
}

/** The card of one flagged stretch of words; `focus` when the keyboard opened it, so focus moves into it. */
export interface OpenCard {
  key: string;
  focus: boolean;
  /** Opened by hovering: it closes when the pointer leaves the words and the card. */
  hover: boolean;
}

/** A file attached to the post, and what its check found. */
export interface Attachment {
  key: string;
  name: string;
  status: 'checking' | 'done';
  findings: ImageFinding[];
  /** The file could not be checked (or only partly): said in the panel instead of "nothing found". */
  error?: string;
  /** An object URL of the file, for its thumbnail (raster images only). */
  preview?: string;
  /** A cleaned copy can be made (a PNG or JPEG with something found in it). */
  cleanable: boolean;
  /** It came from the site's file input, which can take the cleaned copy in its place. */
  replaceable: boolean;
}

export interface PanelState {
  status: PanelStatus;
  findings: Finding[];
  /** Findings in the post being quoted. */
  quoted: Finding[];
  /** Files attached to the post. */
  attachments: Attachment[];
  report: DraftReport | undefined;
  /** The list of findings, opened from the badge. */
  listOpen: boolean;
  card: OpenCard | undefined;
  /** A short outcome of the last action ("Disclaimer inserted", "Copied: press Ctrl+V"). */
  notice: string | undefined;
  /** Reverses the last settings change made from the panel (ignore, allow, turn off, pause). */
  undo: (() => Promise<void>) | undefined;
  /** The post guard is asking before a post goes out. */
  guardOpen: boolean;
  actions: PanelActions | undefined;
  /** Moves to the next (or previous) flagged words with their card open and focused: Alt+↓ / Alt+↑. */
  walk: ((forward: boolean) => void) | undefined;
  setListOpen(open: boolean): void;
  openCard(card: OpenCard | undefined): void;
}

export type PanelStore = StoreApi<PanelState>;

export function createPanelStore(): PanelStore {
  return createStore<PanelState>()((set) => ({
    status: 'idle',
    findings: [],
    quoted: [],
    attachments: [],
    report: undefined,
    listOpen: false,
    card: undefined,
    notice: undefined,
    undo: undefined,
    guardOpen: false,
    actions: undefined,
    walk: undefined,
    setListOpen: (open) => set({ listOpen: open, card: undefined }),
    openCard: (card) => set({ card }),
  }));
}

/** The categories of active findings (in the draft, then in its attachments), each once. */
export function activeCategories(findings: readonly Finding[], attachments: readonly Attachment[] = []): string[] {
  return [...new Set([...findings.map((f) => f.category), ...attachments.flatMap((a) => a.findings.map((f) => f.category))])];
}
