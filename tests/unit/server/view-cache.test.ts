import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  canonicalTarget,
  finishView,
  inlineScriptHashes,
  isShareable,
  sendView,
  SHARED_CACHE_CONTROL,
  ViewCache,
  viewTreatment,
  withScriptHashes,
} from '@/lib/server/view-cache.mjs';
import { CACHE_CONTROL_OK, etagOf } from '@/lib/api/answer';

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const PAGE_CSP = "default-src 'self'; script-src 'self'; object-src 'none'";

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, exactly as written, and skips src and data blocks', () => {
    const first = 'self.__next_f.push([1,"a\\u003c/script>"])';
    const second = '(self.__next_f=self.__next_f||[]).push([0])\n';
    const html = [
      `<script src="/_next/static/chunks/a.js" async=""></script>`,
      `<script>${first}</script>`,
      `<script type="application/ld+json">{"a":1}</script>`,
      `<SCRIPT nonce="x">${second}</SCRIPT>`,
      `<script>${first}</script>`,
      `<script type="module">import './b.js'</script>`,
    ].join('');
    expect(inlineScriptHashes(Buffer.from(html))).toEqual([
      sha256(first),
      sha256(second),
      sha256("import './b.js'"),
    ]);
  });

  it('hashes non-ASCII text as UTF-8, as browsers do', () => {
    const html = '<p>Қазақстан</p><script>"Қазақстан"</script><script>"ok"</script>';
    expect(inlineScriptHashes(Buffer.from(html))).toEqual([sha256('"Қазақстан"'), sha256('"ok"')]);
  });
});

describe('withScriptHashes', () => {
  it('adds the hashes to script-src only', () => {
    expect(withScriptHashes(PAGE_CSP, ["'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'",
    );
  });

  it('leaves a policy unchanged when there is nothing to add or no script-src', () => {
    expect(withScriptHashes(PAGE_CSP, [])).toBe(PAGE_CSP);
    expect(withScriptHashes("default-src 'none'", ["'sha256-a'"])).toBe("default-src 'none'");
  });
});

describe('viewTreatment', () => {
  it('caches GETs and HEADs of the dashboard, the embed and About, whatever their query', () => {
    expect(viewTreatment('GET', '/', {})).toBe('cache');
    expect(viewTreatment('GET', '/?country=KAZ&lang=ru', {})).toBe('cache');
    expect(viewTreatment('GET', '/embed?pair=ISR~KAZ', {})).toBe('cache');
    expect(viewTreatment('GET', '/about?lang=ru', {})).toBe('cache');
    expect(viewTreatment('HEAD', '/?country=KAZ', {})).toBe('cache');
    expect(viewTreatment('GET', '/nowhere', {})).toBe('render');
    expect(viewTreatment('HEAD', '/nowhere', {})).toBe('render');
  });

  it('keeps API answers, but never /api/health', () => {
    expect(viewTreatment('GET', '/api/countries?date=2020-12-23', {})).toBe('api');
    expect(viewTreatment('HEAD', '/api/events?format=csv', {})).toBe('api');
    expect(viewTreatment('GET', '/api', {})).toBe('api');
    expect(viewTreatment('GET', '/api/health', {})).toBe('pass');
    expect(viewTreatment('GET', '/api/health?x=1', {})).toBe('pass');
  });

  it('renders every page and API answer when the view cache is off (ATLAS_VIEW_CACHE=off)', () => {
    expect(viewTreatment('GET', '/', {}, false)).toBe('render');
    expect(viewTreatment('GET', '/embed?pair=ISR~KAZ', {}, false)).toBe('render');
    expect(viewTreatment('GET', '/api/countries', {}, false)).toBe('pass');
  });

  it("renders Next's router requests without storing them under the page's key", () => {
    expect(viewTreatment('GET', '/?country=KAZ', { rsc: '1' })).toBe('render');
    expect(viewTreatment('GET', '/?country=KAZ&_rsc=abc', {})).toBe('render');
    expect(viewTreatment('GET', '/', { 'next-router-prefetch': '1' })).toBe('render');
  });

  it("keeps the release's files, also with the view cache off, but not a range of one", () => {
    for (const target of [
      '/_next/static/chunks/a.js',
      '/_next/static/media/countries-apart.0abc.json',
      '/_next/static/media/noto-sans-latin-400-normal.0abc.woff2',
    ]) {
      expect(viewTreatment('GET', target, {}), target).toBe('static');
      expect(viewTreatment('HEAD', target, {}, false), target).toBe('static');
      expect(viewTreatment('GET', target, { range: 'bytes=0-99' }), target).toBe('pass');
    }
    expect(viewTreatment('GET', '/bench/baseline.html', {})).toBe('static');
  });

  it('passes other route handlers and other methods through untouched', () => {
    for (const target of [
      '/_next/image?url=x',
      '/og?country=KAZ',
      '/icon.svg',
      '/feed.xml?lang=ru',
    ]) {
      expect(viewTreatment('GET', target, {}), target).toBe('pass');
    }
    expect(viewTreatment('POST', '/', {})).toBe('pass');
    expect(viewTreatment('POST', '/api/countries', {})).toBe('pass');
    // Prefixes match whole path segments only.
    expect(viewTreatment('GET', '/apiary', {})).toBe('render');
  });
});

describe('canonicalTarget', () => {
  it('sorts parameters by name, so one view in any key order is one entry', () => {
    expect(canonicalTarget('/?pair=ISR~KAZ&date=2020-09-15&lang=ru')).toBe(
      '/?date=2020-09-15&lang=ru&pair=ISR~KAZ',
    );
    expect(canonicalTarget('/?lang=ru&date=2020-09-15&pair=ISR~KAZ')).toBe(
      canonicalTarget('/?pair=ISR~KAZ&lang=ru&date=2020-09-15'),
    );
    expect(canonicalTarget('/api/ties?pair=KAZ~ISR&format=csv')).toBe(
      '/api/ties?format=csv&pair=KAZ~ISR',
    );
  });

  it('keeps the values of one name in their order, whatever their encoding', () => {
    // `a%62` is the name `ab`: the first value (the one read) must stay first.
    expect(canonicalTarget('/?ab=1&z=0&a%62=2&a+b=3&a%20b=4')).toBe(
      '/?a+b=3&a%20b=4&ab=1&a%62=2&z=0',
    );
    expect(canonicalTarget('/?country=UZB&country=KAZ')).toBe('/?country=UZB&country=KAZ');
  });

  it('leaves values as sent and drops only empty pairs', () => {
    expect(canonicalTarget('/?q=%E2%82%AC+x&&b=~')).toBe('/?b=~&q=%E2%82%AC+x');
    expect(canonicalTarget('/about?')).toBe('/about');
    expect(canonicalTarget('/about')).toBe('/about');
    // A `?` inside the query is part of a name, not a second separator.
    expect(canonicalTarget('/??b=1&a=2')).toBe('/??b=1&a=2');
  });
});

describe('finishView', () => {
  const html = '<html><script>one()</script><script src="/a.js"></script></html>';
  const captured = {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PAGE_CSP,
      'content-length': '10',
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      vary: 'rsc, next-router-state-tree',
    },
    body: Buffer.from(html),
  };

  it("authorises the page's inline scripts and makes a shared page cacheable", () => {
    const view = finishView(captured, true);
    expect(view.headers['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self' ${sha256('one()')}; object-src 'none'`,
    );
    expect(view.headers['cache-control']).toBe(SHARED_CACHE_CONTROL);
    expect(view.headers['vary']).toBe('rsc, next-router-state-tree, Accept-Encoding');
    expect(view.headers).not.toHaveProperty('content-length');
    expect(gunzipSync(view.gzip!).toString()).toBe(html);
    expect(view.etag).toMatch(/^"[\w-]+"$/);
  });

  it('keeps the headers Next chose for an answer that is not shared', () => {
    const view = finishView(captured, false);
    expect(view.headers['cache-control']).toBe(captured.headers['cache-control']);
    expect(view.gzip).toBeNull();
    expect(view.headers['content-security-policy']).toContain(sha256('one()'));
  });

  it("keeps a shared API answer's own cache policy, with the ETag its route gave it", () => {
    const body = '{"data":[]}';
    const api = finishView(
      {
        status: 200,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': CACHE_CONTROL_OK,
          etag: etagOf(body),
        },
        body: Buffer.from(body),
      },
      true,
    );
    expect(api.headers['cache-control']).toBe(CACHE_CONTROL_OK);
    expect(api.etag).toBe(etagOf(body));
    expect(api.headers['etag']).toBe(etagOf(body));
    expect(api.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(api.gzip!).toString()).toBe(body);
  });

  it('leaves the policy of anything but HTML alone', () => {
    const json = {
      ...captured,
      headers: { ...captured.headers, 'content-type': 'text/x-component' },
    };
    expect(finishView(json, false).headers['content-security-policy']).toBe(PAGE_CSP);
  });
});

describe('sendView', () => {
  const view = finishView(
    {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': PAGE_CSP,
        'x-frame-options': 'DENY',
      },
      body: Buffer.from('<html><script>one()</script></html>'),
    },
    true,
  );

  /** The answer to one request with these headers, sent by sendView through a real server. */
  async function answer(headers: Record<string, string>, method = 'GET') {
    const server = createServer((request, response) => sendView(view, request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await fetch(`http://127.0.0.1:${port}/`, { headers, method });
    } finally {
      server.close();
    }
  }

  it("answers a revalidation with 304 and the page's headers, its CSP included", async () => {
    const full = await answer({});
    const revalidated = await answer({ 'if-none-match': view.etag });
    expect(full.status).toBe(200);
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    for (const name of ['content-security-policy', 'x-frame-options', 'vary', 'cache-control']) {
      expect(revalidated.headers.get(name), name).toBe(full.headers.get(name));
    }
    expect(revalidated.headers.get('content-security-policy')).toContain(sha256('one()'));
    expect(revalidated.headers.get('etag')).toBe(view.etag);
    expect(revalidated.headers.has('content-type')).toBe(false);
  });

  it('answers a weak or listed ETag with 304 too, as the API does', async () => {
    expect((await answer({ 'if-none-match': `"x", W/${view.etag}` })).status).toBe(304);
    expect((await answer({ 'if-none-match': '"x"' })).status).toBe(200);
  });

  it("answers HEAD with the GET's headers, its hashed CSP included, and no body", async () => {
    const get = await answer({ 'accept-encoding': 'gzip' });
    const head = await answer({ 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const name of ['content-security-policy', 'etag', 'content-length', 'content-encoding']) {
      expect(head.headers.get(name), name).toBe(get.headers.get(name));
    }
    expect(head.headers.get('content-security-policy')).toContain(sha256('one()'));
  });
});

describe('isShareable', () => {
  const page = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } };
  it('shares only complete HTML pages without cookies', () => {
    expect(isShareable(page, 'cache')).toBe(true);
    expect(isShareable({ ...page, status: 404 }, 'cache')).toBe(false);
    expect(
      isShareable({ ...page, headers: { ...page.headers, 'set-cookie': 'a=b' } }, 'cache'),
    ).toBe(false);
    expect(
      isShareable({ status: 200, headers: { 'content-type': 'text/x-component' } }, 'cache'),
    ).toBe(false);
  });

  it('shares API answers their route declared public, never errors', () => {
    const answer = {
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'public, max-age=300, stale-while-revalidate=86400',
      },
    };
    expect(isShareable(answer, 'api')).toBe(true);
    expect(isShareable({ ...answer, status: 400 }, 'api')).toBe(false);
    for (const policy of ['no-store', 'no-cache', 'private, max-age=60', '']) {
      const headers = { ...answer.headers, 'cache-control': policy };
      expect(isShareable({ ...answer, headers }, 'api'), policy).toBe(false);
    }
  });

  it("keeps a release's file served whole and public, not a 304, a 404 or a private one", () => {
    const file = {
      status: 200,
      headers: {
        'content-type': 'application/javascript; charset=UTF-8',
        'cache-control': 'public, max-age=31536000, immutable',
      },
    };
    expect(isShareable(file, 'static')).toBe(true);
    for (const status of [206, 304, 404]) {
      expect(isShareable({ ...file, status }, 'static'), String(status)).toBe(false);
    }
    const headers = { ...file.headers, 'cache-control': 'private, max-age=60' };
    expect(isShareable({ ...file, headers }, 'static')).toBe(false);
  });
});

describe('ViewCache', () => {
  const view = (bytes: number) =>
    finishView({ status: 200, headers: {}, body: Buffer.alloc(bytes) }, false);

  it('drops the least recently used view beyond its entry limit', () => {
    const cache = new ViewCache({ maxEntries: 2, maxBytes: 1000 });
    const [a, b, c] = [view(1), view(2), view(3)];
    cache.set('a', a);
    cache.set('b', b);
    expect(cache.get('a')).toBe(a);
    cache.set('c', c);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(a);
    expect(cache.get('c')).toBe(c);
    expect(cache.size).toBe(2);
  });

  it('stays within its byte limit and refuses a view larger than it', () => {
    const cache = new ViewCache({ maxEntries: 10, maxBytes: 100 });
    cache.set('a', view(60));
    cache.set('b', view(60));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.set('huge', view(101));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('b', view(30));
    cache.set('c', view(60));
    expect(cache.size).toBe(2);
  });
});
