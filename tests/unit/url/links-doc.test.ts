import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIEW_KEYS, viewParams } from '@/lib/search-params';

const doc = readFileSync(new URL('../../../docs/links.md', import.meta.url), 'utf8');

/** The keys of the contract's key tables, in the order the page lists them. */
const documentedKeys = [...doc.matchAll(/^\| `([a-z]+)` +\|/gm)].map((match) => match[1]);

/** The keys named in one sentence of the History rule. */
function historyKeys(sentence: RegExp): string[] {
  const text = doc.match(sentence)?.[1] ?? '';
  return [...text.matchAll(/`([a-z]+)`/g)].map((match) => match[1]!);
}

describe('docs/links.md, the URL contract', () => {
  it('documents every key the app reads, in canonical order, and no other', () => {
    expect(documentedKeys).toEqual(VIEW_KEYS);
  });

  it('names the same push and replace keys as the parsers declare', () => {
    const parsers = viewParams({ projectIds: new Set() });
    const declared = (mode: 'push' | undefined) =>
      VIEW_KEYS.filter((key) => parsers[key].history === mode).sort();
    expect(historyKeys(/These keys add a history entry([\s\S]*?)\n +These replace/).sort()).toEqual(
      declared('push'),
    );
    expect(historyKeys(/These replace the current entry:([\s\S]*?)A Play run/).sort()).toEqual(
      declared(undefined),
    );
  });
});
