import { datasetUrl } from '@/lib/dataset-client';
import { loadDataset } from '@/lib/data/load';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';

/**
 * The whole dataset as the client components use it (lib/dataset-client.ts). `?v=` names the
 * version by its content hash, so the answer for the current version never changes and any cache
 * may keep it for a year. Any other `v` (a page cached before a release, or a made-up one) is
 * sent to the current version's address: one ~600 KB answer kept once, rather than one rendered
 * afresh for every value a client invents.
 */
export function GET(request: Request): Response {
  if (new URL(request.url).searchParams.get('v') !== BUILT_IN_VERSION) {
    // A relative Location: the address does not depend on the request's Host header.
    return new Response(null, {
      status: 307,
      headers: { Location: datasetUrl(BUILT_IN_VERSION), 'Cache-Control': 'no-cache' },
    });
  }
  return new Response(JSON.stringify(loadDataset()), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
