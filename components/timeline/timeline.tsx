'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from '@/components/i18n/use-translations';
import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { cn } from '@/lib/cn';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import {
  clusterTicks,
  dayFromIndex,
  dayIndex,
  nearestTick,
  nextPlayDay,
  nextTickDay,
  playbackStart,
  positionPercent,
  previousTickDay,
  snapToTick,
  type TimelineTick,
  type TimelineTickEvent,
  yearMarks,
} from '@/lib/timeline';
import { DateField } from './date-field';

// A cluster's list of events shows only once a cluster is opened: its code loads then.
const TickList = dynamic(() => import('./tick-list').then((m) => m.TickList));

/** Time between two playback steps at 1× speed. */
export const STEP_INTERVAL_MS = 1200;
/** Play's speeds: the step interval is divided by the chosen one. */
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
type PlaySpeed = (typeof PLAY_SPEEDS)[number];
/**
 * Tap targets on the tick row: at least 24 px wide (WCAG 2.2 target size), ticks closer than 12 px
 * share one, and the row's 8 px inset (mx-2) is theirs too.
 */
const TICK_TARGETS = { minTargetPx: 24, minGapPx: 12, overhangPx: 8 };
/** Row width assumed before it is measured (server render, first paint): a narrow phone. */
const DEFAULT_ROW_PX = 320;
/** A dragged thumb within this many pixels of an event stops on it. */
const SNAP_PX = 6;
/** Space kept between the tick's tip and the Play button. */
const TIP_GAP_PX = 4;
/** A tapped tick's tip closes by itself after this long: a finger leaves no pointer to move away. */
const TOUCH_TIP_MS = 2500;

/**
 * What moved the date: the slider (pointer, keys, assistive tech), a tick, the typed date field,
 * or Play, which reports its first step as 'playback-start'.
 */
export type TimelineChangeSource = 'slider' | 'tick' | 'field' | 'playback-start' | 'playback';

export interface TimelineProps {
  /** The current as-of day, 'YYYY-MM-DD'. */
  day: string;
  /** First day of the slider, 'YYYY-MM-DD'. */
  min: string;
  /** Last day of the slider, 'YYYY-MM-DD'. */
  max: string;
  /** Event ticks from `buildTicks`; keep the array stable (useMemo) so the memo holds. */
  ticks: readonly TimelineTick[];
  /** Context events from `buildContextMarks`, drawn on their own track; keep it stable too. */
  context?: readonly TimelineTick[];
  /**
   * A committed day: the slider on release (pointer up, key up, change), a tick, each playback
   * step. Never called while the thumb is being dragged. Keep it stable (useCallback). `source`
   * lets the caller replace rather than push history during playback.
   */
  onChange: (day: string, source: TimelineChangeSource) => void;
  locale: DisplayLocale;
  /** Extra classes for the outer element (layout only). */
  className?: string;
}

/** Page Up moves later, as it raises a native range input's value. */
const TICK_JUMP_KEYS: Record<string, 'next' | 'previous'> = {
  PageUp: 'next',
  PageDown: 'previous',
};

// The thumb is 16 px wide in both engines, so its centre runs from 8 px to (width − 8 px): the
// tick row is inset by the same 8 px (mx-2) to line up with it. Forced-colours mode gets the
// native control back, since custom backgrounds vanish there.
const SLIDER_CLASS = cn(
  'block h-5 w-full cursor-pointer appearance-none bg-transparent forced-colors:appearance-auto',
  // WebKit and Blink
  '[&::-webkit-slider-runnable-track]:h-1',
  '[&::-webkit-slider-runnable-track]:rounded-full',
  '[&::-webkit-slider-runnable-track]:bg-gray-500',
  '[&::-webkit-slider-thumb]:-mt-1.5',
  '[&::-webkit-slider-thumb]:box-border',
  '[&::-webkit-slider-thumb]:size-4',
  '[&::-webkit-slider-thumb]:appearance-none',
  '[&::-webkit-slider-thumb]:rounded-full',
  '[&::-webkit-slider-thumb]:border-2',
  '[&::-webkit-slider-thumb]:border-white',
  '[&::-webkit-slider-thumb]:bg-blue-700',
  '[&::-webkit-slider-thumb]:shadow',
  // Gecko
  '[&::-moz-range-track]:h-1',
  '[&::-moz-range-track]:rounded-full',
  '[&::-moz-range-track]:bg-gray-500',
  '[&::-moz-range-thumb]:box-border',
  '[&::-moz-range-thumb]:size-4',
  '[&::-moz-range-thumb]:rounded-full',
  '[&::-moz-range-thumb]:border-2',
  '[&::-moz-range-thumb]:border-white',
  '[&::-moz-range-thumb]:bg-blue-700',
  '[&::-moz-range-thumb]:shadow',
);

const NO_MARKS: readonly TimelineTick[] = [];

/** An event's title in the UI language. */
function tickTitle(event: TimelineTickEvent, locale: DisplayLocale): string {
  return locale === 'ru' ? event.titleRu : event.title;
}

/**
 * The context track: wars, strikes, ceasefires and recognitions as small diamonds above the
 * Accords ticks. They never change a status, so they are not stops for the slider or Play; each
 * mark names its date and events for everyone (title on hover, text for screen readers).
 */
function ContextTrack({
  marks,
  min,
  max,
  locale,
}: {
  marks: readonly TimelineTick[];
  min: string;
  max: string;
  locale: DisplayLocale;
}) {
  const t = useTranslations('timeline');
  if (marks.length === 0) return null;
  return (
    <div className="relative mx-2 h-3" data-testid="timeline:context">
      <span className="sr-only">{t('context')}</span>
      <ol>
        {marks.map((mark) => {
          const text = `${formatPartialDate(mark.date, locale)}: ${mark.events
            .map((event) => tickTitle(event, locale))
            .join('; ')}`;
          return (
            <li
              key={mark.day}
              title={text}
              className="absolute top-0.5 size-2 -translate-x-1/2 rotate-45 bg-amber-700"
              style={{ left: `${positionPercent(min, max, mark.day)}%` }}
            >
              <span className="sr-only">{text}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function formatDay(day: string, locale: DisplayLocale): string {
  return formatPartialDate({ value: day, precision: 'day' }, locale);
}

function PlayIcon({ playing }: { playing: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 fill-current">
      {playing ? <path d="M2 1h3v10H2zM7 1h3v10H7z" /> : <path d="M2.5 1v10l8.5-5z" />}
    </svg>
  );
}

/**
 * The as-of-date timeline: a day slider, the Accords events as tick marks above it, and Play,
 * which steps through the ticks. Dragging shows the day locally and reports it only on release,
 * so the URL gets one history entry per move.
 */
export const Timeline = memo(function Timeline({
  day,
  min,
  max,
  ticks,
  context = NO_MARKS,
  onChange,
  locale,
  className,
}: TimelineProps) {
  const t = useTranslations('timeline');
  const tTime = useTranslations('time');
  const sliderId = useId();
  const hintId = useId();
  const sliderRef = useRef<HTMLInputElement>(null);
  const tickRowRef = useRef<HTMLDivElement>(null);
  /** True between keydown and keyup on the slider: the key's keyup commits, not `change`. */
  const keyHeldRef = useRef(false);
  /** The uncommitted day, read by the commit handlers (several may fire for one release). */
  const draftRef = useRef<string | null>(null);

  /** The day shown while the thumb is dragged or keyed, before it is committed. */
  const [draft, setDraft] = useState<string | null>(null);
  /** The last day playback reached; null when not playing. */
  const [cursor, setCursor] = useState<string | null>(null);
  const [speed, setSpeed] = useState<PlaySpeed>(1);
  const speedId = useId();
  /** The cluster whose list of events is open (clusters of several ticks open one). */
  const [listDay, setListDay] = useState<string | null>(null);
  /** The tick holding the toolbar's single tab stop while focus is inside it. */
  const [rovingDay, setRovingDay] = useState<string | null>(null);
  /** Tick under the pointer; after a tap it stays until the next press elsewhere. */
  const [hoveredDay, setHoveredDay] = useState<string | null>(null);
  /** Tick focused from the keyboard (:focus-visible): a clicked tick leaves no tip behind. */
  const [focusedDay, setFocusedDay] = useState<string | null>(null);
  const [tooltipDismissed, setTooltipDismissed] = useState(false);
  const [seenDay, setSeenDay] = useState(day);
  /** The tick row's width, and the Play button's span across it, for the targets and the tip. */
  const [rowPx, setRowPx] = useState(DEFAULT_ROW_PX);
  const [playSpan, setPlaySpan] = useState({ left: DEFAULT_ROW_PX, right: DEFAULT_ROW_PX });
  const playRef = useRef<HTMLButtonElement>(null);
  /** True while a pointer drags the thumb: only then does it snap to events. */
  const draggingRef = useRef(false);

  // A day that playback did not produce (Back, another control) stops playback.
  if (day !== seenDay) {
    setSeenDay(day);
    if (cursor !== null && day !== cursor) setCursor(null);
  }

  const playing = cursor !== null;
  const shownDay = draft ?? day;
  const span = Math.max(0, dayIndex(min, max));
  const value = Math.min(span, Math.max(0, dayIndex(min, shownDay)));

  useEffect(() => {
    const row = tickRowRef.current;
    const play = playRef.current;
    if (!row || !play) return;
    const observer = new ResizeObserver(() => {
      const rowBox = row.getBoundingClientRect();
      const playBox = play.getBoundingClientRect();
      setRowPx(rowBox.width);
      // Right of the date, or on a line of its own at the left when a long label wraps it.
      setPlaySpan({ left: playBox.left - rowBox.left, right: playBox.right - rowBox.left });
    });
    observer.observe(row);
    observer.observe(play);
    return () => observer.disconnect();
  }, []);

  const clusters = useMemo(
    () => clusterTicks(ticks, min, max, rowPx, TICK_TARGETS),
    [ticks, min, max, rowPx],
  );

  const tickText = useMemo(
    () =>
      ticks.map((tick) => {
        const date = formatPartialDate(tick.date, locale);
        const events = tick.events.map((event) => {
          const title = tickTitle(event, locale);
          const atTickDate =
            event.date.value === tick.date.value && event.date.precision === tick.date.precision;
          return event.date.precision === 'day' || atTickDate
            ? title
            : t('eventWithDate', { title, date: formatPartialDate(event.date, locale) });
        });
        return { date, events, label: t('tick', { date, events: events.join('; ') }) };
      }),
    [ticks, locale, t],
  );

  const runStartRef = useRef(false);
  // Play steps from tick to tick and ends at `max`, the as-of date: the record runs on for weeks
  // after the last Accords event (its ties and context events), so stopping at that event hid them.
  const advance = useEffectEvent((from: string) => {
    const next = nextPlayDay(ticks, from, max);
    if (next === null) {
      setCursor(null);
      return;
    }
    onChange(next, runStartRef.current ? 'playback-start' : 'playback');
    runStartRef.current = false;
    setCursor(nextPlayDay(ticks, next, max) === null ? null : next);
  });

  useEffect(() => {
    if (cursor === null) return;
    const timer = setTimeout(() => advance(cursor), STEP_INTERVAL_MS / speed);
    return () => clearTimeout(timer);
  }, [cursor, speed]);

  function updateDraft(next: string | null) {
    draftRef.current = next;
    setDraft(next);
  }

  /** Reports the dragged day, if any, and drops it; repeat calls for one release do nothing. */
  function commit() {
    const next = draftRef.current;
    if (next === null) return;
    updateDraft(null);
    if (next !== day) onChange(next, 'slider');
  }

  // Assistive technologies change the value without key or pointer events; `change` covers them
  // (React's onChange is the `input` event for range inputs).
  const onNativeChange = useEffectEvent(() => {
    if (!keyHeldRef.current) commit();
  });
  useEffect(() => {
    const slider = sliderRef.current;
    if (!slider) return;
    const listener = () => onNativeChange();
    slider.addEventListener('change', listener);
    return () => slider.removeEventListener('change', listener);
  }, []);

  function jumpTo(target: string) {
    setListDay(null);
    setCursor(null);
    updateDraft(null);
    if (target !== day) onChange(target, 'tick');
  }

  function togglePlay() {
    if (playing) {
      setCursor(null);
      return;
    }
    const start = playbackStart(ticks, shownDay, max);
    if (start === null) return;
    updateDraft(null);
    // The run's first date change is a new history entry; the steps after it replace it.
    runStartRef.current = start === day;
    if (start !== day) onChange(start, 'playback-start');
    setCursor(start);
  }

  function onSliderKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    keyHeldRef.current = true;
    const direction = TICK_JUMP_KEYS[event.key];
    if (!direction) return;
    event.preventDefault();
    const target =
      direction === 'next' ? nextTickDay(ticks, shownDay) : previousTickDay(ticks, shownDay);
    if (target === null || target > max || target < min) return;
    setCursor(null);
    updateDraft(target);
  }

  function onSliderKeyUp() {
    keyHeldRef.current = false;
    commit();
  }

  const anchorIndex = Math.max(
    0,
    clusters.findLastIndex((cluster) => cluster.ticks[0]!.day <= shownDay),
  );
  const rovingIndex =
    rovingDay === null
      ? anchorIndex
      : Math.max(
          0,
          clusters.findIndex((cluster) => cluster.day === rovingDay),
        );

  function focusTick(index: number) {
    const buttons = tickRowRef.current?.querySelectorAll<HTMLButtonElement>('button[data-day]');
    buttons?.[index]?.focus();
  }

  function onTickRowKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      if (!tooltipDismissed && (hoveredDay ?? focusedDay) !== null) {
        setTooltipDismissed(true);
        event.stopPropagation();
      }
      return;
    }
    const current = clusters.findIndex(
      (cluster) => cluster.day === (event.target as HTMLElement).dataset.day,
    );
    if (current < 0) return;
    const last = clusters.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? Math.min(last, current + 1)
        : event.key === 'ArrowLeft'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    focusTick(target);
  }

  function onTickRowBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) setRovingDay(null);
  }

  const textByDay = new Map(ticks.map((tick, i) => [tick.day, tickText[i]!]));
  const tooltipDay = tooltipDismissed ? null : (hoveredDay ?? focusedDay);
  const tooltipCluster = clusters.find((cluster) => cluster.day === tooltipDay);
  const listCluster = clusters.find(
    (cluster) => cluster.day === listDay && cluster.ticks.length > 1,
  );
  const hasHoverTooltip = hoveredDay !== null;

  // A touch leaves no pointer to move away, so a press anywhere else closes the tapped tick's tip,
  // and so does time.
  useEffect(() => {
    if (!hasHoverTooltip) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!tickRowRef.current?.contains(event.target as Node)) setHoveredDay(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [hasHoverTooltip]);
  const [touchTipDay, setTouchTipDay] = useState<string | null>(null);
  useEffect(() => {
    if (touchTipDay === null) return;
    const timer = setTimeout(() => {
      setHoveredDay((current) => (current === touchTipDay ? null : current));
      setTouchTipDay(null);
    }, TOUCH_TIP_MS);
    return () => clearTimeout(timer);
  }, [touchTipDay]);

  // The tip rises over the row above, so it keeps to the wider side of the Play button there,
  // and is shifted by the same share of its own width as its anchor's share of that side (so both
  // of its ends stay on that side).
  const [tipLow, tipHigh] =
    playSpan.left - TIP_GAP_PX >= rowPx - playSpan.right - TIP_GAP_PX
      ? [0, Math.max(0, playSpan.left - TIP_GAP_PX)]
      : [playSpan.right + TIP_GAP_PX, rowPx];
  const tipSpan = Math.max(0, tipHigh - tipLow);
  const tipAnchor = tooltipCluster
    ? Math.min(
        tipHigh,
        Math.max(tipLow, ((tooltipCluster.left + tooltipCluster.width / 2) / 100) * rowPx),
      )
    : 0;

  return (
    <div
      role="group"
      aria-label={t('label')}
      className={cn('flex min-w-0 flex-col gap-1 px-3 pt-2 pb-3 text-gray-900 sm:px-4', className)}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p className="flex flex-wrap items-baseline gap-x-1.5">
          <label htmlFor={sliderId} className="text-sm text-gray-700">
            {t('asOf')}
          </label>
          <time dateTime={shownDay} className="text-lg font-semibold tabular-nums">
            {formatDay(shownDay, locale)}
          </time>
        </p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <button
            ref={playRef}
            type="button"
            onClick={togglePlay}
            disabled={ticks.length === 0}
            className="inline-flex min-h-8 items-center gap-1.5 rounded border border-gray-400 bg-white px-3 py-1 text-sm font-semibold text-gray-900 hover:bg-gray-100 disabled:cursor-not-allowed disabled:text-gray-500"
          >
            <PlayIcon playing={playing} />
            {/* Both labels share one grid cell, so the button is as wide as the longer one whichever
              shows: no jump when Play turns into Pause. */}
            <span className="grid">
              <span className="col-start-1 row-start-1">{playing ? t('pause') : t('play')}</span>
              <span aria-hidden="true" className="invisible col-start-1 row-start-1">
                {playing ? t('play') : t('pause')}
              </span>
            </span>
          </button>
          <p className="flex items-center gap-1.5 text-sm">
            <label htmlFor={speedId} className="text-gray-700">
              {tTime('speed')}
            </label>
            <select
              id={speedId}
              value={speed}
              onChange={(event) => setSpeed(Number(event.currentTarget.value) as PlaySpeed)}
              className="min-h-8 rounded border border-gray-400 bg-white px-1 text-sm"
            >
              {PLAY_SPEEDS.map((value) => (
                <option key={value} value={value}>
                  {tTime('speedValue', { speed: value.toLocaleString(locale) })}
                </option>
              ))}
            </select>
          </p>
        </div>
      </div>

      <ContextTrack marks={context} min={min} max={max} locale={locale} />
      <div
        ref={tickRowRef}
        role="toolbar"
        aria-label={t('events')}
        className="relative mx-2 h-6"
        onKeyDown={onTickRowKeyDown}
        onBlur={onTickRowBlur}
        onPointerLeave={(event) => {
          if (event.pointerType !== 'touch') setHoveredDay(null);
        }}
      >
        {clusters.map((cluster, index) => {
          const days = cluster.ticks.map((tick) => tick.day);
          const current = days.includes(shownDay);
          return (
            <button
              key={cluster.day}
              type="button"
              data-day={cluster.day}
              data-ticks={days.length}
              tabIndex={index === rovingIndex ? 0 : -1}
              aria-label={[
                days.length > 1 ? tTime('clusterCount', { count: days.length }) : null,
                ...days.map((d) => textByDay.get(d)?.label),
              ]
                .filter(Boolean)
                .join('; ')}
              aria-current={current ? 'date' : undefined}
              className="group absolute bottom-0 h-6"
              style={{ left: `${cluster.left}%`, width: `${cluster.width}%` }}
              aria-haspopup={days.length > 1 ? 'dialog' : undefined}
              aria-expanded={days.length > 1 ? listDay === cluster.day : undefined}
              onClick={(event) => {
                // A cluster of several ticks opens the list of its events to choose from.
                if (days.length > 1) {
                  setTooltipDismissed(true);
                  return setListDay((open) => (open === cluster.day ? null : cluster.day));
                }
                // A tap or click selects the mark nearest to it; Enter or Space (no pointer,
                // detail 0) the cluster's latest day.
                if (event.detail === 0) return jumpTo(cluster.day);
                const box = event.currentTarget.getBoundingClientRect();
                const share = (event.clientX - box.left) / box.width;
                const at = cluster.left + share * cluster.width;
                jumpTo(nearestTick(cluster.ticks, min, max, at)?.day ?? cluster.day);
              }}
              onFocus={(event) => {
                setRovingDay(cluster.day);
                if (event.currentTarget.matches(':focus-visible')) {
                  setFocusedDay(cluster.day);
                  setTooltipDismissed(false);
                }
              }}
              onBlur={() => setFocusedDay(null)}
              onPointerEnter={() => {
                setHoveredDay(cluster.day);
                setTooltipDismissed(false);
              }}
              onPointerUp={(event) => {
                if (event.pointerType === 'touch') setTouchTipDay(cluster.day);
              }}
            >
              {days.length > 1 && (
                <span
                  aria-hidden="true"
                  data-testid="timeline:cluster-count"
                  className="absolute -top-1.5 left-1/2 min-w-3.5 -translate-x-1/2 rounded-full bg-gray-800 px-0.5 text-center text-[9px] leading-3.5 font-semibold text-white"
                >
                  {days.length}
                </span>
              )}
              {cluster.ticks.map((tick) => (
                <span
                  key={tick.day}
                  data-tick={tick.day}
                  aria-hidden="true"
                  className={cn(
                    'absolute bottom-0 block w-0.5 -translate-x-1/2 rounded-full group-hover:bg-blue-700',
                    tick.day === shownDay ? 'h-5 bg-blue-700' : 'h-3',
                    tick.day !== shownDay && (tick.day < shownDay ? 'bg-gray-800' : 'bg-gray-500'),
                  )}
                  style={{
                    left: `${((positionPercent(min, max, tick.day) - cluster.left) / cluster.width) * 100}%`,
                  }}
                />
              ))}
            </button>
          );
        })}
        {listCluster && (
          <TickList
            label={t('events')}
            items={listCluster.ticks.map((tick) => ({
              day: tick.day,
              date: textByDay.get(tick.day)?.date ?? tick.day,
              events: textByDay.get(tick.day)?.events ?? [],
            }))}
            current={shownDay}
            onChoose={jumpTo}
            onClose={() => {
              setListDay(null);
              tickRowRef.current
                ?.querySelector<HTMLButtonElement>(`button[data-day="${listCluster.day}"]`)
                ?.focus();
            }}
          />
        )}
        {tooltipCluster && !listCluster && (
          <div
            aria-hidden="true"
            data-testid="timeline:tip"
            className="absolute bottom-full z-10 w-max pb-1"
            style={{
              left: tipAnchor,
              maxWidth: `min(20rem, ${tipSpan}px)`,
              transform: `translateX(-${tipSpan > 0 ? ((tipAnchor - tipLow) / tipSpan) * 100 : 0}%)`,
            }}
          >
            <div className="rounded border border-gray-300 bg-white px-2 py-1 text-xs shadow-md">
              {tooltipCluster.ticks.map((tick) => {
                const text = textByDay.get(tick.day);
                return (
                  <div key={tick.day}>
                    <p className="font-semibold">{text?.date}</p>
                    <ul className="mt-0.5 list-disc space-y-0.5 pl-4 text-gray-700">
                      {text?.events.map((title, i) => (
                        <li key={tick.events[i]?.id ?? i}>{title}</li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </div>

      <input
        ref={sliderRef}
        id={sliderId}
        type="range"
        min={0}
        max={span}
        step={1}
        value={value}
        aria-valuetext={formatDay(shownDay, locale)}
        aria-describedby={hintId}
        className={SLIDER_CLASS}
        onPointerDown={() => {
          draggingRef.current = true;
          setCursor(null);
        }}
        onChange={(event) => {
          setCursor(null);
          const next = dayFromIndex(min, event.currentTarget.valueAsNumber);
          // A finger covers days by the handful on a phone (a pixel is ~6 days at 360 px): a drag
          // stops on an event it passes close to, so the dates that matter can be hit. Keys move
          // by exactly one day.
          const daysPerPx = span / Math.max(1, event.currentTarget.clientWidth);
          updateDraft(draggingRef.current ? snapToTick(ticks, next, SNAP_PX * daysPerPx) : next);
        }}
        onPointerUp={() => {
          draggingRef.current = false;
          commit();
        }}
        onPointerCancel={() => {
          draggingRef.current = false;
        }}
        onKeyDown={onSliderKeyDown}
        onKeyUp={onSliderKeyUp}
        onBlur={() => {
          keyHeldRef.current = false;
          commit();
        }}
      />
      <p id={hintId} className="sr-only">
        {t('keyboardHint')}
      </p>

      {/* Year labels at 1 January on the slider's scale (inset like the tick row); the range's
          ends are in the date field's hint. */}
      <ol aria-hidden="true" className="relative mx-2 h-4 text-xs text-gray-700 tabular-nums">
        {yearMarks(min, max).map((mark) => (
          <li
            key={mark.year}
            data-testid="timeline:year"
            className="absolute top-0 -translate-x-1/2 border-l border-gray-500 pl-0.5 leading-4"
            style={{ left: `${positionPercent(min, max, mark.day)}%` }}
          >
            {mark.year}
          </li>
        ))}
      </ol>

      <DateField
        day={day}
        min={min}
        max={max}
        locale={locale}
        onChange={(next) => {
          setCursor(null);
          updateDraft(null);
          if (next !== day) onChange(next, 'field');
        }}
      />
    </div>
  );
});
