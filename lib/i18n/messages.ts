import type { Lang } from '../search-params';
import en from './messages/en.json';
import ru from './messages/ru.json';

/** UI messages for a link's `lang`. */
export const MESSAGES: Record<Lang, typeof en> = { en, ru };
