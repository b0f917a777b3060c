import { useTranslations } from 'next-intl';
import type { Agreement, Dataset, Figure, Project } from '@/lib/data/schema';
import { mineralsFor, projectStageOn, sourcesById } from '@/lib/data/queries';
import { Disagreements, FactDate, FactMeta } from './fact-meta';

/** A sourced figure, with the other sources' figures where they disagree. */
/** " · Feasibility study since November 2025": a project's stage on a day, if one is known. */
export function ProjectStageText({ project, day }: { project: Project; day: string }) {
  const t = useTranslations('panel');
  const entry = projectStageOn(project, day);
  if (!entry) return null;
  return (
    <>
      {' · '}
      {t(`stage.${entry.stage}`)} {t('sinceLabel')} <FactDate date={entry.date} />
    </>
  );
}

export function FigureLine({ data, figure }: { data: Dataset; figure: Figure }) {
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

/** A minerals agreement: date, title, scope, figures, sources. */
export function AgreementItem({ data, agreement }: { data: Dataset; agreement: Agreement }) {
  return (
    <li className="text-sm">
      <p>
        <FactDate date={agreement.date} className="font-semibold" />
        {agreement.dateNote && <span className="text-gray-700"> ({agreement.dateNote})</span>}
      </p>
      <p className="font-medium">{agreement.title}</p>
      <p className="text-gray-700">{agreement.scope}</p>
      <ul>
        {agreement.figures?.map((figure) => (
          <FigureLine key={figure.label} data={data} figure={figure} />
        ))}
      </ul>
      <Disagreements alternatives={agreement.alternatives} />
      <FactMeta confidence={agreement.confidence} sources={sourcesById(data, agreement.sources)} />
    </li>
  );
}

/** Key minerals and world shares, minerals agreements, and projects and deposits on its soil. */
export function MineralsSection({
  data,
  iso3,
  day,
  onSelectProject,
}: {
  data: Dataset;
  iso3: string;
  /** Agreements signed after this day are not shown yet. */
  day: string;
  onSelectProject: (id: string) => void;
}) {
  const t = useTranslations('panel');
  const { profile, agreements, projects } = mineralsFor(data, iso3, day);
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
              <AgreementItem key={agreement.id} data={data} agreement={agreement} />
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
                <button
                  type="button"
                  onClick={() => onSelectProject(project.id)}
                  className="font-medium text-blue-800 underline hover:text-blue-950"
                >
                  {project.name}
                </button>
                <p className="text-gray-700">
                  {project.minerals.join(', ')}
                  <ProjectStageText project={project} day={day} />
                  {!project.location && <> · {t('locationUnknown')}</>}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
