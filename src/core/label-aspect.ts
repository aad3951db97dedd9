// A question about one part of the label: "metformin side effects", "sertraline black box
// warning", "baclofen dose", "warfarin interactions". No condition is asked, so the note said
// nothing (or '"black box warning" is not a condition'); the label's own section answers it in its
// words, shown first among the sections and its opening quoted in the note.
import type { Label } from './index-schema';
import { opening } from './label-population';

export type Aspect =
  'boxedWarning' | 'contraindications' | 'adverseReactions' | 'interactions' | 'dosing';

const ASPECTS: { aspect: Aspect; asks: RegExp; section: string }[] = [
  {
    aspect: 'boxedWarning',
    asks: /\b(?:black[- ]?box(?:ed)?|boxed)(?:\s+warnings?)?\b/i,
    section: 'boxed warning',
  },
  { aspect: 'contraindications', asks: /\bcontraindications?\b/i, section: 'contraindications' },
  {
    aspect: 'adverseReactions',
    asks: /\b(?:side[- ]?effects?|adverse (?:effects|reactions|events))\b/i,
    section: 'most common adverse reactions',
  },
  { aspect: 'interactions', asks: /\b(?:drug )?interactions?\b/i, section: 'drug interactions' },
  {
    aspect: 'dosing',
    asks: /\b(?:dose|doses|dosing|dosage|how much)\b/i,
    section: 'dosage and administration',
  },
];

// Words that may stand beside the aspect ("what are the side effects of", "usual dose"); any other
// word is a condition or a population, answered as such ("sertraline dose for depression").
const BESIDE =
  /\b(?:what|whats|are|is|the|a|an|of|for|its|any|common|most|usual|normal|typical|max|maximum|starting|warnings?|list|label|fda|does|do|have|has|there|i|my)\b/gi;

/** The part of the label a query asks about, where it asks nothing else beside the drug. */
export function askedAspect(query: string, drugText: string): Aspect | null {
  const found = ASPECTS.find((a) => a.asks.test(query));
  if (!found) return null;
  // (nothing else in the query but the drug's own words)
  const others = query
    .toLowerCase()
    .replace(drugText.toLowerCase(), ' ')
    .replace(new RegExp(found.asks.source, 'gi'), ' ')
    .replace(BESIDE, ' ')
    .replace(/[^a-z]+/gi, '');
  return others ? null : found.aspect;
}

export const aspectSection = (aspect: Aspect) => ASPECTS.find((a) => a.aspect === aspect)!.section;

/** The section's opening, up to about two sentences, or null where the bundled copy has none. */
export function aspectQuote(label: Label | null, aspect: Aspect): string | null {
  const text = label?.sections[aspect]?.text;
  // (a heading alone is no text: buspirone's bundled interactions are "Drug Interactions")
  if (!text || /^[\d.\s]*[A-Z][\w ,&/-]{0,40}$/.test(text.trim())) return null;
  return opening(text, 400);
}
