import { describe, expect, it } from 'vitest';
import * as catchAll from '@/app/api/[...slug]/route';
import * as country from '@/app/api/countries/[iso3]/route';
import * as countries from '@/app/api/countries/route';
import * as events from '@/app/api/events/route';
import * as minerals from '@/app/api/minerals/route';
import * as root from '@/app/api/route';
import * as ties from '@/app/api/ties/route';
import { apiRequest, CACHE_CONTROL, expectError, iso3Context } from './helpers';

/** Each route module with a URL it serves; the context is what Next passes. */
const ROUTES = [
  { path: '/api/countries', module: countries, context: iso3Context('') },
  { path: '/api/countries/KAZ', module: country, context: iso3Context('KAZ') },
  { path: '/api/ties?pair=ISR~KAZ', module: ties, context: iso3Context('') },
  { path: '/api/events?format=csv', module: events, context: iso3Context('') },
  { path: '/api/minerals', module: minerals, context: iso3Context('') },
];
const REFUSED = ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

type Handler = (request: Request, context: ReturnType<typeof iso3Context>) => Promise<Response>;
const handler = (module: object, method: string) =>
  (module as Record<string, Handler | undefined>)[method];

describe.each(ROUTES)('$path', ({ path, module, context }) => {
  const GET = handler(module, 'GET');

  it('answers 200 with a cache policy and a strong ETag of the body', async () => {
    const response = await GET!(apiRequest(path), context);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL);
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const again = await GET!(apiRequest(path), context);
    expect(again.headers.get('etag')).toBe(response.headers.get('etag'));
  });

  it('answers 304 without a body when If-None-Match holds the ETag', async () => {
    const etag = (await GET!(apiRequest(path), context)).headers.get('etag') ?? '';
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const response = await GET!(
        apiRequest(path, { headers: { 'If-None-Match': ifNoneMatch } }),
        context,
      );
      expect(response.status).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL);
      expect(await response.text()).toBe('');
    }
    const stale = await GET!(
      apiRequest(path, { headers: { 'If-None-Match': '"stale"' } }),
      context,
    );
    expect(stale.status).toBe(200);
  });

  it.each(REFUSED)('answers %s with 405, Allow: GET, HEAD and JSON', async (method) => {
    const refuse = handler(module, method);
    expect(refuse, `${method} is exported`).toBeDefined();
    const response = await refuse!(apiRequest(path, { method }), context);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await expectError(response, 405, null)).toContain(method);
  });

  it('exports no HEAD, so that Next runs GET for it', () => {
    expect(handler(module, 'HEAD')).toBeUndefined();
  });
});

describe('unknown API routes', () => {
  it.each(['/api/nope', '/api/countries/KAZ/ties', '/api/v2/countries'])(
    'answer %s with a JSON 404 listing the routes',
    async (path) => {
      const response = await catchAll.GET(apiRequest(path));
      const message = await expectError(response, 404, null);
      expect(message).toContain(path);
      expect(message).toContain('/api/countries/{iso3}');
    },
  );

  it.each(['GET', ...REFUSED])('answer %s with 404, whatever the method', async (method) => {
    const respond = handler(catchAll, method);
    await expectError(
      await respond!(apiRequest('/api/nope', { method }), iso3Context('')),
      404,
      null,
    );
  });

  it('answers /api itself with the same 404', async () => {
    await expectError(await root.GET(apiRequest('/api')), 404, null);
    await expectError(await root.POST(apiRequest('/api', { method: 'POST' })), 404, null);
  });
});
