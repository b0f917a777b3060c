import { describe, expect, it } from 'vitest';
import { assessQuality, findProcessTalk, qualityIssues } from '@/lib/data/quality';
import type { Dataset, TieStatement } from '@/lib/data/schema';
import { formatIssue } from '@/lib/data/validate';
import { datasetWith, minimalRaw } from './minimal-dataset';

/**
 * The citation gate of `npm run data:check` on the minimal in-memory dataset with one thing
 * added, each pinned by the line the gate prints.
 */

/** The minimal dataset's gate lines that are not about its unknown ties (it has no tie data). */
function gate(data: Dataset, raw: Record<string, unknown> = minimalRaw()): string[] {
  return qualityIssues(assessQuality(data, raw))
    .map(formatIssue)
    .filter((line) => !line.startsWith('ties.json: '));
}

/** The minimal dataset with a second source `s2` of this kind, cited beside s1 by the signing. */
function withSecondSource(kind: Dataset['sources'][number]['kind']): Dataset {
  const data = datasetWith({});
  const signing = { ...(minimalRaw()['events.json'] as Dataset['events'])[0]! };
  data.events = [signing];
  data.sources = [...data.sources, { ...data.sources[0]!, id: 's2', kind }];
  return data;
}

describe('the citation gate', () => {
  it('passes the minimal dataset apart from its unknown ties', () => {
    expect(gate(datasetWith({}))).toEqual([]);
  });

  it('counts each fact once under its strongest source, and none under an unknown id', () => {
    const data = withSecondSource('wire');
    data.events[0]!.sources = ['s2', 's1'];
    data.documents[0]!.sources = ['s2'];
    data.countries[0]!.capital.sources = ['unknown-id'];
    expect(assessQuality(data, {}).factsByKind).toEqual({
      primary: 11,
      wire: 1,
      press: 0,
      analysis: 0,
      reference: 0,
      weak: 0,
    });
  });

  it('grades an alternative resting only on weak pages low, or fails it', () => {
    const data = withSecondSource('weak');
    const alternative = { value: 'Other', sources: ['s2'], note: 'A blog says so.' };
    data.events[0]!.alternatives = [{ ...alternative, confidence: 'medium' }];
    expect(gate(data)).toEqual([
      'events.json: [0].alternatives[0]: an alternative resting only on reference or weak sources must be graded low',
    ]);
    data.events[0]!.alternatives = [{ ...alternative, confidence: 'low' }];
    expect(gate(data)).toEqual([]);
    // An alternative is not a fact of its own: it is not counted by kind.
    expect(assessQuality(data, {}).factsByKind.weak).toBe(0);
  });

  it('accepts an alternative with a better page at any grade', () => {
    const data = withSecondSource('weak');
    data.events[0]!.alternatives = [
      { value: 'Other', sources: ['s2', 's1'], confidence: 'high', note: 'Two pages.' },
    ];
    expect(gate(data)).toEqual([]);
  });

  it('names the file and place of a fact resting only on weak pages', () => {
    const data = withSecondSource('weak');
    data.countries[3]!.capital.sources = ['s2'];
    expect(gate(data)).toEqual([
      'countries.json: [3].capital: rests only on reference or weak sources; cite a better page beside them',
    ]);
  });

  it('fails a document with a blank Russian title', () => {
    const data = datasetWith({});
    data.documents[0]!.titleRu = ' ';
    expect(gate(data)).toEqual(['documents.json: declaration: no Russian title or summary']);
  });

  it('fails an event with a blank Russian title', () => {
    const data = withSecondSource('primary');
    data.events[0]!.titleRu = '  ';
    data.sources = data.sources.slice(0, 1);
    data.events[0]!.sources = ['s1'];
    expect(gate(data)).toEqual(['events.json: declaration-signed: no Russian title or summary']);
  });

  it('counts sources without a publication date', () => {
    const data = withSecondSource('press');
    data.sources[1]!.published = null;
    data.sources.push({ ...data.sources[1]!, id: 's3' });
    expect(assessQuality(data, {}).sourcesWithoutDate).toBe(2);
  });

  it('fails process talk, quoting at most 80 characters of it', () => {
    const note = `See facts.md for this ${'x'.repeat(100)}`;
    const raw = { ...minimalRaw(), 'events.json': [{ id: 'a', notes: ['Fine.', note] }] };
    expect(gate(datasetWith({}), raw)).toEqual([
      `events.json: [0].notes[1]: speaks of our process or files: "${note.slice(0, 80)}"`,
    ]);
  });
});

describe('pairs left unknown', () => {
  const statement = (fields: Partial<TieStatement>): TieStatement =>
    ({
      id: 'isr-kaz-relations',
      pair: ['ISR', 'KAZ'],
      topic: 'relations',
      status: 'established',
      date: null,
      statement: 'Stated.',
      sources: ['s1'],
      confidence: 'high',
      ...fields,
    }) as TieStatement;
  const kazInIsrael = statement({
    id: 'kaz-in-isr',
    topic: 'mission',
    host: 'ISR',
    sender: 'KAZ',
    level: 'embassy',
  } as Partial<TieStatement>);
  const unknownSides = (ties: TieStatement[]) =>
    assessQuality(datasetWith({ ties }), {}).unknownTies.filter(
      (t) => t.pair.join('~') === 'ISR~KAZ',
    );

  it('lists each unknown side of a pair: relations, then each host', () => {
    expect(unknownSides([])).toEqual([
      { pair: ['ISR', 'KAZ'], what: 'relations', explained: false },
      { pair: ['ISR', 'KAZ'], what: 'ISR', explained: false },
      { pair: ['ISR', 'KAZ'], what: 'KAZ', explained: false },
    ]);
  });

  it('leaves out the sides a statement settles, and marks an unknown one as explained', () => {
    const searched = statement({
      id: 'isr-in-kaz',
      topic: 'mission',
      host: 'KAZ',
      sender: 'ISR',
      level: 'unknown',
    } as Partial<TieStatement>);
    const data = datasetWith({ ties: [statement({}), kazInIsrael] });
    expect(unknownSides(data.ties)).toEqual([
      { pair: ['ISR', 'KAZ'], what: 'KAZ', explained: false },
    ]);
    expect(qualityIssues(assessQuality(data, {})).map(formatIssue)).toContain(
      'ties.json: ISR~KAZ: mission in KAZ unknown with no statement saying what was searched',
    );
    expect(unknownSides([...data.ties, searched])).toEqual([
      { pair: ['ISR', 'KAZ'], what: 'KAZ', explained: true },
    ]);
  });
});

describe('findProcessTalk', () => {
  it('reads strings in lists, and skips identifiers, addresses and non-strings', () => {
    const files = {
      'ties.json': [
        {
          id: 'facts-md',
          sources: ['fact-sheet'],
          statement: 'Stated.',
          steps: [3, 'Ask the researchers.', null],
        },
      ],
    };
    expect(findProcessTalk(files)).toEqual([
      { file: 'ties.json', path: '[0].steps[1]', text: 'Ask the researchers.' },
    ]);
  });
});
