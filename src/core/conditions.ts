// Condition understanding from the bundled vocabulary (MeSH + Disease Ontology): a question's
// condition resolves to concepts, and texts (label indications, guideline statements, studies)
// are matched by concept, with narrower concepts included, not by the question's literal words.
import { correctSpelling } from './condition-spelling';
import { gradeAsked, withoutGrade, type GradeAsked } from './condition-grade';
import { labReading, labValueSpans, type LabReading } from './lab-values';
import { organismsNamed } from './infection-organism';
import { genotypeNamed } from './virus-genotype';
import { statusNamed } from './tumour-status';
import { unreadMeasure, type MeasureNamed } from './unread-measures';
import type { ConditionsFile } from './index-schema';
import { tokenize, type Token } from './normalize';

/** One form for terms and text: tokens folded to lower case, a plural "s" dropped. */
export function conditionKey(text: string): string {
  return tokenize(text).map(foldToken).join(' ');
}

/** The words of a folded name that carry meaning ("alzheimer s disease" -> alzheimer, disease). */
export function contentWords(key: string): string[] {
  return key.split(' ').filter((w) => !SMALL_WORDS.has(w));
}
/** A lab value the words name that is read as no condition ("tsh of 8"), where it stands. */
function unreadLabValue(text: string): MeasureNamed | null {
  const span = labValueSpans(text)[0];
  return span ? { words: text.slice(...span).trim(), start: span[0], end: span[1] } : null;
}

/** Whether the words hold any word that carries meaning. */
const hasContent = (text: string) => contentWords(conditionKey(text)).some(Boolean);
const SMALL_WORDS = new Set([
  's',
  'of',
  'the',
  'and',
  'or',
  'in',
  'with',
  'to',
  'due',
  'a',
  'an',
  'type',
]);

function foldToken(t: Pick<Token, 'norm'>): string {
  const w = t.norm;
  return w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

const MAX_TOKENS = 8;
const GENERIC = new Set(['disease', 'syndrome', 'disorder', 'illness', 'condition']);
// Words a question may wrap a condition in without changing which condition it is.
/** Words around a condition that qualify the question, not the condition ("acute", "prevention"). */
export const DROPPABLE = new Set(
  (
    'a an the my his her their our your patient patients people adult adults child children ' +
    'pediatric elderly older for in with to of on and or after treat treating treatment therapy ' +
    'manage management prevent prevention preventing prophylaxis risk reduction reduce acute ' +
    'chronic severe mild moderate recurrent refractory relapsed persistent uncontrolled early ' +
    'advanced metastatic newly diagnosed complicated uncomplicated maintenance ' +
    'symptom symptoms sign signs relief relieve use role about against does do is it help ' +
    'attack attacks flare flares exacerbation exacerbations episode episodes ' +
    // (an organ's "problems": "heart problems" resolves to heart disease whole)
    'problem problems issue issues trouble troubles ' +
    // (the drug alone: "gabapentin monotherapy for seizures"; the label's note reads the words
    // itself, condition-focus.ts)
    'alone monotherapy'
  )
    .split(' ')
    .map((w) => foldToken({ norm: w })),
);
const PREPOSITION = new Set([
  'in',
  'of',
  'after',
  'during',
  'from',
  'due',
  'caused',
  'following',
  'with',
  'at',
  'while',
  // (the patient's age: "adhd aged 45", read in the label by patient-age.ts)
  'aged',
  // (and when: "pain before surgery", words the label must name, condition-focus.ts)
  'before',
]);
// "On" a treatment names the patients ("hyperparathyroidism on dialysis", "anemia on chemo"), which
// the label must name beside the condition; "on" a place does not ("rash on face" is no rash the
// label may be said not to list, "pain on urination" no pain).
const ON_TREATMENT =
  /^on (?:(?:hemo|peritoneal )?dialysi|chemo|radiotherapy|radiation|mechanical ventilation|ventilator)/;

// Words of how long, for what or in which line a drug is used, read as the course they ask
// about: long-term use is of chronic disease, rescue or occasional use of an acute attack or
// episode, a first line of disease not treated before, a second or later line of disease that did
// not respond ("maintenance" is a course word of its own, condition-focus.ts).
const USE_COURSES: [RegExp, string][] = [
  [/\blong[- ]term\b/gi, 'chronic'],
  [/\b(?:rescue|occasional)\b/gi, 'acute'],
  [/\b(?:first|1st)[- ]line\b/gi, 'newly'],
  [/\b(?:second|2nd|third|3rd|later)[- ]line\b/gi, 'refractory'],
];

// A cause joined to the condition before it: "chemo-induced nausea", "aids-related weight loss".
const CAUSE_JOINED_BEFORE = /^(.*?)\b(\w+)[- ](?:induced|related|associated)\s+(.+)$/i;
// A cause named as a bare noun before the condition ("chemotherapy nausea", "opioid constipation"):
// only the causes a drug question names so, for a noun before a condition is more often its kind.
const CAUSE_NOUN_BEFORE =
  /^(.*?)\b(chemo(?:therapy)?|radiation|radiotherapy|opioids?|steroids?|antibiotics?)\s+(.+)$/i;
// A poison or overdose named by what was taken ("acetaminophen overdose", "cyanide poisoning").
// (a course word or the asking before it stays the condition's: "for acute cyanide poisoning")
const TAKEN_BEFORE =
  /^((?:(?:for|of|the|an?|acute|chronic|severe)\s+)*)((?:[\w-]+\s+)?[\w-]+)\s+((?:overdoses?|poisonings?|intoxications?))$/i;
/** The cause the words open with, joined or bare: [before, cause, condition]. */
const causeBefore = (words: string) =>
  CAUSE_JOINED_BEFORE.exec(words) ?? CAUSE_NOUN_BEFORE.exec(words) ?? TAKEN_BEFORE.exec(words);
/**
 * The cause a condition's words open with ("chemotherapy-induced ", "chemo "), which words joined
 * after it by "and" share ("chemotherapy-induced nausea and vomiting"); null where none.
 */
export function causeOpening(words: string): string | null {
  const m = causeBefore(words);
  return m && !m[1] ? words.slice(0, words.length - m[3]!.length) : null;
}
// Whose a cause is, or an article: no word of the cause ("nausea from my chemo").
const OWNER_WORDS = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'a', 'an']);

// Words after a condition that say what caused it ("edema due to heart failure", "nausea from
// chemo", "vomiting caused by radiation", "itching secondary to cholestasis").
export const CAUSE_JOIN = new Set(['due', 'caused', 'from', 'secondary', 'associated', 'related']);
export const CAUSE_LINK = new Set(['to', 'by', 'with']);
// (with its link where it takes one: "related to", not the compound "diabetes-related kidney
// disease", whose condition is the kidney disease)
export const causeJoined = (after: string[]) =>
  CAUSE_JOIN.has(after[0] ?? '') && (after[0] === 'from' || CAUSE_LINK.has(after[1] ?? ''));

/** Words of a question beside its condition, and the condition they name where they name one. */
export interface QuestionClause {
  words: string;
  resolved: ResolvedCondition | null;
}

export interface TermMatch {
  /** offsets in the text */
  start: number;
  end: number;
  /** the concept the words name, and its preferred name */
  conceptId: string;
  conceptName: string;
  /** the words matched are an abbreviation ("PD" is panic disorder in one label, Parkinson's in another) */
  abbreviation: boolean;
  /** the words name one form of their concept ("community-acquired pneumonia" under Pneumonia) */
  part: boolean;
  /**
   * the name an item of a list makes with the head word after the list ("fallopian tube, or
   * primary peritoneal cancer": "fallopian tube cancer"); the hit is the item's own words
   */
  shared?: string;
}

/** A set of terms that stand for a group of concepts, matched in text word by word. */
export class TermSet {
  constructor(
    private readonly vocab: ConditionVocabulary,
    /** term key -> the concepts of this set that it names */
    private readonly keys: Map<string, number[]>,
  ) {}

  get size(): number {
    return this.keys.size;
  }

  /** Every place the text names a concept of the set; longest terms first, no overlaps. */
  find(text: string): TermMatch[] {
    // "Zollinger-Ellison (ZE) Syndrome": an abbreviation in brackets inside a name is skipped,
    // and so is a section number ("severe psoriasis 1.1 Neoplastic Diseases": not "psoriasis 1").
    const bracketed = (t: Token) =>
      t.upper && t.end - t.start <= 6 && text[t.start - 1] === '(' && text[t.end] === ')';
    // (or a list's next number: "Atopic dermatitis 6. Ophthalmic Diseases", not "type 2")
    const sectionNumber = (t: Token) =>
      /^\d+$/.test(text.slice(t.start, t.end)) &&
      (/^\.\d/.test(text.slice(t.end, t.end + 2)) ||
        /\d\.$/.test(text.slice(Math.max(0, t.start - 2), t.start)) ||
        (/^\.\s+[A-Z]/.test(text.slice(t.end, t.end + 3)) &&
          !/\b(?:type|grade|stage|class|phase|group)\s+$/i.test(
            text.slice(Math.max(0, t.start - 8), t.start),
          )));
    const all = tokenize(text);
    // A bracket inside a name is skipped where the words around it make a term of their own: a
    // bracketed word ("tinea (pityriasis) versicolor", else "tinea" alone named Tinea, ringworm;
    // "chronic lymphatic (lymphocytic) leukemia") or another name for it ("tension (or muscle
    // contraction) headache").
    const glossed = new Set<number>();
    let from = 0;
    for (const m of text.matchAll(/\((or\s[^()]{1,40}|[^()\s]+)\)/g)) {
      const start = m.index;
      const end = start + m[0].length;
      while (from < all.length && all[from]!.start <= start) from++;
      let to = from;
      while (to < all.length && all[to]!.end < end) to++;
      // (a bracketed word is one token: not "(non-Hodgkin)")
      if (to === from || (!/^or\s/.test(m[1]!) && to - from > 1)) continue;
      const next = all[to];
      if (from < 1 || !next) continue;
      const term = (...ts: Token[]) => this.vocab.hasTerm(ts.map(foldToken).join(' '));
      if (term(all[from - 1]!, next) || (from > 1 && term(all[from - 2]!, all[from - 1]!, next)))
        for (let i = from; i < to; i++) glossed.add(i);
    }
    const tokens = all.filter((t, i) => !bracketed(t) && !sectionNumber(t) && !glossed.has(i));
    const folded = tokens.map(foldToken);
    // A name does not run across the end of a sentence: "... with myelodysplastic syndrome (MDS).
    // 1.1 Acute Myeloid Leukemia" is no "myelodysplastic syndrome acute myeloid leukemia" (an entry
    // term of GATA2 deficiency). The run from token i can reach as far as the first stop after it.
    // (not the period of an initial or a short abbreviation: "P. vivax", "St. Louis", "vs.")
    const stopAfter = tokens.map((t, k) => {
      if (k + 1 >= tokens.length) return false;
      const gap = text.slice(t.end, tokens[k + 1]!.start);
      if (!/[.!?;]\s/.test(gap)) return false;
      return !(gap.startsWith('. ') && /^[A-Za-z]{1,3}$/.test(text.slice(t.start, t.end)));
    });
    const out: TermMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      let hit = 0;
      let reach = 1;
      while (i + reach < tokens.length && reach < MAX_TOKENS && !stopAfter[i + reach - 1]) reach++;
      for (let n = Math.min(reach, tokens.length - i); n >= 1 && !hit; n--) {
        const key = folded.slice(i, i + n).join(' ');
        const concepts = this.keys.get(key);
        if (!concepts) {
          // The longest name in the whole vocabulary wins: "hypertension" inside "ocular
          // hypertension" names another condition, not one of this set.
          if (n > 1 && this.vocab.hasTerm(key)) hit = n;
          continue;
        }
        // Abbreviations and very short words count only when written in capitals ("MS", not "ms";
        // a digit is neither: "T2DM").
        const abbreviation = this.vocab.isAbbreviation(key) || (n === 1 && key.length <= 3);
        const run = tokens.slice(i, i + n);
        if (
          abbreviation &&
          !(run.some((t) => t.upper) && run.every((t) => t.upper || /^\d+$/.test(t.norm)))
        )
          continue;
        // A coronavirus is named for its syndrome: "severe acute respiratory syndrome coronavirus
        // 2 (SARS-CoV-2)" names the virus of COVID-19, not the syndrome.
        if (folded[i + n] === 'coronavirus') {
          hit = n;
          continue;
        }
        const c = concepts[0]!;
        out.push({
          start: tokens[i]!.start,
          end: tokens[i + n - 1]!.end,
          conceptId: this.vocab.conceptId(c),
          conceptName: this.vocab.conceptName(c),
          abbreviation,
          part: this.vocab.isPart(key),
        });
        hit = n;
      }
      if (!hit) hit = this.sharedHead(text, tokens, folded, stopAfter, i, out);
      i += hit || 1;
    }
    return out;
  }

  /**
   * An item of a list whose head word comes once, after the last item ("epithelial ovarian,
   * fallopian tube, or primary peritoneal cancer" names fallopian tube cancer; "acute or chronic
   * renal failure", acute renal failure): the item's own words are the hit. Returns how many
   * tokens it took.
   */
  private sharedHead(
    text: string,
    tokens: Token[],
    folded: string[],
    stopAfter: boolean[],
    i: number,
    out: TermMatch[],
  ): number {
    // (most words are in no list: a comma or a conjunction within the next three words, first)
    let near = false;
    for (let k = i + 1; k <= i + 3 && k < tokens.length && !near; k++)
      near = folded[k] === 'or' || folded[k] === 'and' || text[tokens[k - 1]!.end] === ',';
    if (!near) return 0;
    const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    const conjunction = (k: number) => folded[k] === 'or' || folded[k] === 'and';
    // a list's words: no small word, preposition or verb ("diabetics or had diabetic neuropathy")
    const word = (k: number) =>
      !SMALL_WORDS.has(folded[k]!) && !PREPOSITION.has(folded[k]!) && !VERB.has(folded[k]!);
    // (not a word joined to the one before it, "non-Hodgkin's", nor a noun of its own, "cirrhosis
    // of the liver, and renal disease")
    if (
      !word(i) ||
      /[-/]\s*$|\bthe\s+$/i.test(text.slice(Math.max(0, tokens[i]!.start - 5), tokens[i]!.start))
    )
      return 0;
    const endsName = (k: number) =>
      k + 1 >= tokens.length ||
      /[^\s-]/.test(gap(k + 1)) ||
      !word(k + 1) ||
      LIST_END.has(folded[k + 1]!);
    // The item: up to three words, then a comma or a conjunction.
    let next = i + 1;
    while (next < tokens.length && next - i <= 3 && /^\s+$/.test(gap(next)) && !conjunction(next)) {
      if (!word(next)) return 0;
      next++;
    }
    if (next >= tokens.length || next - i > 3 || stopAfter[next - 1]) return 0;
    if (!/^\s*,?\s*$/.test(gap(next)) || !(gap(next).includes(',') || conjunction(next))) return 0;
    // The items after it, each up to three words, the last after a conjunction and ending in the
    // head word(s) that make the item a name.
    let run = 0;
    let last = false;
    for (let k = next; k < tokens.length && k < next + 12; k++) {
      if (stopAfter[k - 1] || !/^\s*,?\s*$/.test(gap(k))) return 0;
      if (conjunction(k)) {
        // (one conjunction closes the list: "skin and skin and structure infections" is none)
        if (last && run > 0) return 0;
        last = true;
        run = 0;
        continue;
      }
      if (!word(k)) return 0;
      run = gap(k).includes(',') ? 1 : run + 1;
      if (run > (last ? 5 : 3)) return 0;
      // (the last item has words of its own before the head: not "infections in skin and
      // infections in abdomen")
      if (!last || run < 2) continue;
      for (let m = 1; m <= 2 && k + m <= tokens.length; m++) {
        if (!endsName(k + m - 1)) continue;
        const key = [...folded.slice(i, next), ...folded.slice(k, k + m)].join(' ');
        const concepts = this.keys.get(key);
        if (!concepts) continue;
        const c = concepts[0]!;
        out.push({
          start: tokens[i]!.start,
          end: tokens[next - 1]!.end,
          conceptId: this.vocab.conceptId(c),
          conceptName: this.vocab.conceptName(c),
          abbreviation: false,
          part: this.vocab.isPart(key),
          shared: `${text.slice(tokens[i]!.start, tokens[next - 1]!.end)} ${text.slice(tokens[k]!.start, tokens[k + m - 1]!.end)}`,
        });
        return next - i;
      }
    }
    return 0;
  }
}

const VERB = new Set(
  'is are was were be been being has have had may might should must can could will would'.split(
    ' ',
  ),
);
// Words that follow a name and end it ("... primary peritoneal cancer who are in complete ...").
const LIST_END = new Set([
  'who',
  'whose',
  'that',
  'which',
  'when',
  'where',
  'including',
  'for',
  'by',
]);

export interface ResolvedCondition {
  /** the words of the question that resolved */
  words: string;
  /** the question's condition as asked, with the words resolution dropped ("migraine prevention") */
  asked: string;
  /**
   * the words name only a broader concept's entry term ("tonic-clonic seizures" under "Seizures"):
   * a label covers them only where it names the words themselves
   */
  partial: boolean;
  /**
   * the words name one phase of their concept ("bipolar depression", "mania" under bipolar
   * disorder): a label covers them where it names their own words beside the concept's
   */
  part: boolean;
  /**
   * the words are an organ's "problems" in lay words ("stomach problems"): what a label names may
   * be one though the vocabulary files it elsewhere, so no label is said not to list them
   */
  lay?: boolean;
  /**
   * what the question names the condition's form by, read apart from it: a tumour's receptor
   * status ("hr positive her 2 negative" breast cancer) or the organism of an infection ("mrsa"
   * pneumonia); a label covers the question only where it names that beside the condition
   */
  qualifier?: {
    kind: 'status' | 'organism' | 'genotype';
    words: string;
    /** the condition without it names only a part of its concept too ("community-acquired pneumonia") */
    partial: boolean;
  };
  /** for an abbreviation of one form ("cap"), the term it stands for ("community acquired pneumonia") */
  spelledOut?: string;
  /** the concepts those words name, with their preferred names */
  concepts: { id: string; name: string }[];
  /** terms of those concepts, their same-as links and everything narrower */
  narrower: TermSet;
  /** the folded names of the concepts themselves (and their same-as concepts) */
  ownTerms: string[];
  /**
   * what the question says caused the condition ("edema due to heart failure"): its words, and the
   * condition they name where the vocabulary has one ("from chemo" names none)
   */
  cause?: QuestionClause;
  /** what the question says the patients do not have ("afib without valve disease"), the same way */
  without?: QuestionClause;
  /**
   * other conditions the question says the patients have ("hypertension with asthma", "with
   * diabetes and asthma"), where the vocabulary names each: the label's indications are weighed
   * for the first, its warnings for these
   */
  alongside?: {
    /** each, as the question writes it and as the vocabulary has it */
    conditions: { words: string; resolved: ResolvedCondition }[];
    /** the question's words for them and the patients, folded, read apart from the condition */
    apart: string[];
  };
  /** a class, stage, grade or group the question added ("nyha class iii"), read in the label */
  grade?: GradeAsked;
  /** a lab value the question named for the condition ("potassium of 6.2" as hyperkalemia) */
  lab?: LabReading;
  /**
   * where a lab value beside the condition agrees with it, the terms of what the value shows and
   * everything narrower: a label that covers only a narrower condition must name one of them
   * (hypertriglyceridemia is no answer to "hyperlipidemia with ldl of 200")
   */
  labShows?: TermSet[];
  /** a measure named beside the condition that is not read ("egfr of 25", "45 kg") */
  unread?: MeasureNamed;
  /** terms of everything broader: a text that names one of them may cover the condition */
  broader: TermSet;
  /** terms of every infection (one set for the vocabulary): what a host population may have */
  infections: TermSet;
  /**
   * the organisms that cause the condition or a narrower infection ("staphylococcus aureus"),
   * built when first asked for (only a "does not list" needs them)
   */
  organisms: () => TermSet;
  /**
   * the names of the infections the condition is directly filed under ("Urinary Tract
   * Infections" for pyelonephritis): a label may name one in a form no term matches
   * ("Genitourinary tract infections")
   */
  infectionParents: string[];
}

// The words that join a value to the condition it is named beside: "diabetes with a1c of 9",
// "gout, uric acid 10".
const VALUE_JOINER = /(?:\s*(?:,|;|\band\b|\bwith\b|\bplus\b|\bhaving\b|\bhas\b|\bhad\b))+\s*$/i;

// What joins the items of a list a question writes: conditions ("depression and anxiety",
// "with asthma, diabetes and copd") or drugs taken ("on simvastatin and warfarin").
export const LIST_SEPARATOR = String.raw`\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*`;

/**
 * The condition found, as one form of itself that the words before it name (a tumour's status, an
 * infection's organism), which a label must name beside it.
 */
function qualified(
  found: ResolvedCondition,
  kind: 'status' | 'organism' | 'genotype',
  words: string,
  asked: string,
): ResolvedCondition {
  return {
    ...found,
    words: `${words} ${found.words}`,
    asked,
    partial: true,
    part: true,
    qualifier: { kind, words, partial: found.partial },
  };
}

/** The words without the value at [start, end) and the words that joined it to them. */
function withoutSpan(words: string, start: number, end: number): string {
  return `${words.slice(0, start).replace(VALUE_JOINER, ' ')} ${words.slice(end)}`
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words without a value's words ("egfr of 25"), and the "with" or comma that joined it. */
export function withoutValue(words: string, valueWords: string): string {
  const at = words.indexOf(valueWords);
  return at < 0 ? words : withoutSpan(words, at, at + valueWords.length);
}

// Who has the other condition: "in a patient with", "in patients with", "in a ckd patient".
const ARTICLES = new Set(['a', 'an', 'the']);
const PATIENTS = new Set(['patient', 'person', 'people', 'someone']);
// The patients named by their condition, as clinicians write it ("in an asthmatic").
const PATIENT_ADJECTIVES: Record<string, string> = {
  diabetic: 'diabetes',
  asthmatic: 'asthma',
  cirrhotic: 'cirrhosis',
  epileptic: 'epilepsy',
  hypertensive: 'hypertension',
  anemic: 'anemia',
  obese: 'obesity',
};

/**
 * The words after the condition that name another condition the patients have ("with asthma",
 * "in a patient with kidney disease", "in a ckd patient", "in an asthmatic"), folded, or null.
 * ("in" a condition alone, "hypertension in pregnancy", "diabetes in kidney disease", is read as
 * before: a population, or words the label must name.)
 */
function alongsideWords(key: string[], end: number): string[] | null {
  if (key[end] === 'with') return key.slice(end + 1);
  if (key[end] !== 'in') return null;
  const rest = key.slice(end + 1);
  const w = rest.indexOf('with');
  if (w > 0 && rest.slice(0, w).every((k) => ARTICLES.has(k) || PATIENTS.has(k)))
    return rest.slice(w + 1);
  const words = ARTICLES.has(rest[0] ?? '') ? rest.slice(1) : rest;
  const named = PATIENTS.has(words.at(-1) ?? '') ? words.slice(0, -1) : null;
  if (named?.length) return named.flatMap((k) => (PATIENT_ADJECTIVES[k] ?? k).split(' '));
  return words.length === 1 && PATIENT_ADJECTIVES[words[0]!]
    ? PATIENT_ADJECTIVES[words[0]!]!.split(' ')
    : null;
}

/** The other condition as the question writes it: after its last "with", or before "patients". */
function alongsideShown(asked: string, words: string[]): string {
  const withWords = /\bwith\s+(.+)$/i.exec(asked);
  if (withWords && !/\bwith\b/i.test(withWords[1]!)) return withWords[1]!;
  const holders =
    /\bin\s+(?:(?:a|an|the)\s+)?(.+?)(?:\s+(?:patients?|persons?|people|someone))?\s*$/i.exec(
      asked,
    );
  const written = holders?.[1] ?? words.join(' ');
  return PATIENT_ADJECTIVES[written.toLowerCase()] ?? written;
}

// Words that already say what is asked of the condition ("dvt prevention", "prophylaxis of").
const PURPOSE_WORDS = /\b(?:prevent\w*|prophyla\w*|risk|treat\w*|management|manage|control)\b/i;

// "heart problems", "kidney issues", "bladder trouble": an organ's diseases, in lay words.
const TROUBLES = /^(.+?) (?:problem|issue|trouble)s?$/;
// ("nerve problems" are the nerves', not a stroke's; "breathing problems" the lungs', not a runny
// nose's)
const LAY_ORGANS: Record<string, string> = {
  nerve: 'peripheral nervous system',
  urinary: 'urologic',
  'mental health': 'mental',
  breathing: 'lung',
};

// The roots of the infections: the MeSH infection trees and DO's disease by infectious agent.
const INFECTION_ROOTS = [
  'MESH:D001423',
  'MESH:D010272',
  'MESH:D014777',
  'MESH:D015817',
  'MESH:D014946',
  'MESH:D018461',
  'MESH:D034161',
  'MESH:D055499',
  'MESH:D059413',
  'MESH:D017714',
  'DOID:0050117',
];

export class ConditionVocabulary {
  private readonly terms: Map<
    string,
    { concepts: number[]; abbreviation: boolean; part: boolean; capitals: boolean }
  >;
  private readonly children: number[][];
  /** per concept, its broader concepts and the broader names that count only looking up */
  private readonly upward: number[][];
  private readonly same: number[][];
  private conceptTerms: string[][] | null = null;
  private infectionSet: TermSet | null = null;
  private infectionConcepts: Set<number> | null = null;
  private organisms: Set<string> | null = null;

  /** Whether the folded words are a name of any concept. */
  hasTerm(key: string): boolean {
    return this.terms.has(key);
  }

  constructor(private readonly file: ConditionsFile) {
    this.terms = new Map(
      file.terms.map(([k, c, a]) => [
        k,
        { concepts: c, abbreviation: (a & 1) !== 0, part: (a & 2) !== 0, capitals: (a & 4) !== 0 },
      ]),
    );
    this.children = file.concepts.map(() => []);
    file.parents.forEach((ps, child) => ps.forEach((p) => this.children[p]!.push(child)));
    // (a symptom's disease counts as a broader name only: curated/condition-links-broader.tsv)
    this.upward = file.parents.slice();
    for (const [child, parent] of file.broaderOnly ?? [])
      this.upward[child] = [...this.upward[child]!, parent];
    this.same = file.concepts.map(() => []);
    for (const [a, b] of file.same) {
      this.same[a]!.push(b);
      this.same[b]!.push(a);
    }
  }

  conceptId(i: number): string {
    return this.file.concepts[i]![0];
  }
  conceptName(i: number): string {
    return this.file.concepts[i]![1];
  }
  isAbbreviation(key: string): boolean {
    return this.terms.get(key)?.abbreviation ?? false;
  }

  /** Whether a term names one form of its concept (curated/condition-terms-part.tsv). */
  isPart(key: string): boolean {
    return this.terms.get(key)?.part ?? false;
  }

  private words: Set<string> | null = null;

  /** Every word of every term, folded (for reading a misspelled condition). */
  termWords(): Set<string> {
    this.words ??= new Set([...this.terms.keys()].flatMap((k) => k.split(' ')));
    return this.words;
  }

  /** The condition's words, folded, with a misspelled word read as its one near term word. */
  correctedWords(text: string): string | null {
    // (the words as written, so that "diabeties" reads as "diabetes", not the folded "diabete")
    const fixed = correctSpelling(
      tokenize(text).map((t) => t.norm),
      this.termWords(),
      (words) => this.resolve(words.join(' ')) !== null,
      (w) => foldToken({ norm: w }),
    );
    return fixed ? fixed.join(' ') : null;
  }

  /**
   * The condition named by a question's words: the whole phrase if it is a term (or with
   * "disorder" or "disease" added: "social anxiety"), else the longest run of its words whose
   * dropped words only qualify it ("acute low back pain", "blood clots in the legs"). A run that
   * drops a word that changes the meaning ("period pain" -> pain) does not count.
   */
  resolve(written: string): ResolvedCondition | null {
    // A lab value read as the condition it shows (lab-values.ts): "potassium of 6.2" asks about
    // treating hyperkalemia, "pth of 900 on dialysis" hyperparathyroidism on dialysis. (Treating
    // it: the value says the patient has it, so "Prevention of osteoporosis" is no answer to a
    // T-score of -3.)
    // A measure this extension does not read beside the condition ("type 2 diabetes with egfr of
    // 25"), or a lab value it does not read as a condition ("hypothyroidism with tsh of 8"): the
    // condition, with the measure kept so that the label's note says no "covers".
    const lab = labReading(written);
    const measure = unreadMeasure(written) ?? (lab ? null : unreadLabValue(written));
    if (measure) {
      // (a class written before the condition it grades stays joined to it: "atrial fibrillation
      // with child-pugh c cirrhosis" keeps "with cirrhosis")
      const grades = /^\s+(?!(?:and|or|with|in|on|plus|but)\b)[a-z]/i.test(
        written.slice(measure.end),
      );
      const rest = grades
        ? `${written.slice(0, measure.start)}${written.slice(measure.end)}`
            .replace(/\s+/g, ' ')
            .trim()
        : withoutSpan(written, measure.start, measure.end);
      const named = hasContent(rest) ? this.resolve(rest) : null;
      return named && { ...named, unread: named.unread ?? measure };
    }
    if (lab) {
      const beside = this.resolveBesideLab(written, lab);
      if (beside) return beside;
      const found = this.resolve(written.replace(lab.words, `treatment of ${lab.condition}`));
      return found && { ...found, lab };
    }
    // (how long or in which line the drug is used, in a clinician's words: "long-term insomnia"
    // asks about chronic insomnia, "asthma rescue" about acute asthma; the words as written stay
    // the question's, these only read its course)
    const words = USE_COURSES.reduce(
      (text, [pattern, course]) => text.replace(pattern, course),
      written,
    );
    const found = this.resolveWords(words);
    if (found) return found;
    // A class, stage, grade or group the vocabulary has no term for ("nyha class iii heart
    // failure", "stage 3 ckd"): the condition without it, the grade kept in the words asked, where
    // the label's note reads it (condition-grade.ts).
    const grade = gradeAsked(words);
    const rest = grade && this.resolveWords(withoutGrade(words, grade));
    if (rest) return { ...rest, asked: `${rest.asked} ${grade.words}`, grade };
    // A cause joined before the condition that makes no term with it ("chemo-induced nausea",
    // "aids-related weight loss", "chemotherapy nausea", "acetaminophen overdose"): read as the
    // cause after it ("nausea due to chemo").
    const joined = causeBefore(words);
    return joined ? this.resolveWords(`${joined[1]}${joined[3]} due to ${joined[2]}`) : null;
  }

  /**
   * A condition named beside a lab value ("type 2 diabetes with a1c of 9", "hypokalemia with
   * potassium of 5.9"): the named condition, the value kept as what it shows of it. A value that
   * shows the same condition, or one broader or narrower, only confirms it; one that shows another
   * ("heart failure with potassium of 5.8") or the opposite is read, so that the label's note,
   * which weighs one condition, says nothing of the patient's two.
   */
  private resolveBesideLab(written: string, lab: LabReading): ResolvedCondition | null {
    const at = written.indexOf(lab.words);
    if (at < 0) return null;
    const rest = withoutSpan(written, at, at + lab.words.length);
    if (!hasContent(rest)) return null;
    // (the value says the patient has it: treating it is asked, as for a value alone, unless the
    // words ask to prevent something)
    const named = this.resolve(PURPOSE_WORDS.test(rest) ? rest : `treatment of ${rest}`);
    // (a second value that shows another condition keeps the note silent)
    if (!named || named.lab?.beside === 'other') return named;
    const within = (a: ResolvedCondition, b: ResolvedCondition) =>
      a.ownTerms.some((t) => b.narrower.find(t).length > 0);
    const shown = lab.sameSide
      .map((condition) => this.resolve(condition))
      .filter((c): c is ResolvedCondition => c !== null);
    const agrees = shown.some((c) => within(named, c) || within(c, named));
    return agrees
      ? { ...named, lab: { ...lab, beside: 'agrees' }, labShows: shown.map((c) => c.narrower) }
      : {
          ...named,
          lab: {
            ...lab,
            beside: 'other',
            valueFirst: !hasContent(written.slice(0, at)) || !this.resolve(written.slice(0, at)),
          },
        };
  }

  private resolveWords(words: string): ResolvedCondition | null {
    const found = this.resolveRun(words);
    if (!found) return null;
    // What the question says caused it, after the condition: a condition of its own where the
    // vocabulary names it ("due to heart failure"), else words ("from chemo").
    // (the words after the run that resolved; none where the run is not found as asked)
    const key = conditionKey(found.asked).split(' ');
    const run = conditionKey(found.words).split(' ');
    const at = key.findIndex((_, i) => run.every((w, j) => key[i + j] === w));
    const end = at + run.length;
    if (at < 0) return found;
    // (and what else the patients have, "hypertension with asthma", "diabetes in a patient with
    // kidney disease": read apart, for what the label warns of it)
    const alongside = this.alongside(found.asked, alongsideWords(key, end));
    if (alongside) return { ...found, alongside: { conditions: alongside, apart: key.slice(end) } };
    // (and what the patients do not have, "afib without valve disease": the label must not name
    // it beside the condition)
    const without = key[end] === 'without';
    if (!without && !causeJoined(key.slice(end))) return found;
    const clauseWords = key
      .slice(!without && CAUSE_LINK.has(key[end + 1] ?? '') ? end + 2 : end + 1)
      .filter((w) => !OWNER_WORDS.has(w))
      .join(' ');
    if (!clauseWords) return found;
    const clause = { words: clauseWords, resolved: this.resolveRun(clauseWords) };
    return without ? { ...found, without: clause } : { ...found, cause: clause };
  }

  /**
   * The other conditions the words name, each resolved ("diabetes and asthma" as two where both
   * are conditions, else as one), with the question's own words for each; null where one is not.
   */
  private alongside(
    asked: string,
    words: string[] | null,
  ): { words: string; resolved: ResolvedCondition }[] | null {
    if (!words?.length) return null;
    const shown = alongsideShown(asked, words);
    // (two or more, as the question writes them: "with asthma, diabetes and copd")
    const written = shown.split(new RegExp(LIST_SEPARATOR, 'i')).filter(Boolean);
    const parts = written.length > 1 ? written : words.join(' ').split(/\s+and\s+/);
    const each = parts.length > 1 ? parts.map((part) => this.resolveRun(part)) : [];
    if (each.length && each.every(Boolean))
      return each.map((resolved, i) => ({ words: parts[i]!, resolved: resolved! }));
    const whole = this.resolveRun(words.join(' '));
    return whole ? [{ words: shown, resolved: whole }] : null;
  }

  private resolveRun(words: string): ResolvedCondition | null {
    // A tumour's receptor status beside the cancer ("hr-positive breast cancer", "her2-negative
    // metastatic breast cancer"): the cancer, one form of it, whose status a label must name
    // (tumour-status.ts). Before the terms: DO's "estrogen-receptor positive breast cancer" is
    // named by no label.
    // A hepatitis C genotype beside the infection ("hepatitis c genotype 3", "hcv gt1a"): the
    // infection, one form of it, whose genotype a label must name (virus-genotype.ts).
    const genotype = genotypeNamed(conditionKey(words));
    if (genotype) {
      const infection = this.resolveRun(genotype.rest);
      return infection && qualified(infection, 'genotype', genotype.genotype, words);
    }
    const named = statusNamed(conditionKey(words));
    if (named) {
      const cancer = this.resolveRun(named.rest);
      return cancer && qualified(cancer, 'status', named.status, words);
    }
    const folded = tokenize(words).map(foldToken);
    for (let n = Math.min(MAX_TOKENS, folded.length); n >= 1; n--) {
      for (let i = 0; i + n <= folded.length; i++) {
        const before = folded.slice(0, i);
        const after = folded.slice(i + n);
        if (!before.every((w) => DROPPABLE.has(w))) continue;
        // (a purpose word may stand before: "dvt prevention after knee replacement")
        const linked = after.find((w) => !DROPPABLE.has(w) || PREPOSITION.has(w));
        if (!(
          after.every((w) => DROPPABLE.has(w)) ||
          (linked !== undefined && PREPOSITION.has(linked)) ||
          ON_TREATMENT.test(after.join(' ')) ||
          causeJoined(after) ||
          after[0] === 'without'
        ))
          continue;
        const key = folded.slice(i, i + n).join(' ');
        // Two letters name a condition only as a known abbreviation ("PE", "ED").
        if (n === 1 && (key.length < 2 || (key.length === 2 && !this.isAbbreviation(key))))
          continue;
        for (const candidate of this.candidates(key)) {
          const entry = this.terms.get(candidate);
          if (!entry) continue;
          // (an abbreviation that is also a word names its condition only in capitals: "FACE",
          // not "tretinoin for my face"; curated/condition-abbreviations-capitals.tsv)
          if (entry.capitals && !new RegExp(`\\b${candidate.toUpperCase()}\\b`).test(words))
            continue;
          // MeSH lists narrower names as entry terms of a broader heading ("absence seizures"
          // under "Seizures"): where another concept names the words exactly, the heading whose
          // name is only part of them is broader, not the condition (its narrower set holds
          // siblings: "tonic-clonic seizures" do not cover absence seizures).
          const candidateWords = contentWords(candidate);
          const partOf = (c: number) => {
            const name = contentWords(conditionKey(this.conceptName(c)));
            return (
              name.length < candidateWords.length && name.every((w) => candidateWords.includes(w))
            );
          };
          const specific = entry.concepts.filter((c) => !partOf(c));
          const broad = entry.concepts.filter(partOf);
          // A term that is only its concept's name with a course added ("chronic asthma", curated
          // for asthma) is read as the concept with that course, as "chronic" before any name is.
          const courseOnly = (c: number) => {
            const name = contentWords(conditionKey(this.conceptName(c)));
            return candidateWords.every((w) => name.includes(w) || DROPPABLE.has(w));
          };
          if (specific.length === 0 && broad.length > 0 && broad.every(courseOnly)) continue;
          // (an organ's "problems" may be a symptom the vocabulary files elsewhere: heartburn is
          // no stomach disease, though "omeprazole for stomach problems" asks about it)
          const organ = TROUBLES.exec(key)?.[1];
          const lay = organ ? { lay: true } : {};
          // (the question's lay word for the organ is the vocabulary's: "nerve problems" asks
          // about the nervous system, and "nerve" is no other word it adds)
          // (and a plural abbreviation is asked as the abbreviation: "UTIs" as "UTI")
          const asked =
            organ && LAY_ORGANS[organ]
              ? words.replace(
                  new RegExp(`\\b${organ.replace(/ /g, '\\s+')}\\b`, 'i'),
                  LAY_ORGANS[organ],
                )
              : key === `${candidate}s`
                ? words.replace(new RegExp(`\\b(${candidate})s\\b`, 'i'), '$1')
                : words;
          if (specific.length && broad.length)
            return { ...this.expand(candidate, specific, broad), asked, ...lay };
          const form = this.namesForm(candidate, entry.concepts);
          // "tonic-clonic seizures" is only an entry term of "Seizures": the concept is broader
          // than the question, so only the question's own words may be said to be covered.
          // "bipolar depression" names one phase of bipolar disorder: the same, beside its words.
          return {
            ...this.expand(
              candidate,
              entry.concepts,
              [],
              entry.part || form || (specific.length === 0 && broad.length > 0),
            ),
            asked,
            ...lay,
            part: entry.part || form,
            // (an abbreviation of one form, "CAP": a label writes its words out)
            ...(entry.part && entry.abbreviation
              ? { spelledOut: this.spelledOut(candidate) ?? undefined }
              : {}),
          };
        }
      }
    }
    // An organism named before the infection that makes no term with it ("mrsa pneumonia", "e
    // coli uti"): the infection, one form of it, whose organism a label must name beside it
    // (infection-organism.ts).
    // (after a course or severity, which stays the infection's: "complicated e coli uti")
    const lead = folded.findIndex((w) => !DROPPABLE.has(w));
    const course = lead > 0 ? `${folded.slice(0, lead).join(' ')} ` : '';
    for (const germ of organismsNamed(
      folded.slice(Math.max(lead, 0)).join(' '),
      this.organismNames(),
    )) {
      const infection = this.resolveRun(course + germ.rest);
      if (infection) return qualified(infection, 'organism', germ.organism, words);
    }
    return null;
  }

  /**
   * Whether a term is another term of its concept with a type added: MeSH lumps the numbered or
   * lettered forms of a disease in as entry terms ("morquio b syndrome" and "morquio syndrome a"
   * under Mucopolysaccharidosis IV, "gaucher disease type 2" under Gaucher Disease), so the term
   * names one form of it, a part. (Not a letter that names a cell or an enzyme: "diffuse large b
   * cell lymphoma", "cytochrome c oxidase deficiency".)
   */
  private namesForm(key: string, concepts: number[]): boolean {
    const words = key.split(' ');
    return words.some((w, i) => {
      if (!/^(?:[a-e]|i{1,3}|iv|[1-4])$/.test(w)) return false;
      // (a name that carries the type is the form itself: "hemophilia a", Hemophilia A)
      if (concepts.some((c) => conditionKey(this.conceptName(c)).split(' ').includes(w)))
        return false;
      const typed = words[i - 1] === 'type';
      const next = words[i + 1];
      if (!typed && next !== undefined && !/^(?:syndrome|disease|disorder)$/.test(next))
        return false;
      const rest = words.filter((_, j) => j !== i && !(typed && j === i - 1)).join(' ');
      return this.terms.get(rest)?.concepts.some((c) => concepts.includes(c)) ?? false;
    });
  }

  /**
   * The part term of the same concept whose words' initials spell the abbreviation ("cap" ->
   * "community acquired pneumonia"), or null.
   */
  private spelledOut(abbreviation: string): string | null {
    const concepts = this.terms.get(abbreviation)!.concepts;
    for (const [key, entry] of this.terms) {
      if (!entry.part || entry.abbreviation || key === abbreviation) continue;
      if (!entry.concepts.some((c) => concepts.includes(c))) continue;
      const initials = key
        .split(/[\s-]+/)
        .map((w) => w[0])
        .join('');
      if (initials === abbreviation.replace(/\s+/g, '')) return key;
    }
    return null;
  }

  /**
   * The terms a run of words may name: itself, with "disorder" or "disease" added, or, where
   * the words name an organism ("cytomegalovirus", "candida", "e coli"), its infection.
   */
  private candidates(key: string): string[] {
    // An organ's "problems" (or "issues", "trouble") are its diseases: "heart problems", "kidney
    // problems", "nerve problems" (the lay word for the organ read as the vocabulary names it)
    const troubles = TROUBLES.exec(key);
    if (troubles) {
      const organ = LAY_ORGANS[troubles[1]!] ?? troubles[1]!;
      return [`${organ} disease`, `${organ} disorder`];
    }
    // (a plural abbreviation, "UTIs", "DVTs", is the abbreviation's condition)
    const one = key.slice(0, -1);
    if (key.length >= 4 && key.endsWith('s') && !this.terms.has(key) && this.isAbbreviation(one))
      return [one];
    const names = [key, `${key} disorder`, `${key} disease`];
    if (names.some((n) => this.terms.has(n)) || !this.terms.has(`${key} infection`)) return names;
    return this.organismNames().has(key) ? [`${key} infection`] : names;
  }

  /**
   * The words that name an organism, built on first use: the "<words> infection" terms of
   * infections whose words mostly stand in infections' terms ("cytomegalovirus retinitis" is
   * the exception). Words of a site or a kind name other conditions more often ("chest pain",
   * "gunshot wound", "secondary hypertension"), so "chest" or "wound" alone is no organism.
   */
  private organismNames(): Set<string> {
    if (!this.organisms) {
      const inf = this.infectionIds();
      const infectionOnly = (concepts: number[]) => concepts.every((c) => inf.has(c));
      const candidates = new Map<string, { holding: number; infections: number }>();
      for (const [key, concepts] of this.file.terms) {
        const words = organismWords(key);
        if (words && infectionOnly(concepts)) candidates.set(words, { holding: 0, infections: 0 });
      }
      // One pass over every term, counting the terms each candidate's words stand in (found by
      // their first word: the candidates are few, the terms many).
      const byFirst = new Map<string, string[][]>();
      for (const words of candidates.keys()) {
        const tokens = words.split(' ');
        byFirst.set(tokens[0]!, [...(byFirst.get(tokens[0]!) ?? []), tokens]);
      }
      for (const [key, concepts] of this.file.terms) {
        const tokens = key.split(' ');
        const seen = new Set<string>();
        tokens.forEach((token, i) => {
          for (const words of byFirst.get(token) ?? []) {
            const joined = words.join(' ');
            if (seen.has(joined) || !words.every((w, k) => tokens[i + k] === w)) continue;
            seen.add(joined);
            const count = candidates.get(joined)!;
            count.holding++;
            if (infectionOnly(concepts)) count.infections++;
          }
        });
      }
      this.organisms = new Set(
        [...candidates].filter(([, c]) => c.infections * 2 >= c.holding).map(([w]) => w),
      );
    }
    return this.organisms;
  }

  /**
   * The organisms a set of infections is caused by, by the words of their terms ("staphylococcus
   * aureus" of "staphylococcus aureus infection"): an anti-infective label names the organisms
   * its infections are caused by ("Respiratory tract infections due to S. pneumoniae,
   * Staphylococcus aureus ...").
   */
  private organismSet(concepts: Set<number>): TermSet {
    const inf = this.infectionIds();
    const organisms = this.organismNames();
    const keys = new Map<string, number[]>();
    for (const c of concepts) {
      if (!inf.has(c)) continue;
      for (const key of this.termIndex()[c]!) {
        const words = organismWords(key);
        if (!words || !organisms.has(words)) continue;
        // (and with the genus cut to its initial, as labels write it: "S. aureus", "E. coli")
        const [genus, ...species] = words.split(' ');
        const short =
          species.length && genus!.length > 3 ? [`${genus![0]} ${species.join(' ')}`] : [];
        for (const form of [words, ...short]) keys.set(form, [...(keys.get(form) ?? []), c]);
      }
    }
    return new TermSet(this, keys);
  }

  private expand(
    words: string,
    start: number[],
    alsoBroader: number[] = [],
    partial = false,
  ): ResolvedCondition {
    const base = new Set(start);
    for (const c of start) for (const s of this.same[c]!) base.add(s);
    const narrower = this.closure(base, (c) => this.children[c]!);
    const up = this.closure(new Set([...base, ...alsoBroader]), (c) => this.upward[c]!);
    for (const c of [...up]) for (const s of this.same[c]!) up.add(s);
    // Not the infection trees' own roots ("bacterial infectious disease"): every bacterial
    // infection is one, and a label for any of them names it in some form.
    const infectionParentIds = [...base]
      .flatMap((c) => this.file.parents[c]!)
      .filter((p) => !narrower.has(p) && /\binfections?\b/i.test(this.conceptName(p)));
    const infectionParents = infectionParentIds.map((p) => this.conceptName(p));
    // Roots ("disease", "Eye Diseases") say nothing about a condition, except an infection's
    // own site heading the vocabulary keeps as a root ("Intraabdominal Infections" above
    // peritonitis and appendicitis).
    const broader = [...up].filter(
      (c) =>
        !narrower.has(c) && (this.file.parents[c]!.length > 0 || infectionParentIds.includes(c)),
    );
    let organisms: TermSet | undefined;
    return {
      words,
      asked: words,
      partial,
      part: false,
      concepts: start.map((c) => ({ id: this.conceptId(c), name: this.conceptName(c) })),
      narrower: this.termSet(narrower),
      ownTerms: [...base].flatMap((c) => this.termIndex()[c]!),
      // "disease" alone (inside "Parkinson's disease") is no broader condition of anything asked.
      broader: this.termSet(broader, GENERIC),
      infections: this.infections(),
      organisms: () => (organisms ??= this.organismSet(narrower)),
      infectionParents,
    };
  }

  private closure(from: Set<number>, next: (c: number) => number[]): Set<number> {
    const seen = new Set(from);
    const queue = [...from];
    while (queue.length)
      for (const n of next(queue.pop()!)) if (!seen.has(n) && seen.add(n)) queue.push(n);
    return seen;
  }

  /** Each concept's terms, built on first use (one pass over the terms). */
  private termIndex(): string[][] {
    if (!this.conceptTerms) {
      this.conceptTerms = this.file.concepts.map(() => []);
      for (const [key, cs] of this.file.terms) for (const c of cs) this.conceptTerms[c]!.push(key);
    }
    return this.conceptTerms;
  }

  /** Every infection, built on first use. */
  private infectionIds(): Set<number> {
    if (!this.infectionConcepts) {
      const ids = new Map(this.file.concepts.map((c, i) => [c[0], i]));
      const roots = INFECTION_ROOTS.map((id) => ids.get(id)).filter((i) => i !== undefined);
      this.infectionConcepts = this.closure(new Set(roots), (c) => this.children[c]!);
    }
    return this.infectionConcepts;
  }

  /** Every infection's terms, built on first use. */
  private infections(): TermSet {
    this.infectionSet ??= this.termSet(this.infectionIds(), GENERIC);
    return this.infectionSet;
  }

  private termSet(concepts: Iterable<number>, skip: Set<string> = new Set()): TermSet {
    const index = this.termIndex();
    const keys = new Map<string, number[]>();
    for (const c of concepts)
      for (const key of index[c]!) if (!skip.has(key)) keys.set(key, [...(keys.get(key) ?? []), c]);
    return new TermSet(this, keys);
  }
}

/** The words before "infection" in an infection's term ("cytomegalovirus infection"). */
function organismWords(key: string): string | null {
  const m = /^(.+?) (?:infection|infectious disease)$/.exec(key);
  return m ? m[1]! : null;
}
