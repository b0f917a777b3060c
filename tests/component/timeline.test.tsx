/**
 * The timeline's history rules: what it reports, and as what, so the dashboard can make a Play run
 * one history entry and a drag one entry (tests/component/dashboard-url.test.tsx checks the URL).
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STEP_INTERVAL_MS,
  Timeline,
  type TimelineChangeSource,
} from '@/components/timeline/timeline';
import { loadDataset } from '@/lib/data/load';
import { FIRST_DAY, LAST_DAY } from '@/lib/search-params';
import { buildTicks } from '@/lib/timeline';
import { renderWithUrl } from './harness';

const ticks = buildTicks(loadDataset(), FIRST_DAY, LAST_DAY);

function renderTimeline(day: string) {
  const onChange = vi.fn<(day: string, source: TimelineChangeSource) => void>();
  const timelineOn = (shown: string) => (
    <Timeline
      day={shown}
      min={FIRST_DAY}
      max={LAST_DAY}
      ticks={ticks}
      onChange={onChange}
      locale="en"
    />
  );
  const view = renderWithUrl(timelineOn(day));
  // The dashboard feeds each reported day back in, as the URL does.
  onChange.mockImplementation((next) => view.rerender(timelineOn(next)));
  return { onChange };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Timeline', () => {
  it('reports a Play run as one start followed by playback steps, through every tick after the day to the as-of date', async () => {
    const { onChange } = renderTimeline(FIRST_DAY);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let step = 0; step < 200 && screen.queryByRole('button', { name: 'Pause' }); step++) {
      await act(() => vi.advanceTimersByTimeAsync(STEP_INTERVAL_MS));
    }
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    const sources = onChange.mock.calls.map(([, source]) => source);
    expect(sources[0]).toBe('playback-start');
    expect(sources.slice(1)).toEqual(sources.slice(1).map(() => 'playback'));
    const days = onChange.mock.calls.map(([day]) => day);
    const tickDays = [...new Set(ticks.map((tick) => tick.day))].filter((day) => day > FIRST_DAY);
    // The run ends at the as-of date, weeks after the last Accords event, not at that event.
    expect(days).toEqual([...tickDays, LAST_DAY]);
  });

  it('stops a run when the day changes from elsewhere (Back), reporting nothing more', async () => {
    const onChange = vi.fn<(day: string, source: TimelineChangeSource) => void>();
    const props = { min: FIRST_DAY, max: LAST_DAY, ticks, onChange, locale: 'en' as const };
    const view = renderWithUrl(<Timeline day={FIRST_DAY} {...props} />);
    onChange.mockImplementation((next) => view.rerender(<Timeline day={next} {...props} />));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await act(() => vi.advanceTimersByTimeAsync(STEP_INTERVAL_MS));
    expect(onChange).toHaveBeenCalledTimes(1);
    // Back: the URL's day goes back to where the run started.
    view.rerender(<Timeline day={FIRST_DAY} {...props} />);
    await act(() => vi.advanceTimersByTimeAsync(5 * STEP_INTERVAL_MS));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('reports a keyed slider move once, on key release, as a slider change', () => {
    const { onChange } = renderTimeline('2022-01-01');
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.change(slider, {
      target: { value: String(Number((slider as HTMLInputElement).value) + 1) },
    });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyUp(slider, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('2022-01-02', 'slider');
  });

  it('plays twice as fast at 2×', async () => {
    const { onChange } = renderTimeline(FIRST_DAY);
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    // Each step schedules the next once the dashboard has fed its day back: one act per step.
    for (let step = 0; step < 4; step++) {
      await act(() => vi.advanceTimersByTimeAsync(STEP_INTERVAL_MS / 2));
    }
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it('reports a typed day once, on Enter, as a field change, clamped into the range', () => {
    const { onChange } = renderTimeline('2022-01-01');
    const field = screen.getByLabelText('Go to date');
    fireEvent.change(field, { target: { value: '2021-01-31' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.submit(field);
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2021-01-31', 'field');
    fireEvent.change(field, { target: { value: '2019-03-01' } });
    fireEvent.submit(field);
    expect(onChange).toHaveBeenLastCalledWith(FIRST_DAY, 'field');
    expect(screen.getByRole('status')).toHaveTextContent('outside the timeline');
  });

  it('says why a date that is not a day is refused, and reports nothing', () => {
    const { onChange } = renderTimeline('2022-01-01');
    const field = screen.getByLabelText('Go to date');
    fireEvent.change(field, { target: { value: '2021-02-30' } });
    fireEvent.submit(field);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole date');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
});
