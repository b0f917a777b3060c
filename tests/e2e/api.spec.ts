/** The data API through the production server: headers, caching, errors and HEAD. */
import { expect, test } from './fixtures';

const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

test('a JSON answer carries its envelope, an ETag and the cache policy', async ({ request }) => {
  const response = await request.get('/api/countries/kaz?date=2025-11-07');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers()['cache-control']).toBe(CACHE_CONTROL);
  expect(response.headers()['etag']).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  const body = await response.json();
  expect(body).toMatchObject({
    asOf: expect.any(String),
    date: '2025-11-07',
    data: { iso3: 'KAZ', accords: { status: 'accession-announced' } },
  });
});

test('If-None-Match with the ETag gets a 304 without a body', async ({ request }) => {
  const first = await request.get('/api/ties?pair=ISR~SDN');
  const etag = first.headers()['etag'] ?? '';
  expect(etag).not.toBe('');
  const again = await request.get('/api/ties?pair=ISR~SDN', {
    headers: { 'If-None-Match': etag },
  });
  expect(again.status()).toBe(304);
  expect(again.headers()['etag']).toBe(etag);
  expect((await again.body()).length).toBe(0);
});

test('HEAD answers like GET without a body', async ({ request }) => {
  const get = await request.get('/api/events?format=csv');
  const head = await request.head('/api/events?format=csv');
  expect(head.status()).toBe(200);
  expect(head.headers()['etag']).toBe(get.headers()['etag']);
  expect(head.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await head.body()).length).toBe(0);
});

test('a bad parameter gets a 400 JSON error naming it, never cached', async ({ request }) => {
  const response = await request.get('/api/countries?date=2020-02-30');
  expect(response.status()).toBe(400);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toEqual({
    error: { parameter: 'date', message: expect.stringContaining('calendar day') },
  });
});

test('an unknown API route gets a JSON 404', async ({ request }) => {
  const response = await request.get('/api/countries/KAZ/nothing-here');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect((await response.json()).error.message).toContain('/api/countries/KAZ/nothing-here');
});

test('POST gets a 405 with Allow: GET, HEAD', async ({ request }) => {
  const response = await request.post('/api/countries', { data: { iso3: 'KAZ' } });
  expect(response.status()).toBe(405);
  expect(response.headers()['allow']).toBe('GET, HEAD');
  expect((await response.json()).error.parameter).toBeNull();
});

test('CSV comes as a download with its media type', async ({ request }) => {
  const response = await request.get('/api/countries?format=csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(
    /^attachment; filename="countries-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  expect((await response.text()).split('\r\n')[0]).toMatch(/^iso3,name,/);
});
