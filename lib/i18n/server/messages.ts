import type { Lang } from '../../search-params';
import { MESSAGES } from '../messages';
import en from './en.json';
import ru from './ru.json';

/**
 * Texts only the server renders: the About page (`aboutPage.*`) and the Atom feed (`feed.*`). Kept
 * apart from the UI messages, so they never join the messages shipped to the browser.
 */
const SERVER_MESSAGES: Record<Lang, typeof en> = { en, ru };

/** The UI messages with the server-only ones, for a server translator. */
export function serverMessages(lang: Lang): (typeof MESSAGES)[Lang] & typeof en {
  return { ...MESSAGES[lang], ...SERVER_MESSAGES[lang] };
}
