import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Finding } from '../analysis/types';
import type { DraftReport } from '../messaging';

export type PanelStatus = 'idle' | 'checking' | 'ready' | 'unavailable' | 'paused';

/** What the user can do from the panel; the draft session provides them. */
export interface PanelActions {
  applySuggestion(finding: Finding, index: number): Promise<void>;
  /** Inserts the disclaimer, or its short form, at the end of the post (of the thread). */
  insertDisclaimer(short?: boolean): Promise<void>;
  ignoreHere(finding: Finding): Promise<void>;
  allowWord(finding: Finding): Promise<void>;
  turnOffRule(finding: Finding): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  /** The post guard's answer: post exactly as written, or go back to the draft. */
  resolveGuard(post: boolean): void;
}

export interface PanelState {
  status: PanelStatus;
  findings: Finding[];
  /** Findings in the post being quoted. */
  quoted: Finding[];
  report: DraftReport | undefined;
  expanded: boolean;
  /** A short outcome of the last action ("Disclaimer inserted", "Copied: press Ctrl+V"). */
  notice: string | undefined;
  /** Reverses the last settings change made from the panel (ignore, allow, turn off, pause). */
  undo: (() => Promise<void>) | undefined;
  /** The post guard is asking before a post goes out. */
  guardOpen: boolean;
  actions: PanelActions | undefined;
  toggleExpanded(): void;
}

export type PanelStore = StoreApi<PanelState>;

export function createPanelStore(): PanelStore {
  return createStore<PanelState>()((set) => ({
    status: 'idle',
    findings: [],
    quoted: [],
    report: undefined,
    expanded: true,
    notice: undefined,
    undo: undefined,
    guardOpen: false,
    actions: undefined,
    toggleExpanded: () => set((state) => ({ expanded: !state.expanded })),
  }));
}

/** The categories of active findings, each once, in the order the engine lists categories. */
export function activeCategories(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.category))];
}
