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
    expect(screen.getByRole('list', { name: 'Findings by category, last 7 days' }).textContent).toMatch(/Identifier.*1.*Age.*1|Age.*1.*Identifier.*1/);
  });

  it('filters by site, offering only sites with findings, each saying what it counts', async () => {
    await db.flags.bulkAdd([
      flag({ excerpt: 'on x [AGE]' }),
      flag({ fingerprint: 'record-number#0', ruleId: 'record-number', category: 'phi.id', excerpt: 'on x [ID]' }),
      flag({ draftId: 'd2', site: 'tiktok', excerpt: 'on tiktok [AGE]' }),
    ] as Flag[]);
    render(<Popup db={db} />);
    await screen.findByText('on tiktok [AGE]');
    const filters = screen.getByRole('navigation', { name: 'Filter by site' });
    expect(Array.from(filters.querySelectorAll('button'), (b) => b.textContent)).toEqual(['All sites', 'X · 2 findings', 'TikTok · 1 finding']);
    fireEvent.click(screen.getByRole('button', { name: /^TikTok/ }));
    await waitFor(() => expect(screen.queryByText(/on x/)).toBeNull());
    expect(screen.getByText('on tiktok [AGE]')).toBeTruthy();
  });

  it('has no site filter when only one site has findings', async () => {
    await db.flags.add(flag({}) as Flag);
    render(<Popup db={db} />);
    await screen.findByText('Pt is a [AGE]');
    expect(screen.queryByRole('navigation', { name: 'Filter by site' })).toBeNull();
  });
});

describe('popup history at a glance', () => {
  it('groups flags by draft with one excerpt each, shows outcomes, and counts by category for 7 or 30 days', async () => {
    const now = Date.now();
    await db.flags.bulkAdd([
      flag({ draftId: 'a', createdAt: now - 10 * 86_400_000, excerpt: 'old [AGE]' }),
      flag({ draftId: 'b', createdAt: now - 60_000, fingerprint: 'exact-age#0', severity: 'warning', excerpt: 'new [AGE]', outcome: 'fixed' }),
      flag({ draftId: 'b', createdAt: now - 60_000, fingerprint: 'record-number#0', ruleId: 'record-number', category: 'phi.id', excerpt: 'new [ID]' }),
    ] as Flag[]);
    render(<Popup db={db} />);
    await screen.findByText('new [ID]');
    expect(document.querySelectorAll('.draft')).toHaveLength(1);
    expect(screen.queryByText('new [AGE]')).toBeNull();
    expect(Array.from(document.querySelectorAll('.draft [data-category]'), (row) => row.getAttribute('data-category'))).toEqual(['phi.id', 'phi.age']);
    expect(screen.getByText('fixed', { selector: '.flag-outcome' })).toBeTruthy();
    const week = screen.getByRole('list', { name: 'Findings by category, last 7 days' });
    expect(week.querySelector('[data-chart-category="phi.age"] .chart-count')!.textContent).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    const month = screen.getByRole('list', { name: 'Findings by category, last 30 days' });
    expect(month.querySelector('[data-chart-category="phi.age"] .chart-count')!.textContent).toBe('2');
    expect(document.querySelectorAll('.draft')).toHaveLength(2);
  });

  it('names a category found twice in a draft once, with how many times', async () => {
    await db.flags.bulkAdd([flag({ excerpt: 'a [AGE] and a [AGE]' }), flag({ fingerprint: 'exact-age#1', excerpt: 'a [AGE] and a [AGE]' })] as Flag[]);
    render(<Popup db={db} />);
    await screen.findByText('a [AGE] and a [AGE]');
    const tags = document.querySelectorAll('.draft [data-category]');
    expect(tags).toHaveLength(1);
    expect(tags[0]!.textContent).toBe('Age ×2');
  });

  it('draws bars in proportion to their counts', async () => {
    await db.flags.bulkAdd([
      flag({ draftId: 'a' }),
      flag({ draftId: 'b' }),
      flag({ draftId: 'c' }),
      flag({ draftId: 'd' }),
      flag({ draftId: 'a', fingerprint: 'record-number#0', ruleId: 'record-number', category: 'phi.id' }),
    ] as Flag[]);
    render(<Popup db={db} />);
    const chart = await screen.findByRole('list', { name: 'Findings by category, last 7 days' });
    const width = (category: string) => (chart.querySelector(`[data-chart-category="${category}"] .chart-bar`) as HTMLElement).style.width;
    expect(width('phi.age')).toBe('100%');
    expect(width('phi.id')).toBe('25%');
  });
});

describe('popup headline', () => {
  it('says in words how many drafts had patient details and how many were posted anyway', async () => {
    await db.flags.bulkAdd([
      flag({ draftId: 'a', outcome: 'posted-anyway' }),
      flag({ draftId: 'b' }),
      flag({ draftId: 'c', fingerprint: 'profanity#0', ruleId: 'profanity', category: 'prof.profanity', severity: 'warning' }),
    ] as Flag[]);
    await db.drafts.bulkPut(['a', 'b', 'c', 'd'].map((draftId) => ({ draftId, sequence: 1, updatedAt: Date.now() })));
    render(<Popup db={db} />);
    expect(await screen.findByText('2 drafts had patient details this week, 1 posted anyway.')).toBeTruthy();
    const chips = screen.getByRole('list', { name: 'Counts this week' });
    await waitFor(() => expect(chips.textContent).toContain('4 drafts checked'));
    expect(chips.textContent).toContain('3 findings');
  });

  it('is friendly when drafts were checked and nothing was flagged', async () => {
    await db.drafts.put({ draftId: 'clean', sequence: 1, updatedAt: Date.now() });
    render(<Popup db={db} />);
    expect(await screen.findByText('No patient details in your drafts this week. Well done.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Counts this week' }).textContent).toContain('1 draft checked');
  });

  it('is friendly when no draft had patient details', async () => {
    await db.flags.add(flag({ fingerprint: 'profanity#0', ruleId: 'profanity', category: 'prof.profanity', severity: 'warning' }) as Flag);
    render(<Popup db={db} />);
    expect(await screen.findByText('No patient details in your drafts this week. Well done.')).toBeTruthy();
  });
});
