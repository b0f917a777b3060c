/**
 * The baseline page's script (see bench/baseline.html). Opened as `baseline.html?map=<view id>`,
 * it draws instead a view's own map captured from the app (bench/same-map.ts): its style, images,
 * feature states and camera. Signals as the app's map does:
 * `data-map-idle="true"` on [data-testid="map:container"] (and on <body>) at the first `idle`
 * after the countries are drawn, with window.__bench.firstIdle = performance.now() at that moment;
 * window.__bench.repaint() repaints once and resolves with the milliseconds to the next `idle`.
 */
import { Map, setWorkerUrl } from './maplibre-gl.mjs';

const config = JSON.parse(document.getElementById('bench-config').textContent);
const container = document.getElementById('map');
const bench = { firstIdle: null, repaint: null, map: null };
window.__bench = bench;

// As lib/geo/antimeridian.ts does: keep rings that cross 180° continuous.
function unwrapRing(ring) {
  let shift = 0;
  let previous;
  return ring.map(([lon, lat]) => {
    if (previous !== undefined) {
      const delta = lon + shift - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = lon + shift;
    return [previous, lat];
  });
}

function unwrapGeometry(geometry) {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiLineString') {
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  }
  if (geometry.type === 'MultiPolygon') {
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
    };
  }
  return geometry;
}

const sameMap = new URLSearchParams(window.location.search).get('map');
// Fetched at once, while MapLibre starts.
const captured = sameMap && fetch(`./same-map-${sameMap}.json`).then((response) => response.json());

// Decoded as lib/geo/topology.ts does.
const geometry =
  !sameMap &&
  fetch('/bench/countries.topo.json')
    .then((response) => response.json())
    .then((topology) => {
      const { feature, mesh } = window.topojson;
      const countries = feature(topology, topology.objects.countries);
      const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
      return {
        countries: {
          type: 'FeatureCollection',
          features: countries.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })),
        },
        borders: { type: 'Feature', properties: {}, geometry: unwrapGeometry(borders) },
      };
    });

setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const map = new Map({
  container,
  style: {
    version: 8,
    sources: {},
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': config.colors.water } },
    ],
  },
  bounds: config.bounds,
  fitBoundsOptions: { padding: config.padding, maxZoom: config.frameMaxZoom },
  minZoom: config.minZoom,
  maxZoom: config.maxZoom,
  fadeDuration: 0,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
});

bench.map = map; // for poking at by hand; the bench does not use it

map.on('idle', () => {
  if (bench.firstIdle !== null || !map.getSource('countries')) return;
  bench.firstIdle = performance.now();
  container.dataset.mapIdle = 'true';
  container.dataset.mapView = 'baseline';
  document.body.dataset.mapIdle = 'true';
});

bench.repaint = () =>
  new Promise((resolve) => {
    const start = performance.now();
    map.once('idle', () => resolve(performance.now() - start));
    map.triggerRepaint();
  });

// A captured map: its style (sources with their data) replaces the water-only one, then its images
// and feature states are set as the app sets them once the style is there.
async function drawCapturedMap() {
  const { style, images, states, camera } = await captured;
  map.jumpTo(camera);
  const onStyleLoad = () => {
    if (!map.getSource('countries')) return; // the first, water-only style
    map.off('style.load', onStyleLoad);
    for (const [id, { width, height, data, pixelRatio, sdf }] of Object.entries(images)) {
      map.addImage(id, { width, height, data: new Uint8Array(data) }, { pixelRatio, sdf });
    }
    for (const [source, list] of Object.entries(states)) {
      for (const [id, state] of list) map.setFeatureState({ source, id }, state);
    }
  };
  map.on('style.load', onStyleLoad);
  map.setStyle(style, { diff: false });
}

if (sameMap) void drawCapturedMap();
else
  map.on('load', async () => {
    const { countries, borders } = await geometry;
    map.addSource('countries', { type: 'geojson', data: countries });
    map.addLayer({
      id: 'country-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': config.colors.land },
    });
    map.addSource('borders', { type: 'geojson', data: borders });
    map.addLayer({
      id: 'country-border',
      type: 'line',
      source: 'borders',
      paint: { 'line-color': config.colors.border, 'line-width': config.borderWidth },
    });
  });
