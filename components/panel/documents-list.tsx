import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import type { DisplayLocale } from '@/lib/data/dates';
import { sourcesById } from '@/lib/data/queries';
import type { Dataset } from '@/lib/data/schema';
import { documentsOn } from '@/lib/data/status';
import { FactDate, FactMeta, SourceLinks } from './fact-meta';
import { ShowAll } from './show-all';

/**
 * The documents a country took part in by the day: title, type, who signed and who witnessed,
 * where the text is, and the dated steps of its life so far (signed, approved, ratified...).
 */
export function DocumentsList({ data, iso3, day }: { data: Dataset; iso3: string; day: string }) {
  const t = useTranslations('panel');
  const name = useCountryName(data);
  const locale = useLocale() as DisplayLocale;
  const documents = documentsOn(data, iso3, day);
  if (documents.length === 0) return null;
  return (
    <>
      <h4 className="mt-4 text-sm font-semibold">{t('documents')}</h4>
      <ShowAll items={documents} noun="documents" latest="end">
        {(shown, listId) => (
          <ul id={listId} className="mt-1 space-y-3" data-testid="panel:documents">
            {shown.map(({ document, life }) => {
              const witnesses = new Set(document.witnesses);
              const signatories = document.parties.filter((p) => !witnesses.has(p));
              const russian = locale === 'ru';
              return (
                <li key={document.id} className="text-sm">
                  <p className="font-medium" lang={russian ? 'ru' : 'en'}>
                    {russian ? document.titleRu : document.title}{' '}
                    <span className="font-normal text-gray-700">
                      ({t(`documentType.${document.type}`)})
                    </span>
                  </p>
                  <p className="text-xs text-gray-700">
                    {t('signatories')}: {signatories.map(name).join(', ')}
                    {witnesses.size > 0 && (
                      <>
                        {' · '}
                        {t('witnesses')}: {[...witnesses].map(name).join(', ')}
                      </>
                    )}
                  </p>
                  {document.textSources && (
                    <p className="text-xs text-gray-700">
                      {t('documentText')}{' '}
                      <SourceLinks sources={sourcesById(data, document.textSources)} />
                    </p>
                  )}
                  <ol className="mt-1 text-xs text-gray-800">
                    {life.map((step) => (
                      <li key={step.id}>
                        <FactDate date={step.date} className="font-semibold" />{' '}
                        {t(`documentStep.${step.kind}`)}
                        {step.kind !== 'signed' && step.by && (
                          <> ({t('stepBy', { party: name(step.by.party), body: step.by.body })})</>
                        )}
                        {step.kind === 'signed' && (
                          <>
                            {' '}
                            (
                            {step.parties
                              .filter((p) => !step.brokers?.includes(p))
                              .map(name)
                              .join(', ')}
                            {step.place && `, ${step.place}`})
                          </>
                        )}
                      </li>
                    ))}
                  </ol>
                  <FactMeta
                    confidence={document.confidence}
                    sources={sourcesById(data, document.sources)}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </ShowAll>
    </>
  );
}
