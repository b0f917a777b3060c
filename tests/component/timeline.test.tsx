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
  it('reports a Play run as one start followed by playback steps, through every tick after the day', async () => {
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
    expect(days).toEqual(tickDays);
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
});
