/**
 * The Content-Security-Policy of every response, as pure functions (no Next, no request). The
 * policies themselves live in ./policy.mjs, which next.config.js and lib/server/guard.mjs read too.
 */
export { ASSET_CSP, documentCsp, RESOURCE_CSP } from './policy.mjs';

/** The nonce of a response: 128 random bits in base64, which Next's nonce parser accepts. */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Reads one directive's sources from a policy (`null` when it is absent), for tests and checks.
 * Directive names are case-insensitive.
 */
export function cspDirective(policy: string, name: string): string[] | null {
  for (const directive of policy.split(';')) {
    const [directiveName, ...sources] = directive.trim().split(/\s+/);
    if (directiveName?.toLowerCase() === name.toLowerCase()) return sources;
  }
  return null;
}
