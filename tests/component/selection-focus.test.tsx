/** Focus follows the selection (components/panel/use-selection-focus.ts). */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useSelectionFocus } from '@/components/panel/use-selection-focus';

/** A search field, and a panel whose heading is there only once its code has "loaded". */
function Page({ selection, headingLoaded }: { selection: string; headingLoaded: boolean }) {
  const panel = useRef<HTMLElement>(null);
  useSelectionFocus(selection, panel);
  return (
    <>
      <input aria-label="Search" />
      <aside ref={panel} aria-label="Panel">
        {headingLoaded ? (
          <h2 id="detail-panel-title" tabIndex={-1}>
            {selection || 'Overview'}
          </h2>
        ) : (
          <p>Loading</p>
        )}
      </aside>
    </>
  );
}

describe('useSelectionFocus', () => {
  it('moves focus to the new panel heading, and back to the search field on close', () => {
    const { rerender } = render(<Page selection="" headingLoaded />);
    act(() => screen.getByRole('textbox', { name: 'Search' }).focus());
    rerender(<Page selection="KAZ" headingLoaded />);
    expect(screen.getByRole('heading', { name: 'KAZ' })).toHaveFocus();
    rerender(<Page selection="" headingLoaded />);
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });

  it('focuses the heading once the panel that was still loading shows it', async () => {
    const { rerender } = render(<Page selection="" headingLoaded={false} />);
    act(() => screen.getByRole('textbox', { name: 'Search' }).focus());
    rerender(<Page selection="KAZ" headingLoaded={false} />);
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
    rerender(<Page selection="KAZ" headingLoaded />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'KAZ' })).toHaveFocus());
    rerender(<Page selection="" headingLoaded />);
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });

  it('stops waiting for the heading once the selection is closed', async () => {
    const { rerender } = render(<Page selection="" headingLoaded={false} />);
    const search = screen.getByRole('textbox', { name: 'Search' });
    act(() => search.focus());
    rerender(<Page selection="KAZ" headingLoaded={false} />);
    rerender(<Page selection="" headingLoaded={false} />);
    // The panel's heading appears after the close (the overview's): it must not take focus.
    rerender(<Page selection="" headingLoaded />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(search).toHaveFocus();
  });
});
