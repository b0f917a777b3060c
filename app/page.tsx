import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { Dashboard } from '@/components/dashboard';
import { loadDataset } from '@/lib/data/load';
import { getCountry } from '@/lib/data/queries';
import messages from '@/lib/i18n/messages/en.json';
import { loadViewParams } from '@/lib/search-params';

export async function generateMetadata({ searchParams }: PageProps<'/'>): Promise<Metadata> {
  const { country } = await loadViewParams(searchParams);
  const selected = country ? getCountry(loadDataset(), country) : undefined;
  return selected ? { title: `${selected.names.en} · Accords Atlas` } : {};
}

/**
 * The dashboard. Rendered per request (it reads the query), so a deep link's panel
 * (`/?country=ISR`) is in the HTML on first paint; client components read the same URL via nuqs.
 */
export default async function HomePage({ searchParams }: PageProps<'/'>) {
  await searchParams;
  return (
    <NextIntlClientProvider locale="en" messages={messages} timeZone="UTC">
      <Dashboard data={loadDataset()} />
    </NextIntlClientProvider>
  );
}
