import type { LegendEntry } from '@/lib/layer-registry';
import { hatchCss } from '@/lib/status-style';

/** A legend row's swatch, drawn as the map draws the layer (the PNG export draws the same rows). */
export function Swatch({ entry }: { entry: Exclude<LegendEntry, { kind: 'heading' }> }) {
  switch (entry.kind) {
    case 'fill':
      return (
        <span
          aria-hidden="true"
          className="inline-block size-3.5 shrink-0 rounded-sm border"
          style={{
            backgroundColor: entry.color,
            backgroundImage: entry.hatched ? hatchCss() : undefined,
            borderColor: entry.outline?.color ?? '#374151',
            borderStyle: entry.outline ? 'dashed' : 'solid',
          }}
          data-hatched={entry.hatched || undefined}
        />
      );
    case 'line':
      return (
        <svg aria-hidden="true" width="28" height="10" className="shrink-0">
          <line
            x1="1"
            y1="5"
            x2="27"
            y2="5"
            stroke={entry.color}
            strokeWidth={entry.width}
            // MapLibre's dashes are in line widths.
            strokeDasharray={entry.dash?.map((d) => d * entry.width).join(' ')}
          />
        </svg>
      );
    case 'ring':
      return (
        <span
          aria-hidden="true"
          className="inline-block size-3 shrink-0 rounded-full border-[3px]"
          style={{ borderColor: entry.stroke, backgroundColor: entry.fill }}
        />
      );
    case 'symbol':
      return (
        <span
          aria-hidden="true"
          className="inline-flex h-4 min-w-4 shrink-0 items-center justify-center rounded-full border-2 px-0.5 text-[0.55rem] leading-none font-semibold text-gray-900"
          style={{ borderColor: entry.stroke, backgroundColor: entry.fill }}
        >
          {entry.symbol}
        </span>
      );
  }
}
