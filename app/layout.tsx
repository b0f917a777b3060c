import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { metadataBase } from '@/lib/config';
import { FEED_PATH } from '@/lib/feed';
import { headerLang, LANG_HEADER } from '@/lib/i18n/lang';
import { HydrationMark } from '@/components/layout/hydration-mark';
import { UrlAdapter } from '@/components/url/url-adapter';
import './globals.css';
import './print.css';

export const metadata: Metadata = {
  // Absolute URLs for link previews; set SITE_URL to the public address when deploying (checked
  // at start-up by instrumentation.ts).
  metadataBase: metadataBase(),
  title: 'Accords Atlas',
  description:
    'A sourced map of the Abraham Accords, Central Asia and critical-minerals cooperation: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan, Israel, the UAE, Bahrain, Morocco and the US.',
  // Feed readers find the Atom feed of events and releases from any page (app/feed.xml).
  alternates: {
    types: {
      'application/atom+xml': [
        { url: FEED_PATH, title: 'Accords Atlas: events and dataset releases' },
      ],
    },
  },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The link's language (set by proxy.ts), so screen readers pick the right voice from the start.
  const lang = headerLang((await headers()).get(LANG_HEADER));
  return (
    <html lang={lang}>
      <body className="bg-white font-sans text-gray-900 antialiased">
        <UrlAdapter>{children}</UrlAdapter>
        <HydrationMark />
      </body>
    </html>
  );
}
