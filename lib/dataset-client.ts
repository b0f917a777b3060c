import { use } from 'react';
import type { Dataset } from './data/schema';

/**
 * How client components get the dataset without it travelling in every page's RSC payload
 * (issue 12: it was ~470 KB of every page's HTML).
 *
 * On the server, the page hands the dataset it already loaded to `provideDataset` before
 * rendering, and client components read it back while they are rendered to HTML, so each view's
 * panels are in the HTML as before. In the browser they fetch it once from `/api/dataset?v=…`, a
 * URL named after the dataset's content hash that every cache may keep for a year, which the page
 * preloads; hydration waits for it (React's `use`).
 */

/** Where the server's copy lives: one dataset per server process, shared by its render layers. */
const SERVER_DATASET = Symbol.for('accords-atlas.dataset');

type WithDataset = typeof globalThis & { [SERVER_DATASET]?: Dataset };

/** The content-hashed address of a dataset version (lib/server/dataset-version.ts). */
export function datasetUrl(version: string): string {
  return `/api/dataset?v=${encodeURIComponent(version)}`;
}

/** Server only: the dataset client components render from. */
export function provideDataset(data: Dataset): void {
  (globalThis as WithDataset)[SERVER_DATASET] = data;
}

let browserDataset: Promise<Dataset> | undefined;

async function fetchDataset(version: string): Promise<Dataset> {
  const response = await fetch(datasetUrl(version));
  if (!response.ok) throw new Error(`The dataset could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as Dataset;
}

/** The dataset, in a client component: the server's copy while rendering HTML, else fetched once. */
export function useDataset(version: string): Dataset {
  if (typeof window === 'undefined') {
    const data = (globalThis as WithDataset)[SERVER_DATASET];
    if (!data) throw new Error('provideDataset() was not called before rendering');
    return data;
  }
  browserDataset ??= fetchDataset(version);
  return use(browserDataset);
}
