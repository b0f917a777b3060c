import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import type { DisplayLocale } from '@/lib/data/dates';
import type {
  Agreement,
  Alternative,
  Dataset,
  Deal,
  Figure,
  Project,
  Resource,
} from '@/lib/data/schema';
import { mineralsFor, projectStageOn, sourcesById } from '@/lib/data/queries';
import { formatPercentRange, percentRange } from '@/lib/figure-range';
import { Disagreements, FactDate, FactMeta } from './fact-meta';
import { ShowAll } from './show-all';
import { useMoney, useQuantity } from './use-money';

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

/**
 * The figures a range is made of, each with its date: close figures from several years or
 * bodies are a range, not a disagreement (lib/figure-range.ts).
 */
function RangeFigures({
  main,
  alternatives,
}: {
  main: string;
  alternatives: readonly Alternative[];
}) {
  const t = useTranslations('panel');
  return (
    <p className="mt-1 text-xs text-gray-700" data-testid="fact:range">
      {t('figuresBySource')}: <span lang="en">{main}</span>
      {alternatives.map((alternative, index) => (
        <span key={index}>
          ; <span lang="en">{alternative.value}</span>
          {alternative.date && (
            <>
              {' '}
              (<FactDate date={alternative.date} />)
            </>
          )}
        </span>
      ))}
    </p>
  );
}

/** A sourced figure, with the other sources' figures where they disagree. */
export function FigureLine({ data, figure }: { data: Dataset; figure: Figure }) {
  return (
    <li className="text-sm">
      <span lang="en">
        {figure.label}: <span className="font-medium">{figure.value}</span>
      </span>
      {figure.date && (
        <>
          {' '}
          (<FactDate date={figure.date} />)
        </>
      )}
      {figure.note && (
        <span lang="en" className="text-gray-700">
          {' '}
          · {figure.note}
        </span>
      )}
      <Disagreements alternatives={figure.alternatives} />
      <FactMeta confidence={figure.confidence} sources={sourcesById(data, figure.sources)} />
    </li>
  );
}

/** Money in a deal: its kind (letter of interest, loan...), amount, who gives it to whom. */
function DealLine({ data, deal }: { data: Dataset; deal: Deal }) {
  const t = useTranslations('panel');
  const money = useMoney();
  const parties = [
    deal.from && t('dealFrom', { name: deal.from }),
    deal.to && t('dealTo', { name: deal.to }),
  ];
  return (
    <li className="text-sm" data-testid="deal">
      {t(`dealKind.${deal.kind}`)}:{' '}
      <span className="font-medium">{deal.amount ? money(deal.amount) : t('noAmount')}</span>
      {parties.filter(Boolean).map((text) => ` · ${text}`)}
      {deal.date && (
        <>
          {' '}
          (<FactDate date={deal.date} />)
        </>
      )}
      {deal.note && <span className="text-gray-700"> · {deal.note}</span>}
      <Disagreements alternatives={deal.alternatives} />
      <FactMeta confidence={deal.confidence} sources={sourcesById(data, deal.sources)} />
    </li>
  );
}

/** A resource tonnage with its unit and the code it is reported under (JORC, Soviet-era...). */
export function ResourceLine({ data, resource }: { data: Dataset; resource: Resource }) {
  const t = useTranslations('panel');
  const quantity = useQuantity();
  const what = resource.substance
    ? `${resource.mineral} (${resource.substance})`
    : resource.mineral;
  const code = [
    t(`resourceClass.${resource.class}`),
    resource.category && t(`resourceCategory.${resource.category}`),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="text-sm" data-testid="resource">
      {what}:{' '}
      <span className="font-medium">
        {quantity(resource.amount, resource.qualifier, resource.amountMax)}{' '}
        {t(`resourceUnit.${resource.unit}`)}
      </span>{' '}
      ({code}){resource.scope && <> · {resource.scope}</>}
      {resource.date && (
        <>
          {' '}
          (<FactDate date={resource.date} />)
        </>
      )}
      {resource.note && <span className="text-gray-700"> · {resource.note}</span>}
      <Disagreements alternatives={resource.alternatives} />
      <FactMeta confidence={resource.confidence} sources={sourcesById(data, resource.sources)} />
    </li>
  );
}

/** A minerals agreement: date, title, scope, deals, figures, sources. */
export function AgreementItem({ data, agreement }: { data: Dataset; agreement: Agreement }) {
  return (
    <li className="text-sm">
      <p>
        <FactDate date={agreement.date} className="font-semibold" />
        {agreement.dateNote && (
          <span lang="en" className="text-gray-700">
            {' '}
            ({agreement.dateNote})
          </span>
        )}
      </p>
      <p lang="en" className="font-medium">
        {agreement.title}
      </p>
      <p lang="en" className="text-gray-700">
        {agreement.scope}
      </p>
      <ul>
        {agreement.deals?.map((deal, i) => (
          <DealLine key={i} data={data} deal={deal} />
        ))}
      </ul>
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
  const locale = useLocale() as DisplayLocale;
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
            {profile.worldShares.map((share) => {
              const range = percentRange(share.percent, share.alternatives);
              return (
                <li key={`${share.mineral}-${share.measure}`} className="text-sm">
                  {t('worldShare')} (<span lang="en">{share.mineral}</span>,{' '}
                  <span lang="en">{share.measure}</span>):{' '}
                  <span className="font-medium">
                    {range ? (
                      formatPercentRange(range, locale)
                    ) : (
                      <span lang="en">{share.share}</span>
                    )}
                  </span>
                  {share.date && (
                    <>
                      {' '}
                      (<FactDate date={share.date} />)
                    </>
                  )}
                  {share.note && (
                    <span lang="en" className="text-gray-700">
                      {' '}
                      · {share.note}
                    </span>
                  )}
                  {range && share.alternatives ? (
                    <RangeFigures main={share.share} alternatives={share.alternatives} />
                  ) : (
                    <Disagreements alternatives={share.alternatives} />
                  )}
                  <FactMeta
                    confidence={share.confidence}
                    sources={sourcesById(data, share.sources)}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {agreements.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold">{t('agreements')}</h4>
          <ShowAll items={agreements} noun="agreements" latest="end">
            {(shown, listId) => (
              <ul id={listId} className="mt-1 space-y-3" data-testid="panel:agreements">
                {shown.map((agreement) => (
                  <AgreementItem key={agreement.id} data={data} agreement={agreement} />
                ))}
              </ul>
            )}
          </ShowAll>
        </>
      )}
      {projects.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold">{t('projects')}</h4>
          <ShowAll items={projects} noun="projects" latest="none">
            {(shown, listId) => (
              <ul id={listId} className="mt-1 space-y-3">
                {shown.map((project) => (
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
            )}
          </ShowAll>
        </>
      )}
    </section>
  );
}
