'use client';

import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { useUiMessages } from '@/lib/i18n/messages-client';
import type { Lang } from '@/lib/search-params';

/**
 * The messages of the page's language for the client components under it: the server's copy while
 * rendering HTML, fetched once by version in the browser (lib/i18n/messages-client.ts), so they
 * are not repeated in every page's RSC payload.
 */
export function PageIntlProvider({
  lang,
  messages,
  children,
}: {
  lang: Lang;
  /** The messages' version (lib/i18n/server/messages-version.ts). */
  messages: string;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={lang} messages={useUiMessages(messages)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
