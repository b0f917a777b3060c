/**
 * The shared translator (components/i18n/use-translations.ts): the same texts as next-intl's own
 * hook, one translator per language and namespace, each plain text formatted once.
 */
import { render, screen } from '@testing-library/react';
import * as nextIntl from 'next-intl';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useTranslations } from '@/components/i18n/use-translations';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Lang } from '@/lib/search-params';

/** Every call the shared translators make to the translators next-intl builds for them. */
const formatted: string[] = [];
vi.mock('next-intl', async (importOriginal) => {
  const original = await importOriginal<typeof nextIntl>();
  const createTranslator = ((config: Parameters<typeof original.createTranslator>[0]) => {
    const t = original.createTranslator(config);
    return Object.assign((key: never, ...rest: never[]) => {
      formatted.push(`${config.namespace}.${key}`);
      return (t as (...args: unknown[]) => string)(key, ...rest);
    }, t);
  }) as typeof original.createTranslator;
  return { ...original, createTranslator };
});

function inLanguage(lang: Lang, ui: ReactNode) {
  return (
    <NextIntlClientProvider locale={lang} messages={MESSAGES[lang]} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>
  );
}

/** The texts a panel asks for: plain, with values (plural), missing. */
const TEXTS = [
  ['undated'],
  ['confidence', { grade: 'high' }],
  ['showAll.noun.events', { count: 1 }],
  ['showAll.noun.events', { count: 5 }],
  ['noSuchKey'],
] as const;

function Texts({ translate }: { translate: typeof useTranslations }) {
  const t = translate('panel');
  return (
    <ul>
      {TEXTS.map(([key, values], i) => (
        <li key={i}>{t(key, values)}</li>
      ))}
    </ul>
  );
}

const shownTexts = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('useTranslations (shared)', () => {
  it.each<Lang>(['en', 'ru'])('gives next-intl’s own texts and fallbacks (%s)', (lang) => {
    const onError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ours = render(inLanguage(lang, <Texts translate={useTranslations} />));
    const shared = shownTexts();
    ours.unmount();
    render(inLanguage(lang, <Texts translate={nextIntl.useTranslations} />));
    expect(shared).toEqual(shownTexts());
    // The texts are the language's own, not keys: the missing one alone falls back to its key.
    expect(shared.filter((text) => text?.startsWith('panel.'))).toEqual(['panel.noSuchKey']);
    expect(onError).toHaveBeenCalled();
    onError.mockRestore();
  });

  it('shares one translator per language and namespace, across components', () => {
    const seen: Array<[Lang, string, unknown]> = [];
    function Probe({ lang, namespace }: { lang: Lang; namespace: string }) {
      seen.push([lang, namespace, useTranslations(namespace)]);
      return null;
    }
    render(
      <>
        {inLanguage('en', [
          <Probe key={1} lang="en" namespace="panel" />,
          <Probe key={2} lang="en" namespace="panel" />,
          <Probe key={3} lang="en" namespace="timeline" />,
        ])}
        {inLanguage('ru', <Probe lang="ru" namespace="panel" />)}
      </>,
    );
    const translator = (lang: Lang, namespace: string) =>
      new Set(seen.filter(([l, n]) => l === lang && n === namespace).map(([, , t]) => t));
    expect(translator('en', 'panel').size).toBe(1);
    const [enPanel] = translator('en', 'panel');
    expect(translator('en', 'timeline').has(enPanel)).toBe(false);
    expect(translator('ru', 'panel').has(enPanel)).toBe(false);
  });

  it('keeps apart the same messages read in another locale (plural rules differ)', () => {
    function Count({ id }: { id: string }) {
      return (
        <p data-testid={id}>{useTranslations('panel')('showAll.noun.events', { count: 21 })}</p>
      );
    }
    render(
      <>
        {inLanguage('en', <Count id="en" />)}
        <NextIntlClientProvider locale="ru" messages={MESSAGES.en} timeZone="UTC">
          <Count id="ru" />
        </NextIntlClientProvider>
      </>,
    );
    // Russian counts 21 as "one": the English messages read with Russian plural rules.
    expect(screen.getByTestId('en').textContent).toBe('21 events');
    expect(screen.getByTestId('ru').textContent).toBe('21 event');
  });

  it('formats a plain text once, and a text with values every time', () => {
    function Labels() {
      const t = useTranslations('timeline');
      return (
        <p>
          {t('label')} {t('label')} {t('tick', { date: '2020', events: '1' })}{' '}
          {t('tick', { date: '2020', events: '1' })}
        </p>
      );
    }
    formatted.length = 0;
    render(inLanguage('en', [<Labels key={1} />, <Labels key={2} />]));
    expect(formatted.filter((call) => call === 'timeline.label')).toHaveLength(1);
    expect(formatted.filter((call) => call === 'timeline.tick')).toHaveLength(4);
  });
});
