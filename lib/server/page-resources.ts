import 'server-only';
import { preload } from 'react-dom';
import type { Dataset } from '../data/schema';
import { datasetUrl, provideDataset } from '../dataset-client';
import { MESSAGES } from '../i18n/messages';
import { messagesUrl, provideMessages } from '../i18n/messages-client';
import { MESSAGES_VERSION } from '../i18n/server/messages-version';
import { preloadFirstView } from '../preload-first-view';
import type { ViewParams } from '../search-params';
import { westernSaharaInMorocco } from '../worldview';
import { BUILT_IN_VERSION } from './dataset-version';

/** The versions of the files a page's client components fetch in the browser. */
export interface PageVersions {
  dataset: string;
  messages: string;
}

/**
 * Gives a page's client components the dataset and the link's messages while the server renders
 * them to HTML, and has the browser start fetching both (and the map's geometry of the view's
 * worldview and the view's fonts) while it parses that HTML: hydration waits for them
 * (lib/page-resource.ts).
 */
export function providePageResources(
  data: Dataset,
  { lang, worldview, date }: Pick<ViewParams, 'lang' | 'worldview' | 'date'>,
): PageVersions {
  const versions = { dataset: BUILT_IN_VERSION, messages: MESSAGES_VERSION[lang] };
  provideDataset(versions.dataset, data);
  provideMessages(versions.messages, MESSAGES[lang]);
  preloadFirstView(lang, westernSaharaInMorocco(data, worldview, date));
  for (const url of [datasetUrl(versions.dataset), messagesUrl(versions.messages)]) {
    preload(url, { as: 'fetch', crossOrigin: 'anonymous' });
  }
  return versions;
}
