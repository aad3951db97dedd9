// Condenses label sections by code: headings and cross-references removed, text cut at
// sentence boundaries. Nothing is reworded.

// "[see Warnings and Precautions (5.1)]", "(see WARNINGS)", "( 2.1 )", "(5.1, 5.3)"
const CROSS_REF =
  /\s*\[\s*see [^\]]{0,200}\]|\s*\(\s*see [^)]{0,160}\)|\s*\(\s*\d{1,2}(?:\.\d{1,2})*(?:\s*,\s*\d{1,2}(?:\.\d{1,2})*)*\s*\)/gi;
// (not a brand with a number that opens the sentence: "EXONDYS 51 is indicated for ...")
const LEADING_HEADING =
  /^\s*(?:\d{1,2}(?:\.\d{1,2})?\s+)?(?:[A-Z][A-Z&/,\- ]{3,80})(?=\s+[A-Z0-9•][a-z0-9 ]|\s*$|\s+\d)(?!\s+\d+\s+(?:is|are|was|were|has|have|should|must|may|can)\b)/;
const SECTION_NAME =
  /^\s*(?:\d{1,2}(?:\.\d{1,2})?\s+)?(?:INDICATIONS (?:AND|&) USAGE|DOSAGE AND ADMINISTRATION|CONTRAINDICATIONS|WARNINGS AND PRECAUTIONS|WARNINGS|PRECAUTIONS|DRUG INTERACTIONS|ADVERSE REACTIONS|USE IN SPECIFIC POPULATIONS|PREGNANCY|INFORMATION FOR PATIENTS|PATIENT INFORMATION|PATIENT COUNSELING INFORMATION)\b[:.]?\s*/;

export function cleanSection(text: string): string {
  return text
    .replace(CROSS_REF, '')
    .replace(/\s+/g, ' ')
    .replace(SECTION_NAME, '')
    .replace(LEADING_HEADING, '')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

// Abbreviations that end in a period but do not end a sentence.
const NO_BREAK =
  /(?:\b(?:e\.g|i\.e|etc|vs|Dr|St|No|approx|Fig|U\.S|mg|Inc|Ltd|al|b\.i\.d|t\.i\.d|q\.i\.d|q\.d|p\.o)\.)$/i;

/** Sentences of already cleaned text. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?](?=\s+(?:[A-Z0-9•"([]))/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const candidate = text.slice(last, m.index + 1);
    // "a." or "12." alone is a list label, not a sentence.
    if (
      NO_BREAK.test(candidate) ||
      (/^\s*(?:[a-z]|\d{1,2})\.$/.test(candidate.slice(-3).trim()) &&
        /(?:^|\s)(?:[a-z]|\d{1,2})\.$/.test(candidate))
    )
      continue;
    out.push(candidate.trim());
    last = m.index + 1;
  }
  const rest = text.slice(last).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

const MOST_COMMON =
  /\b(?:most (?:common(?:ly)?|frequent(?:ly)?)(?: (?:observed|reported|occurring))?(?: treatment-emergent)? adverse (?:reactions|events|effects)|most common(?:ly)? (?:reported )?(?:side effects|reactions))/i;

/**
 * The label's own sentence on its most common adverse reactions, with the rates it gives:
 * from the start of the sentence that states it (or the phrase itself, when the label runs a
 * list into it) to the end of that sentence. Null when the label states none.
 */
export function mostCommonReactions(text: string, max = 700): Trimmed | null {
  for (const m of text.matchAll(new RegExp(MOST_COMMON.source, 'gi'))) {
    // Start at the phrase when it opens a sentence ("Most common adverse reactions ..."), else
    // at the clause that leads into it ("For metformin hydrochloride tablets, the most common").
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    const clause = /^[A-Z]/.test(m[0])
      ? null
      : /(?:^|[\s.:•])((?:For|In|Among|The|Across)\b[^.:•]*)$/.exec(before);
    const start = clause ? m.index - clause[1]!.length : m.index;
    const rest = text.slice(m.index);
    const end = /[.](?=\s+[A-Z(•]|\s*$)|\s+(?=To report SUSPECTED|\d{1,2}\.\d\s+[A-Z])/.exec(rest);
    const stop = end ? m.index + end.index + (end[0].startsWith('.') ? 1 : 0) : text.length;
    let quote = text.slice(start, stop).trim();
    // A heading ("6.3 Most Common Adult Adverse Reactions") or a pointer to a table names none.
    // Reactions that "led to discontinuation" are another list than the most common ones.
    if (
      !/\b(?:were|are|was|is|include[sd]?|included)\b/i.test(quote) ||
      /\btable\b|discontinu/i.test(quote)
    )
      continue;
    if (quote.length > max) quote = `${quote.slice(0, max).replace(/\s+\S*$/, '')} …`;
    return { text: (/^[A-Z(]/.test(quote) ? '' : '… ') + quote, truncated: true };
  }
  return null;
}

export interface Trimmed {
  text: string;
  truncated: boolean;
}

/**
 * Whole sentences up to `max` characters; a first sentence longer than that is cut at a word.
 * With `only`, just the sentences it accepts (none: empty text).
 */
export function trimToSentences(text: string, max: number, only?: (s: string) => boolean): Trimmed {
  const all = sentences(text);
  const chosen = only ? all.filter(only) : all;
  let out = '';
  for (const s of chosen) {
    if (out && out.length + 1 + s.length > max) break;
    if (!out && s.length > max * 1.5) {
      const cut = s.slice(0, max).replace(/\s+\S*$/, '');
      return { text: `${cut} …`, truncated: true };
    }
    out = out ? `${out} ${s}` : s;
  }
  return { text: out, truncated: out.length < text.length };
}

/**
 * Subsection titles of a warnings section: "5.1 Lactic Acidosis There have been..." (PLR
 * labels) or "b. Abrupt Drug Withdrawal: Hallucinations..." (older labels).
 */
export function subsectionTitles(raw: string): string[] {
  const text = raw.replace(/\s+/g, ' ');
  const titles: string[] = [];
  const plr =
    /\b\d{1,2}\.\d{1,2}\s+((?:[A-Z][\w'’/-]*|and|or|of|in|with|the|to|for|a|an|on|by|during|after|\()(?:\s+(?:[A-Z(][\w'’/()-]*|and|or|of|in|with|the|to|for|a|an|on|by|during|after|-))*)\s+(?=[a-z])/g;
  for (const m of text.matchAll(plr)) {
    const words = m[1]!.split(' ');
    if (words.length > 1) words.pop(); // the capitalized word that starts the sentence
    titles.push(words.join(' '));
  }
  if (titles.length === 0) {
    const old = /(?:^|\s)(?:[a-z]|\d{1,2})\.\s+([A-Z][A-Za-z ,'’/-]{3,60}):/g;
    for (const m of text.matchAll(old)) titles.push(m[1]!.trim());
  }
  return [
    ...new Set(
      titles
        .map((t) => t.replace(/\s+\($/, '').trim())
        .filter((t) => t.length > 3 && t.length < 90),
    ),
  ];
}

/**
 * An "indications" text that is the label's directions instead ("Directions -detach one
 * suppository from the strip ...", "Take 15 minutes before meals."): some OTC and homeopathic
 * records carry them under that key. It states no use, so it is not kept as the indications; the
 * focus note then says nothing rather than "does not list" (bisacodyl for constipation).
 */
export function readsAsDirections(text: string): boolean {
  return /^\s*(?:directions\b|take\s+(?:\d+|one|two|a)\b|turn\s+(?:the\s+)?tube\b)/i.test(text);
}
