import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import { memo } from 'react';
import { parsePartialDate } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import { sourcesById } from '@/lib/data/queries';
import { tieLevel, tieOn } from '@/lib/data/status';
import type { Pair } from '@/lib/search-params';
import { Disagreements, FactDate, FactMeta, SinceDate } from './fact-meta';
import { DatasetNote } from './dataset-note';
import { EventFact } from './event-fact';
import { PanelHeader } from './panel-header';
import { ShowAll } from './show-all';
import { Mission, newestFirst } from './ties-section';
import { TradeSection } from './trade-section';

export interface PairPanelProps {
  data: Dataset;
  pair: Pair;
  day: string;
  onClose: () => void;
}

/** The bilateral view: one tie on the as-of day, and its dated history. */
function PairPanelImpl({ data, pair, day, onClose }: PairPanelProps) {
  const t = useTranslations();
  const [a, b] = pair;
  const name = useCountryName(data);
  const tie = tieOn(data, a, b, day);
  const level = tieLevel(tie);
  const since = tie.relations.since ? parsePartialDate(tie.relations.since) : null;
  return (
    // Keyed by the pair: another pair's panel starts with its lists bounded again.
    <article
      key={pair.join('~')}
      className="p-4"
      aria-labelledby="detail-panel-title"
      data-testid="panel:pair"
    >
      <PanelHeader title={t('pair.title', { a: name(a), b: name(b) })} onClose={onClose}>
        <p className="mt-1 text-sm text-gray-700">
          {level !== 'unknown' && t(`layers.tieLevels.${level}`)}
        </p>
      </PanelHeader>
      <section className="mt-4" aria-labelledby="pair-relations-heading">
        <h3 id="pair-relations-heading" className="text-base font-semibold">
          {t('pair.relations')}
        </h3>
        <p className="text-sm" data-testid="pair:relations">
          {t(`panel.relationsStatus.${tie.relations.status}`)}
          {since && (
            <>
              {' '}
              <SinceDate date={since} />
            </>
          )}
        </p>
        <h3 className="mt-3 text-base font-semibold">{t('pair.missions')}</h3>
        <ul className="text-sm text-gray-700">
          <Mission mission={tie.embassies[b]!} sender={a} host={b} />
          <Mission mission={tie.embassies[a]!} sender={b} host={a} />
        </ul>
        <ShowAll items={newestFirst(tie.notes)} noun="statements" latest="start">
          {(notes, listId) => (
            <ul id={listId} data-testid="pair:notes">
              {notes.map((note) => (
                <li key={note.id} className="mt-2 text-sm">
                  <p lang="en">
                    {note.date && (
                      <>
                        <FactDate date={note.date} className="font-semibold" />:{' '}
                      </>
                    )}
                    {note.statement}
                  </p>
                  {note.note && (
                    <p lang="en" className="text-xs text-gray-600">
                      {note.note}
                    </p>
                  )}
                  <Disagreements alternatives={note.alternatives} />
                  <FactMeta
                    confidence={note.confidence}
                    sources={sourcesById(data, note.sources)}
                  />
                </li>
              ))}
            </ul>
          )}
        </ShowAll>
      </section>
      <TradeSection data={data} iso3={a} partner={b} day={day} />
      <section className="mt-5" aria-labelledby="pair-history-heading">
        <h3 id="pair-history-heading" className="text-base font-semibold">
          {t('pair.history')}
        </h3>
        {tie.history.length === 0 ? (
          <p className="text-sm text-gray-600">{t('pair.noHistory')}</p>
        ) : (
          <ShowAll items={tie.history} noun="events" latest="end">
            {(shown, listId) => (
              <ol id={listId} className="mt-2 space-y-3" data-testid="pair:history">
                {shown.map((event) => (
                  <li key={event.id}>
                    <EventFact data={data} event={event} />
                  </li>
                ))}
              </ol>
            )}
          </ShowAll>
        )}
      </section>
      <DatasetNote data={data} />
    </article>
  );
}

export const PairPanel = memo(PairPanelImpl);
