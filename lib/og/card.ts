/**
 * What the Open Graph image of a view says, as plain strings (drawn by
 * components/share/og-card.tsx). Every string has gone through `toOgText`.
 */
import { ACCORDS_STATUSES, type AccordsStatus, type TieLevel } from '../data/enums';
import { DATASET_ISO3, getCountry } from '../data/queries';
import type { Dataset } from '../data/schema';
import { accordsStatusOn, tieLevel, tieOn } from '../data/status';
import { formatDay, shareLocale, viewSubject, type ShareView } from '../share';
import { shareTranslator } from '../i18n/translator';
import { missionLabel } from '../i18n/mission-label';
import { isOgCovered, toOgText } from './fonts';

/** A colour key: an Accords status (its map fill) or a tie level (its arc colour). */
export type OgSwatch = { kind: 'status'; status: AccordsStatus } | { kind: 'tie'; level: TieLevel };

export interface OgLine {
  text: string;
  /** Smaller text after the main text, e.g. "since 6 November 2025". */
  detail?: string;
  swatch?: OgSwatch;
}

export interface OgCardContent {
  /** "Accords Atlas". */
  brand: string;
  /** The country or pair, or the tagline for the default view. */
  subject: string;
  /** True when `subject` is a name (drawn large), false for the tagline. */
  named: boolean;
  /**
   * A country view's name in its own language ("Қазақстан"), under the subject. Left out for
   * right-to-left scripts (satori does not shape Hebrew or Arabic) and whatever the fonts lack.
   */
  native?: { text: string; lang: string };
  /** Heading of the lines: "Abraham Accords status" or "Diplomatic relations". */
  heading: string;
  lines: OgLine[];
  /** "On 20 September 2020". */
  date: string;
  /** "Data as of 19 February 2026". */
  asOf: string;
}

function safeLine(line: OgLine): OgLine {
  return {
    ...line,
    text: toOgText(line.text),
    ...(line.detail === undefined ? {} : { detail: toOgText(line.detail) }),
  };
}

/** The image's content for a view (parsed with diagnoseLink, so every value is valid). */
export function ogCardContent(data: Dataset, view: ShareView): OgCardContent {
  const t = shareTranslator(view.lang);
  const locale = shareLocale(view.lang);
  const since = (value: string | null | undefined) =>
    value ? t('share.image.since', { date: formatDay(value, locale, 'genitive') }) : undefined;
  const subject = viewSubject(data, view, t);
  let heading: string;
  let lines: OgLine[];
  if (view.pair) {
    const [a, b] = view.pair;
    const tie = tieOn(data, a, b, view.date);
    heading = t('share.image.relations');
    const missions = (
      [
        [a, b],
        [b, a],
      ] as const
    ).map(([host, sender]) => {
      const mission = tie.embassies[host];
      const label = missionLabel(t, sender, host);
      const level = t(`panel.missionLevel.${mission?.level ?? 'unknown'}`);
      return { text: `${label}: ${level}`, detail: since(mission?.since) };
    });
    lines = [
      {
        text: t(`panel.relationsStatus.${tie.relations.status}`),
        detail: since(tie.relations.since),
        swatch: { kind: 'tie', level: tieLevel(tie) },
      },
      ...missions,
    ];
  } else if (view.country) {
    const accords = accordsStatusOn(data, view.country, view.date);
    heading = t('share.image.accords');
    lines = [
      {
        text: t(`status.${accords.status}`),
        detail: since(accords.since),
        swatch: { kind: 'status', status: accords.status },
      },
    ];
  } else {
    heading = t('share.image.accords');
    const counts = new Map<AccordsStatus, number>();
    for (const iso3 of DATASET_ISO3) {
      const { status } = accordsStatusOn(data, iso3, view.date);
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    lines = ACCORDS_STATUSES.filter((status) => counts.has(status)).map((status) => ({
      text: t('share.image.statusCount', {
        status: t(`status.${status}`),
        count: counts.get(status) ?? 0,
      }),
      swatch: { kind: 'status', status },
    }));
  }
  const native = view.country && !view.pair ? getCountry(data, view.country)?.names.native : null;
  const drawable = native?.dir === 'ltr' && Array.from(native.text).every(isOgCovered);
  return {
    brand: toOgText(t('share.title.default')),
    subject: toOgText(subject ?? t('app.tagline')),
    named: subject !== null,
    ...(native && drawable ? { native: { text: native.text, lang: native.lang } } : {}),
    heading: toOgText(heading),
    lines: lines.map(safeLine),
    date: toOgText(t('share.image.onDate', { date: formatDay(view.date, locale) })),
    asOf: toOgText(t('share.image.dataAsOf', { date: formatDay(data.meta.asOf, locale) })),
  };
}
