// What a label says in pregnancy or while breastfeeding. "Is sertraline safe in pregnancy",
// "ibuprofen while breastfeeding": pregnancy is no disease in the condition vocabulary, so such a
// question was answered with nothing; the label's own pregnancy (8.1) or lactation (8.2) section,
// from its risk summary, answers it in the label's words. Where the bundled copy has no such
// section, the first place its boxed warning, contraindications or warnings name pregnancy or
// breastfeeding is quoted; nothing else is claimed (the bundled sections are often cut short).
import type { Label } from './index-schema';

export type Population = 'pregnancy' | 'lactation';

const ASKS: [Population, RegExp][] = [
  ['lactation', /\b(?:breast[- ]?feed\w*|nursing(?! homes?\b| facilit)|lactat\w*|breast ?milk)\b/i],
  ['pregnancy', /\b(?:pregnan\w*|expecting)\b/i],
];
// Words that make pregnancy the condition a drug is for, not the patient's state: "to prevent
// pregnancy", "termination of pregnancy", "lactation suppression", "pregnancy test".
const PURPOSE =
  /\b(?:prevent\w*|avoid\w*|contracep\w*|birth control|end(?:ing)?|terminat\w*|abort\w*|induc\w*|tests?|suppress\w*|inhibit\w*|stop\w*|increas\w*|promot\w*)\b/i;

// Words that may stand beside it in such a question ("can I take it while pregnant", "in the
// first trimester"); any other word names a condition ("nausea and vomiting of pregnancy").
const BESIDE =
  /\b(?:i|it|me|my|is|am|are|be|being|can|could|should|take|taking|use|using|safe|ok|okay|to|in|during|while|when|if|of|for|and|or|the|a|an|women|woman|mothers?|patients?|people|early|late|first|second|third|trimesters?|weeks?|months?)\b/gi;

/** The population an unresolved question's words ask about, if any. */
export function askedPopulation(words: string): Population | null {
  if (PURPOSE.test(words)) return null;
  const asked = ASKS.find(([, asks]) => asks.test(words));
  if (!asked) return null;
  const rest = words
    .replace(asked[1], ' ')
    .replace(BESIDE, ' ')
    .replace(/[^a-z]+/gi, '');
  return rest ? null : asked[0];
}

export interface PopulationFinding {
  /** the section quoted, as the note calls it */
  section:
    | 'pregnancy'
    | 'lactation'
    | 'pregnancy section'
    | 'boxed warning'
    | 'contraindications'
    | 'warnings and precautions';
  quote: string;
}

const NAMED: Record<Population, RegExp> = {
  pregnancy: /\bpregnan\w*/i,
  lactation:
    /\b(?:breast[- ]?feed\w*|nursing (?:mothers|women|infants?)|lactat\w*|human milk|breast milk)\b/i,
};
const ELSEWHERE: [keyof Label['sections'], PopulationFinding['section']][] = [
  // (an OTC label's "If pregnant or breast-feeding, ask a health professional")
  ['pregnancy', 'pregnancy section'],
  ['boxedWarning', 'boxed warning'],
  ['contraindications', 'contraindications'],
  ['warnings', 'warnings and precautions'],
];
/** About two sentences: enough to carry the risk summary's first statement. */
const QUOTE_MAX = 360;

export function populationFinding(
  label: Label | null,
  asked: Population,
): PopulationFinding | null {
  if (!label) return null;
  const own = label.sections[asked]?.text;
  if (own) return { section: asked, quote: opening(own.replace(/^Risk Summary\s+/i, '')) };
  for (const [key, section] of ELSEWHERE) {
    const text = label.sections[key]?.text;
    const sentence = text && sentences(text).find((s) => NAMED[asked].test(s));
    if (sentence) return { section, quote: sentence };
  }
  return null;
}

function sentences(text: string): string[] {
  return text.split(/(?<=(?<![A-Z]|\d)[.!?])\s+(?=[A-Z(•])|\s*•\s*/).filter((s) => s.trim());
}

/** The section's first sentences up to QUOTE_MAX characters, "…" where more follows. */
function opening(text: string): string {
  let out = '';
  for (const s of sentences(text)) {
    if (out && out.length + 1 + s.length > QUOTE_MAX) return `${out} …`;
    if (!out && s.length > QUOTE_MAX) return `${s.slice(0, QUOTE_MAX).replace(/\s+\S*$/, '')} …`;
    out = out ? `${out} ${s}` : s;
  }
  return out;
}
