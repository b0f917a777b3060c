/** What the pointer is over, for the tooltip. */
export type HoverTarget =
  | { kind: 'country'; iso3: string | null; name: string; nameRu: string | null }
  | { kind: 'arc'; pair: string; level: string }
  | { kind: 'embassy'; host: string; senders: string }
  | { kind: 'mineral'; id: string; name: string };

/** A country's name from the geometry in the UI language (Natural Earth's English, or Russian). */
export function geometryName(target: { name: string; nameRu: string | null }, locale: string) {
  return (locale === 'ru' ? target.nameRu : null) ?? target.name;
}

export interface Hovered {
  target: HoverTarget;
  x: number;
  y: number;
}
