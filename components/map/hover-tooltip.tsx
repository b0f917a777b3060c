import type { HoveredCountry } from './map-view';

/** The hovered country's name, following the pointer. Decorative: the panel carries the text. */
export function HoverTooltip({ hovered, label }: { hovered: HoveredCountry; label: string }) {
  return (
    <div
      aria-hidden="true"
      data-testid="map:tooltip"
      className="pointer-events-none absolute z-10 rounded bg-gray-900/90 px-2 py-1 text-sm text-white shadow"
      style={{ left: hovered.x + 12, top: hovered.y + 12 }}
    >
      {label}
    </div>
  );
}
