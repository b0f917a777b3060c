/** Answer of `/api/health`. */
import 'server-only';
import { loadDataset } from '../data/load';
import { BUILT_IN_VERSION } from '../server/dataset-version';

export interface HealthBody {
  status: 'ok';
  dataset: { version: string; asOf: string };
  /** The build id (the release folder's name under dist/releases). */
  buildId: string;
  uptimeSeconds: number;
}

/** 200 with what the server is serving; loading the dataset is the one thing that can fail. */
export function healthAnswer(): Response {
  const body: HealthBody = {
    status: 'ok',
    dataset: { version: BUILT_IN_VERSION, asOf: loadDataset().meta.asOf },
    buildId: process.env.ATLAS_BUILD_ID ?? 'unreleased',
    uptimeSeconds: Math.round(process.uptime()),
  };
  return new Response(JSON.stringify(body), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
