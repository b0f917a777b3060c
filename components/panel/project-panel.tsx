import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import { memo } from 'react';
import { formatCoordinates } from '@/lib/coordinates';
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import { effectiveDay, parsePartialDate } from '@/lib/data/dates';
import { projectKnownFrom, sourcesById } from '@/lib/data/queries';
import { AgreementItem, FigureLine, ProjectStageText, ResourceLine } from './minerals-section';
import { FactDate, FactMeta } from './fact-meta';
import { PanelHeader } from './panel-header';
import { ShowAll } from './show-all';

export interface ProjectPanelProps {
  data: Dataset;
  id: string;
  /** The view's day: the stage shown is the one the project had then. */
  day: string;
  onClose: () => void;
}

/** A minerals project or deposit: what, where, what stage, and the agreements that cover it. */
function ProjectPanelImpl({ data, id, day, onClose }: ProjectPanelProps) {
  const t = useTranslations();
  const locale = useLocale() as DisplayLocale;
  const name = useCountryName(data);
  const project = data.minerals.projects.find((p) => p.id === id);
  if (!project) return null;
  const agreements = data.minerals.agreements.filter((a) => project.agreementIds.includes(a.id));
  const knownFrom = projectKnownFrom(data, project);
  const stages = project.stages.filter((s) => effectiveDay(s.date) <= day);
  return (
    // Keyed by the project: another project's panel starts with its lists bounded again.
    <article
      key={id}
      className="p-4"
      aria-labelledby="detail-panel-title"
      data-testid="panel:project"
    >
      <PanelHeader title={project.name} onClose={onClose}>
        <p className="mt-1 text-sm text-gray-700">
          {name(project.country)} · {project.minerals.join(', ')}
          <ProjectStageText project={project} day={day} />
        </p>
      </PanelHeader>
      {knownFrom > day && (
        <p
          className="mt-3 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950"
          data-testid="project:not-yet"
        >
          {t('project.notYet')} <FactDate date={parsePartialDate(knownFrom)} />
        </p>
      )}
      <div className="mt-3 space-y-1 text-sm">
        {project.stageNote && (
          <p lang="en" className="text-gray-700">
            {project.stageNote}
          </p>
        )}
        {project.place && (
          <p lang="en" className="text-gray-700">
            {project.place}
          </p>
        )}
        <p>
          {t('project.coordinates')}:{' '}
          {project.location
            ? formatCoordinates(project.location.lat, project.location.lon, locale, 3)
            : `${t('panel.locationUnknown')}. ${project.locationNote ?? ''}`}
        </p>
        {project.location && (
          <FactMeta
            confidence={project.location.confidence}
            sources={sourcesById(data, project.location.sources)}
          />
        )}
        {stages.length > 0 && (
          <>
            <h3 className="pt-2 text-sm font-semibold">{t('panel.stageHistory')}</h3>
            <ol data-testid="project:stages">
              {stages.map((stage) => (
                <li key={`${stage.stage}-${stage.date.value}`}>
                  <FactDate date={stage.date} className="font-semibold" />{' '}
                  {t(`panel.stage.${stage.stage}`)}
                  {stage.note && <span className="text-gray-700"> · {stage.note}</span>}
                  <FactMeta
                    confidence={stage.confidence}
                    sources={sourcesById(data, stage.sources)}
                  />
                </li>
              ))}
            </ol>
          </>
        )}
        {project.resources && (
          <>
            <h3 className="pt-2 text-sm font-semibold">{t('panel.resources')}</h3>
            <ul>
              {project.resources.map((resource, i) => (
                <ResourceLine key={i} data={data} resource={resource} />
              ))}
            </ul>
          </>
        )}
        <ul>
          {project.figures.map((figure) => (
            <FigureLine key={figure.label} data={data} figure={figure} />
          ))}
        </ul>
        <FactMeta confidence={project.confidence} sources={sourcesById(data, project.sources)} />
      </div>
      {agreements.length > 0 && (
        <section className="mt-5" aria-labelledby="project-agreements-heading">
          <h3 id="project-agreements-heading" className="text-base font-semibold">
            {t('project.agreements')}
          </h3>
          <ShowAll items={agreements} noun="agreements" latest="end">
            {(shown, listId) => (
              <ul id={listId} className="mt-1 space-y-3">
                {shown.map((agreement) => (
                  <AgreementItem key={agreement.id} data={data} agreement={agreement} />
                ))}
              </ul>
            )}
          </ShowAll>
        </section>
      )}
    </article>
  );
}

export const ProjectPanel = memo(ProjectPanelImpl);
