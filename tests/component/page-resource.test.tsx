/**
 * A page resource in the browser (lib/page-resource.ts): fetched once by version, whatever number
 * of components read it, with hydration suspended until it arrives; a failed fetch is an error
 * the nearest error boundary shows. The server's side is in tests/unit/page-resource.test.ts.
 */
import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageResource } from '@/lib/page-resource';

class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

const notes = pageResource<{ text: string }>('notes', (version) => `/notes?v=${version}`);

function Note({ version }: { version: string }) {
  return <p>{notes.use(version).text}</p>;
}

/** Renders a note per version; returns once React has settled with what the fetches gave. */
async function renderNotes(...versions: string[]) {
  // React retries a suspended render from its own queue: `act` runs it once the fetches settle.
  await act(async () => {
    render(
      <ErrorBoundary>
        <Suspense fallback={<p>loading</p>}>
          {versions.map((version, i) => (
            <Note key={i} version={version} />
          ))}
        </Suspense>
      </ErrorBoundary>,
    );
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('pageResource in the browser', () => {
  it('fetches each version once, however many components read it', async () => {
    const fetchMock = vi.fn(async (url: string) => Response.json({ text: `from ${url}` }));
    vi.stubGlobal('fetch', fetchMock);
    await renderNotes('1', '1', '2');
    expect(screen.getAllByText('from /notes?v=1')).toHaveLength(2);
    expect(screen.getByText('from /notes?v=2')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/notes?v=1', '/notes?v=2']);
  });

  it('turns a failed fetch into an error that names the resource and the status', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 503 }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderNotes('3');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The notes could not be loaded (HTTP 503).',
    );
  });
});
