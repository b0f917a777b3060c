import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { Dashboard } from '@/components/dashboard';
import { loadDataset } from '@/lib/data/load';
import { getCountry } from '@/lib/data/queries';
import messages from '@/lib/i18n/messages/en.json';
import { diagnoseLink } from '@/lib/link-diagnosis';

type SearchParams = PageProps<'/'>['searchParams'];

async function readLink(searchParams: SearchParams) {
  const data = loadDataset();
  const projectIds = new Set(data.minerals.projects.map((p) => p.id));
  return { data, ...diagnoseLink(await searchParams, { projectIds }) };
}

export async function generateMetadata({ searchParams }: PageProps<'/'>): Promise<Metadata> {
  const { data, view } = await readLink(searchParams);
  const selected = view.country ? getCountry(data, view.country) : undefined;
  return selected ? { title: `${selected.names.en} · Accords Atlas` } : {};
}

/**
 * The dashboard. Rendered per request (it reads the query), so a deep link's panel
 * (`/?country=ISR`) is in the HTML on first paint; client components read the same URL via nuqs.
 */
export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const { data, notices, canonical } = await readLink(searchParams);
  return (
    <NextIntlClientProvider locale="en" messages={messages} timeZone="UTC">
      <Dashboard data={data} notices={notices} canonicalQuery={canonical} />
    </NextIntlClientProvider>
  );
}
