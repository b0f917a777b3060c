import { describe, expect, it, vi } from 'vitest';
import { csvAnswer, errorAnswer, etagOf, jsonAnswer, matchesEtag } from '@/lib/api/answer';
import { COUNTRIES_QUERY } from '@/lib/api/params';
import { withGet } from '@/lib/api/handler';
import { apiRequest, CACHE_CONTROL, expectError } from './helpers';

describe('etagOf', () => {
  it('is a quoted base64url SHA-1 of the body, strong', () => {
    // sha1('') = da39a3ee5e6b4b0d3255bfef95601890afd80709
    expect(etagOf('')).toBe('"2jmj7l5rSw0yVb_vlWAYkK_YBwk"');
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(etagOf('x')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });
});

describe('matchesEtag', () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    ['', false],
  ])('If-None-Match %j → %s', (header, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });

  it('is false without the header', () => {
    expect(matchesEtag(null, etag)).toBe(false);
  });
});

describe('jsonAnswer and csvAnswer', () => {
  it('sends a 200 with cache headers and an ETag of the body', async () => {
    const response = jsonAnswer(apiRequest('/api/x'), { a: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL);
    expect(response.headers.get('etag')).toBe(etagOf('{"a":1}'));
    expect(await response.text()).toBe('{"a":1}');
  });

  it('sends a 304 without a body when If-None-Match matches', async () => {
    const headers = { 'If-None-Match': etagOf('a,b\r\n') };
    const response = csvAnswer(
      apiRequest('/api/x', { headers }),
      { header: ['a', 'b'], rows: [] },
      'x.csv',
    );
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(etagOf('a,b\r\n'));
    expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(await response.text()).toBe('');
  });
});

describe('errorAnswer', () => {
  it('is JSON, never cached, with extra headers', async () => {
    const response = errorAnswer(405, null, 'not allowed here', { Allow: 'GET, HEAD' });
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await expectError(response, 405, null)).toBe('not allowed here');
  });
});

describe('withGet', () => {
  it('turns an exception into a 500 without its message or stack', async () => {
    const GET = withGet(COUNTRIES_QUERY, () => {
      throw new Error('secret detail at /srv/app.js:1');
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await GET(apiRequest('/api/countries'));
      const message = await expectError(response, 500, null);
      expect(message).not.toMatch(/secret|\/srv|at /);
      expect(log).toHaveBeenCalledOnce();
    } finally {
      log.mockRestore();
    }
  });

  it('checks the query before calling the handler', async () => {
    let calls = 0;
    const GET = withGet(COUNTRIES_QUERY, ({ request }) => {
      calls += 1;
      return jsonAnswer(request, null);
    });
    await expectError(await GET(apiRequest('/api/countries?date=x')), 400, 'date');
    expect(calls).toBe(0);
    expect((await GET(apiRequest('/api/countries'))).status).toBe(200);
    expect(calls).toBe(1);
  });
});
