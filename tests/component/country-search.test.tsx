/** The country search combobox (WAI-ARIA combobox, list autocomplete). */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CountrySearch } from '@/components/search/country-search';
import { loadDataset } from '@/lib/data/load';
import { renderWithUrl } from './harness';

const data = loadDataset();

function renderSearch() {
  const onSelect = vi.fn<(iso3: string) => void>();
  renderWithUrl(<CountrySearch data={data} onSelect={onSelect} />);
  return { onSelect, input: screen.getByRole('combobox', { name: 'Find a country' }) };
}

describe('CountrySearch', () => {
  it('lists matches as options and announces their count', async () => {
    const { input } = renderSearch();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.type(input, 'kaz');
    // The matcher is a chunk of its own, loaded on first focus (the file's first test pays for it):
    // on a busy machine it can arrive after the typing has ended.
    const options = await screen.findAllByRole('option', undefined, { timeout: 15_000 });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(options.map((option) => option.textContent)).toEqual(['Kazakhstan']);
    expect(screen.getByText('1 country found')).toBeInTheDocument();
  });

  it('moves the active option with the arrow keys, wrapping, and Enter selects it', async () => {
    const { input, onSelect } = renderSearch();
    await userEvent.type(input, 'a');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    const last = options.at(-1)!;
    expect(input.getAttribute('aria-activedescendant')).toBe(last.id);
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
    const chosen = data.countries.find((country) => country.names.en === last.textContent);
    expect(onSelect).toHaveBeenCalledWith(chosen?.iso3);
    // Choosing clears and closes the box.
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('selects an option with the pointer, by capital too', async () => {
    const { input, onSelect } = renderSearch();
    await userEvent.type(input, 'Tashkent');
    await userEvent.pointer({ keys: '[MouseLeft>]', target: screen.getByRole('option') });
    expect(onSelect).toHaveBeenCalledWith('UZB');
  });

  it('Escape clears the box without reaching the dashboard', async () => {
    const { input, onSelect } = renderSearch();
    const onWindowEscape = vi.fn();
    window.addEventListener('keydown', onWindowEscape);
    await userEvent.type(input, 'isr');
    await userEvent.keyboard('{Escape}');
    window.removeEventListener('keydown', onWindowEscape);
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(onSelect).not.toHaveBeenCalled();
    // Typing reached the window; Escape did not (the dashboard would clear its selection).
    expect(onWindowEscape.mock.calls.map(([event]) => (event as KeyboardEvent).key)).toEqual([
      'i',
      's',
      'r',
    ]);
  });

  it('shows nothing for a query that matches no country', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'zzqx');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('No countries found')).toBeInTheDocument();
  });
});
