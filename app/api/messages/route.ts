import { currentVersionRedirect, errorAnswer, immutableJsonAnswer } from '@/lib/api/answer';
import { MESSAGES } from '@/lib/i18n/messages';
import { messagesUrl } from '@/lib/i18n/messages-client';
import { MESSAGES_VERSION, versionLang } from '@/lib/i18n/server/messages-version';

/**
 * One language's UI messages, as the client components use them (lib/i18n/messages-client.ts).
 * `?v=<lang>.<hash>` names the language and its messages' content; another hash of a known
 * language is sent to that language's current version, anything else is a 400.
 */
export function GET(request: Request): Response {
  const version = new URL(request.url).searchParams.get('v') ?? '';
  const lang = versionLang(version);
  if (!lang) {
    return errorAnswer(
      400,
      'v',
      `v must name a language's messages version, such as ${MESSAGES_VERSION.en}`,
    );
  }
  if (version !== MESSAGES_VERSION[lang]) {
    return currentVersionRedirect(messagesUrl(MESSAGES_VERSION[lang]));
  }
  return immutableJsonAnswer(MESSAGES[lang]);
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
