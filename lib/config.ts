/**
 * The server's configuration from its environment, checked with zod at start-up
 * (instrumentation.ts): a bad value stops the server with a message naming it, rather than every
 * page answering 500 while the log says Ready.
 */
import { z } from 'zod';

/** Where links point when SITE_URL is unset: right for `npm start` on one's own machine only. */
export const LOCAL_SITE_URL = 'http://localhost:3000';

const SITE_URL_SCHEMA = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.hostname,
    error: 'must be an absolute http(s) URL such as https://atlas.example.org',
  })
  .transform((text) => new URL(text))
  .refine((url) => !url.username && !url.password, 'must not contain a user name or password')
  .refine((url) => !url.search && !url.hash, 'must not contain a query (?…) or fragment (#…)');

/** Where readers report an error: a web page (an issue tracker, a form) or a mailto: address. */
const REPORT_URL_SCHEMA = z
  .url({
    protocol: /^(https?|mailto)$/,
    error: 'must be an absolute http(s) or mailto: URL such as https://example.org/issues',
  })
  .transform((text) => new URL(text));

/** An empty value (`SITE_URL=` in an env file) counts as unset. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const ENV_SCHEMA = z.object({
  SITE_URL: z.preprocess(unsetIfEmpty, SITE_URL_SCHEMA.optional()),
  REPORT_URL: z.preprocess(unsetIfEmpty, REPORT_URL_SCHEMA.optional()),
});

export interface SiteConfig {
  /** The public address, as configured; null when SITE_URL is unset. */
  siteUrl: URL | null;
  /** Where the About page sends error reports; null when REPORT_URL is unset. */
  reportUrl: URL | null;
}

export type ConfigResult =
  { ok: true; config: SiteConfig; warnings: string[] } | { ok: false; errors: string[] };

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the configuration; never throws. */
export function readConfig(env: Env): ConfigResult {
  const parsed = ENV_SCHEMA.safeParse({ SITE_URL: env.SITE_URL, REPORT_URL: env.REPORT_URL });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name} ${issue.message}, got ${JSON.stringify(env[name])}`;
      }),
    };
  }
  const siteUrl = parsed.data.SITE_URL ?? null;
  const reportUrl = parsed.data.REPORT_URL ?? null;
  const warnings =
    siteUrl === null && env.NODE_ENV === 'production'
      ? [
          `SITE_URL is not set: share links, the canonical address and link-preview images will ` +
            `point to ${LOCAL_SITE_URL}. Set SITE_URL to the public address (https://…).`,
        ]
      : [];
  return { ok: true, config: { siteUrl, reportUrl }, warnings };
}

/**
 * The base of absolute URLs in page metadata: SITE_URL, or the local address. A bad SITE_URL
 * never gets this far in a running server (start-up stops), so it falls back rather than throws.
 */
export function metadataBase(env: Env = process.env): URL {
  const result = readConfig(env);
  return (result.ok && result.config.siteUrl) || new URL(LOCAL_SITE_URL);
}

/** Where readers report an error (REPORT_URL), or null: the About page then says it in general words. */
export function reportUrl(env: Env = process.env): URL | null {
  const result = readConfig(env);
  return result.ok ? result.config.reportUrl : null;
}

/** The public address (SITE_URL), or null when unset: pages then share their own origin. */
export function siteUrl(env: Env = process.env): URL | null {
  const result = readConfig(env);
  return result.ok ? result.config.siteUrl : null;
}
