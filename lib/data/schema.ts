import { z } from 'zod';
import { effectiveDay, isDay, isValidPartialDate } from './dates';
import {
  CONFIDENCE,
  COUNTRY_GROUPS,
  DATE_PRECISIONS,
  EVENT_KINDS,
  MISSION_EVENT_KINDS,
  MISSION_LEVELS,
  PROJECT_STAGES,
  RELATION_STATUSES,
  SHARE_MEASURES,
  type EventKind,
} from './enums';

export {
  ACCORDS_STATUSES,
  CONFIDENCE,
  COUNTRY_GROUPS,
  DATA_FILES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_PHASES,
  MISSION_LEVELS,
  PROJECT_STAGES,
  RELATION_STATUSES,
  SHARE_MEASURES,
  TIE_LEVELS,
  TIE_TOPICS,
} from './enums';
export type * from './enums';

const RTL_LANGS = new Set(['ar', 'he']);
const MISSION_KINDS: ReadonlySet<EventKind> = new Set(MISSION_EVENT_KINDS);

const Text = z.string().min(1);
const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');
const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code');
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

/** One page cited by facts. */
export const SourceSchema = z
  .strictObject({
    id: Id,
    url: z.url({ protocol: /^https?$/ }),
    publisher: Text,
    published: PartialDateSchema.nullable(),
    httpOnly: z.literal(true).optional(),
    note: Text.optional(),
  })
  .superRefine((source, ctx) => {
    const isHttps = source.url.startsWith('https://');
    if (!isHttps && !source.httpOnly) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'must be https (set httpOnly: true only when the fact sheet has no https URL)',
      });
    }
    if (isHttps && source.httpOnly) {
      ctx.addIssue({ code: 'custom', path: ['httpOnly'], message: 'only for http URLs' });
    }
  });

const NativeNameSchema = z
  .strictObject({
    text: Text,
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 tag'),
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

const TradeFactSchema = z.strictObject({
  partner: Iso3,
  value: Text,
  period: Text,
  date: PartialDateSchema,
  sources: SourceIds,
  confidence: ConfidenceSchema,
  note: Text.optional(),
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
  trade: z.array(TradeFactSchema),
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
    host: Iso3.optional(),
    sender: Iso3.optional(),
    /** True for steps on the Abraham Accords track (announcing, signing, implementing, pursuing). */
    accords: z.boolean(),
    /** The signed document itself established diplomatic relations between its non-broker parties. */
    establishesRelations: z.literal(true).optional(),
    title: Text,
    summary: Text,
    summaryRu: Text.optional(),
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
      if (!event.host || !parties.has(event.host)) issue(['host'], 'must be one of the parties');
      if (!event.sender || !parties.has(event.sender))
        issue(['sender'], 'must be one of the parties');
      if (event.host === event.sender) issue(['sender'], 'must differ from host');
    } else if (event.host || event.sender) {
      issue(['host'], `host and sender are only for ${MISSION_EVENT_KINDS.join(', ')}`);
    }
    if (event.endDate && effectiveDay(event.endDate) <= effectiveDay(event.date)) {
      issue(['endDate'], 'must be after date');
    }
    const brokers = new Set(event.brokers);
    if (event.establishesRelations && event.parties.filter((p) => !brokers.has(p)).length < 2) {
      issue(['establishesRelations'], 'needs at least two non-broker parties');
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
    stage: z.enum(PROJECT_STAGES).nullable(),
    stageNote: Text,
    agreementIds: z.array(Id),
    figures: z.array(FigureSchema),
    sources: SourceIds,
    confidence: ConfidenceSchema,
  })
  .refine((project) => project.location !== null || project.locationNote !== undefined, {
    message: 'a project without a location needs a locationNote',
    path: ['locationNote'],
  });

/** Dataset-level metadata. */
export const MetaSchema = z.strictObject({
  title: Text,
  /** The latest fact date in the dataset. */
  asOf: Day,
  sourcesSearchedUntil: PartialDateSchema,
  sourcesSearchedNote: Text,
  note: Text,
  openQuestions: z.array(Text),
});

export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Alternative = z.infer<typeof AlternativeSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type MineralProfile = NonNullable<Country['minerals']>;
export type TradeFact = Country['trade'][number];
export type AccordsEvent = z.infer<typeof EventSchema>;
export type TieStatement = z.infer<typeof TieStatementSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Project = z.infer<typeof ProjectSchema>;
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
}
