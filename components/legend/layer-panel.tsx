'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { memo } from 'react';
import { LAYERS } from '@/lib/layer-registry';
import { LAYER_IDS, type LayerId } from '@/lib/search-params';
import { Swatch } from './swatch';

export interface LayerPanelProps {
  layers: readonly LayerId[];
  onToggle: (id: LayerId, on: boolean) => void;
  /** Which ties the arcs show: all focus pairs, one country's, or one pair. */
  tiesScope: { kind: 'all' } | { kind: 'country'; country: string } | { kind: 'pair' };
}

/** Layer toggles, each with its legend right under it, so what is on is what is explained. */
function LayerPanelImpl({ layers, onToggle, tiesScope }: LayerPanelProps) {
  const t = useTranslations();
  const tiesNote =
    tiesScope.kind === 'country'
      ? t('layers.tiesScope.country', { country: tiesScope.country })
      : t(`layers.tiesScope.${tiesScope.kind}`);
  return (
    <section aria-labelledby="layers-heading" className="p-4" data-testid="layers:panel">
      <h2 id="layers-heading" className="text-base font-semibold">
        {t('layers.title')}
      </h2>
      <ul className="mt-2 space-y-2">
        {LAYER_IDS.map((id) => {
          const on = layers.includes(id);
          const entry = LAYERS[id];
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
                {t(entry.messages.name)}
              </label>
              {on && (
                <div className="mt-1 ml-6 text-xs text-gray-700">
                  {entry.messages.notes.map((note) => (
                    <p key={note}>{t(note)}</p>
                  ))}
                  <ul className="mt-1 grid gap-1.5" data-testid={`legend:${id}`}>
                    {entry.legend(t).map(
                      (row) =>
                        row.kind !== 'heading' && (
                          <li key={row.label}>
                            <span className="flex items-center gap-2">
                              <Swatch entry={row} />
                              {row.label}
                            </span>
                            {row.kind === 'fill' && row.detail && (
                              <p className="ml-6 text-gray-600">{row.detail}</p>
                            )}
                          </li>
                        ),
                    )}
                  </ul>
                  {id === 'ties' && <p className="mt-1">{tiesNote}</p>}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export const LayerPanel = memo(LayerPanelImpl);
