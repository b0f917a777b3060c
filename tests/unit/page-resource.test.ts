import { describe, expect, it } from 'vitest';
import { pageResource } from '@/lib/page-resource';

// The server's side (no window here): what the page provides is what client components read while
// the server renders them; the browser's side is in tests/component/page-resource.test.tsx.
describe('pageResource on the server', () => {
  it('gives each version the value provided for it', () => {
    const texts = pageResource<string>('texts-a', (v) => `/texts?v=${v}`);
    texts.provide('en.1', 'English');
    texts.provide('ru.1', 'Русский');
    expect(texts.use('en.1')).toBe('English');
    expect(texts.use('ru.1')).toBe('Русский');
    expect(texts.url('en.1')).toBe('/texts?v=en.1');
  });

  it('says which resource and version were never provided', () => {
    const texts = pageResource<string>('texts-b', (v) => `/texts?v=${v}`);
    texts.provide('en.1', 'English');
    expect(() => texts.use('en.2')).toThrow('nothing was provided for the texts-b en.2');
  });

  it('shares what was provided between copies of the module', () => {
    // Client components are rendered in another module graph than the page that provides the
    // value: two resources of one name stand for those two copies.
    pageResource<string>('texts-c', (v) => v).provide('1', 'shared');
    expect(pageResource<string>('texts-c', (v) => v).use('1')).toBe('shared');
  });
});
