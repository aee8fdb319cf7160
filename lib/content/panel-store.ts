import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Finding } from '../analysis';

export type PanelStatus = 'idle' | 'checking' | 'ready' | 'unavailable';

export interface PanelState {
  status: PanelStatus;
  findings: Finding[];
  expanded: boolean;
  toggleExpanded(): void;
}

export type PanelStore = StoreApi<PanelState>;

export function createPanelStore(): PanelStore {
  return createStore<PanelState>()((set) => ({
    status: 'idle',
    findings: [],
    expanded: true,
    toggleExpanded: () => set((state) => ({ expanded: !state.expanded })),
  }));
}

/** The categories of active findings, each once, in the order the engine lists categories. */
export function activeCategories(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.category))];
}
