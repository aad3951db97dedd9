// What a label says in pregnancy, while breastfeeding, in children or in older adults. "Is
// sertraline safe in pregnancy", "ibuprofen while breastfeeding", "doxycycline in children": these
// are no diseases of the condition vocabulary, so such a question was answered with nothing; the
// label's own section (8.1 pregnancy, 8.2 lactation, 8.4 pediatric, 8.5 geriatric use), from its
// risk summary, answers it in the label's words. Where the bundled copy has no such section, the
// first place its boxed warning, contraindications or warnings name the patients is quoted;
// nothing else is claimed (the bundled sections are often cut short).
import type { Label } from './index-schema';

export type Population = 'pregnancy' | 'lactation' | 'pediatricUse' | 'geriatricUse';

interface PopulationWords {
  /** words of a question that ask about it */
  asks: RegExp;
  /** words of a label sentence that name it */
  named: RegExp;
  /** its label section, as the note calls it */
  section: string;
  /** the patients, as the note calls them */
  who: string;
  /** words near a mention that make it no statement of the drug in them */
  not?: RegExp;
}

export const POPULATIONS: Record<Population, PopulationWords> = {
  lactation: {
    asks: /\b(?:breast[- ]?feed\w*|nursing(?! homes?\b| facilit)|lactat\w*|breast ?milk)\b/i,
    named:
      /\b(?:breast[- ]?feed\w*|nursing (?:mothers|women|infants?)|lactat\w*|human milk|breast milk)\b/i,
    section: 'lactation',
    who: 'breastfeeding',
  },
  pregnancy: {
    asks: /\b(?:pregnan\w*|expecting)\b/i,
    named: /\bpregnan\w*/i,
    section: 'pregnancy',
    who: 'pregnancy',
  },
  pediatricUse: {
    asks: /\b(?:child(?:ren)?|kids?|p(?:a)?ediatrics?|infants?|babies|baby|toddlers?|newborns?|neonates?|adolescents?|teens?|teenagers?|\d+[- ]?(?:years?|yrs?|months?)[- ]?olds?)\b/i,
    named:
      /\b(?:p(?:a)?ediatric|child(?:ren)?(?![- ]?bearing)|infants?|neonates?|newborns?|adolescents?)\b/i,
    section: 'pediatric use',
    who: 'children',
    // (every OTC label's "Keep out of reach of children", and neonates exposed before birth:
    // "neonates whose mothers were treated with oral baclofen throughout pregnancy")
    not: /\bout of (?:the )?reach of children\b|\b(?:whose mothers?|mothers? (?:were|was|who)|born (?:to|of)|newborns? of|in utero|during pregnancy|throughout pregnancy|of pregnancy|after delivery|at delivery|congenital)\b/i,
  },
  geriatricUse: {
    asks: /\b(?:elderly|geriatrics?|seniors?|older(?: adults?| patients?| people)?|over 65|aged)\b/i,
    named: /\b(?:elderly|geriatric|older (?:adults|patients)|65 years)\b/i,
    section: 'geriatric use',
    who: 'older adults',
  },
};

// Words that make pregnancy the condition a drug is for, not the patient's state: "to prevent
// pregnancy", "termination of pregnancy", "lactation suppression", "pregnancy test".
const PURPOSE =
  /\b(?:prevent\w*|avoid\w*|contracep\w*|birth control|end(?:ing)?|terminat\w*|abort\w*|induc\w*|tests?|suppress\w*|inhibit\w*|stop\w*|increas\w*|promot\w*)\b/i;

// Words that may stand beside it in such a question ("can I take it while pregnant", "in the
// first trimester", "dose for a 5 year old"); any other word names a condition ("nausea and
// vomiting of pregnancy", "fever in children").
const BESIDE =
  /\b(?:i|it|me|my|is|am|are|be|being|can|could|should|give|giving|take|taking|use|using|safe|ok|okay|to|in|during|while|when|if|of|for|and|or|with|the|a|an|women|woman|mothers?|patients?|people|adults?|early|late|first|second|third|trimesters?|weeks?|months?|years?|yrs?|old|olds|age|aged|under|over|young|small|little|dose|doses|dosing|dosage)\b/gi;

/**
 * Pregnancy or breastfeeding named beside a condition ("depression in pregnancy", "uti in a
 * pregnant woman"), if either: the label's section on it answers beside the condition's note.
 * (Children and older adults are read as ages: patient-age.ts.)
 */
export function populationBeside(words: string): Population | null {
  if (PURPOSE.test(words)) return null;
  return (['pregnancy', 'lactation'] as const).find((p) => POPULATIONS[p].asks.test(words)) ?? null;
}

/** The population an unresolved question's words ask about, if any. */
export function askedPopulation(words: string): Population | null {
  if (PURPOSE.test(words)) return null;
  const asked = (Object.keys(POPULATIONS) as Population[]).find((p) =>
    POPULATIONS[p].asks.test(words),
  );
  if (!asked) return null;
  const rest = words
    .replace(new RegExp(POPULATIONS[asked].asks.source, 'gi'), ' ')
    .replace(BESIDE, ' ')
    .replace(/[^a-z]+/gi, '');
  return rest ? null : asked;
}

export interface PopulationFinding {
  /** the section quoted, as the note calls it: the population's own, or a warning that names it */
  section: string;
  /** the population's own section */
  own: boolean;
  quote: string;
}

const WARNINGS: [keyof Label['sections'], string][] = [
  ['boxedWarning', 'boxed warning'],
  ['contraindications', 'contraindications'],
  ['warnings', 'warnings and precautions'],
];
// (for breastfeeding, an OTC label's pregnancy section: "If pregnant or breast-feeding, ask a
// health professional")
const ELSEWHERE: Record<Population, [keyof Label['sections'], string][]> = {
  lactation: [['pregnancy', 'pregnancy section'], ...WARNINGS],
  pregnancy: WARNINGS,
  pediatricUse: WARNINGS,
  geriatricUse: WARNINGS,
};
/**
 * The sentence names the patients as patients given the drug: not "Keep out of reach of
 * children", nor neonates near their mothers' treatment, nor "these infants" after it.
 */
function namesThem(sentence: string, asked: Population): boolean {
  const { named, not } = POPULATIONS[asked];
  for (const m of sentence.matchAll(new RegExp(named.source, 'gi'))) {
    const at = m.index;
    const around = sentence.slice(Math.max(0, at - 60), at + m[0].length + 60);
    if (not?.test(around) || /\b(?:these|such)\s+$/i.test(sentence.slice(0, at))) continue;
    return true;
  }
  return false;
}

const ANIMALS = /\b(?:mice|mouse|rats?|rabbits?|monkeys?|dogs?|animals?)\b/i;

/** About two sentences: enough to carry the risk summary's first statement. */
const QUOTE_MAX = 520;

export function populationFinding(
  label: Label | null,
  asked: Population,
): PopulationFinding | null {
  if (!label) return null;
  const own = label.sections[asked]?.text;
  if (own)
    return {
      section: POPULATIONS[asked].section,
      own: true,
      quote: opening(own.replace(/^Risk Summary\s+/i, '')),
    };
  for (const [key, section] of ELSEWHERE[asked]) {
    const text = label.sections[key]?.text;
    const naming = text ? sentences(text).filter((s) => namesThem(s, asked)) : [];
    // (a sentence about people before one about animal studies: hydroxyzine's contraindications
    // open with "when administered to the pregnant mouse, rat, and rabbit")
    const sentence = naming.find((s) => !ANIMALS.test(s)) ?? naming[0];
    if (sentence) return { section, own: false, quote: fromOtcStatement(sentence) };
  }
  return null;
}

// An OTC Drug Facts box runs its warnings together without stops ("Stop use and ask doctor if:
// ... you develop a rash or joint pain If pregnant or breast-feeding, ask a health professional
// before use"): the statement the regulation prescribes is quoted from its own first words.
const OTC_STATEMENT = /\bIf pregnant or breast-?feeding\b/;

function fromOtcStatement(sentence: string): string {
  const at = sentence.search(OTC_STATEMENT);
  return at > 0 ? sentence.slice(at) : sentence;
}

function sentences(text: string): string[] {
  return text.split(/(?<=(?<![A-Z]|\d)[.!?])\s+(?=[A-Z(•])|\s*•\s*/).filter((s) => s.trim());
}

/**
 * A section's first sentences up to `max` characters, "…" where more follows. A sentence said
 * twice is quoted once ("None. None", a PLR label's highlights before its section), and a heading
 * alone ("Drug Interactions", "Directions") is followed by the words after it.
 */
export function opening(text: string, max = QUOTE_MAX): string {
  let out = '';
  let last = '';
  for (const s of sentences(text)) {
    const key = s.replace(/[.\s]+$/, '');
    if (key === last) continue;
    last = key;
    if (out && out.length + 1 + s.length > max) {
      if (out.length >= 80) return `${out} …`;
      return `${out} ${s.slice(0, max - out.length - 1).replace(/\s+\S*$/, '')} …`;
    }
    if (!out && s.length > max) return `${s.slice(0, max).replace(/\s+\S*$/, '')} …`;
    out = out ? `${out} ${s}` : s;
  }
  return out;
}
