// Assembles a drug's evidence summary from its index entry: sections in a specialist's
// order, numbered citations, an optional condition focus and a reader's wording.
import type {
  EvidenceSummary,
  GuidelineItem,
  Reader,
  Reference,
  ResearchItem,
} from './evidence-types';
import type { DrugEntry, LabelSectionKey } from './index-schema';
import { conditionTerms, mentionsCondition } from './question';

export const DISCLAIMER =
  'For use by licensed clinicians as a reference only. Rx Evidence Lens assembles excerpts from FDA labels, guidelines and studies by software; it is not medical advice, may be incomplete or out of date, and does not replace clinical judgment or the full prescribing information.';
export const PATIENT_DISCLAIMER =
  'This is general information drawn from official drug labels and published studies. It is not medical advice. Talk to your doctor or pharmacist before starting, stopping or changing any medicine.';

const LABEL_ORDER: { key: LabelSectionKey; clinician: string; patient: string }[] = [
  { key: 'boxedWarning', clinician: 'Boxed warning', patient: 'Most serious warning' },
  { key: 'indications', clinician: 'Indications', patient: 'What it is used for' },
  { key: 'dosing', clinician: 'Dosing', patient: 'How it is taken' },
  { key: 'contraindications', clinician: 'Contraindications', patient: 'Who should not take it' },
  { key: 'warnings', clinician: 'Warnings and precautions', patient: 'Warnings' },
  { key: 'interactions', clinician: 'Drug interactions', patient: 'Other medicines' },
  { key: 'pregnancy', clinician: 'Pregnancy', patient: 'Pregnancy' },
  { key: 'adverseReactions', clinician: 'Adverse reactions', patient: 'Side effects' },
];

const QUESTION_ORDER = ['efficacy', 'comparison', 'safety'] as const;
const QUESTION_HEADING: Record<Reader, Record<(typeof QUESTION_ORDER)[number], string>> = {
  clinician: { efficacy: 'Efficacy', comparison: 'Comparisons', safety: 'Safety' },
  patient: {
    efficacy: 'Does it work?',
    comparison: 'Compared with other treatments',
    safety: 'Is it safe?',
  },
};

export interface AssembleOptions {
  query?: string;
  condition?: string | null;
  reader?: Reader;
  buildDate: string;
  /** drugs of the same class, for follow-up questions */
  related?: { id: string; name: string }[];
}

export function assembleEvidence(entry: DrugEntry, options: AssembleOptions): EvidenceSummary {
  const reader = options.reader ?? 'clinician';
  const condition = options.condition ?? null;
  const terms = condition ? conditionTerms(condition) : [];
  const references: Reference[] = [];
  const refNumbers = new Map<string, number>();
  /** The reference number of a source, numbered on first citation. */
  const cite = (key: string, make: () => Omit<Reference, 'n'>): number => {
    let n = refNumbers.get(key);
    if (n === undefined) {
      n = references.length + 1;
      refNumbers.set(key, n);
      references.push({ ...make(), n });
    }
    return n;
  };

  // Guidelines: statements about the asked condition first; superseded ones last.
  const guidelineItems: GuidelineItem[] = entry.guidelines
    .map((g) => ({
      g,
      about:
        terms.length > 0 &&
        (mentionsCondition(g.text, terms) || g.conditions.some((c) => mentionsCondition(c, terms))),
    }))
    .sort(
      (a, b) =>
        Number(b.about) - Number(a.about) || Number(a.g.superseded) - Number(b.g.superseded),
    )
    .map(({ g, about }) => ({
      text: g.text,
      issuer: g.issuer,
      year: g.year,
      strength: g.strength,
      direction: g.direction,
      kind: g.kind,
      via: g.via,
      conditions: g.conditions,
      superseded: g.superseded,
      supersededBy: g.supersededBy,
      aboutCondition: about,
      refs: [
        cite(`g:${g.guidelineId}`, () => ({
          type: 'guideline',
          text: `${g.issuer}${g.year ? ` (${g.year})` : ''}. ${g.title}.${g.kind === 'summary' ? ' Guideline summary (unverified third-party summary).' : ''}${g.superseded ? ` Superseded${g.supersededBy ? ` by ${g.supersededBy}` : ''}.` : ''}`,
          url: g.url,
        })),
      ],
    }));

  // Label: one reference for the label; the patient reader gets the label's patient section first.
  const label = entry.label;
  const labelRef = label
    ? cite(`l:${label.setId}`, () => ({
        type: 'label',
        text: `FDA label: ${label.title}. DailyMed set id ${label.setId}${label.effectiveDate ? `, effective ${label.effectiveDate}` : ', effective date not given in the data'}.`,
        url: label.url,
      }))
    : 0;
  const labelItems = label
    ? [
        ...(reader === 'patient' && label.sections.patientInfo
          ? [
              {
                key: 'patientInfo',
                heading: 'Information for patients',
                ...label.sections.patientInfo,
                refs: [labelRef],
              },
            ]
          : []),
        ...LABEL_ORDER.filter((s) => label.sections[s.key]).map((s) => ({
          key: s.key,
          heading: reader === 'patient' ? s.patient : s.clinician,
          text: label.sections[s.key]!.text,
          truncated: label.sections[s.key]!.truncated,
          refs: [labelRef],
        })),
      ]
    : [];
  const indications = label?.sections.indications?.text ?? null;
  const labelIndicationsMention =
    condition && indications !== null ? mentionsCondition(indications, terms) : null;

  // Research: grouped by question, the condition's studies first; numbered in display order.
  const groups = QUESTION_ORDER.map((q) => ({
    question: QUESTION_HEADING[reader][q],
    items: entry.research
      .filter((s) => s.question === q)
      .map((s) => ({
        s,
        about:
          terms.length > 0 &&
          mentionsCondition(`${s.title} ${s.finding} ${s.mesh.join(' ')}`, terms),
      }))
      .sort((a, b) => Number(b.about) - Number(a.about))
      .map(({ s, about }): ResearchItem => ({
        finding: s.finding,
        findingSource: s.findingSource,
        title: s.title,
        design: s.design,
        year: s.year,
        pmid: s.pmid,
        aboutCondition: about,
        refs: [cite(`s:${s.id}`, () => ({ type: 'study', text: studyCitation(s), url: s.url }))],
      })),
  })).filter((g) => g.items.length > 0);
  const researchItems = groups.flatMap((g) => g.items);

  return {
    query: options.query ?? entry.name,
    drug: {
      id: entry.id,
      name: entry.name,
      brands: entry.brands,
      classes: entry.classes.map((c) => c.name),
    },
    focus: {
      condition,
      labelIndicationsMention,
      note: focusNote(
        entry.name,
        condition,
        labelIndicationsMention,
        guidelineItems,
        researchItems,
      ),
    },
    reader,
    lastUpdated: {
      labelEffectiveDate: label?.effectiveDate ?? null,
      indexBuildDate: options.buildDate,
    },
    reviewStatus: entry.reviewStatus,
    guidelines: {
      items: guidelineItems,
      empty: guidelineItems.length
        ? null
        : `No guideline recommendations about ${entry.name} or its class are in the bundled data.`,
    },
    label: {
      title: label?.title ?? null,
      combination: label?.combination ?? false,
      keyPoints: label?.warningTopics ?? [],
      items: labelItems,
      empty: label ? null : `No FDA label for ${entry.name} is in the bundled data.`,
    },
    research: {
      groups,
      empty: groups.length ? null : `No research about ${entry.name} is in the bundled data.`,
    },
    references,
    followUps: followUps(entry, condition, options.related ?? []),
    disclaimer: reader === 'patient' ? PATIENT_DISCLAIMER : DISCLAIMER,
  };
}

function studyCitation(s: DrugEntry['research'][number]): string {
  const who = s.authors.length ? `${s.authors[0]}${s.authors.length > 1 ? ' et al' : ''}. ` : '';
  const title = s.titleIsQuestion ? `Research question: ${s.title}` : s.title.replace(/\.$/, '');
  const where = [s.journal, s.year].filter(Boolean).join(', ');
  const id = s.pmid ? `PMID ${s.pmid}` : s.pmcid ? s.pmcid : s.id;
  return `${who}${title}. ${where ? `${where}. ` : ''}${id}.`;
}

function focusNote(
  name: string,
  condition: string | null,
  labelMention: boolean | null,
  guidelines: GuidelineItem[],
  research: ResearchItem[],
): string | null {
  if (!condition) return null;
  const parts: string[] = [];
  if (labelMention === true) parts.push(`The FDA label's indications mention ${condition}.`);
  else if (labelMention === false)
    parts.push(`The FDA label does not list ${condition} among the indications for ${name}.`);
  const g = guidelines.filter((x) => x.aboutCondition).length;
  const r = research.filter((x) => x.aboutCondition).length;
  parts.push(
    g
      ? `${g} guideline statement${g > 1 ? 's' : ''} about ${condition} shown first.`
      : `No guideline statement in the bundled data is about ${condition}.`,
  );
  parts.push(
    r
      ? `${r} stud${r > 1 ? 'ies' : 'y'} about ${condition} shown first.`
      : `No study in the bundled data is about ${condition}.`,
  );
  return parts.join(' ');
}

function followUps(
  entry: DrugEntry,
  condition: string | null,
  related: { id: string; name: string }[],
): { label: string; query: string }[] {
  const out: { label: string; query: string }[] = [];
  const conditions = [
    ...new Set(entry.guidelines.filter((g) => !g.superseded).flatMap((g) => g.conditions)),
  ].filter((c) => c !== condition);
  for (const c of conditions.slice(0, 3))
    out.push({ label: `${entry.name} for ${c}`, query: `${entry.name} for ${c}` });
  for (const r of related.filter((r) => r.id !== entry.id).slice(0, 3))
    out.push({ label: `${r.name} (same class)`, query: r.name });
  if (condition) out.push({ label: `All evidence on ${entry.name}`, query: entry.name });
  return out;
}
