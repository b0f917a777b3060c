import type { Lang } from '../../search-params';
import { MESSAGES } from '../messages';
import en from './en.json';
import ru from './ru.json';

/**
 * Texts of the About page (`aboutPage.*`), kept apart from the UI messages: only the server renders
 * the page, so they never join the messages shipped to the browser with the dashboard.
 */
export const ABOUT_MESSAGES: Record<Lang, typeof en> = { en, ru };

/** The UI messages with the About page's, for the page's translator. */
export function aboutPageMessages(lang: Lang): (typeof MESSAGES)[Lang] & typeof en {
  return { ...MESSAGES[lang], ...ABOUT_MESSAGES[lang] };
}
