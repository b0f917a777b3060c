/**
 * Enter in the country search while its matcher (a chunk of its own, loaded on first focus) is
 * still on its way: the first match is chosen once it has arrived. The module's arrival is held
 * back here by a gate.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CountrySearch } from '@/components/search/country-search';
import { loadDataset } from '@/lib/data/load';
import { renderWithUrl } from './harness';

const gate = vi.hoisted(() => {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open: () => open() };
});

vi.mock('@/lib/country-search', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

const data = loadDataset();

/** A search box with its own `onSelect`; several share the one matcher module. */
function renderSearch(label: string) {
  const onSelect = vi.fn<(iso3: string) => void>();
  renderWithUrl(
    <section aria-label={label}>
      <CountrySearch data={data} onSelect={onSelect} />
    </section>,
  );
  const box = within(screen.getByRole('region', { name: label }));
  const input = box.getByRole('combobox', { name: 'Find a country' });
  act(() => input.focus());
  fireEvent.change(input, { target: { value: 'Astana' } });
  return { input, onSelect };
}

describe('CountrySearch while its matcher loads', () => {
  it('chooses the first match for Enter pressed before the matcher arrives or before it renders', async () => {
    const early = renderSearch('Early');
    const late = renderSearch('Late');
    // Before the matcher arrives: Enter waits for it.
    fireEvent.keyDown(early.input, { key: 'Enter' });
    expect(early.onSelect).not.toHaveBeenCalled();

    // The matcher arrives: its promise settles, and React has yet to render the results when
    // Enter comes to the other box (whose handler still sees no results).
    gate.open();
    await import('@/lib/country-search');
    fireEvent.keyDown(late.input, { key: 'Enter' });

    for (const { input, onSelect } of [early, late]) {
      await vi.waitFor(() => expect(onSelect).toHaveBeenCalledWith('KAZ'));
      expect(onSelect).toHaveBeenCalledTimes(1);
      expect(input).toHaveValue('');
    }
  });
});
