import { z } from 'zod';
import { effectiveDay, firstDay, isDay, isValidPartialDate } from './dates';
import {
  CONFIDENCE,
  CONTACT_KINDS,
  CONTACT_LEVELS,
  CONTEXT_KINDS,
  COUNTRY_GROUPS,
  DATE_PRECISIONS,
  DEAL_KINDS,
  DOCUMENT_STEP_KINDS,
  DOCUMENT_TYPES,
  EVENT_KINDS,
  MISSION_EVENT_KINDS,
  MISSION_LEVEL_KINDS,
  MISSION_LEVELS,
  PROJECT_STAGES,
  RELATION_STATUSES,
  RESOURCE_CATEGORIES,
  RESOURCE_CLASSES,
  RESOURCE_UNITS,
  SHARE_MEASURES,
  SOURCE_KINDS,
  TRADE_FLOWS,
  VALUE_QUALIFIERS,
  type EventKind,
} from './enums';

export type * from './enums';

const RTL_LANGS = new Set(['ar', 'he']);
const MISSION_KINDS: ReadonlySet<EventKind> = new Set(MISSION_EVENT_KINDS);
const MISSION_LEVEL_SETTERS: ReadonlySet<EventKind> = new Set(MISSION_LEVEL_KINDS);
const DOCUMENT_STEPS: ReadonlySet<EventKind> = new Set(DOCUMENT_STEP_KINDS);
const CONTACTS: ReadonlySet<EventKind> = new Set(CONTACT_KINDS);
const CONTEXT: ReadonlySet<EventKind> = new Set(CONTEXT_KINDS);
/** Steps taken by one state's organ (a cabinet approving, a parliament ratifying). */
const STEPS_BY_ONE_PARTY: ReadonlySet<EventKind> = new Set(['approved', 'ratified']);

const Text = z.string().min(1);
const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');
/** ISO 3166 alpha-3, or a user-assigned X.. code for a party without one (e.g. XSO, Somaliland). */
const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code');
const Lang = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 tag');
const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code');
const Day = z.string().refine(isDay, 'must be a valid YYYY-MM-DD day');
const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);
const ConfidenceSchema = z.enum(CONFIDENCE);
const SourceIds = z.array(Id).min(1, 'a fact needs at least one source');

/** A date known to a day, month or year; `value` must be a real calendar date. */
export const PartialDateSchema = z
  .strictObject({ value: z.string(), precision: z.enum(DATE_PRECISIONS) })
  .refine(isValidPartialDate, {
    message: 'not a valid calendar date for its precision',
    path: ['value'],
  });

/** A value or date that another source gives instead. */
export const AlternativeSchema = z
  .strictObject({
    value: Text.optional(),
    date: PartialDateSchema.optional(),
    sources: SourceIds,
    confidence: ConfidenceSchema.optional(),
    note: Text,
  })
  .refine((alt) => alt.value !== undefined || alt.date !== undefined, {
    message: 'an alternative needs a value or a date',
  });

const Alternatives = z.array(AlternativeSchema).min(1).optional();

/** A labelled, sourced figure kept as text so that ranges and qualifiers survive. */
export const FigureSchema = z.strictObject({
  label: Text,
  value: Text,
  date: PartialDateSchema.optional(),
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
  alternatives: Alternatives,
});

/** A named person acting for a country (signatory or witness). */
export const PersonSchema = z.strictObject({ name: Text, iso3: Iso3, role: Text.optional() });

const LocalizedNameSchema = z.strictObject({ en: Text, ru: Text });

/**
 * One page cited by facts. The schema accepts http URLs so that a dataset under repair still
 * loads; `npm run data:check` (lib/data/quality.ts) fails on them, and on denied hosts.
 */
export const SourceSchema = z.strictObject({
  id: Id,
  url: z.url({ protocol: /^https?$/ }),
  /** Tier of the page: see SOURCE_KINDS and the README's "Source tiers". */
  kind: z.enum(SOURCE_KINDS),
  publisher: Text,
  /** The page's own headline or title. */
  title: Text.optional(),
  /** Publication date the page gives; null when it gives none. */
  published: PartialDateSchema.nullable(),
  /** Language of the page. */
  lang: Lang,
  /** A copy in a web archive (web.archive.org, archive.today). */
  archiveUrl: z.url({ protocol: /^https$/ }).optional(),
  note: Text.optional(),
});

/** A country or territory outside the dataset's eleven that events may name (not drawn on the map). */
export const PartySchema = z.strictObject({
  code: Iso3,
  names: LocalizedNameSchema,
  note: Text.optional(),
});

const NativeNameSchema = z
  .strictObject({
    text: Text,
    lang: Lang,
    dir: z.enum(['ltr', 'rtl']),
  })
  .refine((name) => (name.dir === 'rtl') === RTL_LANGS.has(name.lang.split('-')[0] ?? ''), {
    message: 'dir must be rtl for Hebrew and Arabic and ltr otherwise',
    path: ['dir'],
  });

const CapitalSchema = z.strictObject({
  name: LocalizedNameSchema,
  lat: Latitude,
  lon: Longitude,
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
  alternatives: Alternatives,
  figures: z.array(FigureSchema).min(1).optional(),
});

const KnownPopulationSchema = z.strictObject({
  value: z
    .strictObject({
      text: Text,
      min: z.number().int().positive(),
      max: z.number().int().positive(),
    })
    .refine((v) => v.min <= v.max, { message: 'min must not exceed max', path: ['max'] }),
  date: PartialDateSchema,
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
  alternatives: Alternatives,
});

/** An unknown value: null plus a note saying why. */
const UnknownValueSchema = z.strictObject({ value: z.null(), note: Text });

const WorldShareSchema = z.strictObject({
  mineral: Text,
  measure: z.enum(SHARE_MEASURES),
  share: Text,
  percent: z.number().min(0).max(100).optional(),
  date: PartialDateSchema.nullable(),
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
  alternatives: Alternatives,
});

const MineralProfileSchema = z.strictObject({
  keyMinerals: z.array(Text).min(1),
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
  worldShares: z.array(WorldShareSchema),
  figures: z.array(FigureSchema).optional(),
});

/** The span of time a figure covers, e.g. January to November 2025. */
const PeriodSchema = z
  .strictObject({ start: PartialDateSchema, end: PartialDateSchema })
  .refine((p) => firstDay(p.start) <= firstDay(p.end), {
    message: 'start must not be after end',
    path: ['end'],
  });

/** An amount of money as a number in whole currency units (162.4 million is 162400000). */
const MoneySchema = z.strictObject({
  value: z.number().positive(),
  currency: Currency,
  qualifier: z.enum(VALUE_QUALIFIERS),
});

/** A trade figure between two countries, as a number that can be charted. */
export const TradeSchema = z
  .strictObject({
    id: Id,
    /** The country whose statistics or statement the figure is. */
    reporter: Iso3,
    partner: Iso3,
    /** turnover: both ways; exports: reporter to partner; imports: partner to reporter. */
    flow: z.enum(TRADE_FLOWS),
    /** Null when the source gives a trend but no figure (then `note` says what it gives). */
    amount: MoneySchema.nullable(),
    /** Null when the source does not say which months or years the figure covers. */
    period: PeriodSchema.nullable(),
    periodNote: Text.optional(),
    /** When the figure was stated or published. */
    date: PartialDateSchema,
    sources: SourceIds,
    confidence: ConfidenceSchema,
    note: Text.optional(),
    alternatives: Alternatives,
  })
  .superRefine((trade, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (trade.reporter === trade.partner) issue(['partner'], 'must differ from reporter');
    if (trade.amount === null && !trade.note)
      issue(['note'], 'a figure without an amount needs a note');
    if (trade.period === null && !trade.periodNote) {
      issue(['periodNote'], 'a figure without a period needs a periodNote');
    }
  });

/** A country with names, capital and sourced profile facts. */
export const CountrySchema = z.strictObject({
  iso3: Iso3,
  numeric: z.string().regex(/^\d{3}$/, 'must be a 3-digit ISO 3166 numeric code'),
  names: z.strictObject({
    en: Text,
    ru: Text,
    short: LocalizedNameSchema.optional(),
    native: NativeNameSchema.optional(),
  }),
  capital: CapitalSchema,
  groups: z
    .array(z.enum(COUNTRY_GROUPS))
    .refine((groups) => new Set(groups).size === groups.length, 'groups must be unique'),
  population: z.union([KnownPopulationSchema, UnknownValueSchema]),
  minerals: MineralProfileSchema.nullable(),
});

/** A document in the Accords story: who signed it, what it is and where its text is. */
export const DocumentSchema = z
  .strictObject({
    id: Id,
    title: Text,
    titleRu: Text,
    type: z.enum(DOCUMENT_TYPES),
    /** True for documents of the Abraham Accords (they drive the Accords status). */
    accords: z.boolean(),
    /** Every state that signed it or signed as witness, over its whole life. */
    parties: z.array(Iso3).min(1),
    /** The parties that signed as broker or witness rather than joining. */
    witnesses: z.array(Iso3).min(1).optional(),
    /** The document itself established diplomatic relations between the parties signing it. */
    establishesRelations: z.literal(true).optional(),
    /** Pages carrying the document's text. */
    textSources: z.array(Id).min(1).optional(),
    sources: SourceIds,
    confidence: ConfidenceSchema,
    note: Text.optional(),
  })
  .superRefine((doc, ctx) => {
    const parties = new Set(doc.parties);
    if (parties.size !== doc.parties.length) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: 'parties must be unique' });
    }
    doc.witnesses?.forEach((iso3, i) => {
      if (!parties.has(iso3)) {
        ctx.addIssue({ code: 'custom', path: ['witnesses', i], message: 'must also be a party' });
      }
    });
  });

/** The sender's mission in the host that a mission event is about. */
const MissionRefSchema = z.strictObject({
  host: Iso3,
  sender: Iso3,
  /** The level the mission has after the event; required when the event sets it. */
  level: z.enum(MISSION_LEVELS).optional(),
  city: Text.optional(),
});

/** Who visited or called whom, at what level. */
const ContactSchema = z.strictObject({
  /** The visitor, or the caller. */
  from: Iso3,
  /** The hosts, or those called. */
  to: z.array(Iso3).min(1),
  /** Rank of the most senior person on the visiting or calling side. */
  level: z.enum(CONTACT_LEVELS),
});

/** A dated step: announcement, signing, opening, visit, agreement and so on. */
export const EventSchema = z
  .strictObject({
    id: Id,
    date: PartialDateSchema,
    /** Last day of a multi-day event, or of the span the sources place it in. */
    endDate: PartialDateSchema.optional(),
    kind: z.enum(EVENT_KINDS),
    parties: z.array(Iso3).min(1),
    /** Parties acting as broker or witness rather than joining. */
    brokers: z.array(Iso3).min(1).optional(),
    /** True for steps on the Abraham Accords track (announcing, signing, implementing, pursuing). */
    accords: z.boolean(),
    title: Text,
    titleRu: Text,
    summary: Text,
    summaryRu: Text,
    /** City or venue. */
    place: Text.optional(),
    /** The document whose life this step is (kinds signed, approved, ratified, in-force...). */
    documentId: Id.optional(),
    /** The state (and its organ) that approved or ratified the document. */
    by: z.strictObject({ party: Iso3, body: Text }).optional(),
    mission: MissionRefSchema.optional(),
    contact: ContactSchema.optional(),
    /** Names of lesser documents signed at the event (Accords documents are records instead). */
    documents: z.array(Text).min(1).optional(),
    signatories: z.array(PersonSchema).min(1).optional(),
    figures: z.array(FigureSchema).min(1).optional(),
    sources: SourceIds,
    confidence: ConfidenceSchema,
    alternatives: Alternatives,
    note: Text.optional(),
  })
  .superRefine((event, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const parties = new Set(event.parties);
    if (parties.size !== event.parties.length) issue(['parties'], 'parties must be unique');
    event.brokers?.forEach((iso3, i) => {
      if (!parties.has(iso3)) issue(['brokers', i], `broker ${iso3} must also be a party`);
    });
    event.signatories?.forEach((person, i) => {
      if (!parties.has(person.iso3)) issue(['signatories', i, 'iso3'], 'must be a party');
    });
    if (MISSION_KINDS.has(event.kind)) {
      const { mission } = event;
      if (!mission) issue(['mission'], `required for ${event.kind}`);
      else {
        if (!parties.has(mission.host)) issue(['mission', 'host'], 'must be one of the parties');
        if (!parties.has(mission.sender))
          issue(['mission', 'sender'], 'must be one of the parties');
        if (mission.host === mission.sender) issue(['mission', 'sender'], 'must differ from host');
        if (MISSION_LEVEL_SETTERS.has(event.kind) && !mission.level) {
          issue(['mission', 'level'], `required for ${event.kind}`);
        }
      }
    } else if (event.mission) {
      issue(['mission'], `only for ${MISSION_EVENT_KINDS.join(', ')}`);
    }
    if (DOCUMENT_STEPS.has(event.kind) !== (event.documentId !== undefined)) {
      issue(['documentId'], `required exactly for ${DOCUMENT_STEP_KINDS.join(', ')}`);
    }
    if (event.by && !STEPS_BY_ONE_PARTY.has(event.kind))
      issue(['by'], 'only for approved, ratified');
    if (STEPS_BY_ONE_PARTY.has(event.kind) && !event.by)
      issue(['by'], `required for ${event.kind}`);
    if (event.by && !parties.has(event.by.party))
      issue(['by', 'party'], 'must be one of the parties');
    if (CONTACTS.has(event.kind)) {
      const { contact } = event;
      if (!contact) issue(['contact'], `required for ${event.kind}`);
      else {
        if (!parties.has(contact.from)) issue(['contact', 'from'], 'must be one of the parties');
        contact.to.forEach((iso3, i) => {
          if (!parties.has(iso3) || iso3 === contact.from) {
            issue(['contact', 'to', i], 'must be another of the parties');
          }
        });
      }
    } else if (event.contact) {
      issue(['contact'], `only for ${CONTACT_KINDS.join(', ')}`);
    }
    if (CONTEXT.has(event.kind) && event.accords) {
      issue(['accords'], 'context events are never on the Accords track');
    }
    if (event.endDate && effectiveDay(event.endDate) <= effectiveDay(event.date)) {
      issue(['endDate'], 'must be after date');
    }
  });

const tieBase = {
  id: Id,
  pair: z.tuple([Iso3, Iso3]),
  /** Date the statement holds from; null when the source gives none. */
  date: PartialDateSchema.nullable(),
  statement: Text,
  sources: SourceIds,
  confidence: ConfidenceSchema,
  alternatives: Alternatives,
  note: Text.optional(),
};

/** An explicit statement about a pair that no dated event expresses. */
export const TieStatementSchema = z
  .discriminatedUnion('topic', [
    z.strictObject({
      ...tieBase,
      topic: z.literal('relations'),
      status: z.enum(RELATION_STATUSES),
    }),
    z.strictObject({
      ...tieBase,
      topic: z.literal('mission'),
      host: Iso3,
      sender: Iso3,
      level: z.enum(MISSION_LEVELS),
      city: Text.optional(),
    }),
    z.strictObject({ ...tieBase, topic: z.literal('note') }),
  ])
  .superRefine((tie, ctx) => {
    const [a, b] = tie.pair;
    if (a >= b) {
      ctx.addIssue({
        code: 'custom',
        path: ['pair'],
        message: 'must be two different codes, sorted',
      });
    }
    if (tie.topic === 'mission') {
      const inPair = tie.pair.includes(tie.host) && tie.pair.includes(tie.sender);
      if (!inPair || tie.host === tie.sender) {
        ctx.addIssue({
          code: 'custom',
          path: ['host'],
          message: 'host and sender must be the pair',
        });
      }
    }
  });

const LocationSchema = z.strictObject({
  lat: Latitude,
  lon: Longitude,
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
  alternatives: Alternatives,
});

/** Money in a minerals deal: a letter of interest, a loan, equity and so on. */
export const DealSchema = z.strictObject({
  kind: z.enum(DEAL_KINDS),
  /** Null when the source says the deal exists but gives no amount. */
  amount: MoneySchema.nullable(),
  /** Who provides the money (lender, investor), as the source names it. */
  from: Text.optional(),
  /** Who receives it. */
  to: Text.optional(),
  date: PartialDateSchema.optional(),
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
  alternatives: Alternatives,
});

/** A minerals agreement (MoU, JV, roadmap...); `eventId` links its dated event. */
export const AgreementSchema = z
  .strictObject({
    id: Id,
    title: Text,
    parties: z.array(Iso3).min(1),
    counterparties: z.array(Text).min(1).optional(),
    date: PartialDateSchema.nullable(),
    endDate: PartialDateSchema.optional(),
    dateNote: Text.optional(),
    /** Background only (e.g. an earlier non-US deal). */
    context: z.literal(true).optional(),
    signatories: z.array(PersonSchema).min(1).optional(),
    scope: Text,
    deals: z.array(DealSchema).min(1).optional(),
    figures: z.array(FigureSchema).min(1).optional(),
    sources: SourceIds,
    confidence: ConfidenceSchema,
    alternatives: Alternatives,
    eventId: Id.optional(),
  })
  .refine((agreement) => agreement.date !== null || agreement.dateNote !== undefined, {
    message: 'an agreement without a date needs a dateNote',
    path: ['dateNote'],
  });

/** A project's stage from a date on; the list of them is the project's history. */
export const StageSchema = z.strictObject({
  stage: z.enum(PROJECT_STAGES),
  date: PartialDateSchema,
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
});

/** A resource or reserve tonnage with its unit and the code it is reported under. */
export const ResourceSchema = z
  .strictObject({
    mineral: Text,
    /** What is counted, e.g. "W", "WO3", "REO", "Au". */
    substance: Text.optional(),
    amount: z.number().positive(),
    /** Upper end when the source gives a range. */
    amountMax: z.number().positive().optional(),
    qualifier: z.enum(VALUE_QUALIFIERS),
    unit: z.enum(RESOURCE_UNITS),
    class: z.enum(RESOURCE_CLASSES),
    category: z.enum(RESOURCE_CATEGORIES).optional(),
    /** Which deposits or areas it covers, when not the whole project. */
    scope: Text.optional(),
    date: PartialDateSchema.optional(),
    sources: SourceIds,
    confidence: ConfidenceSchema,
    note: Text.optional(),
    alternatives: Alternatives,
  })
  .refine((r) => r.amountMax === undefined || r.amountMax > r.amount, {
    message: 'amountMax must exceed amount',
    path: ['amountMax'],
  });

/** A deposit or project; `location` is null when no coordinates were found. */
export const ProjectSchema = z
  .strictObject({
    id: Id,
    name: Text,
    country: Iso3,
    minerals: z.array(Text).min(1),
    place: Text.optional(),
    location: LocationSchema.nullable(),
    locationNote: Text.optional(),
    /** Stage history, oldest first; empty when no dated stage is known (then `stageNote` says so). */
    stages: z.array(StageSchema),
    stageNote: Text.optional(),
    agreementIds: z.array(Id),
    resources: z.array(ResourceSchema).optional(),
    figures: z.array(FigureSchema),
    sources: SourceIds,
    confidence: ConfidenceSchema,
  })
  .superRefine((project, ctx) => {
    if (project.location === null && project.locationNote === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['locationNote'],
        message: 'a project without a location needs a locationNote',
      });
    }
    if (project.stages.length === 0 && project.stageNote === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['stageNote'],
        message: 'a project without a dated stage needs a stageNote',
      });
    }
    project.stages.forEach((stage, i) => {
      const previous = project.stages[i - 1];
      if (previous && effectiveDay(previous.date) > effectiveDay(stage.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'date'],
          message: 'stages must be in date order',
        });
      }
    });
  });

/** Dataset-level metadata. */
export const MetaSchema = z
  .strictObject({
    title: Text,
    /** Version of the dataset (semver: major for a model change, minor for new facts). */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semver version such as 2.0.0'),
    /** Year the current version was published, for citations: the year of its release date. */
    publicationYear: z.number().int().min(2000).max(2999),
    /** The latest fact date in the dataset. */
    asOf: Day,
    sourcesSearchedUntil: PartialDateSchema,
    sourcesSearchedNote: Text,
    note: Text,
    openQuestions: z.array(Text),
    /** Published versions of the dataset, oldest first; the last one is `version`. */
    releases: z
      .array(
        z.strictObject({
          version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semver version'),
          date: Day,
          summary: Text,
          summaryRu: Text,
        }),
      )
      .min(1),
  })
  .refine((meta) => meta.releases.at(-1)?.version === meta.version, {
    message: 'the last release must be the current version',
    path: ['releases'],
  })
  .refine((meta) => meta.releases.at(-1)?.date.startsWith(`${meta.publicationYear}-`), {
    message: 'must be the year of the current release',
    path: ['publicationYear'],
  });

export type Alternative = z.infer<typeof AlternativeSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Country = z.infer<typeof CountrySchema>;
export type MineralProfile = NonNullable<Country['minerals']>;
export type Trade = z.infer<typeof TradeSchema>;
export type Money = z.infer<typeof MoneySchema>;
export type AccordsDocument = z.infer<typeof DocumentSchema>;
export type AccordsEvent = z.infer<typeof EventSchema>;
export type TieStatement = z.infer<typeof TieStatementSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type ProjectStageEntry = z.infer<typeof StageSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type Deal = z.infer<typeof DealSchema>;
export type Meta = z.infer<typeof MetaSchema>;

/** `minerals.json`. */
export interface Minerals {
  agreements: Agreement[];
  projects: Project[];
}

/** The whole validated dataset. */
export interface Dataset {
  meta: Meta;
  sources: Source[];
  countries: Country[];
  events: AccordsEvent[];
  ties: TieStatement[];
  minerals: Minerals;
  parties: Party[];
  documents: AccordsDocument[];
  trade: Trade[];
}
