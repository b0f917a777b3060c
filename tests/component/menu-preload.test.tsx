/**
 * The Share and Export menus keep their panels out of the page's first load: a panel's code starts
 * loading when a pointer or focus first reaches its button, before the press that opens it.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '@/components/export/export-menu';
import { ShareMenu } from '@/components/share/share-menu';
import { loadDataset } from '@/lib/data/load';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { linkScope } from '@/lib/search-params';
import { renderWithUrl } from './harness';

/** Which panel modules have been imported so far (a mock factory runs on the first import). */
const loaded = vi.hoisted(() => ({ share: false, export: false }));
vi.mock('@/components/share/share-panel', async (importOriginal) => {
  loaded.share = true;
  return importOriginal();
});
vi.mock('@/components/export/export-panel', async (importOriginal) => {
  loaded.export = true;
  return importOriginal();
});

const data = loadDataset();
const view = diagnoseLink(new URLSearchParams('country=KAZ'), linkScope(data)).view;

describe('menu panels load on intent', () => {
  it('Share: the panel loads when a pointer comes over the button, still closed', async () => {
    renderWithUrl(<ShareMenu data={data} view={view} origin="https://atlas.example" query="" />);
    const button = screen.getByRole('button', { name: 'Share' });
    expect(loaded.share).toBe(false);
    await userEvent.hover(button);
    await waitFor(() => expect(loaded.share).toBe(true));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('Export: the panel loads when the button gets focus, still closed', async () => {
    renderWithUrl(<ExportMenu data={data} view={view} url="https://atlas.example/" />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(loaded.export).toBe(false);
    button.focus();
    await waitFor(() => expect(loaded.export).toBe(true));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
