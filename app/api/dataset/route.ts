import { versionedFileAnswer } from '@/lib/api/answer';
import { datasetUrl } from '@/lib/dataset-client';
import { loadDataset } from '@/lib/data/load';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';

/**
 * The whole dataset as the client components use it (lib/dataset-client.ts), at the address that
 * names its version by its content hash; any other address is sent there.
 */
export function GET(request: Request): Response {
  return versionedFileAnswer(request, datasetUrl(BUILT_IN_VERSION), loadDataset);
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
