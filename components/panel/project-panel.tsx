import { useLocale, useTranslations } from 'next-intl';
import { useCountryName } from '@/components/i18n/use-country-name';
import { memo } from 'react';
import { formatCoordinates } from '@/lib/coordinates';
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import { sourcesById } from '@/lib/data/queries';
import { AgreementItem, FigureLine } from './minerals-section';
import { FactMeta } from './fact-meta';
import { PanelHeader } from './panel-header';

export interface ProjectPanelProps {
  data: Dataset;
  id: string;
  onClose: () => void;
}

/** A minerals project or deposit: what, where, what stage, and the agreements that cover it. */
function ProjectPanelImpl({ data, id, onClose }: ProjectPanelProps) {
  const t = useTranslations();
  const locale = useLocale() as DisplayLocale;
  const name = useCountryName(data);
  const project = data.minerals.projects.find((p) => p.id === id);
  if (!project) return null;
  const agreements = data.minerals.agreements.filter((a) => project.agreementIds.includes(a.id));
  return (
    <article className="p-4" aria-labelledby="detail-panel-title" data-testid="panel:project">
      <PanelHeader title={project.name} onClose={onClose}>
        <p className="mt-1 text-sm text-gray-700">
          {name(project.country)} · {project.minerals.join(', ')}
          {project.stage && <> · {t(`panel.stage.${project.stage}`)}</>}
        </p>
      </PanelHeader>
      <div className="mt-3 space-y-1 text-sm">
        <p lang="en" className="text-gray-700">
          {project.stageNote}
        </p>
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
