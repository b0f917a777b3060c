import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { preload } from 'react-dom';
import { datasetUrl, provideDataset } from '@/lib/dataset-client';
import { BUILT_IN_VERSION } from '@/lib/server/dataset-version';
import { EmbedView } from '@/components/embed-view';
import { MESSAGES } from '@/lib/i18n/messages';
import { preloadMapData } from '@/lib/preload-map';
import { canonicalQuery } from '@/lib/link-diagnosis';
import { readLink } from '@/lib/read-link';
import { shareTranslator } from '@/lib/i18n/translator';
import { viewMetadata } from '@/lib/share';

export async function generateMetadata({ searchParams }: PageProps<'/embed'>): Promise<Metadata> {
  const { data, view } = await readLink(searchParams);
  // The shared address drops keys the app does not know (the address bar keeps them).
  return {
    ...viewMetadata(data, view, canonicalQuery(view), shareTranslator(view.lang)),
    robots: { index: false },
  };
}

/** The same view as `/` with the same keys, without the app's chrome, for iframes. */
export default async function EmbedPage({ searchParams }: PageProps<'/embed'>) {
  preloadMapData();
  const { data, view, canonical } = await readLink(searchParams);
  provideDataset(data);
  preload(datasetUrl(BUILT_IN_VERSION), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <NextIntlClientProvider locale={view.lang} messages={MESSAGES[view.lang]} timeZone="UTC">
      <EmbedView dataset={BUILT_IN_VERSION} canonicalQuery={canonical} />
    </NextIntlClientProvider>
  );
}
