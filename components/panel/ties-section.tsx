import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import { compareDays, effectiveDay, parsePartialDate } from '@/lib/data/dates';
import type { Confidence } from '@/lib/data/enums';
import type { Dataset, TieStatement } from '@/lib/data/schema';
import { DATASET_ISO3, sourcesById } from '@/lib/data/queries';
import { missionLabel } from '@/lib/i18n/mission-label';
import { type MissionOnDay, type Tie, tieOn } from '@/lib/data/status';
import { Disagreements, FactDate, FactMeta, SinceDate } from './fact-meta';
import { ShowAll } from './show-all';

const CONFIDENCE_ORDER: Confidence[] = ['low', 'medium', 'high'];

/**
 * A row of the ties list summarises a pair; its full record is the pair's panel (one click on the
 * partner's name). So a row shows its latest statements and first sources, and the rest on demand.
 */
const ROW_NOTES = 1;
const ROW_SOURCES = 3;

/** Statements newest first (by the day their date counts from); undated ones after, in order. */
export function newestFirst(notes: readonly TieStatement[]): TieStatement[] {
  return notes
    .map((note) => ({ note, day: note.date ? effectiveDay(note.date) : '' }))
    .sort((a, b) => compareDays(b.day, a.day))
    .map(({ note }) => note);
}

/** Sources and the weakest confidence of everything a tie rests on (events and statements). */
export function tieEvidence(data: Dataset, tie: Tie) {
  const eventIds = new Set([
    ...tie.relations.eventIds,
    ...Object.values(tie.embassies).flatMap((m) => [...m.eventIds, ...m.recallEventIds]),
  ]);
  // The pair's history holds every event its relations and missions rest on.
  const records = [...tie.history.filter((e) => eventIds.has(e.id)), ...tie.notes];
  const sourceIds = [...new Set(records.flatMap((r) => r.sources))];
  const confidence = CONFIDENCE_ORDER.find((grade) => records.some((r) => r.confidence === grade));
  return {
    sources: sourcesById(data, sourceIds),
    confidence,
    disagreements: records.flatMap((r) => r.alternatives ?? []),
  };
}

/** One country's mission in another: level, city, suspended or closed, since when, envoy recalls. */
export function Mission({
  mission,
  sender,
  host,
}: {
  mission: MissionOnDay;
  sender: string;
  host: string;
}) {
  const t = useTranslations('panel');
  const tAll = useTranslations();
  const since = mission.since ? parsePartialDate(mission.since) : null;
  return (
    <li>
      {/* One string where texts meet: each text node costs a render, and hydration. */}
      {`${missionLabel(tAll, sender, host)}: ${t(`missionLevel.${mission.level}`)}${mission.city ? ' · ' : ''}`}
      {mission.city && <span lang="en">{mission.city}</span>}
      {(mission.state === 'suspended' || mission.state === 'closed') && (
        <span className="text-amber-800">{` · ${t(`missionState.${mission.state}`)}`}</span>
      )}
      {since && (
        <>
          {' '}
          <SinceDate date={since} />
        </>
      )}
      {mission.recallEventIds.length > 0 && (
        <span className="text-amber-800">{` · ${t('recalled')}`}</span>
      )}
    </li>
  );
}

/** The country's ties with every other country in the dataset, as of `day`. */
export function TiesSection({
  data,
  iso3,
  day,
  onSelectPair,
}: {
  data: Dataset;
  iso3: string;
  day: string;
  onSelectPair: (pair: string) => void;
}) {
  const t = useTranslations('panel');
  const name = useCountryName(data);
  const partners = DATASET_ISO3.filter((code) => code !== iso3);
  return (
    <section aria-labelledby="ties-heading" className="mt-6">
      <h3 id="ties-heading" className="text-base font-semibold">
        {t('ties')}
      </h3>
      <ul
        className="mt-2 divide-y divide-gray-200 border-y border-gray-200"
        data-testid="panel:ties"
      >
        {partners.map((partner) => {
          const tie = tieOn(data, iso3, partner, day);
          const evidence = tieEvidence(data, tie);
          const since = tie.relations.since ? parsePartialDate(tie.relations.since) : null;
          const known = tie.relations.status !== 'unknown' || evidence.sources.length > 0;
          const grade = evidence.confidence;
          return (
            <li key={partner} className="py-2 text-sm">
              <p className="flex flex-wrap justify-between gap-x-2">
                <button
                  type="button"
                  onClick={() => onSelectPair(tie.pair.join('~'))}
                  className="font-medium text-blue-800 underline hover:text-blue-950"
                  title={t('openPair', { a: name(iso3), b: name(partner) })}
                >
                  {name(partner)}
                </button>
                <span>
                  {t(`relationsStatus.${tie.relations.status}`)}
                  {since && (
                    <>
                      {' ('}
                      <FactDate date={since} />)
                    </>
                  )}
                </span>
              </p>
              {known ? (
                <>
                  <ul className="text-gray-700">
                    <Mission mission={tie.embassies[partner]!} sender={iso3} host={partner} />
                    <Mission mission={tie.embassies[iso3]!} sender={partner} host={iso3} />
                  </ul>
                  <ShowAll
                    items={newestFirst(tie.notes)}
                    noun="statements"
                    latest="start"
                    limit={ROW_NOTES}
                  >
                    {(notes, listId) => (
                      <ul id={listId}>
                        {notes.map((note) => (
                          <li key={note.id} lang="en" className="text-gray-700">
                            {note.date && <FactDate date={note.date} />}
                            {note.date ? `: ${note.statement}` : note.statement}
                          </li>
                        ))}
                      </ul>
                    )}
                  </ShowAll>
                  <Disagreements alternatives={evidence.disagreements} />
                  {grade && (
                    <ShowAll
                      items={evidence.sources}
                      noun="sources"
                      latest="none"
                      limit={ROW_SOURCES}
                    >
                      {(sources, listId) => (
                        <div id={listId}>
                          <FactMeta confidence={grade} sources={sources} />
                        </div>
                      )}
                    </ShowAll>
                  )}
                </>
              ) : (
                <p className="text-gray-600">{t('noTieData')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
