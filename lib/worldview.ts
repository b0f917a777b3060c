/**
 * Whose lines the map draws for Western Sahara (`worldview=`): the United Nations lists it as a
 * non-self-governing territory, drawn apart from Morocco (the default). The United States and
 * Israel recognised Moroccan sovereignty over it on a known day, each an event of the dataset;
 * Morocco claims it throughout. Before a recognition its view draws what the UN's does.
 *
 * The dates are read from the dataset's events (with their sources), never written here.
 */
import type { Dataset } from './data/schema';

export const WORLDVIEWS = ['un', 'us', 'israel', 'morocco'] as const;
export type Worldview = (typeof WORLDVIEWS)[number];
export const DEFAULT_WORLDVIEW: Worldview = 'un';

/**
 * How each view draws Western Sahara: apart, as part of Morocco throughout, or as part of
 * Morocco from the day of the dataset event that recorded the recognition.
 */
const RULES: Record<
  Worldview,
  { kind: 'apart' } | { kind: 'always' } | { kind: 'from'; event: string }
> = {
  un: { kind: 'apart' },
  // US presidential proclamation of 10 Dec 2020, announced with the Morocco–Israel normalisation.
  us: { kind: 'from', event: 'mar-isr-normalization-announced' },
  israel: { kind: 'from', event: 'isr-recognizes-moroccan-sovereignty-western-sahara' },
  morocco: { kind: 'always' },
};

/** The dataset event that made this view's recognition, or null for a view without one. */
export function recognitionEvent(data: Dataset, worldview: Worldview) {
  const rule = RULES[worldview];
  if (rule.kind !== 'from') return null;
  const event = data.events.find((e) => e.id === rule.event);
  // A dataset without the event cannot date the recognition: the view draws what the UN's does.
  return event ?? null;
}

/** Whether the map draws Western Sahara as part of Morocco in this view on this day. */
export function westernSaharaInMorocco(data: Dataset, worldview: Worldview, day: string): boolean {
  const rule = RULES[worldview];
  if (rule.kind !== 'from') return rule.kind === 'always';
  const event = recognitionEvent(data, worldview);
  return event !== null && event.date.value <= day;
}
