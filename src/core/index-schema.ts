// The bundled index's schema, checked by the pipeline when it writes the index and by the
// extension when it loads it. valibot: small, no eval (extension CSP forbids it), typed.
import * as v from 'valibot';
import { NAME_KINDS, type NameKind } from './lexicon-types';

// 2: interaction rows (interactions/<id>.json) and classes.json; search-index.json dropped.
// 3: conditions.json; labels keep their whole indications, patient text and missing sections;
//    studies say where their finding comes from and how many took part.
export const SCHEMA_VERSION = 4;
/** How many of a drug's other labels an entry lists (`otherLabels`). */
export const MAX_OTHER_LABELS = 8;

const str = v.string();
const optStr = v.nullable(v.string());

export const ReviewStatusSchema = v.picklist(['Submitted', 'Under review', 'Approved']);
export type ReviewStatus = v.InferOutput<typeof ReviewStatusSchema>;

type LexiconDrugRow = [id: string, name: string, cls: string, rank: number];
type LexiconNameRow = [text: string, drugs: number[], kind: NameKind, flags: number];
const NAME_KIND_SET = new Set<unknown>(NAME_KINDS);
const isInt = (x: unknown): x is number => Number.isInteger(x);
// The content script validates 10,000 rows at every page load: one predicate per row instead of
// a tuple schema, which would allocate a copy of every row and its drug list.
const DrugRowSchema = v.custom<LexiconDrugRow>(
  (r) =>
    Array.isArray(r) &&
    r.length === 4 &&
    typeof r[0] === 'string' &&
    typeof r[1] === 'string' &&
    typeof r[2] === 'string' &&
    typeof r[3] === 'number',
  'a drug row must be [id, name, class, rank]',
);
const NameRowSchema = v.custom<LexiconNameRow>(
  (r) =>
    Array.isArray(r) &&
    r.length === 4 &&
    typeof r[0] === 'string' &&
    Array.isArray(r[1]) &&
    (r[1] as unknown[]).every((i) => isInt(i) && i >= 0) &&
    NAME_KIND_SET.has(r[2]) &&
    isInt(r[3]),
  'a name row must be [text, drug indexes, kind, flags]',
);

export const LexiconFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** [id, display name, class, top-300 rank or 0] */
  drugs: v.array(DrugRowSchema),
  /** [name as written, drug indexes, kind, flags] */
  names: v.array(NameRowSchema),
  /** phrases that start like a drug name but are not one ("insulin resistance") */
  stops: v.optional(v.array(str)),
});
export type LexiconFile = v.InferOutput<typeof LexiconFileSchema>;

const LabelSectionSchema = v.object({
  text: str,
  truncated: v.boolean(),
  /** indications only: sentences that state another product's indication (a source error) */
  otherProduct: v.optional(v.array(str)),
});
export type LabelSection = v.InferOutput<typeof LabelSectionSchema>;

export const LABEL_SECTION_KEYS = [
  'indications',
  'boxedWarning',
  'dosing',
  'contraindications',
  'warnings',
  'interactions',
  'pregnancy',
  'lactation',
  'pediatricUse',
  'geriatricUse',
  'adverseReactions',
  'patientInfo',
] as const;
export type LabelSectionKey = (typeof LABEL_SECTION_KEYS)[number];

export const LabelSchema = v.object({
  setId: str,
  title: str,
  effectiveDate: optStr,
  version: optStr,
  manufacturer: optStr,
  route: optStr,
  /**
   * every route openFDA gives this label by, and the labels of the drug with the same indications
   * text ("intravenous", "oral"), in lower case; empty where it gives none
   */
  routes: v.array(str),
  /**
   * the amounts the label names for its product (its strengths, supply, dosing, description) and
   * the labels of the drug with the same indications text: "1 mg", "0.1 %"
   */
  amounts: v.array(str),
  /**
   * how openFDA files the label and those with the same indications text: "otc" (over the
   * counter), "rx" (prescription)
   */
  productTypes: v.array(str),
  url: str,
  /** the label is of a combination product that contains this drug */
  combination: v.boolean(),
  sections: v.record(v.picklist(LABEL_SECTION_KEYS), LabelSectionSchema),
  /** subsection titles of the warnings section, as the label words them */
  warningTopics: v.array(str),
  /** the label's own words for patients (Medication Guide, Patient Information), verbatim */
  patientText: v.nullable(v.object({ source: str, text: str, truncated: v.boolean() })),
  /** the indications of the drug's other single-ingredient labels (other forms, makers), distinct texts */
  otherIndications: v.array(
    v.object({
      setId: str,
      title: str,
      url: str,
      /** the routes of the labels with this text, as `routes` above */
      routes: v.array(str),
      /** the amounts they name, as `amounts` above */
      amounts: v.array(str),
      /** how openFDA files them, as `productTypes` above */
      productTypes: v.array(str),
      text: str,
      truncated: v.boolean(),
      otherProduct: v.optional(v.array(str)),
    }),
  ),
  /** openFDA sections that the bundled copy of this label does not have */
  missingSections: v.array(str),
});
export type Label = v.InferOutput<typeof LabelSchema>;

export const StudySchema = v.object({
  id: str,
  pmid: optStr,
  pmcid: optStr,
  doi: optStr,
  title: str,
  /** the title is PubMedQA's question built from the article title */
  titleIsQuestion: v.boolean(),
  journal: optStr,
  year: v.nullable(v.number()),
  authors: v.array(str),
  design: v.picklist([
    'meta-analysis',
    'systematic review',
    'randomized controlled trial',
    'controlled trial',
    'observational study',
    'study',
  ]),
  question: v.picklist(['efficacy', 'safety', 'comparison']),
  /** the abstract's own words from its results or conclusions; empty when the data has none */
  finding: str,
  findingSource: v.picklist([
    'conclusion',
    'results',
    'annotated evidence',
    'sentences naming the drug',
    'none',
  ]),
  /** participants (trials) as the abstract states them, or null */
  participants: v.nullable(v.number()),
  /** how the drug takes part: an arm of the trial, or the subject of its title */
  role: v.picklist(['arm', 'subject']),
  mesh: v.array(str),
  url: str,
  license: optStr,
  source: str,
});
export type Study = v.InferOutput<typeof StudySchema>;

export const GuidelineStatementSchema = v.object({
  guidelineId: str,
  title: str,
  issuer: str,
  year: v.nullable(v.number()),
  /** "published": quoted as published; "summary": a third party's unverified summary */
  kind: v.picklist(['published', 'summary']),
  number: optStr,
  strength: optStr,
  evidence: optStr,
  population: optStr,
  text: str,
  conditions: v.array(str),
  direction: v.picklist(['for', 'against', 'neutral']),
  /** how the statement concerns the drug: "drug" (named) or the class phrase it names */
  via: str,
  url: optStr,
  citation: optStr,
  superseded: v.boolean(),
  supersededBy: optStr,
  provenance: optStr,
});
export type GuidelineStatement = v.InferOutput<typeof GuidelineStatementSchema>;

export const DrugEntrySchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: str,
  name: str,
  brands: v.array(str),
  synonyms: v.array(str),
  abbreviations: v.array(str),
  rxcui: optStr,
  unii: optStr,
  classes: v.array(v.object({ name: str, source: str })),
  reviewStatus: ReviewStatusSchema,
  label: v.nullable(LabelSchema),
  /** the drug's other labels, the first MAX_OTHER_LABELS of them, each with its openFDA routes */
  otherLabels: v.array(
    v.object({
      setId: str,
      title: str,
      effectiveDate: optStr,
      url: str,
      routes: v.array(str),
      productTypes: v.array(str),
    }),
  ),
  guidelines: v.array(GuidelineStatementSchema),
  research: v.array(StudySchema),
  /** a name of a group of drugs ("insulin"): its members, each with its own label */
  groupOf: v.optional(v.array(v.object({ id: str, name: str }))),
});
export type DrugEntry = v.InferOutput<typeof DrugEntrySchema>;

export const INTERACTION_SECTIONS = [
  'boxedWarning',
  'contraindications',
  'warnings',
  'interactions',
] as const;
export const SEVERITIES = ['contraindicated', 'avoid', 'monitor', 'noted'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What one drug's label says about other drugs: its statements, and the pairwise row. */
export const InteractionFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: str,
  /** the single-ingredient label read, or null when the data has none */
  label: v.nullable(v.object({ setId: str, title: str, effectiveDate: optStr, url: str })),
  statements: v.array(
    v.object({
      section: v.picklist(INTERACTION_SECTIONS),
      severity: v.picklist(SEVERITIES),
      text: str,
    }),
  ),
  /** other drug id → [statement index, how the label names it: "drug" or a class key][] */
  pairs: v.record(str, v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), str]))),
});
export type InteractionFile = v.InferOutput<typeof InteractionFileSchema>;

/** Class phrases that labels use ("NSAIDs"), with each member and where membership comes from. */
export const ClassesFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  classes: v.record(
    str,
    v.object({
      label: str,
      members: v.record(str, str),
      /** members the class's guideline statements do not concern (an antibiotic MAOI), with why */
      notInGuidelines: v.optional(v.record(str, str)),
    }),
  ),
});
export type ClassesFile = v.InferOutput<typeof ClassesFileSchema>;

/** MeSH and Disease Ontology concepts, their terms (folded), broader links and same-as links. */
export const ConditionsFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** [concept id, preferred name] */
  concepts: v.array(v.tuple([str, str])),
  /** per concept, the indexes of its broader concepts */
  parents: v.array(v.array(v.number())),
  /** DO concept index, MeSH concept index: the same condition (DO xref / exactMatch) */
  same: v.array(v.tuple([v.number(), v.number()])),
  /** [concept index, broader concept index]: a broader name only, never read downwards */
  broaderOnly: v.optional(v.array(v.tuple([v.number(), v.number()]))),
  /** [folded term, concept indexes, flags: 1 an abbreviation, 2 one phase of its concept, 3 both] */
  terms: v.array(v.tuple([str, v.array(v.number()), v.number()])),
});
export type ConditionsFile = v.InferOutput<typeof ConditionsFileSchema>;

export const MetaFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  buildDate: str,
  sources: v.array(
    v.object({ name: str, files: v.array(str), version: str, date: str, records: v.number() }),
  ),
  counts: v.record(str, v.number()),
  files: v.record(str, str),
  checksum: str,
});
export type MetaFile = v.InferOutput<typeof MetaFileSchema>;

export class IndexError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'IndexError';
  }
}

/** Parses one index file against its schema, with a message that names the file and the field. */
export function parseIndexFile<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  file: string,
): v.InferOutput<S> {
  if (
    typeof data === 'object' &&
    data !== null &&
    'schemaVersion' in data &&
    (data as { schemaVersion: unknown }).schemaVersion !== SCHEMA_VERSION
  ) {
    throw new IndexError(
      `${file} is from index schema version ${String((data as { schemaVersion: unknown }).schemaVersion)}; this version of the extension reads version ${SCHEMA_VERSION}. Rebuild the data (npm run data) or reinstall the extension.`,
      file,
    );
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p: { key: unknown }) => String(p.key)).join('.') ?? '';
    throw new IndexError(
      `${file} is not a valid index file: ${path ? `${path}: ` : ''}${issue.message}`,
      file,
    );
  }
  return result.output;
}
