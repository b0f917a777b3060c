import { currentVersionRedirect, immutableJsonAnswer } from '@/lib/api/answer';
import { datasetUrl } from '@/lib/dataset-client';
import { loadDataset } from '@/lib/data/load';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';

/**
 * The whole dataset as the client components use it (lib/dataset-client.ts). `?v=` names the
 * version by its content hash; any other address (another `v`, or added parameters) is sent to the
 * current version's, so that the one answer kept is the only one there is.
 */
export function GET(request: Request): Response {
  const current = datasetUrl(BUILT_IN_VERSION);
  const { pathname, search } = new URL(request.url);
  if (pathname + search !== current) return currentVersionRedirect(current);
  return immutableJsonAnswer(loadDataset());
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
