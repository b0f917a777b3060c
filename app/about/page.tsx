import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { createTranslator } from 'next-intl';
import type { ReactNode } from 'react';
import { reportUrl } from '@/lib/config';
import {
  type DisplayLocale,
  effectiveDay,
  formatPartialDate,
  type PartialDate,
} from '@/lib/data/dates';
import { ACCORDS_STATUSES, CONFIDENCE, SOURCE_KINDS } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import type { Dataset } from '@/lib/data/schema';
import { FEED_PATH } from '@/lib/feed';
import { headerLang, LANG_HEADER } from '@/lib/i18n/lang';
import { preloadFonts } from '@/lib/preload-first-view';
import { serverMessages } from '@/lib/i18n/server/messages';
import type { Lang } from '@/lib/search-params';
import { StatusSwatch } from '@/components/panel/status-badge';

/** The link's language, which proxy.ts reads from `lang` (any other value is English). */
async function pageLang(): Promise<Lang> {
  return headerLang((await headers()).get(LANG_HEADER));
}

function translator(lang: Lang) {
  return createTranslator({ locale: lang, messages: serverMessages(lang), timeZone: 'UTC' });
}

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await pageLang());
  return {
    title: `${t('aboutPage.title')} · ${t('app.title')}`,
    description: t('aboutPage.intro'),
  };
}

/** `path` in the page's language: `lang` is written only when it is not English (links.md). */
function withLang(path: string, lang: Lang): string {
  return lang === 'en' ? path : `${path}?lang=${lang}`;
}

/** The latest event dates known only to a month and to a year, to show how partial dates read. */
function partialDateExamples(data: Dataset): { month: PartialDate; year: PartialDate } | null {
  const dates = data.events.map((e) => e.date).reverse();
  const month = dates.find((d) => d.precision === 'month');
  const year = dates.find((d) => d.precision === 'year');
  return month && year ? { month, year } : null;
}

const LINK_CLASS = 'text-blue-800 underline hover:text-blue-950';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2 space-y-2">{children}</div>
    </section>
  );
}

/**
 * "About this data": what the statuses, source tiers, confidence grades and partial dates mean,
 * what "as of" and "sources searched until" say, the dataset's version and releases, the feed,
 * and how to report an error. Server-rendered from the dataset's metadata and the UI messages, in
 * the link's language (`/about?lang=ru`); no client code of its own.
 */
export default async function AboutPage() {
  const lang = await pageLang();
  // Its fonts arrive with the HTML instead of once the CSS is applied, so the text does not move.
  preloadFonts(lang);
  const locale: DisplayLocale = lang;
  const t = translator(lang);
  const data = loadDataset();
  const { meta } = data;
  const day = (value: string) => formatPartialDate({ value, precision: 'day' }, locale);
  const examples = partialDateExamples(data);
  const report = reportUrl();
  const otherLang: Lang = lang === 'en' ? 'ru' : 'en';
  const sections = [
    ['version', t('aboutPage.version.heading')],
    ['statuses', t('aboutPage.statuses.heading')],
    ['sources', t('aboutPage.sources.heading')],
    ['confidence', t('aboutPage.confidence.heading')],
    ['dates', t('aboutPage.dates.heading')],
    ['releases', t('aboutPage.releases.heading')],
    ['feed', t('aboutPage.feed.heading')],
    ['report', t('aboutPage.report.heading')],
  ] as const;
  const title = Object.fromEntries(sections) as Record<(typeof sections)[number][0], string>;

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 pb-3">
        <Link href={withLang('/', lang)} className={LINK_CLASS} data-testid="about:back">
          {t('aboutPage.backToMap')}
        </Link>
        <Link
          href={withLang('/about', otherLang)}
          hrefLang={otherLang}
          lang={otherLang}
          className={LINK_CLASS}
        >
          {t('aboutPage.otherLanguage')}
        </Link>
      </header>
      <main id="main">
        <h1 className="mt-4 text-2xl font-semibold">{t('aboutPage.title')}</h1>
        <p className="mt-2">{t('aboutPage.intro')}</p>
        <nav aria-label={t('aboutPage.contents')} className="mt-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {sections.map(([id, heading]) => (
              <li key={id}>
                <a href={`#${id}-heading`} className={LINK_CLASS}>
                  {heading}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <Section id="version" title={title.version}>
          <p data-testid="about:version">
            {t('aboutPage.version.current', { version: meta.version, year: meta.publicationYear })}
          </p>
          <dl className="space-y-2">
            <div>
              <dt className="font-semibold">
                {t('aboutPage.version.asOfTerm')}: {day(meta.asOf)}
              </dt>
              <dd>{t('aboutPage.version.asOf')}</dd>
            </div>
            <div>
              <dt className="font-semibold">
                {t('aboutPage.version.searchedTerm')}:{' '}
                {formatPartialDate(meta.sourcesSearchedUntil, locale)}
              </dt>
              <dd>{t('aboutPage.version.searched')}</dd>
            </div>
          </dl>
        </Section>

        <Section id="statuses" title={title.statuses}>
          <p>{t('aboutPage.statuses.derived')}</p>
          <dl className="space-y-2">
            {ACCORDS_STATUSES.map((status) => (
              <div key={status}>
                <dt className="flex items-center gap-2 font-semibold">
                  <StatusSwatch status={status} className="h-4 w-6 ring-1 ring-gray-400" />
                  {t(`status.${status}`)}
                </dt>
                <dd className="pl-8">{t(`statusDefinition.${status}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-gray-700">{t('aboutPage.statuses.hatched')}</p>
          <ul className="list-disc space-y-1 pl-5">
            {(['signatory', 'declaration', 'frozen', 'words', 'broker', 'context'] as const).map(
              (rule) => (
                <li key={rule}>{t(`aboutPage.statuses.rules.${rule}`)}</li>
              ),
            )}
          </ul>
        </Section>

        <Section id="sources" title={title.sources}>
          <p>{t('aboutPage.sources.intro')}</p>
          <dl className="space-y-1">
            {SOURCE_KINDS.map((kind) => (
              <div key={kind}>
                <dt className="inline font-semibold">{t(`panel.sourceKind.${kind}`)}: </dt>
                <dd className="inline">{t(`aboutPage.sources.kinds.${kind}`)}</dd>
              </div>
            ))}
          </dl>
        </Section>

        <Section id="confidence" title={title.confidence}>
          <p>{t('aboutPage.confidence.intro')}</p>
          <dl className="space-y-1">
            {CONFIDENCE.map((grade) => (
              <div key={grade}>
                <dt className="inline font-semibold">{t(`panel.grade.${grade}`)}: </dt>
                <dd className="inline">{t(`aboutPage.confidence.grades.${grade}`)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('aboutPage.confidence.disagree')}</p>
        </Section>

        <Section id="dates" title={title.dates}>
          <p>{t('aboutPage.dates.intro')}</p>
          {examples && (
            <p data-testid="about:partial-dates">
              {t('aboutPage.dates.example', {
                month: formatPartialDate(examples.month, locale),
                monthEnd: day(effectiveDay(examples.month)),
                year: formatPartialDate(examples.year, locale),
                yearEnd: day(effectiveDay(examples.year)),
              })}
            </p>
          )}
          <p>{t('aboutPage.dates.unknown')}</p>
        </Section>

        <Section id="releases" title={title.releases}>
          <p>{t('aboutPage.releases.intro')}</p>
          <ol className="space-y-3" data-testid="about:releases">
            {[...meta.releases].reverse().map((release) => (
              <li key={release.version} id={`release-${release.version}`}>
                <h3 className="font-semibold">
                  {t('aboutPage.releases.entry', {
                    version: release.version,
                    date: day(release.date),
                  })}
                  {release.version === meta.version && ` (${t('aboutPage.releases.current')})`}
                </h3>
                <p>{lang === 'ru' ? release.summaryRu : release.summary}</p>
              </li>
            ))}
          </ol>
        </Section>

        <Section id="feed" title={title.feed}>
          <p>{t('aboutPage.feed.text')}</p>
          <ul className="list-disc pl-5">
            <li>
              <a href={FEED_PATH} type="application/atom+xml" className={LINK_CLASS}>
                {t('aboutPage.feed.link')}
              </a>
            </li>
            <li>
              <a
                href={`${FEED_PATH}?lang=ru`}
                type="application/atom+xml"
                hrefLang="ru"
                className={LINK_CLASS}
              >
                {t('aboutPage.feed.linkRu')}
              </a>
            </li>
          </ul>
        </Section>

        <Section id="report" title={title.report}>
          <p>{t('aboutPage.report.text')}</p>
          <p>
            {report ? (
              <a href={report.href} className={LINK_CLASS} data-testid="about:report">
                {t('aboutPage.report.link')}
              </a>
            ) : (
              t('aboutPage.report.generic')
            )}
          </p>
        </Section>
      </main>
    </div>
  );
}
