import { describe, expect, it } from 'vitest';
import { GET as getDataset } from '@/app/api/dataset/route';
import { GET as getMessages, POST as postMessages } from '@/app/api/messages/route';
import { loadDataset } from '@/lib/data/load';
import { MESSAGES } from '@/lib/i18n/messages';
import { MESSAGES_VERSION, versionLang } from '@/lib/i18n/server/messages-version';
import { LANGS } from '@/lib/search-params';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';
import { apiRequest, expectError } from './helpers';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Asserts the 307 an old or made-up version gets, and returns where it points. */
function expectRedirect(response: Response): string | null {
  expect(response.status).toBe(307);
  expect(response.headers.get('cache-control')).toBe('no-cache');
  return response.headers.get('location');
}

describe('GET /api/messages', () => {
  it.each(LANGS)('serves the current %s messages as an immutable file', async (lang) => {
    const response = getMessages(apiRequest(`/api/messages?v=${MESSAGES_VERSION[lang]}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(await response.json()).toEqual(MESSAGES[lang]);
  });

  it('names each language and its content in the version', () => {
    for (const lang of LANGS) {
      expect(MESSAGES_VERSION[lang]).toMatch(new RegExp(`^${lang}\\.[0-9a-f]{12}$`));
      expect(versionLang(MESSAGES_VERSION[lang])).toBe(lang);
    }
    expect(MESSAGES_VERSION.en.split('.')[1]).not.toBe(MESSAGES_VERSION.ru.split('.')[1]);
  });

  it("sends another version of a language to that language's current version", () => {
    const current = MESSAGES_VERSION.ru;
    for (const query of [
      'v=ru.000000000000',
      'v=ru',
      'v=ru.',
      `v=ru.${MESSAGES_VERSION.en.slice(3)}`,
      // The current version with parameters added: one address per version, one answer kept.
      `v=${current}&x=1`,
      `x=1&v=${current}`,
      `v=${current}&v=${current}`,
    ]) {
      const location = expectRedirect(getMessages(apiRequest(`/api/messages?${query}`)));
      expect(location, query).toBe(`/api/messages?v=${current}`);
    }
  });

  it('answers a version that names no language with a 400 that says what it expects', async () => {
    for (const query of ['', '?v=', '?v=de.42b797f0af67', '?v=.en', '?v=EN.x', '?v=en-x']) {
      const response = getMessages(apiRequest(`/api/messages${query}`));
      const message = await expectError(response, 400, 'v');
      expect(message, query).toContain(MESSAGES_VERSION.en);
    }
  });

  it('refuses writes like every API route', () => {
    expect(postMessages(apiRequest('/api/messages', { method: 'POST' })).status).toBe(405);
  });
});

describe('GET /api/dataset', () => {
  it('serves the current version as an immutable file and sends any other to it', async () => {
    const current = getDataset(
      apiRequest(`/api/dataset?v=${encodeURIComponent(BUILT_IN_VERSION)}`),
    );
    expect(current.headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await current.json()).meta).toEqual(loadDataset().meta);
    const v = encodeURIComponent(BUILT_IN_VERSION);
    for (const query of ['', '?v=', '?v=old', `?v=${v}x`, `?v=${v}&x=1`, `?x=1&v=${v}`]) {
      const location = expectRedirect(getDataset(apiRequest(`/api/dataset${query}`)));
      expect(location, query).toBe(`/api/dataset?v=${encodeURIComponent(BUILT_IN_VERSION)}`);
    }
  });
});
