import { useTranslations } from 'next-intl';
import type { Alternative, Dataset, Figure } from '@/lib/data/schema';
import { mineralsFor, sourcesById } from '@/lib/data/queries';
import { FactDate, FactMeta } from './fact-meta';

function Disagreements({ alternatives }: { alternatives: readonly Alternative[] | undefined }) {
  const t = useTranslations('panel');
  return alternatives?.map((alternative) => (
    <p key={alternative.note} className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-950">
      {t('disagreement')}: {alternative.value ? `${alternative.value}. ` : ''}
      {alternative.note}
    </p>
  ));
}

function FigureLine({ data, figure }: { data: Dataset; figure: Figure }) {
  return (
    <li className="text-sm">
      {figure.label}: <span className="font-medium">{figure.value}</span>
      {figure.date && (
        <>
          {' '}
          (<FactDate date={figure.date} />)
        </>
      )}
      {figure.note && <span className="text-gray-700"> · {figure.note}</span>}
      <Disagreements alternatives={figure.alternatives} />
      <FactMeta confidence={figure.confidence} sources={sourcesById(data, figure.sources)} />
    </li>
  );
}

/** Key minerals and world shares, minerals agreements, and projects and deposits on its soil. */
export function MineralsSection({ data, iso3 }: { data: Dataset; iso3: string }) {
  const t = useTranslations('panel');
  const { profile, agreements, projects } = mineralsFor(data, iso3);
  const empty = !profile && agreements.length === 0 && projects.length === 0;
  return (
    <section aria-labelledby="minerals-heading" className="mt-6">
      <h3 id="minerals-heading" className="text-base font-semibold">
        {t('minerals')}
      </h3>
      {empty && <p className="mt-1 text-sm text-gray-600">{t('noMinerals')}</p>}
      {profile && (
        <div className="mt-1">
          <p className="text-sm">
            {t('keyMinerals')}: {profile.keyMinerals.join(', ')}
          </p>
          <FactMeta confidence={profile.confidence} sources={sourcesById(data, profile.sources)} />
          <ul className="mt-2 space-y-2">
            {profile.worldShares.map((share) => (
              <li key={`${share.mineral}-${share.measure}`} className="text-sm">
                {t('worldShare')} ({share.mineral}, {share.measure}):{' '}
                <span className="font-medium">{share.share}</span>
                {share.date && (
                  <>
                    {' '}
                    (<FactDate date={share.date} />)
                  </>
                )}
                {share.note && <span className="text-gray-700"> · {share.note}</span>}
                <Disagreements alternatives={share.alternatives} />
                <FactMeta
                  confidence={share.confidence}
                  sources={sourcesById(data, share.sources)}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      {agreements.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold">{t('agreements')}</h4>
          <ul className="mt-1 space-y-3">
            {agreements.map((agreement) => (
              <li key={agreement.id} className="text-sm">
                <p>
                  <FactDate date={agreement.date} className="font-semibold" />
                  {agreement.dateNote && (
                    <span className="text-gray-700"> ({agreement.dateNote})</span>
                  )}
                </p>
                <p className="font-medium">{agreement.title}</p>
                <p className="text-gray-700">{agreement.scope}</p>
                <ul>
                  {agreement.figures?.map((figure) => (
                    <FigureLine key={figure.label} data={data} figure={figure} />
                  ))}
                </ul>
                <Disagreements alternatives={agreement.alternatives} />
                <FactMeta
                  confidence={agreement.confidence}
                  sources={sourcesById(data, agreement.sources)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {projects.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold">{t('projects')}</h4>
          <ul className="mt-1 space-y-3">
            {projects.map((project) => (
              <li key={project.id} className="text-sm">
                <p className="font-medium">{project.name}</p>
                <p className="text-gray-700">
                  {project.minerals.join(', ')}
                  {project.stage && <> · {t(`stage.${project.stage}`)}</>}
                </p>
                <p className="text-gray-700">{project.stageNote}</p>
                <p className="text-gray-700">
                  {t('location')}:{' '}
                  {project.location
                    ? `${project.location.lat.toFixed(3)}°, ${project.location.lon.toFixed(3)}°`
                    : `${t('locationUnknown')}. ${project.locationNote ?? ''}`}
                </p>
                <ul>
                  {project.figures.map((figure) => (
                    <FigureLine key={figure.label} data={data} figure={figure} />
                  ))}
                </ul>
                <FactMeta
                  confidence={project.confidence}
                  sources={sourcesById(data, project.sources)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
