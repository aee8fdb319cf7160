import { create } from 'zustand';
import type { Platform } from '@/lib/analysis/types';

interface PopupState {
  site: Platform | 'all';
  period: 7 | 30;
  setSite(site: Platform | 'all'): void;
  setPeriod(period: 7 | 30): void;
}

export const usePopupStore = create<PopupState>()((set) => ({
  site: 'all',
  period: 7,
  setSite: (site) => set({ site }),
  setPeriod: (period) => set({ period }),
}));
