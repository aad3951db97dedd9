// What a guideline statement says about one drug: whether it concerns the drug at all, and
// the direction (for / against) of the clause that names it. A statement often recommends one
// thing and advises against another ("Do not give IVT ...; use DAPT (clopidogrel + aspirin)
// instead"), so the direction is read clause by clause, only where the drug is named, and left
// off ("neutral") when the clauses disagree or none says.
import type { GuidelineStatement } from '../src/core/index-schema';

export interface Span {
  start: number;
  end: number;
}

const NO_CALL =
  /\b(?:insufficient evidence|inconclusive|no recommendation|(?:cannot|unable to) (?:make a )?recommend|neither for nor against|for or against|support or refute|evidence is (?:lacking|limited|insufficient))\b/i;
const AGAINST =
  /\b(?:recommends? against|suggests? against|advises? against|(?:should|must) not|shall not|not (?:be )?(?:recommended|indicated|advised|routinely)|do not (?:use|give|prescribe|start|offer|initiate|routinely|add|combine|treat)|don't|avoid(?:ed|ing)?|no role|not be (?:used|given|offered|prescribed)|is not (?:indicated|recommended)|contraindicated|discontinu(?:e|ed|ation)|stop(?:ped)? |taper(?:ed)? (?:off|and discontinue)|against the use)\b/i;
const FOR =
  /\b(?:recommends?|recommended|suggests?|should (?:be )?(?:select|use|consider|receive|offer|given|used|offered|started|treated|prescribed|initiated|continued|added)|should receive|use|using|give|giving|start|initiate|prefer(?:red|ably)?|first-line|second-line|first line|consider(?:ed)?|offer(?:ed)?|continue|treat(?:ed)? with|prescribe|add|is (?:an )?(?:effective|reasonable|appropriate|indicated)|are (?:effective|reasonable|appropriate|indicated)|may be (?:used|given|considered|offered|beneficial|prescribed|added)|can be (?:used|given|considered|offered|prescribed)|is beneficial|are beneficial)\b/i;
// "rather than X", "instead of X", "over X": X is the alternative, not what is recommended.
const ALTERNATIVE =
  /\b(?:rather than|instead of|in preference to|over|versus|vs\.?|compared with)\s*$/i;
// A leading condition ("If baclofen is not effective, consider tizanidine"): a drug named there
// is the situation, not the recommendation.
const CONDITION_LEAD =
  /^\s*(?:if|when|where|unless|for (?:patients|people|persons|adults|those) who|in (?:patients|people|those) (?:who|whose|with|taking|on))\b[^,;:]*?(?:,|\bthen\b)/i;

interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Clauses: sentences, semicolon and bullet parts, and "but"/"instead" turns. */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re =
    /(?:[.!?](?=\s+[A-Z•(])|;|•|\n|,?\s+but\s+|,?\s+whereas\s+|,\s+(?=(?:use|consider|offer|give|start|prefer|add)\b))/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: last, end: m.index, text: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: text.length, text: text.slice(last) });
  return out.filter((c) => c.text.trim());
}

type Direction = GuidelineStatement['direction'];

function clauseDirection(clause: Clause, mentions: Span[]): Direction | null {
  const lead = CONDITION_LEAD.exec(clause.text);
  const leadEnd = clause.start + (lead ? lead[0].length : 0);
  const own = mentions.filter((m) => m.start >= leadEnd && m.start < clause.end);
  if (own.length === 0) return null;
  const body = clause.text.slice(lead ? lead[0].length : 0);
  if (NO_CALL.test(body)) return 'neutral';
  // Named only as the alternative ("metformin rather than sulfonylureas"): cannot tell.
  if (own.every((m) => ALTERNATIVE.test(clause.text.slice(0, m.start - clause.start))))
    return 'neutral';
  if (AGAINST.test(body)) return 'against';
  if (FOR.test(body)) return 'for';
  return 'neutral';
}

/** The direction of the statement for the drug named at `mentions`; "neutral" when it cannot be told. */
export function directionFor(text: string, mentions: Span[]): Direction {
  const found = clauses(text)
    .map((c) => clauseDirection(c, mentions))
    .filter((d): d is Direction => d !== null);
  const decided = [...new Set(found.filter((d) => d !== 'neutral'))];
  if (found.includes('neutral') && decided.length) return 'neutral';
  return decided.length === 1 ? decided[0]! : 'neutral';
}

// Words right after a drug name that make it a lab value, a physiology term or a disorder
// ("heparin-induced", "vitamin D deficiency", "opioid use disorder"), not the drug given.
const NOT_THE_DRUG_AFTER =
  /^(?:[\s-]+)(?:induced|associated|deficien\w*|levels?|concentrations?|resistance|assays?|testing|tests?|status|screening|receptors?|use disorders?|dependence|misuse|abuse|addiction|exposure in utero|antibod\w*|allerg\w*)\b/i;

/** A mention that names the drug as such, not a lab value or a disorder named after it. */
export function namesTheDrug(text: string, span: Span): boolean {
  return !NOT_THE_DRUG_AFTER.test(text.slice(span.end, span.end + 40));
}
