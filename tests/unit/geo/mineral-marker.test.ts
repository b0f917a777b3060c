import { describe, expect, it } from 'vitest';
import { mineralPointLayer } from '@/lib/map-style';
import { MAX_ZOOM, MIN_ZOOM } from '@/lib/camera';
import countryBounds from '@/lib/geo/country-bounds.json';

/** Evaluates a paint value that is a number or `['interpolate', ['linear'], ['zoom'], z, v, …]`. */
function atZoom(value: unknown, zoom: number): number {
  if (typeof value === 'number') return value;
  const stops = (value as unknown[]).slice(3) as number[];
  const pairs = Array.from({ length: stops.length / 2 }, (_, i) => [
    stops[2 * i]!,
    stops[2 * i + 1]!,
  ]);
  if (zoom <= pairs[0]![0]!) return pairs[0]![1]!;
  for (let i = 1; i < pairs.length; i++) {
    const [z0, v0] = pairs[i - 1]!;
    const [z1, v1] = pairs[i]!;
    if (zoom <= z1!) return v0! + ((v1! - v0!) * (zoom - z0!)) / (z1! - z0!);
  }
  return pairs.at(-1)![1]!;
}

/** A country's box on screen at a zoom: Web Mercator, 512 px per world at zoom 0. */
function boxPx([west, south, east, north]: number[], zoom: number) {
  const world = 512 * 2 ** zoom;
  const y = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world;
  };
  return { width: ((east! - west!) / 360) * world, height: y(south!) - y(north!) };
}

describe('minerals markers', () => {
  const bounds = countryBounds as Record<string, number[]>;

  it('stay smaller than Kyrgyzstan and Tajikistan at every zoom', () => {
    const { paint } = mineralPointLayer;
    for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom += 0.25) {
      const diameter =
        2 * (atZoom(paint['circle-radius'], zoom) + atZoom(paint['circle-stroke-width'], zoom));
      for (const iso3 of ['KGZ', 'TJK']) {
        const box = boxPx(bounds[iso3]!, zoom);
        expect(diameter, `${iso3} at zoom ${zoom}`).toBeLessThan(Math.min(box.width, box.height));
      }
    }
  });
});
