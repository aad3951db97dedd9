// Picks each drug's label and condenses its sections into what a clinician reads first.
import type { Label, LabelSection, LabelSectionKey } from '../src/core/index-schema';
import type { RawLabel } from './label-types';
import { cleanSection, subsectionTitles, trimToSentences } from './label-text';

export const dailyMedUrl = (setId: string) =>
  `https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=${setId}`;

/** openFDA section keys read for each condensed section, first present wins, and its length cap. */
const SECTION_SOURCES: Record<
  LabelSectionKey,
  { keys: string[]; max: number; pick?: (s: string) => boolean }
> = {
  indications: { keys: ['indications_and_usage'], max: 700 },
  boxedWarning: { keys: ['boxed_warning'], max: 900 },
  dosing: { keys: ['dosage_and_administration'], max: 700 },
  contraindications: { keys: ['contraindications'], max: 500 },
  warnings: {
    keys: ['warnings_and_cautions', 'warnings', 'precautions', 'general_precautions'],
    max: 1400,
  },
  interactions: { keys: ['drug_interactions'], max: 900 },
  pregnancy: {
    keys: ['pregnancy', 'teratogenic_effects', 'pregnancy_or_breast_feeding'],
    max: 500,
  },
  adverseReactions: {
    keys: ['adverse_reactions'],
    max: 600,
    pick: (s) => /most common|most frequent|commonly observed|incidence/i.test(s),
  },
  patientInfo: {
    keys: [
      'information_for_patients',
      'spl_medguide',
      'spl_patient_package_insert',
      'patient_medication_information',
    ],
    max: 700,
  },
};

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

export function chooseLabel(
  candidates: RawLabel[],
  ingredientCount: (l: RawLabel) => number,
): RawLabel | null {
  const sorted = [...candidates].sort(
    (a, b) =>
      labelScore(b, ingredientCount(b)) - labelScore(a, ingredientCount(a)) ||
      (b.effective_time ?? '').localeCompare(a.effective_time ?? '') ||
      a.set_id.localeCompare(b.set_id),
  );
  return sorted[0] ?? null;
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

export function condenseLabel(label: RawLabel, combination: boolean): Label {
  const sections: Partial<Record<LabelSectionKey, LabelSection>> = {};
  for (const [key, spec] of Object.entries(SECTION_SOURCES) as [
    LabelSectionKey,
    (typeof SECTION_SOURCES)[LabelSectionKey],
  ][]) {
    const sourceKey = spec.keys.find((k) => label.sections[k]?.trim());
    if (!sourceKey) continue;
    const cleaned = cleanSection(label.sections[sourceKey]!);
    if (cleaned.length < 3) continue;
    sections[key] = trimToSentences(cleaned, spec.max, spec.pick);
  }
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
    url: dailyMedUrl(label.set_id),
    combination,
    sections: sections as Label['sections'],
    warningTopics: subsectionTitles(warningsRaw).slice(0, 12),
  };
}
