import type { MESSAGES } from './messages';
import type { Lang } from '../search-params';
import { pageResource } from '../page-resource';

/** One language's UI messages, precompiled at build time (next.config.js). */
export type UiMessages = (typeof MESSAGES)[Lang];

/**
 * The UI messages in client components. They used to travel in every page's RSC payload (~24 KB
 * of each page's HTML, ~6 KB gzip); now the page provides the server's copy and the browser
 * fetches the link's language once from `/api/messages?v=<lang>.<hash>` (lib/page-resource.ts).
 */
const messages = pageResource<UiMessages>(
  'messages',
  (version) => `/api/messages?v=${encodeURIComponent(version)}`,
);

/** The address of one language's messages at a version (lib/i18n/server/messages-version.ts). */
export const messagesUrl = messages.url;
/** Server only: the messages client components render from. */
export const provideMessages = messages.provide;
/** One language's messages, in a client component. */
export const useUiMessages = messages.use;
