import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard';
import { PageIntlProvider } from '@/components/i18n/page-intl-provider';
import { LoadFailureBoundary } from '@/components/layout/load-failure-boundary';
import { MESSAGES } from '@/lib/i18n/messages';
import { siteUrl } from '@/lib/config';
import { providePageResources } from '@/lib/server/page-resources';
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
  const { data, view, notices, canonical } = await readLink(searchParams);
  // The dataset and the messages reach the browser as immutable files, not in every page's payload.
  const versions = providePageResources(data, view);
  return (
    <LoadFailureBoundary texts={MESSAGES[view.lang].app.loadFailed}>
      <PageIntlProvider lang={view.lang} messages={versions.messages}>
        <Dashboard
          dataset={versions.dataset}
          notices={notices}
          canonicalQuery={canonical}
          siteOrigin={siteUrl()?.origin ?? null}
        />
      </PageIntlProvider>
    </LoadFailureBoundary>
  );
}
