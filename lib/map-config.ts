/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/**
 * The first view: Morocco to Kazakhstan, the story's extent. It covers the Natural Earth outline
 * of every focus country but the US (tests/unit/geo checks this against the shipped geometry).
 */
export const STORY_BOUNDS: Bounds = [-17.5, 20.5, 88, 56];

/** "Fit all": the story plus the United States (contiguous states and mainland Alaska). */
export const ALL_FOCUS_BOUNDS: Bounds = [-170, 18.5, 88, 71.5];

export const FIT_PADDING_PX = 24;

/**
 * The country outlines and land borders the map draws, per worldview (Western Sahara apart from
 * Morocco or merged into it; lib/worldview.ts), and the C5's outline: GeoJSON written by
 * scripts/build-geo.ts before every build. As `new URL(…, import.meta.url)`, the build emits each
 * file under /_next/static/media/ with its content hash in the name, served as immutable: any
 * cache may keep it for a year, and a release with new outlines names new files.
 */
export const GEOMETRY_URLS = {
  apart: {
    countries: new URL('./geo/map/countries-apart.json', import.meta.url).href,
    borders: new URL('./geo/map/borders-apart.json', import.meta.url).href,
  },
  merged: {
    countries: new URL('./geo/map/countries-merged.json', import.meta.url).href,
    borders: new URL('./geo/map/borders-merged.json', import.meta.url).href,
  },
} as const;

export const C5_OUTLINE_URL = new URL('./geo/map/c5.json', import.meta.url).href;
