import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { EmbedView } from '@/components/embed-view';
import { MESSAGES } from '@/lib/i18n/messages';
import { preloadMapData } from '@/lib/preload-map';
import { canonicalQuery } from '@/lib/link-diagnosis';
import { readLink } from '@/lib/read-link';
import { viewMetadata } from '@/lib/share';

export async function generateMetadata({ searchParams }: PageProps<'/embed'>): Promise<Metadata> {
  const { data, view } = await readLink(searchParams);
  // The shared address drops keys the app does not know (the address bar keeps them).
  return { ...viewMetadata(data, view, canonicalQuery(view)), robots: { index: false } };
}

/** The same view as `/` with the same keys, without the app's chrome, for iframes. */
export default async function EmbedPage({ searchParams }: PageProps<'/embed'>) {
  preloadMapData();
  const { data, view, canonical } = await readLink(searchParams);
  return (
    <NextIntlClientProvider locale={view.lang} messages={MESSAGES[view.lang]} timeZone="UTC">
      <EmbedView data={data} canonicalQuery={canonical} />
    </NextIntlClientProvider>
  );
}
