import { currentVersionRedirect, errorAnswer, immutableJsonAnswer } from '@/lib/api/answer';
import { MESSAGES } from '@/lib/i18n/messages';
import { messagesUrl } from '@/lib/i18n/messages-client';
import { MESSAGES_VERSION, versionLang } from '@/lib/i18n/server/messages-version';

/**
 * One language's UI messages, as the client components use them (lib/i18n/messages-client.ts).
 * `?v=<lang>.<hash>` names the language and its messages' content. Any other address for a known
 * language (another hash, or added parameters) is sent to that language's current version, so
 * that the one answer kept is the only one there is; a `v` that names no language is a 400.
 */
export function GET(request: Request): Response {
  const { pathname, search, searchParams } = new URL(request.url);
  const lang = versionLang(searchParams.get('v') ?? '');
  if (!lang) {
    return errorAnswer(
      400,
      'v',
      `v must name a language's messages version, such as ${MESSAGES_VERSION.en}`,
    );
  }
  const current = messagesUrl(MESSAGES_VERSION[lang]);
  if (pathname + search !== current) return currentVersionRedirect(current);
  return immutableJsonAnswer(MESSAGES[lang]);
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
