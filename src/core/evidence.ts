// Assembles a drug's evidence summary from its index entry: sections in a specialist's
// order, numbered citations, an optional condition focus and a reader's wording.
import type {
  EvidenceSummary,
  GuidelineItem,
  Reader,
  Reference,
  ResearchItem,
} from './evidence-types';
import { conditionKey, withoutValue, type ResolvedCondition } from './conditions';
import { aboutCondition, guidelineAboutCondition } from './about-condition';
import { isBrandsLabel, isNonproprietaryName, namesEvery } from './brand-label';
import { brandVerdict, labelVerdict, type LabelVerdict } from './condition-focus';
import { labelSafety, type LabelSafety } from './label-safety';
import { labReading, namesLabValue } from './lab-values';
import { unreadMeasure } from './unread-measures';
import { listed, nameVerb, patientFacts, warned, type PatientFacts } from './patient-facts';
import { withoutAge } from './patient-age';
import {
  askedPopulation,
  populationBeside,
  populationFinding,
  POPULATIONS,
  type Population,
  type PopulationFinding,
} from './label-population';
import type { InteractionReport } from './interactions';
import { aspectQuote, aspectSection, type Aspect } from './label-aspect';
import { MAX_OTHER_LABELS, type DrugEntry, type LabelSectionKey } from './index-schema';
import { formOf, namesACode, type FormAsked } from './product-form';
import { givenAsAsked, routesAdministered, routesNamed, type RouteAsked } from './route-asked';

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
  {
    key: 'adverseReactions',
    clinician: 'Most common adverse reactions',
    patient: 'Most common side effects',
  },
  { key: 'interactions', clinician: 'Drug interactions', patient: 'Other medicines' },
  { key: 'pregnancy', clinician: 'Pregnancy', patient: 'Pregnancy' },
  { key: 'lactation', clinician: 'Lactation', patient: 'Breastfeeding' },
  { key: 'pediatricUse', clinician: 'Pediatric use', patient: 'Children' },
  { key: 'geriatricUse', clinician: 'Geriatric use', patient: 'Older adults' },
];

/** How many studies the view shows before "show more". */
export const RESEARCH_SHOWN = 5;

const QUESTION_HEADING: Record<Reader, Record<'efficacy' | 'comparison' | 'safety', string>> = {
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
  /** the condition as the vocabulary resolved it; null when it did not */
  resolved?: ResolvedCondition | null;
  reader?: Reader;
  buildDate: string;
  /** drugs of the same class, for follow-up questions */
  related?: { id: string; name: string }[];
  /**
   * the query named a product of several ingredients ("Qsymia": phentermine and topiramate) and
   * this summary is one ingredient's: no label's word on the condition is given, since the
   * product's own label is not what was read
   */
  product?: { name: string; ingredients: string[] };
  /**
   * the brand the question named the drug by ("Viagra"): where no label of that brand is in the
   * data, the note says so first, since a brand's indications may differ from another's of the
   * same drug (Viagra and Revatio, Mounjaro and Zepbound)
   */
  brand?: string;
  /**
   * the route or form the question named ("topical tacrolimus"): only labels given that way answer
   * it, and where the data holds none, the note says so
   */
  route?: RouteAsked;
  /**
   * the release or salt the question named ("tacrolimus er", "metoprolol tartrate"): only the
   * labels that are that product answer it, and where none is, the note says so
   */
  form?: FormAsked;
  /** the condition as asked, misspelled, and the words it was read as (the condition option) */
  spelling?: { asked: string; read: string };
  /**
   * the question asks what the drug does to patients with the condition ("asked"), or names both
   * with no word between ("juxtaposed"): the note quotes where the label's warnings name it
   */
  safety?: 'asked' | 'juxtaposed';
  /** the part of the label a question asks about, with no condition ("metformin side effects") */
  aspect?: Aspect;
  /** for a group ("potassium"), its members and their labels */
  members?: { name: string; label: DrugEntry['label'] }[];
  /** another drug the question names with this one, and what the two labels say of each other */
  interaction?: {
    other: { id: string; name: string };
    /** where the other is a group ("calcium"), its members, whose names the labels may give */
    members?: { id: string; name: string }[];
    report: InteractionReport;
  };
  /** the drugs the patient takes beside the condition asked ("in a patient on tramadol"), the same */
  alsoTaking?: NonNullable<AssembleOptions['interaction']>[];
}

export function assembleEvidence(entry: DrugEntry, options: AssembleOptions): EvidenceSummary {
  const reader = options.reader ?? 'clinician';
  const condition = options.condition ?? null;
  const resolved = condition ? (options.resolved ?? null) : null;
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
      about: guidelineAboutCondition(g, resolved),
    }))
    .sort(
      (a, b) =>
        Number(b.about) - Number(a.about) ||
        Number(a.g.superseded) - Number(b.g.superseded) ||
        Number(a.g.kind !== 'published') - Number(b.g.kind !== 'published'),
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
  // A question about pregnancy, breastfeeding, children or older adults (no condition of the
  // vocabulary): the label's section on them, shown first among its sections and quoted in the note.
  const population = condition && !resolved ? askedPopulation(condition) : null;
  const populationFound = population ? populationFinding(label, population) : null;
  const aspect = !condition && !options.interaction ? (options.aspect ?? null) : null;
  const first = population ?? aspect;
  // The patient reader gets the label's own words for patients, verbatim, where it has them.
  const patientText = reader === 'patient' ? (label?.patientText ?? null) : null;
  const labelItems = !label
    ? []
    : patientText
      ? [
          {
            key: 'patientText',
            heading: patientText.source,
            text: patientText.text,
            truncated: patientText.truncated,
            refs: [labelRef],
          },
        ]
      : LABEL_ORDER.filter((s) => label.sections[s.key])
          .sort((a, b) => Number(b.key === first) - Number(a.key === first))
          .map((s) => ({
            key: s.key,
            heading: reader === 'patient' ? s.patient : s.clinician,
            text: label.sections[s.key]!.text,
            truncated: label.sections[s.key]!.truncated,
            refs: [labelRef],
          }));
  const labelNotes = label ? labelNotesFor(label, reader, Boolean(patientText)) : [];
  // A product named by its brand is answered from the labels only when its own label is among
  // them (ORLYNVAH's under sulopenem); otherwise its ingredient's labels are not what was asked.
  // (every label the data names: the other labels' list stops at eight, their indications do not)
  const titles = [
    entry.label?.title,
    ...entry.otherLabels.map((l) => l.title),
    ...(entry.label?.otherIndications.map((o) => o.title) ?? []),
  ];
  // (a product's nonproprietary name may stand in its label's opening words alone: "IMDELLTRA
  // (tarlatamab-dlle) is ..." under the title "IMDELLTRA (tarlatamab)")
  const opening = new Map(
    [
      ...(label?.sections.indications ? [[label.title, label.sections.indications.text]] : []),
      ...(label?.otherIndications.map((o) => [o.title, o.text]) ?? []),
    ].map(([t, x]) => [t!, x!.slice(0, 300).toLowerCase()]),
  );
  const isOwnLabel = (title: string, name: string) =>
    isBrandsLabel(title, name, entry.brands) ||
    (isNonproprietaryName(name) &&
      new RegExp(`\\b${name.toLowerCase()}\\b`).test(opening.get(title) ?? ''));
  const hasOwnLabel = (name: string) => titles.some((t) => t !== undefined && isOwnLabel(t, name));
  // (or when the label read is that product's: "fluticasone/salmeterol" answered by the label of
  // Fluticasone Propionate And Salmeterol)
  const product =
    options.product &&
    !hasOwnLabel(options.product.name) &&
    !(label?.combination && namesEvery(label.title, options.product.ingredients))
      ? options.product
      : undefined;
  // (a question that names a route no label of the drug is given by: no word on the indications)
  const notGiven = resolved
    ? ((options.route && notGivenThatWay(entry, options.route)) ??
      (options.form && notThatProduct(entry, options.form)) ??
      null)
    : null;
  // (a question about harm is not asking what the drug is for: no word on the indications)
  // (nor one that names a product's own nonproprietary name no label's title holds: it may be
  // another entry's, "ado-trastuzumab" is trastuzumab emtansine's)
  const unnamed =
    options.brand !== undefined &&
    isNonproprietaryName(options.brand) &&
    !hasOwnLabel(options.brand);
  const asksUse = resolved && !product && !notGiven && !unnamed && options.safety !== 'asked';
  // A group has no label of its own: the first member whose label covers the condition answers
  // ("potassium for low potassium": potassium chloride's), and only to say it covers.
  const member = asksUse && !label ? memberCovering(options.members ?? [], resolved) : null;
  const found: LabelVerdict | null = asksUse
    ? (member?.verdict ??
      (options.brand && hasOwnLabel(options.brand)
        ? brandVerdict(
            label,
            resolved,
            options.brand,
            (title) => isOwnLabel(title, options.brand!),
            labelVerdict(label, resolved),
          )
        : labelVerdict(label, resolved, options.route, options.form)))
    : null;
  // What else the question says of the patient (a value, another condition, another drug taken)
  // may withhold the label's "covers": patient-facts.ts.
  const taking = (options.alsoTaking ?? []).map((t) => ({ t, note: interactionNote(entry, t) }));
  // (pregnancy or breastfeeding beside the condition: the label's section on it, after the note on
  // the condition, as for "sertraline in pregnancy")
  const pregnancy =
    condition && resolved && !product && options.safety !== 'asked'
      ? populationBeside(condition)
      : null;
  const facts = patientFacts(
    label,
    resolved,
    found,
    !product && options.safety !== 'asked',
    taking.map(({ t, note }) => ({
      name: t.other.name,
      severity: t.report.pairs[0]?.severity ?? null,
      // (of two or more taken, which two labels say nothing of each other)
      sentence:
        note.sentence ??
        (taking.length > 1
          ? `No statement of the ${entry.name} label or the ${t.other.name} label in the bundled data names the other.`
          : null),
    })),
    pregnancy
      ? populationNote(entry.name, label, pregnancy, populationFinding(label, pregnancy))
      : null,
  );
  const verdict = facts.verdict;
  // Where the label warns of the condition, for a question about harm, or one that names drug and
  // condition side by side and is not answered by the indications ("propranolol asthma").
  const safety =
    resolved && !product && options.safety && verdict?.kind !== 'covers'
      ? labelSafety(label, resolved)
      : null;

  const withOther = options.interaction ? interactionNote(entry, options.interaction) : null;

  // Research: one list, strongest first as the index ranks it (reviews and meta-analyses, then
  // trials by size); studies about the asked condition first; a record whose results are not in
  // the data last. Each study keeps its question (efficacy, comparison, safety) as a tag.
  const ranked = entry.research
    .map((s) => ({ s, about: aboutCondition([s.title, s.finding, ...s.mesh], resolved) }))
    .sort(
      (a, b) =>
        Number(a.s.findingSource === 'none') - Number(b.s.findingSource === 'none') ||
        Number(b.about) - Number(a.about),
    )
    .map(({ s, about }): ResearchItem => ({
      finding: s.finding,
      findingSource: s.findingSource,
      title: s.title,
      design: s.design,
      year: s.year,
      pmid: s.pmid,
      question: QUESTION_HEADING[reader][s.question],
      participants: s.participants,
      role: s.role,
      resultsInData: s.findingSource !== 'none',
      aboutCondition: about,
      refs: [cite(`s:${s.id}`, () => ({ type: 'study', text: studyCitation(s), url: s.url }))],
    }));
  const groups = ranked.length
    ? [
        {
          question: reader === 'patient' ? 'Studies, strongest first' : 'Strongest evidence first',
          items: ranked,
        },
      ]
    : [];
  const researchItems = groups.flatMap((g) => g.items);

  return {
    query: options.query ?? entry.name,
    drug: {
      id: entry.id,
      name: entry.name,
      brands: entry.brands,
      classes: entry.classes.map((c) => c.name),
      ...(entry.groupOf ? { groupOf: entry.groupOf } : {}),
    },
    focus: {
      condition,
      labelIndicationsMention:
        verdict?.kind === 'covers' ? true : verdict?.kind === 'not-listed' ? false : null,
      labelQuote: verdict && 'quote' in verdict ? verdict.quote : null,
      labelSafety: ((found) => (found ? { section: found.section, quote: found.quote } : null))(
        safety ?? facts.alongsideSafety,
      ),
      labelPopulation: population
        ? {
            asked: population,
            finding: populationFound && {
              section: populationFound.section,
              quote: populationFound.quote,
            },
          }
        : null,
      labelAspect: aspect
        ? { asked: aspect, section: aspectSection(aspect), quote: aspectQuote(label, aspect) }
        : null,
      // (of the drugs taken, the first the labels say something of)
      labelInteraction:
        (withOther ?? taking.find((x) => x.note.field?.finding)?.note ?? taking[0]?.note)?.field ??
        null,
      concepts: resolved?.concepts ?? [],
      note: withLeads(
        [
          options.spelling && `Read "${options.spelling.asked}" as "${options.spelling.read}".`,
          condition && product
            ? `${product.name} is a product of ${product.ingredients.join(' and ')}; this summary is for ${entry.name}, and says nothing of what ${product.name}'s own label lists.`
            : undefined,
          notGiven ?? undefined,
          unnamed ? ownLabelMissing(options.brand!, entry) : undefined,
        ],
        // (a brand's own label missing is said only before something the note says)
        [
          !product && options.brand && !unnamed && !hasOwnLabel(options.brand)
            ? ownLabelMissing(options.brand, entry)
            : undefined,
        ],
        withOther
          ? withOther.sentence
          : population
            ? populationNote(entry.name, label, population, populationFound)
            : aspect
              ? aspectNote(entry.name, label, aspect)
              : focusNote(
                  entry.name,
                  label?.title ?? entry.name,
                  condition,
                  resolved,
                  verdict,
                  member?.name ?? null,
                  safety,
                  label?.combination ?? false,
                  guidelineItems,
                  researchItems,
                  facts,
                ),
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
      notes: labelNotes,
      empty: label ? null : noLabel(entry),
    },
    research: {
      groups,
      total: researchItems.length,
      shown: Math.min(RESEARCH_SHOWN, researchItems.length),
      empty: groups.length ? null : `No research about ${entry.name} is in the bundled data.`,
    },
    references,
    followUps: followUps(entry, condition, options.related ?? []),
    disclaimer: reader === 'patient' ? PATIENT_DISCLAIMER : DISCLAIMER,
  };
}

/**
 * What the two labels say of each other, for a question that names another drug ("can I take
 * ibuprofen with warfarin"): the most serious place one label names the other (by name or by a
 * class it belongs to), as the interactions panel reads them. Where neither is found, nothing is
 * said of the labels: the reading misses what an OTC label's "Ask a doctor" lines warn of (alcohol
 * on acetaminophen's), so an absence would read as reassurance the data cannot give.
 */
function interactionNote(
  entry: DrugEntry,
  { other, members = [], report }: NonNullable<AssembleOptions['interaction']>,
): { field: EvidenceSummary['focus']['labelInteraction']; sentence: string | null } {
  const nameOf = (id: string) =>
    id === entry.id ? entry.name : (members.find((m) => m.id === id)?.name ?? other.name);
  const finding = report.pairs[0]?.findings[0];
  if (!finding) {
    // ("alone": interactions are read from single-ingredient labels, and amoxicillin's in the data
    // are combination packs)
    const missing = report.withoutLabel.map(nameOf);
    return {
      field: { with: other, finding: null },
      sentence: missing.length
        ? `No label of ${missing.join(' or ')} alone is in the bundled data, so what ${missing.length > 1 ? 'their labels say' : 'its label says'} of ${missing.length > 1 ? 'each other' : nameOf(report.drugs.find((d) => !report.withoutLabel.includes(d))!)} cannot be shown.`
        : null,
    };
  }
  const section = finding.section.toLowerCase();
  const verb = nameVerb(section);
  const as = finding.via.kind === 'class' ? ` (as one of the ${finding.via.label})` : '';
  return {
    field: {
      with: other,
      finding: {
        labelOf: finding.labelOf,
        section,
        quote: finding.text,
        names: { id: finding.other, name: nameOf(finding.other) },
      },
    },
    sentence: `The ${nameOf(finding.labelOf)} label's ${section} ${verb} ${nameOf(finding.other)}${as}: "${finding.text}".`,
  };
}

/**
 * Where the question names a route no label of the drug in the data is given by ("topical
 * tacrolimus": both labels are capsules), the sentence that says so; null where one is, or where
 * a label's route is not known (openFDA gives none and its title names none) or not every label
 * is listed.
 */
function notGivenThatWay(entry: DrugEntry, route: RouteAsked): string | null {
  const label = entry.label;
  if (!label || entry.otherLabels.length >= MAX_OTHER_LABELS) return null;
  // (every label's route as openFDA gives it, named in the note; none where one has none)
  const labels = [label, ...entry.otherLabels];
  if (labels.some((l) => !l.routes.length)) return null;
  // (nor where a title or a text says it is given that way: "Budesonide Inhalation Suspension",
  // filed as oral; "may be administered orally")
  const texts = [
    label.sections.indications?.text ?? '',
    ...label.otherIndications.map((o) => o.text),
  ];
  const given = [
    ...labels.map((l) => [...l.routes, ...routesNamed(l.title)]),
    ...texts.map(routesAdministered),
  ];
  if (given.some((routes) => givenAsAsked(routes, route))) return null;
  const routes = [...new Set(labels.flatMap((l) => l.routes))].sort().join(', ');
  const their = labels.length > 1 ? 'their routes' : 'its route';
  return noLabelIs(labels.length, entry.name, `for ${route.use} (${their}: ${routes})`);
}

/**
 * Where the question names a release or salt no label of the drug in the data is, by its title and
 * opening words ("venlafaxine er": the one label is the tablets'), the sentence that says so; null
 * where one is or may be, or where a label's indications are not all read here (two labels with
 * one text are kept once).
 */
function notThatProduct(entry: DrugEntry, form: FormAsked): string | null {
  const label = entry.label;
  const indications = label?.sections.indications;
  if (!label || !indications) return null;
  const texts = [{ ...label, text: indications.text }, ...label.otherIndications];
  if (texts.length !== entry.otherLabels.length + 1) return null;
  const codes = texts.some((t) => namesACode(t.title, t.text));
  if (texts.some((t) => formOf(t, form, codes) !== 'no')) return null;
  const titles = texts.map((t) => t.title).join('; ');
  // (over the counter or not is openFDA's filing; a release or salt, the label's own words)
  const by =
    form.otc === undefined
      ? 'by its name and opening words'
      : form.release || form.salt
        ? "by openFDA's filing and its name and opening words"
        : `as openFDA files ${texts.length > 1 ? 'them' : 'it'}`;
  return noLabelIs(texts.length, entry.name, `${form.describe} ${by} (${titles})`);
}

/**
 * The lead where no label of the drug is the brand's own: "not in the data" only where it cannot
 * be (every label is listed, and the name is a brand's, which titles print first); a product's
 * nonproprietary name ("tarlatamab-dlle") may be left out of its own label's title ("IMDELLTRA
 * (tarlatamab)"), or be another entry's ("ado-trastuzumab" is trastuzumab emtansine's).
 */
function ownLabelMissing(brand: string, entry: DrugEntry): string {
  if (isNonproprietaryName(brand))
    return `No FDA label of ${entry.name} in the data names ${brand} in its title, so nothing here says what its label lists.`;
  // (the list of other labels stops at eight: one not among them may be in the data)
  if (entry.otherLabels.length >= MAX_OTHER_LABELS)
    return `${brand}'s own label is not among the labels of ${entry.name} read here; what follows is from those that are.`;
  return `${brand}'s own label is not in the data; what follows is from the labels of ${entry.name} that are.`;
}

/** "None of the 2 FDA labels of X in the data is <what>", or "The one ... is not <what>", and so. */
function noLabelIs(labels: number, name: string, what: string): string {
  const which =
    labels > 1
      ? `None of the ${labels} FDA labels of ${name} in the data is`
      : `The one FDA label of ${name} in the data is not`;
  return `${which} ${what}, so nothing here says what such a label lists.`;
}

function noLabel(entry: DrugEntry): string {
  if (!entry.groupOf?.length) return `No FDA label for ${entry.name} is in the bundled data.`;
  // "insulin" alone: no one label speaks for the group; each member has its own.
  const members = entry.groupOf.map((m) => m.name).join(', ');
  return `"${entry.name}" names a group of drugs, so no single FDA label covers it. Each has its own entry: ${members}.`;
}

function studyCitation(s: DrugEntry['research'][number]): string {
  const who = s.authors.length ? `${s.authors[0]}${s.authors.length > 1 ? ' et al' : ''}. ` : '';
  const title = s.titleIsQuestion ? `Research question: ${s.title}` : s.title.replace(/\.$/, '');
  const where = [s.journal, s.year].filter(Boolean).join(', ');
  // Cochrane reviews in the data have no PMID; the review number names them, and the DOI only
  // where the data says it is the version of the quoted conclusion.
  const cochrane = s.id.startsWith('cochrane:') ? s.id.slice('cochrane:'.length) : null;
  const id = s.pmid
    ? `PMID ${s.pmid}`
    : s.pmcid
      ? s.pmcid
      : cochrane
        ? `Cochrane review ${cochrane}${s.doi ? `, doi:${s.doi}` : ' (version of the quoted conclusion not known; may be superseded)'}`
        : s.id;
  return `${who}${title}. ${where ? `${where}. ` : ''}${id}.`;
}

/**
 * The note with its leads: those always said (a misspelling read, a product's ingredient), and
 * those said only before a note (a brand's own label missing). A plain lookup has no note.
 */
function withLeads(
  always: (string | false | undefined)[],
  beforeNote: (string | false | undefined)[],
  note: string | null,
): string | null {
  const leads = [...always, ...(note ? beforeNote : [])].filter((x): x is string => !!x);
  const parts = note ? [...leads, note] : leads;
  return parts.length ? parts.join(' ') : null;
}

/** The first member of a group whose own label covers the condition (not a combination's). */
function memberCovering(
  members: NonNullable<AssembleOptions['members']>,
  resolved: ResolvedCondition,
): { name: string; verdict: LabelVerdict } | null {
  for (const m of members) {
    const verdict = labelVerdict(m.label, resolved);
    if (verdict.kind === 'covers' && !verdict.combination && verdict.shown)
      return { name: m.name, verdict };
  }
  return null;
}

/**
 * The label a note quotes: a combination product's named as such, since its sections may speak of
 * what the product does, not the drug alone.
 */
function fdaLabel(name: string, title: string, combination: boolean): string {
  return combination
    ? `the FDA label of a combination product that contains ${name} (${title})`
    : `the FDA label (${title})`;
}

/** The opening of the label's section a question asks about, where the bundled copy has it. */
function aspectNote(name: string, label: DrugEntry['label'], aspect: Aspect): string | null {
  if (!label) return null;
  const section = aspectSection(aspect);
  const quote = aspectQuote(label, aspect);
  if (!quote) return `No ${section} text of the ${name} label is in the bundled data.`;
  return `From the ${section} of ${fdaLabel(name, label.title, label.combination)}: "${quote}".`;
}

/** What the label says of the patients asked about, where the bundled copy says it. */
function populationNote(
  name: string,
  label: DrugEntry['label'],
  asked: Population,
  found: PopulationFinding | null,
): string {
  const { section, who } = POPULATIONS[asked];
  if (!label)
    return `No label of ${name} is in the bundled data, so what it says of ${who} cannot be shown.`;
  if (!found) return `No ${section} section of the ${name} label is in the bundled data.`;
  // (a combination product's section may speak of its other ingredient: Voquezna's of vonoprazan)
  const whose = fdaLabel(name, label.title, label.combination);
  if (found.own) return `From the ${section} section of ${whose}: "${found.quote}".`;
  return `No ${section} section of the ${name} label is in the bundled data; the ${found.section} of ${whose} ${nameVerb(found.section)} ${who}: "${found.quote}".`;
}

/**
 * Whose label covers the condition, as the note's sentence opens: "The FDA label's indications
 * include", or another label's, a combination product's, a group member's, a brand's own, or
 * another product's than the brand asked about ("Ozempic's own label ... does not list weight
 * loss among its indications; another FDA label of semaglutide ..., not Ozempic's own, includes").
 */
function whoseLabelIncludes(
  name: string,
  verdict: Extract<LabelVerdict, { kind: 'covers' }>,
  member: string | null,
  about: string,
): string {
  // A combination product's indication is not the drug's alone (Myfembree's heavy menstrual
  // bleeding under norethindrone): the note says whose label it is.
  if (verdict.combination)
    return `${fdaLabel(name, verdict.labelTitle, true).replace(/^t/, 'T')} includes`;
  if (member)
    return `The FDA label of ${member} (${verdict.labelTitle}), one of the drugs "${name}" names, includes`;
  if (verdict.brandsOwn)
    return `${verdict.brandsOwn}'s own FDA label in the data (${verdict.labelTitle}) includes`;
  const other = verdict.otherThanBrand;
  if (other) {
    const another = `nother FDA label of ${name} in the data (${verdict.labelTitle}), not ${other.brand}'s own, includes`;
    return other.ownNotListing
      ? `${other.brand}'s own label (${other.ownNotListing}) does not list ${about} among its indications; a${another}`
      : `A${another}`;
  }
  return verdict.shown
    ? "The FDA label's indications include"
    : `Another FDA label of ${name} in the data (${verdict.labelTitle}) includes`;
}

function focusNote(
  name: string,
  labelTitle: string,
  condition: string | null,
  resolved: ResolvedCondition | null,
  verdict: LabelVerdict | null,
  member: string | null,
  safety: LabelSafety | null,
  combination: boolean,
  guidelines: GuidelineItem[],
  research: ResearchItem[],
  facts: PatientFacts,
): string | null {
  if (!condition) return null;
  if (!resolved)
    return namesLabValue(condition) && !labReading(condition)
      ? `"${condition}" names a lab value this extension does not read as a condition (only a value plainly outside the usual adult limits, in a unit it can tell), so this summary is not focused on it.`
      : unreadMeasure(condition)
        ? `"${condition}" names a measure this extension does not read${unreadMeasure(condition)!.words === condition.trim() ? '' : ` (${unreadMeasure(condition)!.words})`}, so this summary is not focused on it.`
        : `"${condition}" is not a condition in the bundled vocabulary, so this summary is not focused on it.`;
  const parts: string[] = [];
  const about = noteSubject(condition, resolved);
  // (whose section: a combination product's label warns of what the product does, not the drug
  // alone)
  const whose = (section: string) =>
    combination
      ? `The ${section} of ${fdaLabel(name, labelTitle, true)}`
      : `The label's ${section}`;
  const { lead, after } = facts.sentences(about, whose);
  if (lead) parts.push(lead);
  if (verdict?.kind === 'covers') {
    // A narrower condition is named as what it is ("angina pectoris" for chest pain), so the note
    // does not claim the label covers every form of what was asked.
    const under = about;
    // a name cut across a bracket ("absence (petit mal) epilepsy" read as "petit mal) epilepsy")
    // is given as the concept's own name, turned round from MeSH's inverted form
    // So is a word for the patients ("chronic schizophrenics", "schizophrenic patients").
    const named =
      /^[^(]*\)|\([^)]*$/.test(verdict.named) || /^\w+ics?$/i.test(verdict.named)
        ? verdict.conceptName.replace(/^([^,]+), ([^,]+)$/, '$2 $1')
        : verdict.named;
    // Where words of the question were left out of the condition ("shingles in the eye"), the
    // note names what the label covers ("shingles"), not "it".
    const what = verdict.narrower
      ? `${named}, which the condition vocabulary files under ${under}`
      : about === condition
        ? 'it'
        : about;
    parts.push(`${whoseLabelIncludes(name, verdict, member, about)} ${what}: "${verdict.quote}".`);
    if (verdict.givenWays)
      parts.push(
        `That label is for ${listed(verdict.givenWays)} use, and its indications do not say which way each use is given.`,
      );
  } else if (verdict?.kind === 'limited')
    parts.push(
      // Not "only to limit them": the label may cover the condition in other words ("elevations of
      // serum and urinary uric acid levels" beside "not recommended for ... asymptomatic
      // hyperuricemia"), so the note quotes the limit and claims no more.
      `The FDA label (${verdict.labelTitle}) limits its indications where it names ${verdict.named}: "${verdict.quote}".`,
    );
  else if (verdict?.kind === 'not-listed')
    parts.push(
      verdict.labels > 1
        ? `None of the ${verdict.labels} FDA labels of ${name}${verdict.which ? ` ${verdict.which}` : ''} in the data lists ${about} among its indications.`
        : `The FDA label (${verdict.labelTitle}) does not list ${about} among its indications.`,
    );
  parts.push(...after);
  if (safety) parts.push(warned(safety, about, whose));
  // Counts only, never "none is about it": the matcher misses items whose words do not name the
  // condition (an HIV guideline's "start combination ART"), so an absence would not be a fact.
  const g = guidelines.filter((x) => x.aboutCondition).length;
  const r = research.filter((x) => x.aboutCondition).length;
  if (g) parts.push(`${g} guideline statement${g > 1 ? 's' : ''} about ${about} shown first.`);
  if (r) parts.push(`${r} stud${r > 1 ? 'ies' : 'y'} about ${about} shown first.`);
  return parts.length ? parts.join(' ') : null;
}

/**
 * What the notes are about, in the user's words: the words that resolved ("hypertension" in
 * "hypertension in pregnancy", "migraine" in "migraine prevention"), since statements and studies
 * are ordered by the condition, not by the population or purpose around it; a lab value as the
 * condition it was read as, with the value ("hyperkalemia (potassium of 6.2)"); never the patient's
 * age, which the statements and studies counted are not about.
 */
function noteSubject(condition: string, resolved: ResolvedCondition): string {
  const asked = resolved.unread
    ? withoutValue(withoutAge(condition), resolved.unread.words)
    : withoutAge(condition);
  const lab = resolved.lab && (labReading(asked) ?? resolved.lab);
  if (!lab) return resolvedWords(asked, resolved);
  // (a value beside the condition named stays beside it, "type 2 diabetes (a1c of 8.5)", where it
  // shows that condition; one that shows another is no part of it)
  if (resolved.lab?.beside) {
    const named = resolvedWords(withoutValue(asked, lab.words), resolved);
    return resolved.lab.beside === 'agrees' ? `${named} (${lab.words})` : named;
  }
  // (the words as shown may have lost a closing mark the reading had: "a1c 7.5%")
  const read = asked.includes(lab.words)
    ? resolvedWords(asked.replace(lab.words, lab.condition), resolved)
    : lab.condition;
  return `${read} (${lab.words})`;
}

/**
 * The stretch of the user's words that resolved, as written: "blood clots in the legs" stays whole,
 * "hypertension in pregnancy" gives "hypertension".
 */
function resolvedWords(condition: string, resolved: ResolvedCondition): string {
  const keyWords = new Set(resolved.words.split(' '));
  const words = condition.split(/\s+/);
  const kept = words.map((w) =>
    conditionKey(w)
      .split(' ')
      .some((k) => keyWords.has(k)),
  );
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true);
  if (first < 0) return resolved.words;
  // "extrapyramidal symptoms" resolved as "extrapyramidal disorder": the words as asked, not a
  // bare adjective ("include extrapyramidal")
  const asked = new Set(words.flatMap((w) => conditionKey(w).split(' ')));
  if ([...keyWords].some((k) => !asked.has(k))) return condition;
  return words.slice(first, last + 1).join(' ');
}

/** What the label section does not show, said plainly, and which words the reader sees. */
function labelNotesFor(
  label: NonNullable<DrugEntry['label']>,
  reader: Reader,
  patientText: boolean,
): string[] {
  const notes: string[] = [];
  if (reader === 'patient' && patientText)
    notes.push(`Quoted from the label's ${label.patientText!.source}, written for patients.`);
  if (reader === 'patient' && !patientText)
    notes.push(
      'This label has no patient leaflet in the bundled data: the text below is the prescribing information, written for clinicians.',
    );
  if (reader === 'clinician' || !patientText) {
    if (label.missingSections.includes('adverse reactions'))
      notes.push(
        'The bundled copy of this label has no adverse reactions section; see the full label.',
      );
    else if (!label.sections.adverseReactions)
      notes.push(
        "The label's adverse reactions section has no sentence stating the most common reactions that could be quoted; see the full label.",
      );
  }
  return notes;
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
