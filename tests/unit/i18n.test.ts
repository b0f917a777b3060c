import { IntlMessageFormat } from 'intl-messageformat';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { serverMessages } from '@/lib/i18n/server/messages';
import { ACCORDS_STATUSES } from '@/lib/data/enums';
import { DATASET_ISO3 } from '@/lib/data/queries';
import { missionLabel, type Translate } from '@/lib/i18n/mission-label';
import { isOgCovered } from '@/lib/og/fonts';

/** A message catalogue as next-intl reads it: nested namespaces with ICU strings at the leaves. */
interface Messages {
  [key: string]: string | Messages;
}

// The UI messages with the server-only ones (lib/i18n/server): checked as one catalogue.
const en = serverMessages('en');
const ru = serverMessages('ru');
const CATALOGUES = { en: en as Messages, ru: ru as Messages } as const;
type Locale = keyof typeof CATALOGUES;
const LOCALES = Object.keys(CATALOGUES) as Locale[];

/** Every leaf as `namespace.key` → message. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, message] of flatten(value, `${path}.`)) out.set(inner, message);
  }
  return out;
}

const FLAT: Record<Locale, Map<string, string>> = { en: flatten(en), ru: flatten(ru) };
const KEYS = [...FLAT.en.keys()].sort();

/**
 * Element types of the ICU AST (`TYPE` in @formatjs/icu-messageformat-parser, which
 * intl-messageformat uses; not imported because it is not a direct dependency).
 */
const TYPE = {
  literal: 0,
  argument: 1,
  number: 2,
  date: 3,
  time: 4,
  select: 5,
  plural: 6,
  pound: 7,
  tag: 8,
} as const;

interface AstElement {
  type: number;
  value?: string;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
  pluralType?: 'cardinal' | 'ordinal';
}

type ArgumentKind = 'string' | 'number' | 'date' | 'time' | 'select' | 'plural';

interface MessageShape {
  /** Argument name → how the message uses it. */
  args: Map<string, ArgumentKind>;
  /** Rich-text tag names (`<b>…</b>`). */
  tags: Set<string>;
  /** Every plural (or selectordinal) with its option keys. */
  plurals: { name: string; ordinal: boolean; options: string[] }[];
}

const KIND_BY_TYPE: Partial<Record<number, ArgumentKind>> = {
  [TYPE.argument]: 'string',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
};

function parse(message: string, locale: Locale): AstElement[] {
  return new IntlMessageFormat(message, locale).getAst() as unknown as AstElement[];
}

function shapeOf(message: string, locale: Locale): MessageShape {
  const shape: MessageShape = { args: new Map(), tags: new Set(), plurals: [] };
  const walk = (elements: AstElement[]) => {
    for (const element of elements) {
      const kind = KIND_BY_TYPE[element.type];
      if (kind && element.value !== undefined) shape.args.set(element.value, kind);
      if (element.type === TYPE.tag && element.value !== undefined) shape.tags.add(element.value);
      if (element.type === TYPE.plural && element.value !== undefined && element.options) {
        shape.plurals.push({
          name: element.value,
          ordinal: element.pluralType === 'ordinal',
          options: Object.keys(element.options),
        });
      }
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(parse(message, locale));
  return shape;
}

/** Dummy values for every argument and tag of a message, by how it is used. */
function dummyValues(shape: MessageShape, count: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, kind] of shape.args) {
    values[name] =
      kind === 'number' || kind === 'plural'
        ? count
        : kind === 'date' || kind === 'time'
          ? new Date(Date.UTC(2020, 8, 15))
          : kind === 'select'
            ? 'other'
            : `‹${name}›`;
  }
  for (const tag of shape.tags) values[tag] = (chunks: string) => `[${tag}]${chunks}[/${tag}]`;
  return values;
}

/**
 * ru values allowed to equal the English ones, and why. Each must stay identical and contain
 * nothing but placeholders, punctuation and the names in KEPT_AS_IS.
 */
const IDENTICAL_ALLOWED: Record<string, string> = {
  'app.title': 'product name',
  'app.languageName.en': 'language code on the EN / RU switch',
  'app.languageName.ru': 'language code on the EN / RU switch',
  'share.title.default': 'product name',
  'share.title.subject': 'placeholder and product name',
  'share.pair': 'placeholders only',
  'share.description.default': 'placeholder only',
  'share.image.statusCount': 'placeholders only',
  'timeline.tick': 'placeholders only',
  'timeline.eventWithDate': 'placeholders only',
  'time.speedValue': 'placeholder and the × sign',
  'panel.qualifier.exact': 'placeholder only',
  'panel.stepBy': 'placeholders only',
  'pngExport.scaleOption': 'placeholder and the multiplication sign',
  'panel.resourceClass.jorc': 'name of a reporting code',
  'panel.resourceClass.ni-43-101': 'name of a reporting code',
  'feed.datedTitle': 'placeholders only',
};

/** Proper names and symbols kept in Latin script in Russian. */
const KEPT_AS_IS = ['Accords Atlas', 'EN', 'RU', 'JORC', 'NI 43-101'];

/** Characters of ru messages that the Open Graph image fonts lack, where the UI alone shows them. */
const NOT_ON_OG_CARD: Record<string, string> = { 'share.copyManually': '⌘' };

describe('message catalogues', () => {
  it('en.json and ru.json have exactly the same key paths', () => {
    const ruKeys = [...FLAT.ru.keys()].sort();
    expect(
      KEYS.filter((key) => !FLAT.ru.has(key)),
      'missing from ru.json',
    ).toEqual([]);
    expect(
      ruKeys.filter((key) => !FLAT.en.has(key)),
      'not in en.json',
    ).toEqual([]);
    expect(ruKeys).toEqual(KEYS);
    expect(KEYS.length).toBeGreaterThan(0);
  });

  it('every message in both languages parses as ICU', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of FLAT[locale]) {
        expect(() => parse(message, locale), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('every message formats through next-intl with dummy values, without errors', () => {
    const errors: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator({
        locale,
        messages: CATALOGUES[locale],
        timeZone: 'UTC',
        onError: (error) => errors.push(`${locale}: ${error.message}`),
      });
      for (const [key, message] of FLAT[locale]) {
        const shape = shapeOf(message, locale);
        for (const count of [0, 1, 2, 5, 21, 1.5]) {
          const values = dummyValues(shape, count);
          const text =
            shape.tags.size > 0
              ? t.markup(key as never, values as never)
              : t(key as never, values as never);
          expect(typeof text, `${locale} ${key}`).toBe('string');
          expect(text, `${locale} ${key} left a placeholder`).not.toMatch(/\{[\w-]+\}/);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('each message uses the same placeholders (names and kinds) and tags in both languages', () => {
    for (const key of KEYS) {
      const source = shapeOf(FLAT.en.get(key)!, 'en');
      const target = shapeOf(FLAT.ru.get(key) ?? '', 'ru');
      expect(Object.fromEntries(target.args), `ru ${key}`).toEqual(Object.fromEntries(source.args));
      expect([...target.tags].sort(), `ru ${key}`).toEqual([...source.tags].sort());
    }
  });

  it('plurals cover every plural category of their language and no foreign ones', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of FLAT[locale]) {
        for (const plural of shapeOf(message, locale).plurals) {
          const rules = new Intl.PluralRules(locale, {
            type: plural.ordinal ? 'ordinal' : 'cardinal',
          });
          const categories: string[] = rules.resolvedOptions().pluralCategories;
          const keywords = plural.options.filter((option) => !/^=\d+$/.test(option));
          expect(
            keywords.filter((k) => !categories.includes(k)),
            `${locale} ${key}`,
          ).toEqual([]);
          expect(
            categories.filter((c) => !keywords.includes(c)),
            `${locale} ${key}: missing plural categories`,
          ).toEqual([]);
        }
      }
    }
  });

  it('no ru message is left in English, except the listed proper names and symbol-only ones', () => {
    const identical = KEYS.filter((key) => FLAT.ru.get(key) === FLAT.en.get(key));
    expect(
      identical.filter((key) => !(key in IDENTICAL_ALLOWED)),
      'untranslated',
    ).toEqual([]);
    expect(identical.sort(), 'IDENTICAL_ALLOWED is out of date').toEqual(
      Object.keys(IDENTICAL_ALLOWED).sort(),
    );
    for (const key of identical) {
      let rest = FLAT.ru.get(key)!.replace(/\{[\w-]+\}/g, '');
      for (const name of KEPT_AS_IS) rest = rest.replaceAll(name, '');
      expect(rest, `${key} (${IDENTICAL_ALLOWED[key]})`).not.toMatch(/\p{L}/u);
    }
  });

  it('ru messages put no full stop after a date: Russian dates end in «г.» already', () => {
    // The placeholders that receive a formatted day ("8 апреля 2026 г.").
    const afterDate = /\{(date|asOf|since|min|max|monthEnd|yearEnd|accessed)\}\./;
    const doubled = [...FLAT.ru]
      .filter(([, message]) => afterDate.test(message))
      .map(([key]) => key);
    expect(doubled).toEqual([]);
  });

  it('ru messages use «…» quotes and no HTML', () => {
    for (const [key, message] of FLAT.ru) {
      expect(message, `ru ${key}`).not.toMatch(/["“”„]/);
      expect(message, `ru ${key}`).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
  });

  it('ru messages only use characters the Open Graph card fonts draw', () => {
    for (const [key, message] of FLAT.ru) {
      const missing = [...new Set(Array.from(message).filter((char) => !isOgCovered(char)))];
      expect(missing.join(''), `ru ${key}`).toBe(NOT_ON_OG_CARD[key] ?? '');
    }
  });

  it('every status has a definition, and every dataset country both mission forms', () => {
    for (const locale of LOCALES) {
      for (const status of ACCORDS_STATUSES) {
        expect(FLAT[locale].get(`statusDefinition.${status}`), `${locale} ${status}`).toBeTruthy();
      }
      for (const iso3 of DATASET_ISO3) {
        for (const form of ['of', 'in']) {
          const key = `countryForm.${form}.${iso3}`;
          expect(FLAT[locale].get(key), `${locale} ${key}`).toBeTruthy();
        }
      }
    }
  });

  it('reads naturally in Russian: declined names, no "страна пребывания"', () => {
    const t = createTranslator({ locale: 'ru', messages: CATALOGUES.ru, timeZone: 'UTC' });
    expect(missionLabel(t as Translate, 'UZB', 'ISR')).toBe('Миссия Узбекистана в Израиле');
    const en = createTranslator({ locale: 'en', messages: CATALOGUES.en, timeZone: 'UTC' });
    expect(missionLabel(en as Translate, 'ARE', 'USA')).toBe('UAE mission in the United States');
    expect([...FLAT.ru.values()].join(' ')).not.toContain('страна пребывания');
  });
});
