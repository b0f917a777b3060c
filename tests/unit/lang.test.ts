import { describe, expect, it } from 'vitest';
import { headerLang, linkLang } from '@/lib/i18n/lang';

describe('the language of a link, for <html lang>', () => {
  it('reads lang as the pages do: any case, first value wins', () => {
    expect(linkLang(new URLSearchParams('lang=ru'))).toBe('ru');
    expect(linkLang(new URLSearchParams('country=KAZ&lang=RU'))).toBe('ru');
    expect(linkLang(new URLSearchParams('lang=ru&lang=en'))).toBe('ru');
  });

  it('falls back to English for a missing, unknown or oversized value', () => {
    expect(linkLang(new URLSearchParams(''))).toBe('en');
    expect(linkLang(new URLSearchParams('lang=kk'))).toBe('en');
    expect(linkLang(new URLSearchParams(`lang=${'r'.repeat(500)}`))).toBe('en');
  });

  it('trusts nothing but the two languages from the header', () => {
    expect(headerLang('ru')).toBe('ru');
    expect(headerLang('en')).toBe('en');
    expect(headerLang('"><script>')).toBe('en');
    expect(headerLang(null)).toBe('en');
  });
});
