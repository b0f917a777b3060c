import { describe, expect, it } from 'vitest';
import { readRawFiles, ROOT } from './helpers';
import path from 'node:path';
import { assessQuality, findProcessTalk, qualityIssues } from '@/lib/data/quality';
import { deniedHost } from '@/lib/data/source-policy';
import { formatIssue, validateDataset } from '@/lib/data/validate';
import { broken, errorsOf, type MinimalRaw, minimalRaw } from './minimal-dataset';

type Raw = MinimalRaw;
type Json = Record<string, unknown>;

const events = (raw: Raw) => raw['events.json'] as Json[];
const firstEvent = (raw: Raw) => events(raw)[0]!;
const extraEvent = (raw: Raw, fields: Json) =>
  events(raw).push({ ...firstEvent(raw), documentId: undefined, brokers: undefined, ...fields });

describe('validateDataset on the v2 model', () => {
  it('accepts the minimal dataset', () => {
    expect(errorsOf(minimalRaw())).toEqual([]);
  });

  it('rejects a source without a kind, or with an unknown one', () => {
    const raw = broken((r) => ((r['sources.json'] as Json[])[0]!.kind = 'blog'));
    expect(errorsOf(raw)).toContainEqual(expect.stringMatching(/^sources\.json: \[0\]\.kind: /));
  });

  it('rejects a signing step without its document, and one naming a stranger to it', () => {
    const noDoc = broken((r) => delete firstEvent(r).documentId);
    expect(errorsOf(noDoc)).toContainEqual(
      expect.stringMatching(/^events\.json: \[0\]\.documentId: required exactly for signed/),
    );
    const stranger = broken((r) => (firstEvent(r).parties = ['ARE', 'ISR', 'KGZ', 'USA']));
    expect(errorsOf(stranger)).toContain(
      'events.json: [0].parties[2]: KGZ is not a party to "declaration"',
    );
  });

  it('requires a witness of the document to sign as broker', () => {
    const raw = broken((r) => delete firstEvent(r).brokers);
    expect(errorsOf(raw)).toContain(
      'events.json: [0].parties[2]: USA must be a broker exactly when it is a witness of "declaration"',
    );
  });

  it('rejects a document with no dated step', () => {
    const raw = broken((r) =>
      (r['documents.json'] as Json[]).push({
        ...(r['documents.json'] as Json[])[0],
        id: 'lonely',
      }),
    );
    expect(errorsOf(raw)).toContain('documents.json: [1].id: no event is a step of this document');
  });

  it('requires who ratified a document', () => {
    const raw = broken((r) =>
      extraEvent(r, {
        id: 'ratified',
        kind: 'ratified',
        parties: ['ISR'],
        documentId: 'declaration',
      }),
    );
    expect(errorsOf(raw)).toContain('events.json: [1].by: required for ratified');
  });

  it('requires the direction and level of a visit', () => {
    const raw = broken((r) =>
      extraEvent(r, { id: 'visit', kind: 'visit', parties: ['ISR', 'KAZ'], accords: false }),
    );
    expect(errorsOf(raw)).toContain('events.json: [1].contact: required for visit');
    const wrong = broken((r) =>
      extraEvent(r, {
        id: 'visit',
        kind: 'visit',
        parties: ['ISR', 'KAZ'],
        accords: false,
        contact: { from: 'ISR', to: ['USA'], level: 'minister' },
      }),
    );
    expect(errorsOf(wrong)).toContain(
      'events.json: [1].contact.to[0]: must be another of the parties',
    );
  });

  it('requires the level of an opened mission', () => {
    const raw = broken((r) =>
      extraEvent(r, {
        id: 'opened',
        kind: 'mission-opened',
        parties: ['ISR', 'KAZ'],
        accords: false,
        mission: { host: 'KAZ', sender: 'ISR', city: 'Almaty' },
      }),
    );
    expect(errorsOf(raw)).toContain('events.json: [1].mission.level: required for mission-opened');
  });

  it('keeps context events off the Accords track', () => {
    const raw = broken((r) =>
      extraEvent(r, { id: 'war', kind: 'war', parties: ['ISR', 'RUS'], accords: true }),
    );
    expect(errorsOf(raw)).toContain(
      'events.json: [1].accords: context events are never on the Accords track',
    );
  });

  it('lets events name a registered party, but never as a tie, mission or project country', () => {
    const named = broken((r) =>
      extraEvent(r, { id: 'war', kind: 'war', parties: ['ISR', 'RUS'], accords: false }),
    );
    expect(errorsOf(named)).toEqual([]);
    const unknown = broken((r) =>
      extraEvent(r, { id: 'war', kind: 'war', parties: ['ISR', 'IRN'], accords: false }),
    );
    expect(errorsOf(unknown)).toContain(
      'events.json: [1].parties[1]: unknown country or party "IRN"',
    );
    const mission = broken((r) =>
      extraEvent(r, {
        id: 'opened',
        kind: 'mission-opened',
        parties: ['ISR', 'RUS'],
        accords: false,
        mission: { host: 'RUS', sender: 'ISR', level: 'embassy' },
      }),
    );
    expect(errorsOf(mission)).toContain(
      'events.json: [1].mission.host: unknown country of the dataset "RUS"',
    );
  });

  it('rejects a trade figure without an amount or period unless a note says why', () => {
    const figure = {
      id: 'trade',
      reporter: 'KAZ',
      partner: 'ISR',
      flow: 'turnover',
      amount: null,
      period: null,
      date: { value: '2020-09', precision: 'month' },
      sources: ['s1'],
      confidence: 'high',
    };
    const raw = broken((r) => (r['trade.json'] as Json[]).push(figure));
    expect(errorsOf(raw)).toEqual(
      expect.arrayContaining([
        'trade.json: [0].note: a figure without an amount needs a note',
        'trade.json: [0].periodNote: a figure without a period needs a periodNote',
      ]),
    );
  });

  it('rejects project stages out of date order', () => {
    const stage = (stage: string, value: string) => ({
      stage,
      date: { value, precision: 'year' },
      sources: ['s1'],
      confidence: 'high',
    });
    const raw = broken((r) =>
      (r['minerals.json'] as { projects: Json[] }).projects.push({
        id: 'mine',
        name: 'Mine',
        country: 'KAZ',
        minerals: ['tungsten'],
        location: null,
        locationNote: 'No coordinates.',
        stages: [stage('production', '2019'), stage('exploration', '1970')],
        agreementIds: [],
        figures: [],
        sources: ['s1'],
        confidence: 'high',
      }),
    );
    expect(errorsOf(raw)).toContain(
      'minerals.json: projects[0].stages[1].date: stages must be in date order',
    );
  });
});

describe('the citation gate (assessQuality)', () => {
  const reportOf = (raw: Raw) => {
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    return assessQuality(result.data, raw);
  };
  const gate = (raw: Raw) => qualityIssues(reportOf(raw)).map(formatIssue);

  it('fails a fact resting only on weak or reference pages, and counts facts by source kind', () => {
    const raw = broken((r) => ((r['sources.json'] as Json[])[0]!.kind = 'weak'));
    expect(gate(raw)).toContain(
      'events.json: [0]: rests only on reference or weak sources; cite a better page beside them',
    );
    expect(reportOf(minimalRaw()).factsByKind).toMatchObject({ primary: 13, weak: 0 });
  });

  it('fails http URLs and denied hosts', () => {
    const http = broken(
      (r) => ((r['sources.json'] as Json[])[0]!.url = 'http://www.state.gov/page'),
    );
    expect(gate(http)).toContain('sources.json: s1: http-only URL; cite an https page');
    const denied = broken(
      (r) => ((r['sources.json'] as Json[])[0]!.url = 'https://raw.githubusercontent.com/x/y.json'),
    );
    expect(gate(denied)).toContain(
      'sources.json: s1: denied host raw.githubusercontent.com (code-host)',
    );
  });

  it('fails a pair left unknown without a statement saying what was searched', () => {
    const issues = gate(minimalRaw());
    expect(issues).toContain(
      'ties.json: ISR~USA: relations unknown with no statement saying what was searched',
    );
    const explained = broken((r) =>
      (r['ties.json'] as Json[]).push({
        id: 'isr-usa-unknown',
        pair: ['ISR', 'USA'],
        topic: 'relations',
        status: 'unknown',
        date: null,
        statement: 'Searched the State Department and the Israeli MFA; no page found.',
        sources: ['s1'],
        confidence: 'low',
      }),
    );
    expect(gate(explained)).not.toContain(
      'ties.json: ISR~USA: relations unknown with no statement saying what was searched',
    );
  });

  it('requires Russian text for every event, and fails a blank one', () => {
    const missing = broken((r) => delete firstEvent(r).summaryRu);
    expect(errorsOf(missing)).toContainEqual(
      expect.stringMatching(/^events\.json: \[0\]\.summaryRu: /),
    );
    const blank = broken((r) => (firstEvent(r).summaryRu = '  '));
    expect(gate(blank)).toContain('events.json: declaration-signed: no Russian title or summary');
  });
});

describe('texts written for readers', () => {
  it('catches notes about the fact sheet, excerpts and files', () => {
    const files = {
      'events.json': [
        { id: 'a', note: 'The fact sheet dates this "~2025-11".' },
        { id: 'b', summary: 'The exact day is not in the excerpt.' },
        { id: 'c', note: 'See minerals.json.' },
        { id: 'd', note: 'Not clear from the stored pages.' },
        { id: 'e', note: 'Only a mirror seen; needs an official source.' },
        { id: 'fact-sheet-id', url: 'https://example.org/facts.md', summary: 'A GCA audit.' },
      ],
    };
    expect(findProcessTalk(files).map((t) => t.path)).toEqual([
      '[0].note',
      '[1].summary',
      '[2].note',
      '[3].note',
      '[4].note',
    ]);
  });

  it('finds none in data/', () => {
    const talk = findProcessTalk(readRawFiles(path.join(ROOT, 'data')));
    expect(talk.map((t) => `${t.file}: ${t.path}: ${t.text}`)).toEqual([]);
  });
});

describe('deniedHost', () => {
  it('matches a host and its subdomains, not look-alikes', () => {
    expect(deniedHost('https://docslib.org/doc/1')?.reason).toBe('document-copy');
    expect(deniedHost('https://trends.glance.com/x')?.reason).toBe('content-farm');
    expect(deniedHost('https://www.hotbot.com./answers')?.reason).toBe('content-farm');
    expect(deniedHost('https://notgithub.com/x')).toBeUndefined();
    expect(deniedHost('not a url')).toBeUndefined();
  });
});
