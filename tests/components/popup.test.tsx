import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { usePopupStore } from '@/components/popup-store';
import { SafeHarborDB, type Flag } from '@/lib/db';

let db: SafeHarborDB;

const flag = (overrides: Partial<Flag>): Omit<Flag, 'id'> => ({
  draftId: 'd1',
  fingerprint: 'exact-age#0',
  site: 'x',
  surface: 'post',
  ruleId: 'exact-age',
  category: 'phi.age',
  severity: 'error',
  excerpt: 'Pt is a [AGE]',
  createdAt: Date.now(),
  updatedAt: Date.now(),
  outcome: null,
  ...overrides,
});

beforeEach(() => {
  db = new SafeHarborDB(`popup-${Math.random()}`);
  usePopupStore.setState({ site: 'all' });
});

describe('popup', () => {
  it('explains what it does when nothing was flagged', async () => {
    render(<Popup db={db} />);
    expect(await screen.findByText('Nothing flagged yet')).toBeTruthy();
  });

  it('lists flags newest first, each row carrying its category, and follows new flags live', async () => {
    await db.flags.add(flag({ createdAt: 1000, excerpt: 'older [AGE]' }) as Flag);
    render(<Popup db={db} />);
    await screen.findByText('older [AGE]');
    await act(async () => {
      await db.flags.add(flag({ draftId: 'd2', createdAt: 2000, category: 'phi.id', ruleId: 'record-number', excerpt: 'MRN [ID]' }) as Flag);
    });
    await screen.findByText('MRN [ID]');
    const rows = document.querySelectorAll('[data-category]');
    expect(Array.from(rows, (row) => row.getAttribute('data-category'))).toEqual(['phi.id', 'phi.age']);
    expect(rows[0]!.textContent).toContain('Record, accession, account or device number');
  });

  it('filters by site', async () => {
    await db.flags.bulkAdd([flag({ excerpt: 'on x [AGE]' }), flag({ draftId: 'd2', site: 'tiktok', excerpt: 'on tiktok [AGE]' })] as Flag[]);
    render(<Popup db={db} />);
    await screen.findByText('on tiktok [AGE]');
    fireEvent.click(screen.getByRole('button', { name: 'TikTok' }));
    await waitFor(() => expect(screen.queryByText('on x [AGE]')).toBeNull());
    expect(screen.getByText('on tiktok [AGE]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Instagram' }));
    expect(await screen.findByText('Nothing flagged on Instagram')).toBeTruthy();
  });
});
