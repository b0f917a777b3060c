/**
 * The texts of the page the atlas shows when an error escapes every other boundary
 * (app/global-error.tsx), in each language. Kept here rather than in the message files: that page
 * replaces the whole document, with whatever provided the messages, and the messages may be what
 * failed. Short, so every page can carry both languages.
 */
export const CRASH_TEXTS = {
  en: {
    title: 'The atlas stopped with an error',
    body: 'Something went wrong while showing this view. Reload the page to try again; if the error comes back, open the start page.',
    reload: 'Reload the page',
    startPage: 'Open the start page',
  },
  ru: {
    title: 'В атласе произошла ошибка',
    body: 'При показе этого вида что-то пошло не так. Перезагрузите страницу, чтобы попробовать снова; если ошибка повторится, откройте начальную страницу.',
    reload: 'Перезагрузить страницу',
    startPage: 'Открыть начальную страницу',
  },
} as const;
