'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface FailureTexts {
  title: string;
  body: string;
  reload: string;
}

/**
 * What the page shows in place of itself when it cannot go on: a heading, a sentence and a
 * reload button, announced as an alert. The heading takes focus when the message appears: the
 * control that had it is gone with the page, so keyboard users start from here.
 */
export function FailureMessage({ texts, children }: { texts: FailureTexts; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="mx-auto max-w-prose p-8" role="alert" aria-labelledby={titleId}>
      <h1
        id={titleId}
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-none"
      >
        {texts.title}
      </h1>
      <p className="mt-2">{texts.body}</p>
      <button
        type="button"
        className="mt-4 rounded bg-blue-800 px-3 py-1.5 font-semibold text-white hover:bg-blue-900 focus-visible:ring-2 focus-visible:ring-blue-800 focus-visible:ring-offset-2 focus-visible:outline-none"
        onClick={() => window.location.reload()}
      >
        {texts.reload}
      </button>
      {children}
    </main>
  );
}
