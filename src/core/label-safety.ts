// Where a label's warnings name the asked condition. A question that asks what a drug does to
// patients with a condition ("is metformin safe in kidney disease", "propranolol asthma") is
// answered by what the label warns, not by what it is for: the note quotes the first place the
// boxed warning, the contraindications, the warnings or the most common adverse reactions name
// the condition. Only a mention is claimed: the bundled sections are often cut short, so a
// condition not found there may still be in the full label, and nothing is said of it.
import { namesSomethingElse } from './about-condition';
import {
  excerpt,
  GENERIC_CANCER_CONCEPTS,
  namesAMalignancy,
  namesOwnConcept,
  ownWordStems,
  PREVENTION,
} from './condition-focus';
import type { ResolvedCondition } from './conditions';
import type { Label } from './index-schema';

export interface LabelSafety {
  /** the section that names the condition, as the note calls it */
  section:
    | 'boxed warning'
    | 'contraindications'
    | 'warnings and precautions'
    | 'most common adverse reactions';
  /** the label's words around the mention */
  quote: string;
  /** the words the label names it by, and whether they name a narrower concept */
  named: string;
  narrower: boolean;
  /** or a broader one (broaderMention) */
  broader?: true;
}

const SECTIONS: [key: keyof Label['sections'], name: LabelSafety['section']][] = [
  ['boxedWarning', 'boxed warning'],
  ['contraindications', 'contraindications'],
  ['warnings', 'warnings and precautions'],
  ['adverseReactions', 'most common adverse reactions'],
];

export function labelSafety(label: Label | null, condition: ResolvedCondition): LabelSafety | null {
  if (!label) return null;
  // (cancer is named only by a malignancy: not a nevus, Barrett's esophagus, myasthenia gravis or
  // "Carcinogenesis", which the vocabularies file near it)
  const asksCancer = condition.concepts.some((c) => GENERIC_CANCER_CONCEPTS.has(c.id));
  const prevention = PREVENTION.test(condition.asked);
  for (const [key, section] of SECTIONS) {
    const text = label.sections[key]?.text;
    if (!text) continue;
    for (const hit of condition.narrower.find(text)) {
      // (an abbreviation names different things in different labels: "MS", "PD")
      if (hit.abbreviation) continue;
      if (asksCancer && !namesAMalignancy(text, { hit })) continue;
      const sentence = wholeSentence(text, hit);
      // (the guards the guideline and study counts use: not "without heart failure", not a gene,
      // not "bone marrow depression"; and for one phase or form of a condition, its own words
      // beside it)
      if (namesSomethingElse(text, hit, prevention)) continue;
      if (
        (condition.part || condition.partial) &&
        !ownWordStems(condition).every((stem) => stem.test(sentence.text))
      )
        continue;
      return {
        section,
        quote: excerpt(text, sentence, hit),
        // (an item of a list is named with the head it shares: "Acute or severe bronchial asthma"
        // names acute asthma, not "Acute")
        named: hit.shared ?? text.slice(hit.start, hit.end),
        narrower: !namesOwnConcept(text, { hit, sentence }, condition),
      };
    }
  }
  return null;
}

// Broader names that say nothing of the patient's condition ("signs and symptoms"), or only
// an organ's adjective ("renal", "cardiac").
const TOO_BROAD =
  /^(?:signs and symptoms|symptoms?|diseases?|disorders?|renal|cardiac|hepatic|pulmonary|respiratory|neurologic(?:al)?|liver|kidneys?|heart|lungs?)$/i;

/** Where the text names a condition broader than the asked one, by a name that says something. */
export function broaderHits(condition: ResolvedCondition, text: string) {
  return condition.broader
    .find(text)
    .filter((h) => !h.abbreviation && !TOO_BROAD.test(text.slice(h.start, h.end)));
}

/**
 * Where the boxed warning, contraindications or warnings name a condition broader than the asked
 * one ("renal impairment" for a patient with chronic kidney disease), or null: what they say of it
 * bears on the patient too.
 */
export function broaderMention(
  label: Label | null,
  condition: ResolvedCondition,
): LabelSafety | null {
  const found = firstMention(
    label,
    SECTIONS.slice(0, 3),
    (text) => broaderHits(condition, text)[0],
  );
  return (
    found && {
      section: found.section,
      quote: found.quote,
      named: found.named,
      narrower: false,
      broader: true,
    }
  );
}

/** Where a label mentions what a measure bears on, and its words there. */
export interface MeasureMention {
  section: 'indications' | LabelSafety['section'];
  quote: string;
}

/**
 * Where the label's indications, boxed warning, contraindications or warnings first mention what
 * a measure the question names bears on ("egfr of 30": "Not recommended ... with an eGFR less than
 * 45"), or null.
 */
export function measureMention(label: Label | null, words: RegExp): MeasureMention | null {
  const found = firstMention(
    label,
    [['indications', 'indications'], ...SECTIONS.slice(0, 3)],
    (text) => {
      const m = words.exec(text);
      return m ? { start: m.index, end: m.index + m[0].length } : undefined;
    },
  );
  return found && { section: found.section, quote: found.quote };
}

/** The first of the sections, in order, where `find` finds words: the section, its sentence, the words. */
function firstMention<S extends string>(
  label: Label | null,
  sections: [keyof Label['sections'], S][],
  find: (text: string) => { start: number; end: number } | undefined,
): { section: S; quote: string; named: string } | null {
  for (const [key, section] of sections) {
    const text = label?.sections[key]?.text;
    const hit = text ? find(text) : undefined;
    if (text && hit)
      return {
        section,
        quote: excerpt(text, wholeSentence(text, hit), hit),
        named: text.slice(hit.start, hit.end),
      };
  }
  return null;
}

/**
 * The sentence around the words, to its full stops: a list of contraindications is quoted with
 * what it lists them for ("Propranolol is contraindicated in 1) cardiogenic shock; ... 3) bronchial
 * asthma"), not as "3) bronchial asthma;". (Not the stop of an initial or a number: "S. aureus",
 * "1.73 m2".)
 */
export function wholeSentence(text: string, hit: { start: number; end: number }) {
  const stops = [...text.slice(0, hit.start).matchAll(/(?<![A-Z]|\d)[.!?•]\s+|•\s*/g)];
  const start = stops.length ? stops.at(-1)!.index! + stops.at(-1)![0].length : 0;
  const after = /(?<![A-Z]|\d)[.!?](?=\s|$)|\s•/.exec(text.slice(hit.end));
  const end = after ? hit.end + after.index + (after[0] === ' •' ? 0 : 1) : text.length;
  return { start, end, text: text.slice(start, end) };
}
