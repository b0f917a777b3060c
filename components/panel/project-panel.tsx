import { useTranslations } from 'next-intl';
import { useCountryName } from '@/components/i18n/use-country-name';
import { memo } from 'react';
import type { Dataset } from '@/lib/data/schema';
import { sourcesById } from '@/lib/data/queries';
import { AgreementItem, FigureLine, ProjectStageText } from './minerals-section';
import { FactMeta } from './fact-meta';
import { PanelHeader } from './panel-header';

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
  const name = useCountryName(data);
  const project = data.minerals.projects.find((p) => p.id === id);
  if (!project) return null;
  const agreements = data.minerals.agreements.filter((a) => project.agreementIds.includes(a.id));
  return (
    <article className="p-4" aria-labelledby="detail-panel-title" data-testid="panel:project">
      <PanelHeader title={project.name} onClose={onClose}>
        <p className="mt-1 text-sm text-gray-700">
          {name(project.country)} · {project.minerals.join(', ')}
          <ProjectStageText project={project} day={day} />
        </p>
      </PanelHeader>
      <div className="mt-3 space-y-1 text-sm">
        {project.stageNote && <p className="text-gray-700">{project.stageNote}</p>}
        {project.place && <p className="text-gray-700">{project.place}</p>}
        <p>
          {t('project.coordinates')}:{' '}
          {project.location
            ? `${project.location.lat.toFixed(3)}°, ${project.location.lon.toFixed(3)}°`
            : `${t('panel.locationUnknown')}. ${project.locationNote ?? ''}`}
        </p>
        {project.location && (
          <FactMeta
            confidence={project.location.confidence}
            sources={sourcesById(data, project.location.sources)}
          />
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
          <ul className="mt-1 space-y-3">
            {agreements.map((agreement) => (
              <AgreementItem key={agreement.id} data={data} agreement={agreement} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

export const ProjectPanel = memo(ProjectPanelImpl);
