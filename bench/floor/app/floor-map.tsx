'use client';

import { useEffect } from 'react';

/** The baseline's own script, served beside the floor under /bench/ (bench/assets.ts). */
const BASELINE_SCRIPT = '/bench/baseline.js';

/**
 * The map's container, and the baseline's script started once React has hydrated the page, as the
 * app starts its map from an effect: the floor adds Next and React to the baseline, nothing else.
 */
export function FloorMap() {
  useEffect(() => {
    void import(/* webpackIgnore: true */ /* turbopackIgnore: true */ BASELINE_SCRIPT);
  }, []);
  return <div id="map" data-testid="map:container" data-map-idle="false" />;
}
