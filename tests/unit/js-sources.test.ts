import { TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { charactersBySource, groupOf } from '@/scripts/js-sources';

describe('groupOf', () => {
  it.each([
    ['turbopack:///[project]/node_modules/nuqs/dist/index.js', 'nuqs'],
    ['turbopack:///[project]/node_modules/@turf/helpers/dist/esm/index.js', '@turf/helpers'],
    [
      'turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/client.js',
      'next: react-dom',
    ],
    ['turbopack:///[project]/node_modules/next/src/client/app-index.tsx', 'next'],
    ['turbopack:///[turbopack]/browser/runtime/base/runtime-base.ts', 'bundler runtime'],
    ['turbopack:///[project]/components/map/map-view.tsx', 'app: components/'],
    ['turbopack:///[project]/lib/map-style.ts', 'app: lib/'],
    ['(no source)', '(no source)'],
  ])('%s → %s', (source, group) => {
    expect(groupOf(source)).toBe(group);
  });
});

describe('charactersBySource', () => {
  it('gives each source the text from its mapping to the next one, and the head to no source', () => {
    //            0         1         2
    //            0123456789012345678901234
    const code = '/*x*/AAAAAAAAAA\nBBBBBCCC';
    // Decoded mappings per line: [generated column, source index, line, column].
    const map = new TraceMap({
      version: 3,
      sources: ['a.ts', 'b.ts'],
      names: [],
      mappings: [
        [[5, 0, 0, 0]],
        [
          [0, 1, 0, 0],
          [5, 0, 3, 0],
        ],
      ],
    });
    const chars = charactersBySource(code, map);
    // a.ts: "AAAAAAAAAA\n" (11) and "CCC" (3); b.ts: "BBBBB"; the comment before any mapping.
    expect(Object.fromEntries(chars)).toEqual({ '(no source)': 5, 'a.ts': 14, 'b.ts': 5 });
    expect([...chars.values()].reduce((a, b) => a + b, 0)).toBe(code.length);
  });
});
