import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import { cn } from '@/lib/cn';
import type { DisplayLocale } from '@/lib/data/dates';
import { PHASE_BY_KIND } from '@/lib/data/enums';
import { isDatasetIso3, sourcesById } from '@/lib/data/queries';
import type { AccordsEvent, Dataset } from '@/lib/data/schema';
import { Disagreements, FactDate, FactMeta } from './fact-meta';

/** Title and summary in the UI language. */
function localizedText(event: AccordsEvent, locale: DisplayLocale) {
  return locale === 'ru'
    ? { lang: 'ru', title: event.titleRu, summary: event.summaryRu }
    : { lang: 'en', title: event.title, summary: event.summary };
}

/**
 * Who went where, which mission changed, which document the step belongs to, where it happened,
 * who signed what, and which parties outside the map took part: an event's structured facts.
 */
function EventDetails({ data, event }: { data: Dataset; event: AccordsEvent }) {
  const t = useTranslations('panel');
  const name = useCountryName(data);
  const locale = useLocale() as DisplayLocale;
  const { contact, mission, by } = event;
  const document = data.documents.find((d) => d.id === event.documentId);
  const others = event.parties.filter((iso3) => !isDatasetIso3(iso3));
  const lines = [
    contact &&
      t('contact', {
        from: name(contact.from),
        to: contact.to.map(name).join(', '),
        level: t(`contactLevel.${contact.level}`),
      }),
    mission &&
      [
        t('missionIn', { sender: name(mission.sender), host: name(mission.host) }),
        mission.level && t(`missionLevel.${mission.level}`),
        mission.city,
      ]
        .filter(Boolean)
        .join(' · '),
    document &&
      [
        locale === 'ru' ? document.titleRu : document.title,
        by && t('stepBy', { party: name(by.party), body: by.body }),
      ]
        .filter(Boolean)
        .join(': '),
    event.place && t('place', { place: event.place }),
    event.signatories &&
      t('signedBy', {
        names: event.signatories
          .map((p) => `${p.name} (${[p.role, name(p.iso3)].filter(Boolean).join(', ')})`)
          .join('; '),
      }),
    event.documents && t('documentsSigned', { names: event.documents.join('; ') }),
    others.length > 0 && t('otherParties', { names: others.map(name).join(', ') }),
  ].filter((line): line is string => typeof line === 'string' && line.length > 0);
  if (lines.length === 0) return null;
  return (
    <ul className="text-xs text-gray-700" data-testid="event:details">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * One dated event: its date and phase (announced vs implemented, drawn differently), title,
 * summary in the UI language, its structured details, disagreements and sources.
 */
export function EventFact({ data, event }: { data: Dataset; event: AccordsEvent }) {
  const t = useTranslations('panel');
  const locale = useLocale() as DisplayLocale;
  const phase = PHASE_BY_KIND[event.kind];
  const text = localizedText(event, locale);
  return (
    <>
      <p className="text-sm">
        <FactDate date={event.date} className="font-semibold" />{' '}
        <span
          className={cn(
            'rounded px-1 text-xs',
            phase === 'implemented'
              ? 'bg-blue-100 text-blue-900'
              : 'border border-dashed border-gray-500 text-gray-700',
          )}
        >
          {t(`phase.${phase}`)}
        </span>
      </p>
      <p lang={text.lang} className="text-sm font-medium" data-testid="event:title">
        {text.title}
      </p>
      <p lang={text.lang} className="text-sm text-gray-700">
        {text.summary}
      </p>
      <EventDetails data={data} event={event} />
      {event.note && (
        <p lang="en" className="text-xs text-gray-600" data-testid="event:note">
          {event.note}
        </p>
      )}
      <Disagreements alternatives={event.alternatives} />
      <FactMeta confidence={event.confidence} sources={sourcesById(data, event.sources)} />
    </>
  );
}
