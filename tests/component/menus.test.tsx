/** The Share and Export menus: disclosure behaviour, copying, downloads and what they announce. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '@/components/export/export-menu';
import { ShareMenu } from '@/components/share/share-menu';
import { loadDataset } from '@/lib/data/load';
import { downloadBlob } from '@/lib/export/download';
import { shareTranslator } from '@/lib/i18n/translator';
import { linkScope } from '@/lib/search-params';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { shareMenuProps, type ShareView } from '@/lib/share';
import { renderWithUrl } from './harness';

vi.mock('@/lib/export/download', () => ({ downloadBlob: vi.fn() }));

const data = loadDataset();
const ORIGIN = 'https://atlas.example';
const QUERY = '?country=KAZ&date=2020-09-20';
const URL = `${ORIGIN}/${QUERY}`;
const VIEW: ShareView = { country: 'KAZ', pair: null, date: '2020-09-20', lang: 'en' };
// The panel builds its texts with lib/share.ts (tested in tests/unit/share.test.ts).
const SNIPPET = shareMenuProps(data, VIEW, ORIGIN, QUERY, shareTranslator('en')).embedSnippet;

/** jsdom's Blob has no text(); its FileReader reads one. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderShare() {
  renderWithUrl(
    <div>
      <ShareMenu data={data} view={VIEW} origin={ORIGIN} query={QUERY} />
      <button>elsewhere</button>
    </div>,
  );
  return screen.getByRole('button', { name: 'Share' });
}

afterEach(() => vi.unstubAllGlobals());

describe('ShareMenu', () => {
  it('opens and closes as a disclosure: button, Escape (focus back), a press outside', async () => {
    const button = renderShare();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // The panel's content loads on first open.
    expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toHaveValue(URL);
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('copies the link and says so', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    const button = renderShare();
    await userEvent.click(button);
    // userEvent installs its own clipboard on setup; ours replaces it for this test.
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await userEvent.click(await screen.findByTestId('share:copy-link'));
    expect(writeText).toHaveBeenCalledWith(URL);
    await waitFor(() =>
      expect(screen.getByTestId('share:status')).toHaveTextContent('Link copied'),
    );
  });

  it('selects the text for Ctrl+C when the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    const button = renderShare();
    await userEvent.click(button);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await userEvent.click(await screen.findByTestId('share:copy-embed'));
    const field = screen.getByTestId('share:embed-code') as HTMLTextAreaElement;
    await waitFor(() => expect(field).toHaveFocus());
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe(SNIPPET);
    expect(screen.getByTestId('share:status')).toHaveTextContent(/Copying is not allowed here/);
  });

  it('cites the view with its title, the as-of date and the link', async () => {
    await userEvent.click(renderShare());
    const citation = await screen.findByRole('textbox', { name: 'Citation' });
    expect((citation as HTMLTextAreaElement).value).toContain('Kazakhstan');
    expect((citation as HTMLTextAreaElement).value).toContain(URL);
  });

  it('switches the citation to RIS and saves it under the view’s key', async () => {
    await userEvent.click(renderShare());
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Format' }), 'RIS');
    const citation = screen.getByRole('textbox', { name: 'Citation' }) as HTMLTextAreaElement;
    // A textarea's value has LF line ends; the file keeps RIS's CRLF.
    expect(citation.value).toMatch(/^TY {2}- DATA\n/);
    await userEvent.click(screen.getByRole('button', { name: 'Download .ris' }));
    const key = `accords-atlas-${data.meta.publicationYear}-kaz-2020-09-20`;
    expect(downloadBlob).toHaveBeenLastCalledWith(expect.any(Blob), `${key}.ris`);
    expect(await readText(vi.mocked(downloadBlob).mock.lastCall![0])).toBe(
      citation.value.replaceAll('\n', '\r\n'),
    );
    expect(screen.getByTestId('share:status')).toHaveTextContent(`Downloaded ${key}.ris`);
  });
});

describe('ExportMenu', () => {
  const view = diagnoseLink(
    new URLSearchParams('country=KAZ&date=2020-09-20'),
    linkScope(data),
  ).view;

  it('downloads the table as CSV under the name the table gives it, and announces it', async () => {
    const csv = new Blob(['a,b'], { type: 'text/csv' });
    const fileName = 'accords-atlas-2020-09-20.csv';
    renderWithUrl(
      <ExportMenu
        data={data}
        view={view}
        url={URL}
        onExportCsv={() => Promise.resolve({ blob: csv, fileName })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    // The panel's items load on first open; no PNG item where the map cannot draw.
    const csvItem = await screen.findByTestId('export:csv');
    expect(screen.queryByTestId('export:png')).toBeNull();
    await userEvent.click(csvItem);
    // The dashboard builds the CSV with the table's code loaded on first use: an async answer.
    await waitFor(() => expect(downloadBlob).toHaveBeenLastCalledWith(csv, fileName));
    expect(screen.getByTestId('export:status')).toHaveTextContent(`Downloaded ${fileName}`);
  });

  it('downloads the visible layers as GeoJSON carrying the view’s link', async () => {
    renderWithUrl(<ExportMenu data={data} view={view} url={URL} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const geojsonItem = await screen.findByTestId('export:geojson');
    expect(screen.queryByTestId('export:csv')).toBeNull();
    await userEvent.click(geojsonItem);
    await waitFor(
      () =>
        expect(screen.getByTestId('export:status')).toHaveTextContent(
          'Downloaded accords-atlas-2020-09-20-kaz.geojson',
        ),
      // The GeoJSON builder is loaded on first use, a slow import on a busy machine.
      { timeout: 20_000 },
    );
    await waitFor(() =>
      expect(downloadBlob).toHaveBeenLastCalledWith(
        expect.any(Blob),
        'accords-atlas-2020-09-20-kaz.geojson',
      ),
    );
    const blob = vi.mocked(downloadBlob).mock.lastCall![0];
    const collection = JSON.parse(await readText(blob)) as { type: string };
    expect(collection.type).toBe('FeatureCollection');
    expect(JSON.stringify(collection)).toContain(URL);
  });

  it('says the PNG failed, and is usable again, when the map cannot be captured', async () => {
    const onExportPng = vi.fn(() => Promise.reject(new Error('no canvas')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderWithUrl(<ExportMenu data={data} view={view} url={URL} onExportPng={onExportPng} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const png = await screen.findByTestId('export:png');
    await userEvent.click(png);
    await waitFor(() => expect(png).toHaveAttribute('aria-disabled', 'false'));
    expect(onExportPng).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    expect(screen.getByTestId('export:status')).toHaveTextContent(
      'The map image could not be made.',
    );
  });
});
