// What else a question says of the patient, beside the condition asked: a lab value or a measure
// ("type 2 diabetes with egfr of 30", lab-values.ts, unread-measures.ts), another condition the
// patients have ("hypertension with asthma"), another drug they take ("in a patient on
// tramadol"). Each can decide whether an indication fits the patient, so each may withhold the
// label's "covers", and the note quotes what the label says of it. A "does not list" holds
// whatever the patient has, and stays.
import { kidneyBound } from './kidney-bound';
import type { LabelVerdict } from './condition-focus';
import type { ResolvedCondition } from './conditions';
import type { Label, LabelSectionKey, Severity } from './index-schema';
import {
  broaderHits,
  broaderMention,
  labelSafety,
  measureMention,
  type LabelSafety,
  type MeasureMention,
} from './label-safety';

/** What the label's note says of the patient, beside the condition. */
export interface PatientFacts {
  /** the label's verdict, or null where what the patient has may decide it */
  verdict: LabelVerdict | null;
  /** where the label warns of the other condition the patients have */
  alongsideSafety: LabelSafety | null;
  /**
   * the note's sentences on it, given what the note calls the condition and how it names one of
   * the label's sections ("The label's contraindications"): the one before the label's verdict,
   * where that says nothing, and those after it
   */
  sentences: (
    about: string,
    whose: (section: string) => string,
  ) => {
    lead: string | null;
    after: string[];
  };
}

/** A drug the patient takes: its name, the most serious thing the labels say of the two, and that. */
export interface TakenWith {
  name: string;
  severity: Severity | null;
  sentence: string | null;
}

// Where a label says whether a patient may take it at all.
const FIT_SECTIONS: LabelSectionKey[] = ['indications', 'contraindications', 'boxedWarning'];

export function patientFacts(
  label: Label | null,
  resolved: ResolvedCondition | null,
  found: LabelVerdict | null,
  /** the question asks about harm, or about a product not this drug: no warnings are read */
  asksUse: boolean,
  /** the drugs the patient takes beside the condition asked */
  takenWith: TakenWith[],
  /** what the label's pregnancy or lactation section says, where the question names either */
  population: string | null = null,
): PatientFacts {
  const covers = found?.kind === 'covers' ? found : null;
  const lab = resolved?.lab;
  // A measure not read ("egfr of 30"): "covers" only where the shown label's indications,
  // contraindications and boxed warning, read in full, name nothing it bears on (sitagliptin's
  // kidney function); the first place the label mentions it is quoted (metformin's "Severe renal
  // impairment (eGFR below 30").
  const unread = resolved?.unread;
  const measure = unread?.measure;
  const measureQuote = measure && asksUse ? measureMention(label, measure.inLabel) : null;
  // (and a creatinine clearance or eGFR, against a bound the label sets on the same measure)
  const bound = unread && asksUse ? kidneyBound(label, unread.words) : null;
  const measureSilent =
    unread !== undefined &&
    !(
      covers?.shown &&
      measure &&
      sectionsSayNothing(label, FIT_SECTIONS, (text) => measure.inLabel.test(text))
    );
  // Other conditions the patients have ("propranolol for hypertension with asthma"): what the
  // label warns of each is quoted, and "covers" stands only where the covering quote names it
  // too ("edema associated with ... cirrhosis of the liver"), or where the shown label's boxed
  // warning and contraindications, read in full, name neither it nor a broader condition (not
  // propranolol's "contraindicated in ... 3) bronchial asthma"; not metformin's "renal
  // impairment" for chronic kidney disease).
  const others = (asksUse ? resolved?.alongside?.conditions : undefined) ?? [];
  const weighed = others.map(({ words, resolved: other }) => {
    const namesItself = (text: string) => other.narrower.find(text).length > 0;
    const names = (text: string) => namesItself(text) || broaderHits(other, text).length > 0;
    const quoteNames = covers !== null && namesItself(covers.quote);
    return {
      words,
      // (or a broader condition: "renal impairment" bears on a patient with chronic kidney disease)
      safety: labelSafety(label, other) ?? broaderMention(label, other),
      quoteNames,
      silent:
        !quoteNames &&
        (namesFormWith(covers, resolved!) ||
          !covers?.shown ||
          !sectionsSayNothing(label, ['boxedWarning', 'contraindications'], names)),
    };
  });
  const alongsideSilent = weighed.some((w) => w.silent);
  // A drug the patient takes: no "covers" where the labels say not to take the two together.
  const notTogether = takenWith.some(
    (t) => t.severity === 'contraindicated' || t.severity === 'avoid',
  );
  // A lab value that shows another condition ("heart failure with potassium of 5.8"): no "covers";
  // named first ("patiromer for potassium of 5.8 in ckd"), nothing, as it may be what is treated
  // in patients who have the other. Nor where the label covers only a narrower condition than
  // asked that the value does not show ("omega-3 for hyperlipidemia with ldl of 200": the label's
  // hypertriglyceridemia).
  const otherValue = lab?.beside === 'other';
  const narrowerUnshown =
    covers?.narrower &&
    resolved?.labShows &&
    !resolved.labShows.some((terms) => terms.find(covers.named).length > 0);
  const withheld =
    (otherValue && lab.valueFirst) ||
    (covers !== null &&
      (measureSilent || alongsideSilent || notTogether || otherValue || narrowerUnshown));
  const verdict = withheld ? null : found;
  const saysLabel = verdict !== null && verdict.kind !== 'silent';

  return {
    verdict,
    alongsideSafety: weighed.find((w) => w.safety)?.safety ?? null,
    sentences(about, whose) {
      // Why the note says nothing of the label, where it says nothing.
      const lead = saysLabel
        ? null
        : takenWith.length
          ? `The question names ${listed(takenWith.map((t) => t.name))} taken with it; this note does not weigh the label's indications for a patient taking ${takenWith.length > 1 ? 'them all' : 'both'}.`
          : weighed.length
            ? `The question names ${listed(weighed.map((w) => w.words))} beside ${about}; this note does not weigh the label's indications for ${weighed.length > 1 ? 'them' : 'the two'} together.`
            : unread
              ? `The question names ${unread.words}, which this extension does not read as a condition, so this note does not weigh the label's indications for ${about}.`
              : otherValue
                ? `The question names ${lab.words}, which reads as ${lab.condition}, beside ${about}; this note does not weigh the label's indications for the two together.`
                : null;
      const after: string[] = [];
      // (said only where those sections, read in full, name nothing the measure bears on)
      if (verdict?.kind === 'covers' && measure)
        after.push(
          `The question names ${unread!.words}, which this extension does not read as a condition; the label's indications, contraindications and boxed warning say nothing of ${measure.name}.`,
        );
      if (population) after.push(population);
      for (const t of takenWith)
        after.push(
          t.sentence ?? 'No statement of either label in the bundled data names the other.',
        );
      if (measureQuote) after.push(mentioned(measureQuote, measure!.name, whose));
      if (bound)
        after.push(
          `${whose(bound.section)} ${nameVerb(bound.section)} "${bound.words}": the question's ${unread!.words} falls ${bound.within ? 'within' : 'outside'} it.`,
        );
      for (const w of weighed)
        if (w.safety) after.push(warned(w.safety, w.words, whose));
        // (its "covers" stood because neither names it)
        else if (verdict?.kind === 'covers' && !w.quoteNames)
          after.push(
            `Its boxed warning and contraindications do not name ${w.words}${label?.sections.warnings?.truncated ? ' (its warnings, cut short in the bundled data, were not read whole)' : ''}.`,
          );
      return { lead, after };
    },
  };
}

/** "a", "a and b", "a, b and c". */
export function listed(items: string[]): string {
  return items.length > 2
    ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
    : items.join(' and ');
}

/** "The label's contraindications name asthma: "..."", or a narrower condition under it. */
export function warned(
  found: LabelSafety,
  asked: string,
  whose: (section: string) => string,
): string {
  const what = found.broader
    ? `${found.named}, which the condition vocabulary files above ${asked}`
    : found.narrower
      ? `${found.named}, which the condition vocabulary files under ${asked}`
      : asked;
  return `${whose(found.section)} ${nameVerb(found.section)} ${what}: "${found.quote}".`;
}

function mentioned(
  found: MeasureMention,
  measure: string,
  whose: (section: string) => string,
): string {
  const verb = found.section === 'boxed warning' ? 'mentions' : 'mention';
  return `${whose(found.section)} ${verb} ${measure}: "${found.quote}".`;
}

/** "The boxed warning names ...", "the contraindications name ...". */
export const nameVerb = (section: string) =>
  /^(?:boxed warning|pregnancy section)$/.test(section) ? 'names' : 'name';

/**
 * Whether the covering quote names a form of the condition "with" something ("irritable bowel
 * syndrome with constipation (IBS-C)"): it answers "ibs with diarrhea" only where that something
 * is the asked one.
 */
function namesFormWith(
  covers: Extract<LabelVerdict, { kind: 'covers' }> | null,
  resolved: ResolvedCondition,
): boolean {
  return (
    covers !== null &&
    resolved.narrower
      .find(covers.quote)
      .some(
        (hit) =>
          /\bwith\b/i.test(covers.quote.slice(hit.start, hit.end)) ||
          /^\s*(?:\([^)]*\)\s*)?with\b/i.test(covers.quote.slice(hit.end)),
      )
  );
}

/**
 * Whether the label's sections, each read in full, name nothing of it (a label whose data has no
 * contraindications section, or cuts one short, may: nothing is claimed).
 */
function sectionsSayNothing(
  label: Label | null,
  keys: LabelSectionKey[],
  names: (text: string) => boolean,
): boolean {
  return (
    label !== null &&
    !label.missingSections.includes('contraindications') &&
    keys.every((key) => {
      const section = label.sections[key];
      return !section || (!section.truncated && !names(section.text));
    })
  );
}
