// Which guideline statements and studies are "about" the asked condition: they are shown first,
// and the focus note counts them ("3 studies about depression shown first"), so the count has to
// be true of each one.
import { ownWordStems, PREVENTION } from './condition-focus';
import type { ResolvedCondition, TermMatch } from './conditions';

/**
 * True when the texts name the condition or a narrower one; for one phase or part of a condition
 * (curated/condition-terms-part.tsv: "alcohol withdrawal" under Substance Withdrawal Syndrome,
 * "bipolar depression", "osteopenia"), only where the question's own words are named too: a review
 * of opioid withdrawal is no study about alcohol withdrawal. (Not for an entry term of a broader
 * concept, "paroxysmal atrial fibrillation": a guideline on atrial fibrillation is about it too.)
 */
export function aboutCondition(texts: string[], condition: ResolvedCondition | null): boolean {
  if (!condition) return false;
  const prevention = PREVENTION.test(condition.asked);
  const named = texts.some((t) =>
    condition.narrower.find(t).some((hit) => !namesSomethingElse(t, hit, prevention)),
  );
  if (!named) return false;
  const all = texts.join(' ');
  return !condition.part || ownWordStems(condition).every((stem) => stem.test(all));
}

/**
 * A guideline statement: its own words, and its guideline's scope (the conditions it lists, or
 * its title where it lists none) only when that scope is the asked condition alone. A guideline
 * on "dyspepsia; GORD; peptic ulcer disease; Barrett's oesophagus" or on "critical illness; pain;
 * agitation; delirium; sleep deprivation" has statements about each; one of them is about the
 * asked condition only where its own words name it. A list that opens with a heading ("chronic
 * pain disorder, including; nociceptive pain; ...") is that heading's scope; one whose first item
 * lists its own ("psychiatric disorders, including depression and obsessive-compulsive disorder;
 * pain, including ...") is not a heading.
 */
const HEADING = /\b(?:including(?: the following(?: conditions)?)?|comprising \w+ subtypes)\W*$/i;

export function guidelineAboutCondition(
  statement: { text: string; title: string; conditions: string[] },
  condition: ResolvedCondition | null,
): boolean {
  if (!condition) return false;
  const listed = statement.conditions;
  const scope = !listed.length
    ? [statement.title]
    : HEADING.test(listed[0]!)
      ? [listed[0]!]
      : listed;
  const scopeIsCondition = scope.every((item) => scopeItemNames(item, condition));
  return aboutCondition(
    scopeIsCondition ? [statement.text, statement.title, ...scope] : [statement.text],
    condition,
  );
}

/**
 * The data lists a guideline's conditions in lower case, where an abbreviation is no longer told
 * from a word ("as", "ms"): a short word outside brackets ("gerd", "\"refractory\" gerd",
 * "diabetes in ckd") names the condition when it is an abbreviation of the asked condition or a
 * narrower one.
 */
function scopeItemNames(item: string, condition: ResolvedCondition): boolean {
  if (condition.narrower.find(item).length) return true;
  const words = item.replace(/\([^)]*\)/g, ' ').match(/\b[a-z0-9]{2,5}\b/g) ?? [];
  return words.some((w) => condition.narrower.find(w.toUpperCase()).length > 0);
}

/**
 * A name that stands for something other than the disease: a gene ("breast cancer
 * susceptibility gene (BRCA1 or BRCA2)" in a statement on ovarian cancer), or the title of
 * another guideline the text points to ("see the NGC summaries of the NICE guideline Psychosis
 * and schizophrenia in adults" in one on challenging behaviour).
 */
export function namesSomethingElse(text: string, hit: TermMatch, prevention: boolean): boolean {
  const after = text.slice(hit.end, hit.end + 40);
  if (/^\s*(?:susceptibility\s+)?genes?\b/i.test(after)) return true;
  const before = text.slice(Math.max(0, hit.start - 160), hit.start);
  // a lowering of something, not the mood disorder: "bone marrow depression", "CNS depression",
  // "respiratory and central nervous system (CNS) depression", "depression of myocardial
  // contractility", "depressions in the skin"
  const named = text.slice(hit.start, hit.end);
  if (
    /^depressions?$/i.test(named) &&
    (/s$/i.test(named) ||
      /^\s+of\b/i.test(after) ||
      /\b(?:marrow|CNS|nervous system|respiratory|cardiorespiratory|cardiac|myocardial|circulatory|ventricular|segment|myelo\w*|immune|neonatal|fetal|neuromuscular)\W*(?:\(\s*CNS\s*\)\s*)?$/i.test(
        before,
      ))
  )
    return true;
  // the patients do not have it: "people without left ventricular systolic dysfunction or heart
  // failure, who have had an MI" (not "with or without heart failure"; and for a question about
  // prevention, "adults ... without a history of heart attack" are whom it is for)
  if (
    !prevention &&
    /\bwithout\s+(?:(?!(?:with|in|for|who|and)\b)[\w'-]+\s+){0,6}$/i.test(before) &&
    !/\bwith (?:or|and) without\s+(?:[\w'-]+\s+){0,6}$/i.test(before)
  )
    return true;
  // the patients may develop it, not have it: "in this population at high risk for development of
  // T2DM" (prediabetes), unless the question asks for prevention (a mere "at risk of DKA" beside
  // insulin's sick-day rules, or "individuals at risk for vitamin D deficiency" to be screened,
  // are about the condition)
  if (
    !prevention &&
    /\bat\s+(?:(?:high|higher|increased|elevated)\s+)?risk\s+(?:for|of)\s+(?:the\s+)?(?:development\s+of|developing)\s+$/i.test(
      before,
    )
  )
    return true;
  return (
    /\bsee\b[^.;•()]{0,120}$/i.test(before) ||
    // a title after "guideline" or "guidance" (title case: "NICE guideline Psychosis and ...")
    /\b(?:guideline|guidance)s?\s+(?:\d+\s*,\s*)?[A-Z][^.;•()[\]]{0,80}$/.test(before)
  );
}
