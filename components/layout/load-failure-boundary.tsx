'use client';

import { Component, type ReactNode, useCallback, useState } from 'react';
import { PageResourceError } from '@/lib/page-resource';
import { FailureMessage, type FailureTexts } from './failure-message';

interface Props {
  /** Given by the server: the messages may be what failed to arrive. */
  texts: FailureTexts;
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

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!isLoadFailure(error)) throw error;
    return <FailureMessage texts={this.props.texts} />;
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
