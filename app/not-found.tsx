import { headers } from 'next/headers';
import { connection } from 'next/server';
import { headerLang, LANG_HEADER } from '@/lib/i18n/lang';
import { MESSAGES } from '@/lib/i18n/messages';

/**
 * The 404 page, in the link's language (`/nowhere?lang=ru`), rendered per request (server.mjs
 * authorises its inline scripts by hash; under `next dev`, the proxy's nonce reaches them).
 */
export default async function NotFound() {
  await connection();
  const lang = headerLang((await headers()).get(LANG_HEADER));
  const t = MESSAGES[lang].notFound;
  return (
    <main className="p-8">
      <h1 className="text-xl font-semibold">{t.title}</h1>
      <p className="mt-2">
        {/* A plain link: next/link would put its client code (~3 KB gzip) on every page, as the
            not-found boundary is part of each page's tree; a full load of the atlas is fine here. */}
        <a href={lang === 'en' ? '/' : `/?lang=${lang}`} className="text-blue-800 underline">
          {t.back}
        </a>
      </p>
    </main>
  );
}
