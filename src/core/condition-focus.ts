// The focus note's claim about the label: a statement of fact or nothing. It says the label
// covers the condition only when its indications name the condition or a narrower one (and
// quotes them); it says "does not list" only when the indications were read in full and name
// neither it, nor a narrower, nor a broader condition; otherwise it says nothing.
import { conditionKey, type ResolvedCondition, type TermMatch } from './conditions';
import type { Label } from './index-schema';

export type LabelVerdict =
  | {
      kind: 'covers';
      quote: string;
      named: string;
      conceptName: string;
      labelTitle: string;
      shown: boolean;
    }
  | { kind: 'limited'; quote: string; named: string; labelTitle: string }
  | { kind: 'not-listed'; labels: number }
  | { kind: 'silent'; why: string };

// A sentence that names a condition only to exclude it or to limit the indication.
const LIMITING =
  /\b(?:not (?:been )?(?:indicated|established|recommended|approved|shown|studied)|limitations? of use|should not be used|is not for|are not for|not intended|has not been|have not been|no(?:t)? (?:evidence|approved)|safety and effectiveness .{0,40}not)\b/i;

// Risk-reduction wording states an indication only as the item itself ("Reduction in the risk of
// death, recurrent myocardial infarction ..."), not inside an explanation ("the largest benefit
// has been a reduction in the risk of stroke").
const STATES_AT_START =
  /^[\s•·o–-]*(?:\d+(?:\.\d+)*\s+)?(?:[A-Z][\w ,'-]{0,60}?[:,]\s*)?(?:reduction (?:in|of) the risk|to reduce the risk|reduce the risk)\b/i;
const STATES =
  /\b(?:indicat\w*|treatment of|treats?|management of|prophylaxis|prevention of|relie(?:f of|ves?)|used (?:to|for|in)|uses?|(?:adjunctive|replacement|maintenance|add-on) therapy|therapy (?:for|in)|control of)\b/i;
// Older labels list their indications under one heading: "indicated in the following conditions:".
const LIST_OF_INDICATIONS =
  /^[^.]{0,200}\bindicated (?:in|for) the following (?:conditions|diseases|disorders)\b/i;

const MAX_QUOTE = 260;

/** For a list item ("• Major depressive disorder (MDD)"), the words that introduce the list. */
function leadIn(text: string, sentence: { start: number }): string {
  const before = text.slice(0, sentence.start).trimEnd();
  if (!before.endsWith('•') && !before.endsWith(':')) return '';
  const colon = before.lastIndexOf(':');
  if (colon < 0) return '';
  const from = Math.max(
    0,
    ...[...before.slice(0, colon).matchAll(/[.!?](?=\s)/g)].map((m) => m.index! + 1),
  );
  return before.slice(from, colon + 1).trim();
}

export function labelVerdict(label: Label | null, condition: ResolvedCondition): LabelVerdict {
  const indications = label?.sections.indications;
  if (!label || !indications) return { kind: 'silent', why: 'no indications in the data' };
  // The label shown first, then the drug's other labels (other forms and makers).
  const texts = [
    { title: label.title, text: indications.text, truncated: indications.truncated, shown: true },
    ...label.otherIndications.map((o) => ({ ...o, shown: false })),
  ];
  let mentioned = false;
  let limited: LabelVerdict | null = null;
  for (const t of texts) {
    const found = readIndications(t.text, condition);
    if (found.covers)
      return { kind: 'covers', ...found.covers, labelTitle: t.title, shown: t.shown };
    if (found.limited && !limited)
      limited = { kind: 'limited', ...found.limited, labelTitle: t.title };
    mentioned ||= found.mentioned;
  }
  if (limited) return limited;
  // Named, but not as an indication ("reduces the risk of ... myocardial infarctions").
  if (mentioned) return { kind: 'silent', why: 'named outside an indication statement' };
  if (texts.some((t) => t.truncated))
    return { kind: 'silent', why: 'indications not read in full' };
  if (label.combination) return { kind: 'silent', why: 'label of a combination product' };
  if (texts.some((t) => condition.broader.find(t.text).length))
    return { kind: 'silent', why: 'a broader condition is named' };
  // A safety net for wordings no term covers ("heart failure and reduced ejection fraction"):
  // every word of one of the condition's own names appears in the indications.
  if (texts.some((t) => ownNameWordsAppear(condition.ownTerms, t.text)))
    return { kind: 'silent', why: 'the words of the condition appear' };
  return { kind: 'not-listed', labels: texts.length };
}

function readIndications(
  text: string,
  condition: ResolvedCondition,
): {
  covers?: { quote: string; named: string; conceptName: string };
  limited?: { quote: string; named: string };
  mentioned: boolean;
} {
  const inSentence = condition.narrower
    .find(text)
    .map((h) => ({ hit: h, sentence: sentenceAround(text, h) }));
  // Only a sentence that states an indication counts, not one that explains it ("lowering blood
  // pressure reduces the risk of ... myocardial infarctions").
  const listed = LIST_OF_INDICATIONS.test(text);
  // An abbreviation alone ("PD", "MS") is not enough to say the label covers a condition.
  const plain = inSentence.find(
    (x) =>
      !x.hit.abbreviation &&
      !limitedAt(text, x) &&
      (listed ||
        STATES.test(leadIn(text, x.sentence) + x.sentence.text) ||
        STATES_AT_START.test(x.sentence.text)),
  );
  if (plain)
    return {
      covers: {
        quote: [leadIn(text, plain.sentence), excerpt(text, plain.sentence, plain.hit)]
          .filter(Boolean)
          .join(' … '),
        named: text.slice(plain.hit.start, plain.hit.end),
        conceptName: plain.hit.conceptName,
      },
      mentioned: true,
    };
  const limiting = inSentence.filter((x) => limitedAt(text, x));
  if (limiting.length && limiting.length === inSentence.length) {
    const first = limiting[0]!;
    return {
      limited: {
        quote: excerpt(text, first.sentence, first.hit),
        named: text.slice(first.hit.start, first.hit.end),
      },
      mentioned: true,
    };
  }
  return { mentioned: inSentence.length > 0 };
}

/** The sentence limits the indication before it names the condition ("not indicated for ..."). */
function limitedAt(text: string, x: { hit: TermMatch; sentence: { start: number } }): boolean {
  return LIMITING.test(text.slice(x.sentence.start, x.hit.start));
}

function sentenceAround(
  text: string,
  hit: TermMatch,
): { start: number; end: number; text: string } {
  const before = text.slice(0, hit.start);
  const stops = [...before.matchAll(/[.;:!?•](?=\s)|\n/g)];
  const start = stops.length ? stops.at(-1)!.index! + 1 : 0;
  // "•" ends the item before; the item itself runs to the next "•" or sentence end.
  const after = /[.;!?](?=\s|$)|\n|•/.exec(text.slice(hit.end));
  const end = after ? hit.end + after.index + 1 : text.length;
  return { start, end, text: text.slice(start, end) };
}

/** The sentence that names the condition, cut around the words when it is long. */
function excerpt(text: string, sentence: { start: number; end: number }, hit: TermMatch): string {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_QUOTE) {
    start = Math.max(start, hit.start - MAX_QUOTE / 2);
    end = Math.min(end, hit.end + MAX_QUOTE / 2);
  }
  const body = text
    .slice(start, end)
    .trim()
    .replace(/^\S*\s/, (w) => (start > sentence.start ? '' : w));
  return `${start > sentence.start ? '… ' : ''}${body.replace(/\s*•$/, '')}${end < sentence.end ? ' …' : ''}`;
}

/** True when the text names the condition or a narrower one. */
export function aboutCondition(texts: string[], condition: ResolvedCondition | null): boolean {
  if (!condition) return false;
  return texts.some((t) => condition.narrower.find(t).length > 0);
}

/** Every word of one of the condition's multi-word names appears somewhere in the text. */
function ownNameWordsAppear(terms: string[], text: string): boolean {
  const words = new Set(conditionKey(text).split(' '));
  return terms.some((term) => {
    const parts = term.split(' ');
    return parts.length > 1 && parts.every((w) => words.has(w));
  });
}
