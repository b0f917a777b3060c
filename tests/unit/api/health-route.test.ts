import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET, POST } from '@/app/api/health/route';
import { loadDataset } from '@/lib/data/load';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';
import { apiRequest } from './helpers';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('GET /api/health', () => {
  it('names the dataset served, the build and the uptime, never cached', async () => {
    vi.stubEnv('ATLAS_BUILD_ID', '20261127T105512Z-3f9a');
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.json();
    expect(body).toEqual({
      status: 'ok',
      dataset: { version: BUILT_IN_VERSION, asOf: loadDataset().meta.asOf },
      buildId: '20261127T105512Z-3f9a',
      uptimeSeconds: expect.any(Number),
    });
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('refuses writes like every API route', async () => {
    const response = await POST(apiRequest('/api/health', { method: 'POST' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
