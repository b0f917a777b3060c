import { createTranslator } from 'next-intl';
import { textAnswer } from '@/lib/api/answer';
import { metadataBase } from '@/lib/config';
import { loadDataset } from '@/lib/data/load';
import { ATOM_TYPE, atomFeed, type FeedWords } from '@/lib/feed';
import { linkLang } from '@/lib/i18n/lang';
import { serverMessages } from '@/lib/i18n/server/messages';

/**
 * The Atom feed of events and dataset releases (lib/feed.ts), in the language of `lang` (a bad
 * value gives English, as on every page). Absolute links use SITE_URL.
 */
export function GET(request: Request): Response {
  const lang = linkLang(new URL(request.url).searchParams);
  const t = createTranslator({ locale: lang, messages: serverMessages(lang), namespace: 'feed' });
  const words: FeedWords = {
    title: t('title'),
    subtitle: t('subtitle'),
    release: (version) => t('release', { version }),
    datedTitle: (title, date) => t('datedTitle', { title, date }),
  };
  return textAnswer(request, atomFeed(loadDataset(), metadataBase(), lang, words), ATOM_TYPE);
}
