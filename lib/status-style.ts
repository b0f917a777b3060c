import type { AccordsStatus } from './data/enums';

/**
 * How each Accords status is drawn. Announced-but-not-done statuses are pale (and hatched by the
 * accords layer), implemented ones saturated, so "announced" never reads as "done".
 */
export const STATUS_STYLE: Record<AccordsStatus, { fill: string; implemented: boolean }> = {
  'original-signatory': { fill: '#2b6cb0', implemented: true },
  joined: { fill: '#2c7a7b', implemented: true },
  'declaration-only': { fill: '#b7791f', implemented: true },
  frozen: { fill: '#718096', implemented: true },
  'talks-reported': { fill: '#d6bcfa', implemented: false },
  announced: { fill: '#a3c4e6', implemented: false },
  'accession-announced': { fill: '#9fd3cf', implemented: false },
  broker: { fill: '#6b46c1', implemented: true },
  none: { fill: '#e2d9c3', implemented: false },
};
