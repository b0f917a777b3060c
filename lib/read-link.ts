import { loadDataset } from './data/load';
import { diagnoseLink } from './link-diagnosis';
import { linkScope } from './search-params';

/** Reads a page's query against the dataset (server side): the view, its notices, its canonical form. */
export async function readLink(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const data = loadDataset();
  return { data, ...diagnoseLink(await searchParams, linkScope(data)) };
}
