import type { Metadata } from 'next';
import { EmbedView } from '@/components/embed-view';
import { PageIntlProvider } from '@/components/i18n/page-intl-provider';
import { LoadFailureBoundary } from '@/components/layout/load-failure-boundary';
import { MESSAGES } from '@/lib/i18n/messages';
import { providePageResources } from '@/lib/server/page-resources';
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
  const { data, view, canonical } = await readLink(searchParams);
  const versions = providePageResources(data, view);
  return (
    <LoadFailureBoundary texts={MESSAGES[view.lang].app.loadFailed}>
      <PageIntlProvider lang={view.lang} messages={versions.messages}>
        <EmbedView dataset={versions.dataset} canonicalQuery={canonical} />
      </PageIntlProvider>
    </LoadFailureBoundary>
  );
}
