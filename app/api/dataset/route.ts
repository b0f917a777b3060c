import { currentVersionRedirect, immutableJsonAnswer } from '@/lib/api/answer';
import { datasetUrl } from '@/lib/dataset-client';
import { loadDataset } from '@/lib/data/load';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';

/**
 * The whole dataset as the client components use it (lib/dataset-client.ts). `?v=` names the
 * version by its content hash; any other `v` is sent to the current version's address.
 */
export function GET(request: Request): Response {
  if (new URL(request.url).searchParams.get('v') !== BUILT_IN_VERSION) {
    return currentVersionRedirect(datasetUrl(BUILT_IN_VERSION));
  }
  return immutableJsonAnswer(loadDataset());
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
