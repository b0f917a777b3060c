import { describe, expect, it } from 'vitest';
import { broken, errorsOf, type MinimalRaw, tradeFigure } from './minimal-dataset';

/**
 * validateDataset on malformed files and broken references, each built from the minimal in-memory
 * dataset with one thing wrong. Each case pins the full list of errors, so a check that names the
 * wrong file or place, reports twice, stays silent or crashes on the bad input fails it (mutation
 * testing found each of these could change unnoticed).
 */

type Json = Record<string, unknown>;
type Raw = MinimalRaw;

const list = (raw: Raw, file: keyof Raw) => raw[file] as Json[];
const minerals = (raw: Raw) => raw['minerals.json'] as { agreements: Json[]; projects: Json[] };
const firstEvent = (raw: Raw) => list(raw, 'events.json')[0]!;
const day = (value: string) => ({ value, precision: 'day' });

/** A second source (`s2`), cited by the signing unless `cited` is false. */
function addSource(raw: Raw, fields: Json = {}, cited = true): void {
  list(raw, 'sources.json').push({
    ...list(raw, 'sources.json')[0],
    id: 's2',
    url: 'https://www.state.gov/second',
    ...fields,
  });
  if (cited) firstEvent(raw).sources = ['s1', 's2'];
}

const agreement = (fields: Json = {}): Json => ({
  id: 'deal',
  title: 'Deal',
  parties: ['KAZ', 'USA'],
  date: day('2020-09-01'),
  scope: 'Minerals.',
  sources: ['s1'],
  confidence: 'high',
  ...fields,
});

const project = (fields: Json = {}): Json => ({
  id: 'mine',
  name: 'Mine',
  country: 'KAZ',
  minerals: ['tungsten'],
  location: null,
  locationNote: 'Not published.',
  stages: [],
  stageNote: 'Not dated.',
  agreementIds: [],
  figures: [],
  sources: ['s1'],
  confidence: 'high',
  ...fields,
});

const statement = (fields: Json = {}): Json => ({
  id: 'note',
  pair: ['ARE', 'ISR'],
  date: null,
  statement: 'A note.',
  sources: ['s1'],
  confidence: 'high',
  topic: 'note',
  ...fields,
});

const NO_STEP = 'documents.json: [0].id: no event is a step of this document';

describe('validateDataset: a file that is missing or not the right shape', () => {
  it('reports a missing minerals.json once, without reading into it', () => {
    const raw = broken((r) => delete (r as Json)['minerals.json']);
    expect(errorsOf(raw)).toEqual([
      'minerals.json: (root): Invalid input: expected object, received undefined',
    ]);
  });

  it('reports a null minerals.json once', () => {
    const raw = broken((r) => ((r as Json)['minerals.json'] = null));
    expect(errorsOf(raw)).toEqual([
      'minerals.json: (root): Invalid input: expected object, received null',
    ]);
  });

  it('reports a list file holding an object, with no phantom record', () => {
    const raw = broken((r) => ((r as Json)['events.json'] = {}));
    expect(errorsOf(raw)).toEqual([
      'events.json: (root): Invalid input: expected array, received object',
      NO_STEP,
    ]);
  });

  it('reports a sources.json that is not a list, then every citation it leaves unknown', () => {
    const raw = broken((r) => ((r as Json)['sources.json'] = {}));
    const errors = errorsOf(raw);
    expect(errors[0]).toBe('sources.json: (root): Invalid input: expected array, received object');
    expect(errors).toContain('events.json: [0].sources[0]: unknown source id "s1"');
  });

  it('reports a null record and keeps checking the others', () => {
    const raw = broken((r) => (r['sources.json'] as unknown[]).push(null));
    expect(errorsOf(raw)).toEqual([
      'sources.json: [1]: Invalid input: expected object, received null',
    ]);
  });
});

describe('validateDataset: a bad record names its file and place', () => {
  const cases: [string, (raw: Raw) => void, string[]][] = [
    [
      'a country',
      (r) => (list(r, 'countries.json')[2]!.numeric = '12'),
      ['countries.json: [2].numeric: must be a 3-digit ISO 3166 numeric code'],
    ],
    [
      'a party',
      (r) => (list(r, 'parties.json')[0]!.code = 'rus'),
      ['parties.json: [0].code: must be an ISO 3166 alpha-3 code'],
    ],
    [
      // The signing still names the document, which was declared: no further error about it.
      'a document',
      (r) => (list(r, 'documents.json')[0]!.title = ''),
      ['documents.json: [0].title: Too small: expected string to have >=1 characters'],
    ],
    [
      'a minerals agreement',
      (r) => minerals(r).agreements.push(agreement({ title: '' })),
      ['minerals.json: agreements[0].title: Too small: expected string to have >=1 characters'],
    ],
    [
      'a minerals project',
      (r) => minerals(r).projects.push(project({ name: '' })),
      ['minerals.json: projects[0].name: Too small: expected string to have >=1 characters'],
    ],
    [
      // The closest branch of the union (an unknown value) says what is missing.
      'a population neither known nor explained',
      (r) => (list(r, 'countries.json')[0]!.population = { value: null }),
      ['countries.json: [0].population.note: Invalid input: expected string, received undefined'],
    ],
    [
      // A union with no branch to compare reports its own message.
      'a statement of an unknown topic',
      (r) => list(r, 'ties.json').push(statement({ topic: 'gossip' })),
      [
        "ties.json: [0].topic: Invalid discriminator value. Expected 'relations' | 'mission' | 'note'",
      ],
    ],
    [
      // A source declared but invalid is reported once, not again at every fact citing it.
      'an invalid source',
      (r) => (list(r, 'sources.json')[0]!.lang = 'English'),
      ['sources.json: [0].lang: must be a BCP-47 tag'],
    ],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    expect(errorsOf(broken(change))).toEqual(expected);
  });
});

describe('validateDataset: duplicate keys in each file', () => {
  const cases: [string, (raw: Raw) => void, string[]][] = [
    [
      'source id',
      (r) => addSource(r, { id: 's1' }, false),
      ['sources.json: [1].id: duplicate "s1"'],
    ],
    [
      'country code',
      (r) => list(r, 'countries.json').push({ ...list(r, 'countries.json')[0], numeric: '999' }),
      ['countries.json: [11].iso3: duplicate "KAZ"'],
    ],
    [
      'event id',
      (r) => list(r, 'events.json').push({ ...firstEvent(r) }),
      ['events.json: [1].id: duplicate "declaration-signed"'],
    ],
    [
      'statement id',
      (r) => list(r, 'ties.json').push(statement(), statement({ pair: ['KAZ', 'USA'] })),
      ['ties.json: [1].id: duplicate "note"'],
    ],
    [
      'agreement id',
      (r) => minerals(r).agreements.push(agreement(), agreement({ title: 'Other' })),
      ['minerals.json: agreements[1].id: duplicate "deal"'],
    ],
    [
      'project id',
      (r) => minerals(r).projects.push(project(), project({ country: 'UZB' })),
      ['minerals.json: projects[1].id: duplicate "mine"'],
    ],
    [
      'party code',
      (r) => list(r, 'parties.json').push({ ...list(r, 'parties.json')[0] }),
      ['parties.json: [1].code: duplicate "RUS"'],
    ],
    [
      'document id',
      (r) => list(r, 'documents.json').push({ ...list(r, 'documents.json')[0] }),
      ['documents.json: [1].id: duplicate "declaration"'],
    ],
    [
      'trade figure id',
      (r) => list(r, 'trade.json').push(tradeFigure(), tradeFigure({ partner: 'USA' })),
      ['trade.json: [1].id: duplicate "trade"'],
    ],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    expect(errorsOf(broken(change))).toEqual(expected);
  });
});

describe('validateDataset: references between files', () => {
  it('rejects an unknown source id in sources and in textSources', () => {
    const raw = broken((r) => {
      firstEvent(r).sources = ['s1', 'nowhere'];
      list(r, 'documents.json')[0]!.textSources = ['elsewhere'];
    });
    expect(errorsOf(raw)).toEqual([
      'events.json: [0].sources[1]: unknown source id "nowhere"',
      'documents.json: [0].textSources[0]: unknown source id "elsewhere"',
    ]);
  });

  it('rejects a party that repeats a dataset country', () => {
    const raw = broken((r) =>
      list(r, 'parties.json').push({ code: 'KAZ', names: { en: 'Kazakhstan', ru: 'Казахстан' } }),
    );
    expect(errorsOf(raw)).toEqual(['parties.json: [1].code: KAZ is a country of the dataset']);
  });

  it('rejects a step of a document that does not exist', () => {
    const raw = broken((r) => (firstEvent(r).documentId = 'nothing'));
    expect(errorsOf(raw)).toEqual([
      'events.json: [0].documentId: unknown document id "nothing"',
      NO_STEP,
    ]);
  });

  it('rejects a step whose Accords flag differs from its document’s', () => {
    const raw = broken((r) => (firstEvent(r).accords = false));
    expect(errorsOf(raw)).toEqual(['events.json: [0].accords: must match document "declaration"']);
  });

  it('rejects a project naming an unknown agreement', () => {
    const raw = broken((r) => minerals(r).projects.push(project({ agreementIds: ['ghost'] })));
    expect(errorsOf(raw)).toEqual([
      'minerals.json: projects[0].agreementIds[0]: unknown agreement id "ghost"',
    ]);
  });

  it('accepts a project naming a known agreement', () => {
    const raw = broken((r) => {
      minerals(r).agreements.push(agreement());
      minerals(r).projects.push(project({ agreementIds: ['deal'] }));
    });
    expect(errorsOf(raw)).toEqual([]);
  });

  it('names the file and place of a minerals date after meta.asOf', () => {
    const raw = broken((r) => minerals(r).agreements.push(agreement({ date: day('2020-09-16') })));
    expect(errorsOf(raw)).toEqual([
      'minerals.json: agreements[0].date: date 2020-09-16 is after meta.asOf 2020-09-15',
    ]);
  });

  it('rejects an agreement dated another day than its event', () => {
    const raw = broken((r) =>
      minerals(r).agreements.push(
        agreement({ eventId: 'declaration-signed', date: day('2020-09-14') }),
      ),
    );
    expect(errorsOf(raw)).toEqual([
      'minerals.json: agreements[0].date: must match event "declaration-signed"',
    ]);
  });
});

describe('validateDataset: the source registry', () => {
  it('flags a source no fact cites', () => {
    const raw = broken((r) => addSource(r, {}, false));
    expect(errorsOf(raw)).toEqual(['sources.json: [1].id: "s2" is not cited by any fact']);
  });

  it('does not flag a source as uncited when the record citing it was dropped as invalid', () => {
    const raw = broken((r) => {
      addSource(r);
      firstEvent(r).title = '';
    });
    expect(errorsOf(raw)).toEqual([
      'events.json: [0].title: Too small: expected string to have >=1 characters',
      NO_STEP,
    ]);
  });

  it('accepts a source published on the last day searched, not one after it', () => {
    // Sources were searched until September 2020: its last day is the limit.
    const onTheDay = broken((r) => addSource(r, { published: day('2020-09-30') }));
    expect(errorsOf(onTheDay)).toEqual([]);
    const after = broken((r) => addSource(r, { published: day('2020-10-01') }));
    expect(errorsOf(after)).toEqual([
      'sources.json: [1].published: is after sourcesSearchedUntil 2020-09-30',
    ]);
  });
});
