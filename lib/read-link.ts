import { loadDataset } from './data/load';
import { diagnoseLink } from './link-diagnosis';

/** Reads a page's query against the dataset (server side): the view, its notices, its canonical form. */
export async function readLink(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const data = loadDataset();
  const projectIds = new Set(data.minerals.projects.map((p) => p.id));
  return { data, ...diagnoseLink(await searchParams, { projectIds }) };
}
