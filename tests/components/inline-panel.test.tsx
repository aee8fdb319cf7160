import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InlinePanel } from '@/components/InlinePanel';
import { analyze } from '@/lib/analysis';
import { activeCategories, createPanelStore } from '@/lib/content/panel-store';

describe('inline panel', () => {
  it('lists each finding with its message and why, most severe first', () => {
    const store = createPanelStore();
    store.setState({ status: 'ready', findings: analyze('MRN 00482913 for the 45 y/o') });
    render(<InlinePanel store={store} siteName="X" />);
    expect(screen.getByRole('status').textContent).toBe('2 issues: 2 could identify a patient');
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('"00482913" is a medical record number');
    expect(items[1]!.textContent).toContain('"45 y/o" gives the patient\'s exact age.');
    expect(items[1]!.textContent).toContain('Avoid anything that reveals age');
  });

  it('renders markup from the draft as text', () => {
    const store = createPanelStore();
    store.setState({ status: 'ready', findings: analyze('<img src=x onerror=alert(1)>jdoe@mail.com') });
    const { container } = render(<InlinePanel store={store} siteName="X" />);
    expect(container.querySelector('img')).toBeNull();
  });

  it('collapses and expands from a named button', () => {
    const store = createPanelStore();
    store.setState({ status: 'ready', findings: analyze('45 y/o') });
    render(<InlinePanel store={store} siteName="X" />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide findings' }));
    expect(screen.queryByRole('listitem')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show findings' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when the draft could not be checked, and when it is clean', () => {
    const store = createPanelStore();
    render(<InlinePanel store={store} siteName="X" />);
    expect(screen.getByRole('status').textContent).toBe('No issues found');
    act(() => store.setState({ status: 'unavailable' }));
    expect(screen.getByRole('status').textContent).toMatch(/Could not check this draft/);
  });

  it('lists active categories once each', () => {
    expect(activeCategories(analyze('45 y/o and 68M, MRN 00482913'))).toEqual(['phi.age', 'phi.gender', 'phi.id']);
  });
});
