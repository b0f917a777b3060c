import type { AccordsStatus } from './data/enums';

/**
 * How each Accords status is drawn. The palette is checked in tests/unit/status-style.test.ts:
 * every pair of fills stays apart (CIEDE2000 ≥ 10) for normal vision and simulated protanopia,
 * deuteranopia and tritanopia, and the strongest colours go where the story is: the deep blue of
 * the 2020–21 signatories, the green of later joiners and the orange of an announced accession
 * (Kazakhstan), while the broker (the US), Sudan's declaration and frozen ties stay muted.
 * Announced-but-not-done statuses are also hatched, so "announced" never reads as "done" even
 * without colour.
 */
export const STATUS_STYLE: Record<AccordsStatus, { fill: string; implemented: boolean }> = {
  'original-signatory': { fill: '#16508a', implemented: true },
  joined: { fill: '#098b5d', implemented: true },
  'declaration-only': { fill: '#ad987f', implemented: true },
  frozen: { fill: '#817d7b', implemented: true },
  'talks-reported': { fill: '#feea9a', implemented: false },
  announced: { fill: '#85c3f8', implemented: false },
  'accession-announced': { fill: '#ec9506', implemented: false },
  broker: { fill: '#b7b3ca', implemented: true },
  none: { fill: '#d5cebc', implemented: false },
};

/** Statuses drawn hatched: a step announced but not done ("none" has nothing to hatch). */
export function isHatched(status: AccordsStatus): boolean {
  return !STATUS_STYLE[status].implemented && status !== 'none';
}

/** Colour of the diagonal hatch (slate, 200/255 opaque), shared by the map, legends and exports. */
export const HATCH_RGB: readonly [number, number, number] = [55, 65, 81];
export const HATCH_ALPHA = 200;

/**
 * The map's hatch as a CSS background, for legend swatches: the map's 8 px tile draws 2 px of
 * every 8 along each axis where x + y is constant ("/" lines), which is a stripe of 2/√2 px every
 * 8/√2 px across the lines. `scale` enlarges it for bigger swatches (the preview card).
 */
export function hatchCss(scale = 1): string {
  const [r, g, b] = HATCH_RGB;
  const color = `rgba(${r}, ${g}, ${b}, ${(HATCH_ALPHA / 255).toFixed(2)})`;
  const stripe = +(Math.SQRT2 * scale).toFixed(2);
  const period = +(4 * Math.SQRT2 * scale).toFixed(2);
  return `repeating-linear-gradient(135deg, ${color} 0 ${stripe}px, transparent ${stripe}px ${period}px)`;
}
