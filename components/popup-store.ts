import { create } from 'zustand';
import type { Platform } from '@/lib/analysis';

interface PopupState {
  site: Platform | 'all';
  setSite(site: Platform | 'all'): void;
}

export const usePopupStore = create<PopupState>()((set) => ({
  site: 'all',
  setSite: (site) => set({ site }),
}));
