import { getRequestConfig } from 'next-intl/server';
import messages from './messages/en.json';

/**
 * next-intl's per-request configuration. The UI language comes from the page (the `lang` key of
 * the link), which hands locale and messages to NextIntlClientProvider explicitly; this is the
 * default for anything rendered outside that provider.
 */
export default getRequestConfig(async ({ locale }) => ({
  locale: locale ?? 'en',
  messages,
  timeZone: 'UTC',
}));
