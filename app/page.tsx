import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { preload } from 'react-dom';
import { Dashboard } from '@/components/dashboard';
import { datasetUrl, provideDataset } from '@/lib/dataset-client';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';
import { siteUrl } from '@/lib/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { preloadMapData } from '@/lib/preload-map';
import { canonicalQuery } from '@/lib/link-diagnosis';
import { readLink } from '@/lib/read-link';
import { shareTranslator } from '@/lib/i18n/translator';
import { viewMetadata } from '@/lib/share';

export async function generateMetadata({ searchParams }: PageProps<'/'>): Promise<Metadata> {
  const { data, view } = await readLink(searchParams);
  // The shared address drops keys the app does not know (the address bar keeps them).
  return viewMetadata(data, view, canonicalQuery(view), shareTranslator(view.lang));
}

/**
 * The dashboard. Rendered per request (it reads the query), so a deep link's panel
 * (`/?country=ISR`) is in the HTML on first paint; client components read the same URL via nuqs.
 */
export default async function HomePage({ searchParams }: PageProps<'/'>) {
  preloadMapData();
  const { data, view, notices, canonical } = await readLink(searchParams);
  // The dataset reaches the browser as one immutable file, not inside every page's payload.
  provideDataset(data);
  preload(datasetUrl(BUILT_IN_VERSION), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <NextIntlClientProvider locale={view.lang} messages={MESSAGES[view.lang]} timeZone="UTC">
      <Dashboard
        dataset={BUILT_IN_VERSION}
        notices={notices}
        canonicalQuery={canonical}
        siteOrigin={siteUrl()?.origin ?? null}
      />
    </NextIntlClientProvider>
  );
}
