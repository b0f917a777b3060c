import { errorAnswer, versionedFileAnswer } from '@/lib/api/answer';
import { MESSAGES } from '@/lib/i18n/messages';
import { messagesUrl } from '@/lib/i18n/messages-client';
import { MESSAGES_VERSION, versionLang } from '@/lib/i18n/server/messages-version';

/**
 * One language's UI messages, as the client components use them (lib/i18n/messages-client.ts).
 * `?v=<lang>.<hash>` names the language and its messages' content. Any other address for a known
 * language (another hash, or added parameters) is sent to that language's current version; a `v`
 * that names no language is a 400.
 */
export function GET(request: Request): Response {
  const lang = versionLang(new URL(request.url).searchParams.get('v') ?? '');
  if (!lang) {
    return errorAnswer(
      400,
      'v',
      `v must name a language's messages version, such as ${MESSAGES_VERSION.en}`,
    );
  }
  return versionedFileAnswer(request, messagesUrl(MESSAGES_VERSION[lang]), () => MESSAGES[lang]);
}

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
