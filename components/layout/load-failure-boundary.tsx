'use client';

import { Component, createRef, type ReactNode, useCallback, useState } from 'react';
import type { UiMessages } from '@/lib/i18n/messages-client';
import { PageResourceError } from '@/lib/page-resource';

interface Props {
  /** Given by the server: the messages may be what failed to arrive. */
  texts: UiMessages['app']['loadFailed'];
  children: ReactNode;
}

/**
 * Errors a reload cures: the texts or the dataset the page is drawn from did not arrive
 * (lib/page-resource.ts, after its own retries), or a chunk of the page's code did not: the
 * network failed, or a release newer than the kept ones no longer has it (lib/server/release.mjs).
 */
function isLoadFailure(error: Error): boolean {
  return error instanceof PageResourceError || error.name === 'ChunkLoadError';
}

/**
 * What a page shows when something it needs did not arrive (isLoadFailure): a message in the
 * page's language and a way to try again, instead of the framework's generic error page. Other
 * errors go on to the framework.
 */
export class LoadFailureBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };
  private readonly heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  // The control that had focus is gone with the page: keyboard users start from the message.
  override componentDidUpdate(_: Props, before: { error: Error | null }) {
    if (!before.error && this.state.error) this.heading.current?.focus();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!isLoadFailure(error)) throw error;
    const { texts } = this.props;
    return (
      <main className="mx-auto max-w-prose p-8" role="alert" aria-labelledby="load-failure-title">
        <h1
          id="load-failure-title"
          ref={this.heading}
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
      </main>
    );
  }
}

/**
 * For code a component loads outside rendering (an `import()` in an effect): hands a failure to
 * the page's boundary as a failed render would, instead of a control that silently does nothing.
 */
export function useReportLoadFailure(): (error: unknown) => void {
  const [, setFailure] = useState<null>(null);
  return useCallback((error: unknown) => {
    setFailure(() => {
      throw error;
    });
  }, []);
}
