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

const ENV_SCHEMA = z.object({
  // An empty value (`SITE_URL=` in an env file) counts as unset.
  SITE_URL: z.preprocess((value) => (value === '' ? undefined : value), SITE_URL_SCHEMA.optional()),
});

export interface SiteConfig {
  /** The public address, as configured; null when SITE_URL is unset. */
  siteUrl: URL | null;
}

export type ConfigResult =
  { ok: true; config: SiteConfig; warnings: string[] } | { ok: false; errors: string[] };

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the configuration; never throws. */
export function readConfig(env: Env): ConfigResult {
  const parsed = ENV_SCHEMA.safeParse({ SITE_URL: env.SITE_URL });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) => `${issue.path.join('.')} ${issue.message}, got ${JSON.stringify(env.SITE_URL)}`,
      ),
    };
  }
  const siteUrl = parsed.data.SITE_URL ?? null;
  const warnings =
    siteUrl === null && env.NODE_ENV === 'production'
      ? [
          `SITE_URL is not set: share links, the canonical address and link-preview images will ` +
            `point to ${LOCAL_SITE_URL}. Set SITE_URL to the public address (https://…).`,
        ]
      : [];
  return { ok: true, config: { siteUrl }, warnings };
}

/**
 * The base of absolute URLs in page metadata: SITE_URL, or the local address. A bad SITE_URL
 * never gets this far in a running server (start-up stops), so it falls back rather than throws.
 */
export function metadataBase(env: Env = process.env): URL {
  const result = readConfig(env);
  return (result.ok && result.config.siteUrl) || new URL(LOCAL_SITE_URL);
}
