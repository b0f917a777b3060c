import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  finishView,
  inlineScriptHashes,
  isShareable,
  sendView,
  SHARED_CACHE_CONTROL,
  ViewCache,
  viewTreatment,
  withScriptHashes,
} from '@/lib/server/view-cache.mjs';

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
    expect(inlineScriptHashes(html)).toEqual([
      sha256(first),
      sha256(second),
      sha256("import './b.js'"),
    ]);
  });

  it('hashes non-ASCII text as UTF-8, as browsers do', () => {
    expect(inlineScriptHashes('<script>"Қазақстан"</script>')).toEqual([sha256('"Қазақстан"')]);
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
  it('caches only plain GETs of the dashboard, the embed and About, whatever their query', () => {
    expect(viewTreatment('GET', '/', {})).toBe('cache');
    expect(viewTreatment('GET', '/?country=KAZ&lang=ru', {})).toBe('cache');
    expect(viewTreatment('GET', '/embed?pair=ISR~KAZ', {})).toBe('cache');
    expect(viewTreatment('GET', '/about?lang=ru', {})).toBe('cache');
    expect(viewTreatment('HEAD', '/', {})).toBe('render');
    expect(viewTreatment('GET', '/nowhere', {})).toBe('render');
  });

  it('renders every page when the view cache is off (ATLAS_VIEW_CACHE=off)', () => {
    expect(viewTreatment('GET', '/', {}, false)).toBe('render');
    expect(viewTreatment('GET', '/embed?pair=ISR~KAZ', {}, false)).toBe('render');
    expect(viewTreatment('GET', '/api/countries', {}, false)).toBe('pass');
  });

  it("renders Next's router requests without storing them under the page's key", () => {
    expect(viewTreatment('GET', '/?country=KAZ', { rsc: '1' })).toBe('render');
    expect(viewTreatment('GET', '/?country=KAZ&_rsc=abc', {})).toBe('render');
    expect(viewTreatment('GET', '/', { 'next-router-prefetch': '1' })).toBe('render');
  });

  it('passes static files, route handlers and other methods through untouched', () => {
    for (const target of ['/_next/static/chunks/a.js', '/geo/x.json', '/fonts/a.woff2']) {
      expect(viewTreatment('GET', target, {}), target).toBe('pass');
    }
    for (const target of [
      '/api/countries',
      '/api',
      '/og?country=KAZ',
      '/icon.svg',
      '/feed.xml?lang=ru',
    ]) {
      expect(viewTreatment('GET', target, {}), target).toBe('pass');
    }
    expect(viewTreatment('POST', '/', {})).toBe('pass');
    // Prefixes match whole path segments only.
    expect(viewTreatment('GET', '/apiary', {})).toBe('render');
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

  /** The answer to one GET with these request headers, sent by sendView through a real server. */
  async function answer(headers: Record<string, string>) {
    const server = createServer((request, response) => sendView(view, request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await fetch(`http://127.0.0.1:${port}/`, { headers });
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
});

describe('isShareable', () => {
  const page = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } };
  it('shares only complete HTML pages without cookies', () => {
    expect(isShareable(page)).toBe(true);
    expect(isShareable({ ...page, status: 404 })).toBe(false);
    expect(isShareable({ ...page, headers: { ...page.headers, 'set-cookie': 'a=b' } })).toBe(false);
    expect(isShareable({ status: 200, headers: { 'content-type': 'text/x-component' } })).toBe(
      false,
    );
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
