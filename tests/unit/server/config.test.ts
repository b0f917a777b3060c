import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, metadataBase, readConfig, reportUrl, siteUrl } from '@/lib/config';

describe('readConfig', () => {
  it.each(['https://atlas.example.org', 'http://localhost:3000', 'https://example.org/atlas/'])(
    'accepts SITE_URL=%s',
    (value) => {
      const result = readConfig({ SITE_URL: value, NODE_ENV: 'production' });
      expect(result).toEqual({
        ok: true,
        config: { siteUrl: new URL(value), reportUrl: null },
        warnings: [],
      });
    },
  );

  it.each([
    ['not a url', /absolute http\(s\) URL/],
    ['atlas.example.org', /absolute http\(s\) URL/],
    ['ftp://atlas.example.org', /absolute http\(s\) URL/],
    ['javascript:alert(1)', /absolute http\(s\) URL/],
    ['https://user:secret@atlas.example.org', /user name or password/],
    ['https://atlas.example.org/?a=1', /query/],
  ])('refuses SITE_URL=%s, naming the setting and the value', (value, reason) => {
    const result = readConfig({ SITE_URL: value });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^SITE_URL /);
    expect(errors[0]).toMatch(reason);
    expect(errors[0]).toContain(JSON.stringify(value));
  });

  it('warns when production runs without SITE_URL (unset or empty), and only then', () => {
    for (const SITE_URL of [undefined, '']) {
      const result = readConfig({ SITE_URL, NODE_ENV: 'production' });
      expect(result.ok && result.config.siteUrl).toBeNull();
      expect(result.ok && result.warnings.join()).toMatch(/SITE_URL is not set.*localhost:3000/);
    }
    expect(readConfig({ NODE_ENV: 'development' })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('REPORT_URL', () => {
  it.each(['https://example.org/atlas/issues', 'mailto:atlas@example.org'])(
    'accepts %s as where readers report errors',
    (value) => {
      expect(reportUrl({ REPORT_URL: value })?.href).toBe(value);
    },
  );

  it('is null when unset or empty', () => {
    expect(reportUrl({})).toBeNull();
    expect(reportUrl({ REPORT_URL: '' })).toBeNull();
  });

  it.each(['javascript:alert(1)', 'not a url', 'ftp://example.org'])(
    'refuses REPORT_URL=%s, naming the setting and the value',
    (value) => {
      const result = readConfig({ REPORT_URL: value });
      expect(result.ok ? [] : result.errors).toEqual([
        `REPORT_URL must be an absolute http(s) or mailto: URL such as https://example.org/issues, got ${JSON.stringify(value)}`,
      ]);
    },
  );
});

describe('siteUrl', () => {
  it('is SITE_URL, or null when it is unset or (never at run time) bad', () => {
    expect(siteUrl({ SITE_URL: 'https://atlas.example.org' })?.origin).toBe(
      'https://atlas.example.org',
    );
    expect(siteUrl({})).toBeNull();
    expect(siteUrl({ SITE_URL: 'nope' })).toBeNull();
  });
});

describe('metadataBase', () => {
  it('is SITE_URL, or the local address when it is unset or (never at run time) bad', () => {
    expect(metadataBase({ SITE_URL: 'https://atlas.example.org' }).href).toBe(
      'https://atlas.example.org/',
    );
    expect(metadataBase({}).href).toBe(`${LOCAL_SITE_URL}/`);
    expect(metadataBase({ SITE_URL: 'nope' }).href).toBe(`${LOCAL_SITE_URL}/`);
  });
});
