'use client';

import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { ACCORDS_STATUSES } from '@/lib/data/enums';
import { LAYER_IDS, type LayerId } from '@/lib/search-params';
import { STAGE_RING, TIE_STYLE } from '../map/map-style';
import { StatusBadge } from '../panel/status-badge';

export interface LayerPanelProps {
  layers: readonly LayerId[];
  onToggle: (id: LayerId, on: boolean) => void;
  /** Which ties the arcs show: all focus pairs, one country's, or one pair. */
  tiesScope: { kind: 'all' } | { kind: 'country'; country: string } | { kind: 'pair' };
}

function Swatch({
  color,
  dashed = false,
  width = 3,
}: {
  color: string;
  dashed?: boolean;
  width?: number;
}) {
  return (
    <svg aria-hidden="true" width="28" height="10" className="shrink-0">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
  );
}

/** Layer toggles, each with its legend right under it, so what is on is what is explained. */
function LayerPanelImpl({ layers, onToggle, tiesScope }: LayerPanelProps) {
  const t = useTranslations('layers');
  const tDefinition = useTranslations('statusDefinition');
  const legend: Record<LayerId, React.ReactNode> = {
    accords: (
      <>
        <ul className="grid gap-1.5" data-testid="legend:statuses">
          {ACCORDS_STATUSES.map((status) => (
            <li key={status}>
              <StatusBadge status={status} />
              <p className="ml-5 text-gray-600">{tDefinition(status)}</p>
            </li>
          ))}
        </ul>
        <p className="mt-1">{t('announcedHatch')}</p>
      </>
    ),
    ties: (
      <>
        <ul className="grid gap-1">
          {Object.entries(TIE_STYLE).map(([level, style]) => (
            <li key={level} className="flex items-center gap-2">
              <Swatch
                color={style.color}
                width={style.width}
                dashed={level === 'non-resident' || level === 'none'}
              />
              {t(`tieLevels.${level}`)}
            </li>
          ))}
        </ul>
        <p className="mt-1">
          {tiesScope.kind === 'country'
            ? t('tiesScope.country', { country: tiesScope.country })
            : t(`tiesScope.${tiesScope.kind}`)}
        </p>
      </>
    ),
    minerals: (
      <>
        <p>{t('mineralSymbols')}</p>
        <p className="mt-1">{t('stageRing')}</p>
        <ul className="mt-1 grid grid-cols-2 gap-1">
          {Object.entries(STAGE_RING).map(([stage, color]) => (
            <li key={stage} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-full border-[3px] bg-yellow-50"
                style={{ borderColor: color }}
              />
              {t(`stages.${stage}`)}
            </li>
          ))}
        </ul>
      </>
    ),
    embassies: <p>{t('embassiesNote')}</p>,
    c5: <p>{t('c5Label')}</p>,
    disputed: <p>{t('disputedNote')}</p>,
  };
  return (
    <section aria-labelledby="layers-heading" className="p-4" data-testid="layers:panel">
      <h2 id="layers-heading" className="text-base font-semibold">
        {t('title')}
      </h2>
      <ul className="mt-2 space-y-2">
        {LAYER_IDS.map((id) => {
          const on = layers.includes(id);
          return (
            <li key={id}>
              <label className="flex cursor-pointer items-center gap-2 font-medium">
                <input
                  type="checkbox"
                  className="size-4 accent-blue-800"
                  checked={on}
                  onChange={(event) => onToggle(id, event.target.checked)}
                  data-testid={`layers:toggle-${id}`}
                />
                {t(`names.${id}`)}
              </label>
              {on && <div className="mt-1 ml-6 text-xs text-gray-700">{legend[id]}</div>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export const LayerPanel = memo(LayerPanelImpl);
