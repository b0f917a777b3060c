/** A panel's bounded list (components/panel/show-all.tsx): which items, the control, what it says. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type LatestAt, ShowAll, shownItems } from '@/components/panel/show-all';
import { newestFirst } from '@/components/panel/ties-section';
import { effectiveDay } from '@/lib/data/dates';
import { loadDataset } from '@/lib/data/load';
import { renderWithUrl } from './harness';

const DAYS = Array.from({ length: 12 }, (_, i) => `day ${i + 1}`);

function renderList(items: readonly string[], latest: LatestAt, limit?: number) {
  return renderWithUrl(
    <ShowAll items={items} noun="events" latest={latest} limit={limit}>
      {(shown, listId) => (
        <ol id={listId} aria-label="Events">
          {shown.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      )}
    </ShowAll>,
  );
}

function listed(): string[] {
  return within(screen.getByRole('list', { name: 'Events' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('shownItems', () => {
  it('keeps the latest items at the end a list has them', () => {
    expect(shownItems(DAYS, 3, 'end', false)).toEqual(['day 10', 'day 11', 'day 12']);
    expect(shownItems(DAYS, 3, 'start', false)).toEqual(['day 1', 'day 2', 'day 3']);
    expect(shownItems(DAYS, 3, 'none', false)).toEqual(['day 1', 'day 2', 'day 3']);
  });

  it('shows every item when expanded, or when there are no more than the limit', () => {
    expect(shownItems(DAYS, 3, 'end', true)).toBe(DAYS);
    expect(shownItems(DAYS, 12, 'end', false)).toBe(DAYS);
    expect(shownItems(DAYS, 11, 'end', false)).toHaveLength(11);
  });
});

describe('ShowAll', () => {
  it('shows the latest 8, then all on demand, then the latest 8 again', async () => {
    const user = userEvent.setup();
    renderList(DAYS, 'end');
    expect(listed()).toEqual(DAYS.slice(-8));
    expect(screen.getByTestId('show-all:status')).toHaveTextContent('Latest 8 of 12 shown.');
    // Nothing is announced before the button is used.
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    const button = screen.getByRole('button', { name: 'Show all 12 events' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute(
      'aria-controls',
      screen.getByRole('list', { name: 'Events' }).id,
    );

    await user.click(button);
    expect(listed()).toEqual(DAYS);
    expect(screen.getByTestId('show-all:status')).toHaveTextContent('All 12 shown.');
    expect(screen.getByRole('status')).toHaveTextContent('All 12 shown.');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Show only the latest 8');
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(listed()).toEqual(DAYS.slice(-8));
    expect(screen.getByRole('status')).toHaveTextContent('Latest 8 of 12 shown.');
    expect(button).toHaveAccessibleName('Show all 12 events');
  });

  it('puts the control where the hidden items appear', () => {
    renderList(DAYS, 'end');
    const list = screen.getByRole('list', { name: 'Events' });
    const button = screen.getByRole('button');
    // Oldest first: the hidden (earlier) items appear above the list, so the control is there.
    expect(button.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says "first" for a list without a date order', () => {
    renderList(['a', 'b'], 'none', 1);
    expect(screen.getByTestId('show-all:status')).toHaveTextContent('First 1 of 2 shown.');
    expect(screen.getByRole('button', { name: 'Show all 2 events' })).toBeInTheDocument();
  });

  it('has no control for a short list', () => {
    renderList(DAYS.slice(0, 8), 'end');
    expect(listed()).toHaveLength(8);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('newestFirst', () => {
  it('orders statements by the day their date counts from, newest first, undated last', () => {
    const notes = loadDataset().ties;
    const sorted = newestFirst(notes);
    expect(new Set(sorted)).toEqual(new Set(notes));
    const days = sorted.map((note) => (note.date ? effectiveDay(note.date) : ''));
    const dated = days.filter(Boolean);
    expect(dated.length).toBeGreaterThan(1);
    expect(dated).toEqual([...dated].sort().reverse());
    // Every undated statement comes after every dated one, in the file's order.
    expect(days.slice(dated.length).every((day) => day === '')).toBe(true);
    const undated = notes.filter((note) => !note.date);
    expect(undated.length).toBeGreaterThan(0);
    expect(sorted.slice(dated.length)).toEqual(undated);
  });
});
