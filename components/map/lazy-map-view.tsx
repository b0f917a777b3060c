'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import dynamic from 'next/dynamic';
import { MapLoading } from './webgl-gate';

// The map's code (react-map-gl, styles, layers: ~20 KB gzip) is its own chunk, so it is not part
// of what the page must load and run before it is interactive. It is requested as soon as this
// module runs (before hydration), beside MapLibre itself, which the page preloads.
const load = () => import('./map-view').then((m) => m.MapView);
if (typeof window !== 'undefined') void load();

/** The map (components/map/map-view.tsx), loaded in its own chunk; browser only (WebGL). */
export const MapView = dynamic(load, { ssr: false, loading: MapLoading });
