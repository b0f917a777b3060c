import { loadDataset } from '@/lib/data/load';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';

/**
 * The whole dataset as the client components use it (lib/dataset-client.ts). `?v=` names the
 * version by its content hash, so the answer for the current version never changes and any cache
 * may keep it for a year; another version (a page cached before a release) gets the current
 * dataset, revalidated every time.
 */
export function GET(request: Request): Response {
  const current = new URL(request.url).searchParams.get('v') === BUILT_IN_VERSION;
  return new Response(JSON.stringify(loadDataset()), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
