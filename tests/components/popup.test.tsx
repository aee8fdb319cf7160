import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { usePopupStore } from '@/components/popup-store';
import { SafeHarborDB, type Flag } from '@/lib/history/db';

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
  usePopupStore.setState({ site: 'all', period: 7 });
});

describe('popup', () => {
  it('explains what it does when nothing was flagged', async () => {
    render(<Popup db={db} />);
    expect(await screen.findByText('Nothing flagged yet')).toBeTruthy();
  });

  it('lists flags newest first, each row carrying its category, and follows new flags live', async () => {
    await db.flags.add(flag({ createdAt: Date.now() - 60_000, excerpt: 'older [AGE]' }) as Flag);
    render(<Popup db={db} />);
    await screen.findByText('older [AGE]');
    await act(async () => {
      await db.flags.add(flag({ draftId: 'd2', createdAt: Date.now(), category: 'phi.id', ruleId: 'record-number', excerpt: 'MRN [ID]' }) as Flag);
    });
    await screen.findByText('MRN [ID]');
    const rows = document.querySelectorAll('[data-category]');
    expect(Array.from(rows, (row) => row.getAttribute('data-category'))).toEqual(['phi.id', 'phi.age']);
    expect(rows[0]!.textContent).toContain('Identifier');
    expect(screen.getByRole('list', { name: 'Flags by category, last 7 days' }).textContent).toMatch(/Identifier.*1.*Age.*1|Age.*1.*Identifier.*1/);
  });

  it('filters by site', async () => {
    await db.flags.bulkAdd([flag({ excerpt: 'on x [AGE]' }), flag({ draftId: 'd2', site: 'tiktok', excerpt: 'on tiktok [AGE]' })] as Flag[]);
    render(<Popup db={db} />);
    await screen.findByText('on tiktok [AGE]');
    fireEvent.click(screen.getByRole('button', { name: /^TikTok/ }));
    await waitFor(() => expect(screen.queryByText('on x [AGE]')).toBeNull());
    expect(screen.getByText('on tiktok [AGE]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Instagram/ }));
    expect(await screen.findByText('Nothing flagged on Instagram')).toBeTruthy();
  });
});

describe('popup history at a glance', () => {
  it('groups flags by draft, shows outcomes, and counts by category for 7 or 30 days', async () => {
    const now = Date.now();
    await db.flags.bulkAdd([
      flag({ draftId: 'a', createdAt: now - 10 * 86_400_000, excerpt: 'old [AGE]' }),
      flag({ draftId: 'b', createdAt: now - 60_000, fingerprint: 'exact-age#0', excerpt: 'new [AGE]', outcome: 'fixed' }),
      flag({ draftId: 'b', createdAt: now - 60_000, fingerprint: 'record-number#0', ruleId: 'record-number', category: 'phi.id', excerpt: 'new [ID]' }),
    ] as Flag[]);
    render(<Popup db={db} />);
    await screen.findByText('new [ID]');
    expect(document.querySelectorAll('.draft')).toHaveLength(2);
    expect(screen.getByText('fixed')).toBeTruthy();
    const week = screen.getByRole('list', { name: 'Flags by category, last 7 days' });
    expect(week.querySelector('[data-chart-category="phi.age"] .chart-count')!.textContent).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    const month = screen.getByRole('list', { name: 'Flags by category, last 30 days' });
    expect(month.querySelector('[data-chart-category="phi.age"] .chart-count')!.textContent).toBe('2');
  });
});
