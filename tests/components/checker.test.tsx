import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Checker } from '@/components/Checker';

beforeEach(() => fakeBrowser.reset());

describe('full-page checker', () => {
  it('groups findings, selects a finding\'s words in the text, and applies a fix', async () => {
    render(<Checker />);
    const draft = (await screen.findByLabelText('Your text')) as HTMLTextAreaElement;
    fireEvent.change(draft, { target: { value: 'Damn, what a case: a 45-year-old from Oakdale.' } });
    const patient = await screen.findByRole('list', { name: /Could identify a patient/ });
    expect(screen.getByRole('list', { name: /Professional image/ })).toBeTruthy();
    expect(screen.getAllByText(/Stop before posting/).length).toBeGreaterThan(0);

    const age = patient.querySelector('[data-category="phi.age"]') as HTMLElement;
    fireEvent.click(within(age).getByRole('button', { name: /45-year-old/ }));
    expect(document.activeElement).toBe(draft);
    expect(draft.value.slice(draft.selectionStart, draft.selectionEnd)).toBe('45-year-old');

    fireEvent.click(within(within(age).getByRole('group', { name: 'Fixes for: Age' })).getAllByRole('button')[0]!);
    await waitFor(() => expect(draft.value).not.toContain('45-year-old'));
  });
});
