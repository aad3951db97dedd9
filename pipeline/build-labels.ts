// Picks each drug's label and condenses its sections into what a clinician reads first.
import type { Label, LabelSection, LabelSectionKey } from '../src/core/index-schema';
import type { RawLabel } from './label-types';
import { amountsIn } from '../src/core/product-form';
import {
  cleanSection,
  mostCommonReactions,
  readsAsDirections,
  subsectionTitles,
  trimToSentences,
} from './label-text';

export const dailyMedUrl = (setId: string) =>
  `https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=${setId}`;

/** openFDA section keys read for each condensed section, first present wins, and its length cap. */
const SECTION_SOURCES: Record<
  Exclude<LabelSectionKey, 'patientInfo'>,
  {
    keys: string[];
    max: number;
    only?: (s: string) => boolean;
    /** the part of a source key's text to keep, or null where it holds none */
    part?: (text: string, key: string) => string | null;
  }
> = {
  // Kept whole (up to a generous cap): "the label does not list X" needs every indication read.
  indications: { keys: ['indications_and_usage'], max: 12000 },
  // (the boxed warning and contraindications nearly whole: a note says a label's contraindications
  // "do not name" a patient's other condition only where they are read in full)
  boxedWarning: { keys: ['boxed_warning'], max: 3000 },
  dosing: { keys: ['dosage_and_administration'], max: 700 },
  contraindications: { keys: ['contraindications'], max: 2000 },
  warnings: {
    keys: ['warnings_and_cautions', 'warnings', 'precautions', 'general_precautions'],
    max: 1400,
  },
  interactions: { keys: ['drug_interactions'], max: 900 },
  // From the risk summary, where the label has one: the pregnancy registry's address that opens
  // many PLR sections ("There is a pregnancy exposure registry ...") says nothing of the risk.
  // (openFDA leaves 8.1 inside the specific populations section of some labels)
  pregnancy: {
    keys: [
      'pregnancy',
      'teratogenic_effects',
      'use_in_specific_populations',
      'pregnancy_or_breast_feeding',
    ],
    max: 700,
    part: (text, key) => subsection(text, key, /\b8\.1\s+Pregnancy\b/),
  },
  // 8.2 Lactation, which openFDA gives as "nursing_mothers" or leaves inside the specific
  // populations section (8.1 Pregnancy, 8.2 Lactation, 8.4 Pediatric Use, ...). (An OTC label's
  // "If pregnant or breast-feeding" is its pregnancy section.)
  lactation: {
    keys: ['nursing_mothers', 'use_in_specific_populations'],
    max: 700,
    part: (text, key) => subsection(text, key, /\b8\.\d\s+(?:Lactation|Nursing Mothers)\b/),
  },
  pediatricUse: {
    keys: ['pediatric_use', 'use_in_specific_populations'],
    max: 600,
    part: (text, key) => subsection(text, key, /\b8\.\d\s+Pediatric Use\b/),
  },
  geriatricUse: {
    keys: ['geriatric_use', 'use_in_specific_populations'],
    max: 600,
    part: (text, key) => subsection(text, key, /\b8\.\d\s+Geriatric Use\b/),
  },
  // Only the label's own statement of its most common reactions, with the rates it gives.
  adverseReactions: {
    keys: ['adverse_reactions'],
    max: 700,
    only: (s) =>
      /\b(?:most (?:common|frequent|frequently)|commonly (?:observed|reported)|occurring in (?:at least|≥|>))/i.test(
        s,
      ),
  },
};

/**
 * A PLR subsection of section 8 ("8.2 Lactation") from its "Risk Summary" on, where it has one;
 * a section that opens with another subsection's number holds none.
 */
function subsection(text: string, key: string, heading: RegExp): string | null {
  const start = heading.exec(text);
  // (openFDA files "8.3 Females and Males of Reproductive Potential" as nursing mothers in some)
  if (!start && (key === 'use_in_specific_populations' || /^\s*8\.\d\s/.test(text))) return null;
  let part = start ? text.slice(start.index) : text;
  const end = /\s8\.[1-9]\s+[A-Z]/.exec(part.slice(4));
  if (start && end) part = part.slice(0, end.index + 4);
  const risk = part.search(/\bRisk Summary\b/i);
  // (else from its text: "8.3 Nursing Mothers Because fluoxetine is excreted ...")
  return risk > 0 ? part.slice(risk) : part.replace(SUBSECTION_HEADING, '');
}
const SUBSECTION_HEADING =
  /^\s*(?:8\.\d\s+(?:Pregnancy|Lactation|Nursing Mothers|Pediatric Use|Geriatric Use)|Lactation|Nursing Mothers|Pediatric Use|Geriatric Use)\s*[:.]?\s+(?=[A-Z])/i;

/** The label's words for patients, best first, with the name the label gives them. */
const PATIENT_SOURCES: { key: string; source: string }[] = [
  { key: 'spl_medguide', source: 'Medication Guide' },
  { key: 'spl_patient_package_insert', source: 'Patient Information' },
  { key: 'patient_medication_information', source: 'Patient Medication Information' },
  { key: 'information_for_patients', source: 'Information for patients (prescribing information)' },
];
const PATIENT_MAX = 1600;

/** Sections whose absence from the bundled copy the view states (a boxed warning may rightly be absent). */
const EXPECTED_SECTIONS: [string, string][] = [
  ['indications_and_usage', 'indications'],
  ['dosage_and_administration', 'dosing'],
  ['contraindications', 'contraindications'],
  ['adverse_reactions', 'adverse reactions'],
  ['drug_interactions', 'drug interactions'],
];

const KEY_SECTIONS = [
  'indications_and_usage',
  'dosage_and_administration',
  'contraindications',
  'drug_interactions',
  'boxed_warning',
  'warnings_and_cautions',
  'warnings',
  'adverse_reactions',
  'pregnancy',
];

/** Higher is better: a single-ingredient prescription label with the most sections, newest first. */
function labelScore(label: RawLabel, ingredientCount: number): number {
  const rx = label.openfda.product_type?.[0] === 'HUMAN PRESCRIPTION DRUG' ? 100 : 0;
  const single = ingredientCount === 1 ? 1000 : 0;
  const sections = KEY_SECTIONS.filter((k) => label.sections[k]).length * 10;
  return single + rx + sections;
}

// A product given only into a vein, a muscle or the airway is not the one a drug's name usually
// means when a label of the same ingredient alone is taken by mouth (for the label shown; the
// interactions are read from the fullest prescription label, an OTC one yields few): "ibuprofen" was summarized from
// the ibuprofen lysine injection for a premature infant's patent ductus arteriosus, "estradiol" from
// estradiol valerate injections, "haloperidol" from its long-acting decanoate.
const INJECTED = /^(?:intravenous|intramuscular|endotracheal)$/i;
const injectedOnly = (l: RawLabel) =>
  (l.openfda.route ?? []).length > 0 && (l.openfda.route ?? []).every((r) => INJECTED.test(r));
const oral = (l: RawLabel) => (l.openfda.route ?? []).some((r) => /^oral$/i.test(r));

export function chooseLabel(
  candidates: RawLabel[],
  ingredientCount: (l: RawLabel) => number,
  { preferOral = false } = {},
): RawLabel | null {
  const sorted = [...candidates].sort(
    (a, b) =>
      labelScore(b, ingredientCount(b)) - labelScore(a, ingredientCount(a)) ||
      (b.effective_time ?? '').localeCompare(a.effective_time ?? '') ||
      a.set_id.localeCompare(b.set_id),
  );
  const best = sorted[0] ?? null;
  if (preferOral && best && ingredientCount(best) === 1 && injectedOnly(best))
    return sorted.find((l) => ingredientCount(l) === 1 && oral(l)) ?? best;
  return best;
}

export function labelTitle(label: RawLabel): string {
  const brand = label.openfda.brand_name?.[0];
  const generic =
    label.openfda.generic_name?.[0] ?? label.openfda.substance_name?.join(', ') ?? 'drug';
  const route = label.openfda.route?.[0];
  const titleCase = (s: string) => s.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  const name =
    brand && brand.toLowerCase() !== generic.toLowerCase()
      ? `${brand} (${generic.toLowerCase()})`
      : titleCase(generic);
  return route ? `${name}, ${route.toLowerCase()}` : name;
}

export function isoDate(yyyymmdd: string | null | undefined): string | null {
  return yyyymmdd && /^\d{8}$/.test(yyyymmdd)
    ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
    : null;
}

/** The sentences of a label's indications that state another product's indication. */
export type OtherProduct = (label: RawLabel, indications: string) => string[];

export function condenseLabel(
  label: RawLabel,
  combination: boolean,
  others: RawLabel[],
  otherProduct: OtherProduct,
): Label {
  const sections: Partial<Record<LabelSectionKey, LabelSection>> = {};
  for (const [key, spec] of Object.entries(SECTION_SOURCES) as [
    Exclude<LabelSectionKey, 'patientInfo'>,
    (typeof SECTION_SOURCES)['indications'],
  ][]) {
    // (the first source key with text, or, where only a part is kept, the first with that part)
    let cleaned = '';
    let skipped = false;
    for (const k of spec.keys) {
      if (!label.sections[k]?.trim()) continue;
      const whole = cleanSection(label.sections[k]!);
      const part = spec.part ? spec.part(whole, k) : whole;
      if (part === null) continue;
      cleaned = part;
      skipped = part.length < whole.length && !whole.startsWith(part);
      break;
    }
    if (cleaned.length < 3) continue;
    const trimmed =
      key === 'adverseReactions'
        ? (mostCommonReactions(cleaned, spec.max) ?? { text: '', truncated: true })
        : trimToSentences(cleaned, spec.max, spec.only);
    if (skipped) trimmed.truncated = true;
    if (!trimmed.text) continue;
    if (key === 'indications' && readsAsDirections(trimmed.text)) continue;
    const foreign = key === 'indications' ? otherProduct(label, trimmed.text) : [];
    sections[key] = foreign.length ? { ...trimmed, otherProduct: foreign } : trimmed;
  }
  const patient = PATIENT_SOURCES.find((p) => label.sections[p.key]?.trim());
  const warningsRaw =
    label.sections.warnings_and_cautions ??
    label.sections.warnings ??
    label.sections.precautions ??
    '';
  return {
    setId: label.set_id,
    title: labelTitle(label),
    effectiveDate: isoDate(label.effective_time),
    version: label.version ?? null,
    manufacturer: label.openfda.manufacturer_name?.[0] ?? null,
    route: label.openfda.route?.[0]?.toLowerCase() ?? null,
    routes: textRoutes(label, others),
    amounts: textAmounts(label, others),
    productTypes: textProductTypes(label, others),
    url: dailyMedUrl(label.set_id),
    combination,
    otherIndications: otherIndications(label, others, otherProduct),
    sections: sections as Label['sections'],
    warningTopics: subsectionTitles(warningsRaw).slice(0, 12),
    patientText: patient
      ? {
          source: patient.source,
          ...trimToSentences(label.sections[patient.key]!.replace(/\s+/g, ' ').trim(), PATIENT_MAX),
        }
      : null,
    missingSections: EXPECTED_SECTIONS.filter(
      ([k, name]) =>
        !label.sections[k]?.trim() || (name === 'indications' && !sections.indications),
    ).map(([, name]) => name),
  };
}

/** Every route openFDA gives a label by, in lower case ("intravenous", "oral"). */
export function labelRoutes(label: RawLabel): string[] {
  return [...new Set((label.openfda.route ?? []).map((r) => r.toLowerCase()))].sort();
}

// The sections that name a product's strengths and doses.
const AMOUNT_SECTIONS = [
  'dosage_forms_and_strengths',
  'how_supplied',
  'dosage_and_administration',
  'description',
];

/**
 * The amounts every label whose indications are this one's text names for its product, in its
 * strengths, supply, dosing and description ("1 mg", "5 mg"): a question that names one
 * ("finasteride 1 mg for bph") is answered for "covers" only by the labels that name it.
 */
function textAmounts(label: RawLabel, others: RawLabel[]): string[] {
  const text = ownIndications(label);
  const labels = [label, ...others.filter((l) => text && ownIndications(l) === text)];
  return [
    ...new Set(
      labels.flatMap((l) =>
        amountsIn([labelTitle(l), ...AMOUNT_SECTIONS.map((k) => l.sections[k] ?? '')].join(' \n ')),
      ),
    ),
  ].sort();
}

/** Whether openFDA files a label as an over-the-counter or a prescription product. */
export function labelProductTypes(label: RawLabel): string[] {
  return [
    ...new Set(
      (label.openfda.product_type ?? []).flatMap((t) =>
        /\bOTC\b/i.test(t) ? ['otc'] : /\bPRESCRIPTION\b/i.test(t) ? ['rx'] : [],
      ),
    ),
  ].sort();
}

/** The product types of every label whose indications are this one's text ("otc", "rx"). */
function textProductTypes(label: RawLabel, others: RawLabel[]): string[] {
  const text = ownIndications(label);
  const labels = [label, ...others.filter((l) => text && ownIndications(l) === text)];
  return [...new Set(labels.flatMap(labelProductTypes))].sort();
}

const ownIndications = (label: RawLabel) =>
  cleanSection(label.sections.indications_and_usage ?? '');

/**
 * The routes of every label whose indications are this one's text: a question that names a route
 * ("topical tacrolimus") is answered only by the texts of labels given that way.
 */
function textRoutes(label: RawLabel, others: RawLabel[]): string[] {
  const text = ownIndications(label);
  return [
    ...new Set(
      [label, ...others.filter((l) => text && ownIndications(l) === text)].flatMap(labelRoutes),
    ),
  ].sort();
}

/** Each other label's indications, once per distinct text (many makers share one text). */
function otherIndications(
  chosen: RawLabel,
  others: RawLabel[],
  otherProduct: OtherProduct,
): Label['otherIndications'] {
  const seen = new Set<string>();
  seen.add(ownIndications(chosen));
  const out: Label['otherIndications'] = [];
  for (const l of others) {
    const text = ownIndications(l);
    if (!text || seen.has(text) || readsAsDirections(text)) continue;
    seen.add(text);
    const trimmed = trimToSentences(text, SECTION_SOURCES.indications.max);
    const foreign = otherProduct(l, trimmed.text);
    out.push({
      setId: l.set_id,
      title: labelTitle(l),
      url: dailyMedUrl(l.set_id),
      routes: textRoutes(l, others),
      amounts: textAmounts(l, others),
      productTypes: textProductTypes(l, others),
      ...trimmed,
      ...(foreign.length ? { otherProduct: foreign } : {}),
    });
  }
  return out;
}
