/**
 * Image scales the PNG export offers, in device pixels per CSS pixel of the map: 1×, 2× (the
 * default, sharp on paper and high-density screens) and 3×. Apart from lib/export/png.ts, which
 * loads only when an image is made, so the menu can list them.
 */
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];
export const DEFAULT_PNG_SCALE: PngScale = 2;
