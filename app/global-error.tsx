'use client';

import { useSearchParams } from 'next/navigation';
import { FailureMessage } from '@/components/layout/failure-message';
import { CRASH_TEXTS } from '@/lib/i18n/crash-texts';
import { linkLang } from '@/lib/i18n/lang';
// The root layout's style sheets, both: with the same imports the build makes one CSS file of
// them for every page, instead of splitting the print rules into a file of their own.
import './globals.css';
import './print.css';

/**
 * What the atlas shows when an error escapes every other boundary (a bug, or data it cannot
 * draw): a message in the link's language, with a reload and a way to the start page, instead of
 * the framework's English "This page couldn't load". It replaces the root layout, so it writes
 * its own document.
 */
export default function GlobalError() {
  const lang = linkLang(useSearchParams());
  const texts = CRASH_TEXTS[lang];
  return (
    <html lang={lang}>
      <body className="bg-white font-sans text-gray-900 antialiased">
        <title>{texts.title}</title>
        <FailureMessage texts={texts}>
          <p className="mt-4">
            <a href={lang === 'en' ? '/' : `/?lang=${lang}`} className="text-blue-800 underline">
              {texts.startPage}
            </a>
          </p>
        </FailureMessage>
      </body>
    </html>
  );
}
