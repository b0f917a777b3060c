/**
 * The Accords palette for common colour-vision deficiencies: every pair of status fills is
 * compared (CIEDE2000) as seen with normal vision and through culori's simulations of
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, full severity).
 */
import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  lch,
  parse,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '@/lib/map-style';
import { ACCORDS_STATUSES, type AccordsStatus } from '@/lib/data/enums';
import { hatchCss, isHatched, STATUS_STYLE } from '@/lib/status-style';

/** Smallest CIEDE2000 difference between two status fills, under every vision simulated. */
const MIN_STATUS_DELTA_E = 10;
/** Dataset countries outside the Accords still stand apart from the world around them. */
const MIN_NONE_VS_LAND_DELTA_E = 6;

const VISION: Record<string, (color: Color) => Color> = {
  normal: (color) => color,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const deltaE = differenceCiede2000();
const color = (hex: string) => parse(hex)!;
const chroma = (status: AccordsStatus) => lch(color(STATUS_STYLE[status].fill)).c;

describe('Accords status palette', () => {
  for (const [vision, simulate] of Object.entries(VISION)) {
    it(`keeps every pair of statuses apart under ${vision}`, () => {
      const tooClose: string[] = [];
      ACCORDS_STATUSES.forEach((a, i) => {
        for (const b of ACCORDS_STATUSES.slice(i + 1)) {
          const d = deltaE(
            simulate(color(STATUS_STYLE[a].fill)),
            simulate(color(STATUS_STYLE[b].fill)),
          );
          if (d < MIN_STATUS_DELTA_E) tooClose.push(`${a}/${b}: ΔE ${d.toFixed(1)}`);
        }
      });
      expect(tooClose).toEqual([]);
      const none = simulate(color(STATUS_STYLE.none.fill));
      expect(deltaE(none, simulate(color(PALETTES.light.land)))).toBeGreaterThanOrEqual(
        MIN_NONE_VS_LAND_DELTA_E,
      );
    });
  }

  it('puts the strongest colours on the story, not on the broker, Sudan or frozen ties', () => {
    const story: AccordsStatus[] = ['original-signatory', 'joined', 'accession-announced'];
    const quiet: AccordsStatus[] = ['broker', 'declaration-only', 'frozen', 'none'];
    const weakestStory = Math.min(...story.map(chroma));
    for (const status of quiet) expect(chroma(status), status).toBeLessThan(weakestStory);
    // The US in "Fit all" is a pale tint, not a saturated block.
    expect(lch(color(STATUS_STYLE.broker.fill)).l).toBeGreaterThan(65);
  });

  it('hatches exactly the announced-but-not-done statuses, in legends as on the map', () => {
    expect(ACCORDS_STATUSES.filter(isHatched)).toEqual([
      'talks-reported',
      'announced',
      'accession-announced',
    ]);
    expect(hatchCss()).toMatch(/^repeating-linear-gradient\(135deg, rgba\(55, 65, 81, 0\.78\)/);
  });
});
