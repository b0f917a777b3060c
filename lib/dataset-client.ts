import type { Dataset } from './data/schema';
import { pageResource } from './page-resource';

/**
 * The dataset in client components (issue 12: it was ~470 KB of every page's HTML when it
 * travelled in the RSC payload). The page provides the server's copy; the browser fetches it once
 * from `/api/dataset?v=…`, named after the dataset's content hash (lib/page-resource.ts).
 */
const dataset = pageResource<Dataset>(
  'dataset',
  (version) => `/api/dataset?v=${encodeURIComponent(version)}`,
);

/** The content-hashed address of a dataset version (lib/server/dataset-version.ts). */
export const datasetUrl = dataset.url;
/** Server only: the dataset client components render from. */
export const provideDataset = dataset.provide;
/** The dataset, in a client component. */
export const useDataset = dataset.use;
