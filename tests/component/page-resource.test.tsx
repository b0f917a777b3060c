/**
 * A page resource in the browser (lib/page-resource.ts): fetched once by version, whatever number
 * of components read it, with hydration suspended until it arrives; a fetch that fails in passing
 * is tried again; one that still fails is shown by the page's boundary
 * (components/layout/load-failure-boundary.tsx). The server's side is in
 * tests/unit/page-resource.test.ts.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LoadFailureBoundary,
  useReportLoadFailure,
} from '@/components/layout/load-failure-boundary';
import { MESSAGES } from '@/lib/i18n/messages';
import { pageResource, RETRY_DELAYS_MS } from '@/lib/page-resource';

const TEXTS = MESSAGES.en.app.loadFailed;

/** Stands for the framework's own error page, above the app's boundary. */
class FrameworkBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>framework: {this.state.error.message}</p> : this.props.children;
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
      <FrameworkBoundary>
        <LoadFailureBoundary texts={TEXTS}>
          <Suspense fallback={<p>loading</p>}>
            {versions.map((version, i) => (
              <Note key={i} version={version} />
            ))}
          </Suspense>
        </LoadFailureBoundary>
      </FrameworkBoundary>,
    );
  });
}

afterEach(() => {
  vi.useRealTimers();
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

  it('tries a fetch that failed in passing again, after waiting, until it succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const answers = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      async () => new Response('busy', { status: 503 }),
      async () => Response.json({ text: 'third time' }),
    ];
    const fetchMock = vi.fn(() => answers[fetchMock.mock.calls.length - 1]!());
    vi.stubGlobal('fetch', fetchMock);
    await renderNotes('4');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Not before its delay has passed.
    await act(() => vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] - 1));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]));
    expect(fetchMock).toHaveBeenCalledTimes(3);
    vi.useRealTimers(); // Testing Library's waiting runs on timers
    expect(await screen.findByText('third time')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the page’s message, with a reload, once every try has failed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const fetchMock = vi.fn(async () => new Response('busy', { status: 502 }));
    vi.stubGlobal('fetch', fetchMock);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderNotes('5');
    await act(() => vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1]));
    expect(fetchMock).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(TEXTS.title);
    expect(alert).toHaveTextContent(TEXTS.body);
    // Keyboard users start from the message: what had focus is gone.
    expect(screen.getByRole('heading', { name: TEXTS.title })).toHaveFocus();
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: TEXTS.reload }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not try again when the address itself is wrong (404)', async () => {
    const fetchMock = vi.fn(async () => new Response('no such version', { status: 404 }));
    vi.stubGlobal('fetch', fetchMock);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderNotes('6');
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert')).toHaveTextContent(TEXTS.title);
  });

  it('shows the same message when a chunk of the page’s code does not arrive', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const chunkError = Object.assign(new Error('Failed to load chunk /x.js'), {
      name: 'ChunkLoadError',
    });
    const Panel = lazy(() => Promise.reject(chunkError));
    await act(async () => {
      render(
        <FrameworkBoundary>
          <LoadFailureBoundary texts={TEXTS}>
            <Suspense fallback={<p>loading</p>}>
              <Panel />
            </Suspense>
          </LoadFailureBoundary>
        </FrameworkBoundary>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent(TEXTS.title);
  });

  it('takes a failure that code loaded in an effect reports (useReportLoadFailure)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Search({ failure }: { failure: Error }) {
      const report = useReportLoadFailure();
      useEffect(() => report(failure), [report, failure]);
      return <p>search</p>;
    }
    const chunkError = Object.assign(new Error('Failed to load chunk /s.js'), {
      name: 'ChunkLoadError',
    });
    for (const [failure, shown] of [
      [chunkError, TEXTS.title],
      [new Error('a bug'), 'framework: a bug'],
    ] as const) {
      const { unmount } = render(
        <FrameworkBoundary>
          <LoadFailureBoundary texts={TEXTS}>
            <Search failure={failure} />
          </LoadFailureBoundary>
        </FrameworkBoundary>,
      );
      expect(await screen.findByText(shown)).toBeInTheDocument();
      unmount();
    }
  });

  it('loads the page again, once, when the server sends another version than the page names', async () => {
    // The server redirects an address whose version it no longer has to the current one.
    const redirected = () =>
      Object.defineProperty(Response.json({ text: 'current release' }), 'redirected', {
        value: true,
      });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => redirected()),
    );
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    await renderNotes('8');
    expect(reload).toHaveBeenCalledOnce();
    // Nothing from the current release is rendered into the earlier release's page meanwhile.
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(screen.queryByText('current release')).toBeNull();

    // The reloaded page is the same one again (a cache still serves it): shown with what came. A
    // second resource of the same name stands for the reloaded page's fresh copy of the module.
    const sameNote = pageResource<{ text: string }>('notes', (version) => `/notes?v=${version}`);
    function SameNote() {
      return <p>{sameNote.use('8').text}</p>;
    }
    await act(async () => {
      render(
        <Suspense fallback={<p>reloaded, loading</p>}>
          <SameNote />
        </Suspense>,
      );
    });
    expect(reload).toHaveBeenCalledOnce();
    expect(screen.getByText('current release')).toBeInTheDocument();
  });

  it('leaves errors other than a failed fetch to the framework', async () => {
    vi.stubGlobal('fetch', async () => Response.json(null));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderNotes('7');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/^framework: /)).toBeInTheDocument();
  });
});
