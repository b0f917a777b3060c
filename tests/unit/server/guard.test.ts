import { describe, expect, it } from 'vitest';
import {
  checkRequest,
  MAX_PARAMETERS,
  MAX_TARGET_LENGTH,
  refusalAnswer,
  refusalLogLine,
} from '@/lib/server/guard.mjs';
import { canonicalQuery, diagnoseLink } from '@/lib/link-diagnosis';
import { LAST_DAY } from '@/lib/search-params';

/** The longest link the app writes: every key at its longest canonical value. */
const LONGEST_PROJECT_ID = 'a-deposit-id-of-sixty-characters-which-is-longer-than-any-id';

function longestLink(): string {
  const { view } = diagnoseLink(
    new URLSearchParams({
      pair: 'ARE~KAZ',
      layers: 'accords~ties~minerals~embassies~c5~disputed',
      date: '2020-09-15',
      map: '10/-89.9999/-179.9999',
      view: 'table',
      lang: 'ru',
      project: LONGEST_PROJECT_ID,
      sort: '-agreements',
      q: 'Ё'.repeat(60),
    }),
    { projectIds: new Set([LONGEST_PROJECT_ID]) },
  );
  return `/embed${canonicalQuery(view)}`;
}

describe('checkRequest', () => {
  it('lets the longest link the app writes through, with room to spare', () => {
    const link = longestLink();
    expect(link.length).toBeGreaterThan(500);
    expect(link.length).toBeLessThan(MAX_TARGET_LENGTH * 0.8);
    expect(checkRequest('GET', link)).toBeNull();
    expect(checkRequest('HEAD', link)).toBeNull();
  });

  it.each([
    '/',
    `/?country=KAZ&date=${LAST_DAY}`,
    '/api/countries?date=2025-01-01&format=csv',
    '/_next/static/chunks/abc.js',
    '/_next/static/media/countries-apart.0abc.json',
    '/?utm_source=x&utm_medium=y',
    '/?country=KAZ&_rsc=1x2y3',
  ])('lets %s through', (target) => {
    expect(checkRequest('GET', target)).toBeNull();
  });

  it('lets a link with a 5,000-character junk value through: the page says what it ignored', () => {
    expect(checkRequest('GET', `/?country=${'K'.repeat(5000)}`)).toBeNull();
    expect(checkRequest('GET', `/?layers=${'accords~'.repeat(400)}&view=map`)).toBeNull();
  });

  it('refuses the 15 KB query of 7,500 repeated keys with a 414, before reading it', () => {
    const target = `/?${Array.from({ length: 7500 }, () => 'a').join('&')}`;
    expect(target.length).toBeGreaterThan(14_000);
    expect(checkRequest('GET', target)).toMatchObject({ status: 414 });
  });

  it('refuses a short query of more than MAX_PARAMETERS keys with a 400', () => {
    const many = (n: number) => `/api/countries?${Array.from({ length: n }, () => 'a').join('&')}`;
    expect(checkRequest('GET', many(MAX_PARAMETERS))).toBeNull();
    expect(checkRequest('GET', many(MAX_PARAMETERS + 1))).toMatchObject({ status: 400 });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND'])(
    'refuses %s everywhere with a 405',
    (method) => {
      for (const target of ['/', '/api/countries', '/_next/static/media/x.woff2']) {
        expect(checkRequest(method, target)).toMatchObject({ status: 405 });
      }
    },
  );

  it.each(['/api/%zz', '/api/countries/%E0%A4%A', '/%', '/embed%ZZ'])(
    'refuses the malformed path %s with a 400',
    (target) => {
      expect(checkRequest('GET', target)).toMatchObject({ status: 400, parameter: null });
    },
  );

  it.each([
    ['__proto__', '/api/countries?__proto__=1'],
    ['nxtPiso3', '/api/countries/KAZ?nxtPiso3=ISR'],
    ['nxtIfoo', '/api/ties?nxtIfoo'],
    ['__proto__', '/api/ties?%5F%5Fproto%5F%5F=x'],
  ])('refuses the reserved API parameter %s with a 400 naming it', (parameter, target) => {
    expect(checkRequest('GET', target)).toEqual({
      status: 400,
      parameter,
      message: 'reserved parameter name',
    });
  });

  it('leaves reserved-looking keys on pages to the link reader (they are ignored there)', () => {
    expect(checkRequest('GET', '/?__proto__=1')).toBeNull();
  });
});

describe('refusalAnswer', () => {
  it('answers the API in its JSON error shape, with Allow on a 405', () => {
    const answer = refusalAnswer({ status: 405, parameter: null, message: 'no' }, '/api/ties?x');
    expect(answer.status).toBe(405);
    expect(answer.headers.Allow).toBe('GET, HEAD');
    expect(answer.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual({ error: { parameter: null, message: 'no' } });
  });

  it('answers pages and files in plain text, never cached', () => {
    const answer = refusalAnswer({ status: 414, parameter: null, message: 'long' }, '/?a');
    expect(answer.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(answer.headers['Cache-Control']).toBe('no-store');
    expect(answer.headers.Allow).toBeUndefined();
    expect(answer.body).toBe('414: long\n');
  });
});

describe('refusalLogLine', () => {
  it('is one short line: the target cut, control characters replaced', () => {
    const target = `/?${'a&'.repeat(5000)}\r\nforged: line`;
    const line = refusalLogLine('GET', target, { status: 414, parameter: null, message: 'long' });
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.length).toBeLessThan(200);
    expect(line).toContain(`(${target.length} chars)`);
  });

  it('replaces bidi controls, which would reorder the line', () => {
    const line = refusalLogLine('TRACE', '/\u202eevil', {
      status: 405,
      parameter: null,
      message: 'no',
    });
    expect(line).toBe('[server] refused TRACE /?evil: 405 no');
  });
});
