/**
 * Reads a link the way the contract says (docs/links.md): each key on its own, bad values
 * ignored or clamped, the rest applied. Returns the view, what was ignored (for the notice) and
 * the canonical query the address bar is rewritten to.
 */
import { BIDI_CONTROLS } from './bounded';
import {
  isLayerId,
  LAST_DAY,
  type LinkScope,
  MAX_VALUE_LENGTH,
  orderQuery,
  serializeView,
  sinceBefore,
  VIEW_KEYS,
  viewParams,
  type ViewKey,
  type ViewParams,
} from './search-params';

export type NoticeReason = 'invalid' | 'repeated' | 'too-long' | 'clamped' | 'unknown-layers';

export interface LinkNotice {
  key: ViewKey;
  reason: NoticeReason;
  /** The offending input, shortened for display. Rendered as text, never as HTML. */
  value: string;
}

export interface LinkDiagnosis {
  view: ViewParams;
  notices: LinkNotice[];
  /** The canonical query string, with its leading "?" (or "" for the default view). */
  canonical: string;
}

const SHOWN_VALUE_LENGTH = 40;

/** Shortens a value for display and makes control characters (bidi controls too) visible. */
function shown(value: string): string {
  const printable = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '�').replace(BIDI_CONTROLS, '�');
  return printable.length > SHOWN_VALUE_LENGTH
    ? `${printable.slice(0, SHOWN_VALUE_LENGTH)}…`
    : printable;
}

type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

function toSearchParams(query: RawQuery): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  }
  return params;
}

/** Why a key's (first) value was not applied as written, if it was not. */
function diagnoseValue(key: ViewKey, raw: string, parsed: unknown): NoticeReason | null {
  if (raw.length > MAX_VALUE_LENGTH) return 'too-long';
  if (parsed === null) return 'invalid';
  if (key === 'date' && parsed !== raw) return 'clamped';
  if (key === 'layers' && raw !== 'none' && raw.split('~').some((id) => !isLayerId(id))) {
    return 'unknown-layers';
  }
  return null;
}

/**
 * Parses a link's query, key by key, with the parsers the client uses too (`viewParams(scope)`),
 * and says what was ignored. Never throws.
 */
export function diagnoseLink(query: RawQuery, scope: LinkScope): LinkDiagnosis {
  const params = toSearchParams(query);
  const parsers = viewParams(scope);
  const notices: LinkNotice[] = [];
  const values: Record<string, unknown> = {};
  for (const key of VIEW_KEYS) {
    const raws = params.getAll(key);
    const first = raws[0];
    if (first === undefined) continue;
    if (raws.length > 1)
      notices.push({ key, reason: 'repeated', value: shown(raws.slice(1).join(', ')) });
    const parsed: unknown = parsers[key].parse(first);
    const reason = diagnoseValue(key, first, parsed);
    if (reason) notices.push({ key, reason, value: shown(first) });
    // Stryker disable next-line ConditionalExpression: a null value falls back to the default below all the same.
    if (parsed !== null) values[key] = parsed;
  }
  // A pair view replaces the single-country view (links.md).
  if (values.pair) delete values.country;
  // "What changed since" needs a start before the as-of date.
  if (
    typeof values.since === 'string' &&
    !sinceBefore(values.since, String(values.date ?? LAST_DAY))
  ) {
    notices.push({ key: 'since', reason: 'invalid', value: shown(params.get('since') ?? '') });
    delete values.since;
  }
  // Comparing a day with itself shows nothing: the compare map is not opened.
  if (values.compare !== undefined && values.compare === (values.date ?? LAST_DAY)) {
    notices.push({ key: 'compare', reason: 'invalid', value: shown(params.get('compare') ?? '') });
    delete values.compare;
  }

  const view = Object.fromEntries(
    VIEW_KEYS.map((key) => [
      key,
      values[key] ?? ('defaultValue' in parsers[key] ? parsers[key].defaultValue : null),
    ]),
  ) as ViewParams;
  return { view, notices, canonical: canonicalQuery(view, params) };
}

/**
 * The canonical query: known keys in contract order without defaults, then the keys the app does
 * not know, left as they were.
 */
export function canonicalQuery(
  view: ViewParams,
  original: URLSearchParams = new URLSearchParams(),
): string {
  const canonical = new URLSearchParams(serializeView(view));
  for (const [key, value] of original) {
    if (!(VIEW_KEYS as string[]).includes(key)) canonical.append(key, value);
  }
  const text = orderQuery(canonical).toString().replaceAll('%7E', '~').replaceAll('%2F', '/');
  return text ? `?${text}` : '';
}

/** A view's absolute link: the public origin and the view's canonical query (`canonicalQuery`). */
export function viewUrl(origin: string, query: string): string {
  return `${origin}/${query}`;
}
