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

/** The country outlines the app serves (built by scripts/build-geo.ts). */
export const GEOMETRY_URL = '/geo/countries.topo.json';
