/**
 * Which pages the dataset may cite. Source kinds rank pages (SOURCE_KINDS in enums.ts); this file
 * keeps the one deny-list of hosts that may never be cited at all, not even beside a better page:
 * a fact resting on them rests on a copy, a proxy or a rewrite, never on the page itself.
 */

/** Why a host is denied. */
export type DenyReason =
  'proxy' | 'code-host' | 'document-copy' | 'wiki-mirror' | 'content-farm' | 'staging-host';

/** A denied host: the host itself and all its subdomains. */
export interface DeniedHost {
  host: string;
  reason: DenyReason;
}

const deny = (reason: DenyReason, hosts: readonly string[]): DeniedHost[] =>
  hosts.map((host) => ({ host, reason }));

/** The deny-list. Cite the original page (or its web.archive.org capture) instead. */
export const DENIED_HOSTS: readonly DeniedHost[] = [
  // Proxies that re-serve other sites (tor2web and the like).
  ...deny('proxy', ['tor2web.onionsearchengine.com', 'tor2web.org', 'onion.ws', 'onion.ly']),
  // Raw files in code repositories: data files, copies of books and articles.
  ...deny('code-host', [
    'github.com',
    'raw.githubusercontent.com',
    'gist.github.com',
    'gitlab.com',
    'bitbucket.org',
  ]),
  // Sites hosting copies of documents published elsewhere.
  ...deny('document-copy', [
    'docslib.org',
    'studylib.net',
    'pdfcoffee.com',
    'dokumen.pub',
    'scribd.com',
    'vdocuments.mx',
  ]),
  // Copies of Wikipedia (cite Wikipedia itself, as a reference, or better its sources).
  ...deny('wiki-mirror', [
    'perceptiode.com',
    'perceptiofr.com',
    'perceptiopt.com',
    'wikimili.com',
    'datana.cloud',
    'abcdef.wiki',
    'zxc.wiki',
    'alem.dynip.sapo.pt',
    'piglix.com',
    'wikiturkce.com',
    'wikiwand.com',
  ]),
  // Content farms, answer sites and AI or aggregator rewrites named by the 2026-11 audit.
  ...deny('content-farm', [
    'hotbot.com',
    'pledgetimes.com',
    'glance.com',
    'humanonline.org',
    'globalflowcontrol.com',
    'switzerlanddaily.com',
    'linkedprime.com',
    'noticiasagora.pt',
    'novostiaze.com',
    'htnworld.com',
    'theenergydata.com',
    'alaturkanews.com',
    'tengele.com',
    'allarab.news',
    'israelheadlinenews.com',
    'tajikistannewsgazette.com',
    'turkmenistannewsgazette.com',
    'eurasianstar.com',
    'hanna-ai.com',
    'openhardware-space.com',
    'getdiscountproduct.com',
    'efinder.lk',
  ]),
  // Staging and feed hosts of real publishers: cite the canonical www address.
  ...deny('staging-host', ['staging.rferl.org', 'rss.newsmax.com']),
];

/** The URL's host in lower case, without a trailing dot; null if the URL does not parse. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** The deny-list entry matching the URL's host or one of its parent domains, if any. */
export function deniedHost(url: string): DeniedHost | undefined {
  const host = hostOf(url);
  if (host === null) return undefined;
  return DENIED_HOSTS.find((d) => host === d.host || host.endsWith(`.${d.host}`));
}
