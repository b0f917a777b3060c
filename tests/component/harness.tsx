/**
 * Renders a component as the app does (messages, language), with the URL held by nuqs' testing
 * adapter, and records every address write with its history mode.
 */
import { render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { type UrlUpdateEvent, NuqsTestingAdapter } from 'nuqs/adapters/testing';
import type { ReactNode } from 'react';
import { MESSAGES } from '@/lib/i18n/messages';
import { orderQuery } from '@/lib/search-params';

export interface UrlWrite {
  query: string;
  history: 'push' | 'replace';
}

export function renderWithUrl(ui: ReactNode, { search = '' }: { search?: string } = {}) {
  // The page's own address, which the dashboard compares with the server's canonical form.
  window.history.replaceState(null, '', `/${search}`);
  const writes: UrlWrite[] = [];
  const onUrlUpdate = ({ queryString, options }: UrlUpdateEvent) =>
    writes.push({ query: queryString, history: options.history });
  // A wrapper, not a parent element, so `rerender` keeps the providers and the URL.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale="en" messages={MESSAGES.en} timeZone="UTC">
      <NuqsTestingAdapter
        searchParams={search}
        hasMemory
        onUrlUpdate={onUrlUpdate}
        processUrlSearchParams={orderQuery}
      >
        {children}
      </NuqsTestingAdapter>
    </NextIntlClientProvider>
  );
  return { ...render(ui, { wrapper }), writes };
}
