// Decides whether the words around a mention read like prescribing text. Names that are
// also ordinary words or people's names ("Today", "Heather") are reported only when they do.

// The first amount after the name (or range, "2.5 to 3.1 mg/day"), with a unit. An amount per
// volume is a lab result ("Calcium 9.2 mg/dL", "Potassium 4.1 mmol/L"; per kilogram, per day or
// "1.5 g/l of body water" is still a dose), and so is what follows it in a row of results ("Iron
// 50 mcg/dL, Albumin 3.9 g/dL, Cholesterol 182 mg").
/** The units a dose is written in ("10 mg", "20 mEq", "2 puffs"), as a pattern's source. */
export const DOSE_UNIT = String.raw`(?:mg|mcg|µg|ug|g|gm|grams?|ml|mL|l|units?|u|iu|meq|mmol|%|tabs?|tablets?|caps?|capsules?|puffs?|drops?|sprays?|patch(?:es)?)`;
const DOSE = new RegExp(
  String.raw`^\D*\d[\d.,]*(?:\s*(?:-|–|to)\s*\d[\d.,]*)?\s*${DOSE_UNIT}\b(?!\s*\/\s*(?:[dm]?l\b(?!\s+of\b)|$))`,
  'i',
);
/** The routes a prescription line writes ("PO", "IV", "by mouth"), as a pattern's source. */
export const ROUTE_WORDS = String.raw`(?:p\.?o|iv|i\.v|im|sc|sq|subq|subcut|sl|pr|inh|neb|top|po\/ng|by mouth|orally|oral|topical(?:ly)?|inhaled|intravenous(?:ly)?|intramuscular|subcutaneous(?:ly)?)`;
/** A prescription's abbreviations for how often ("BID", "q6h", "PRN"), as a pattern's source. */
export const SIG_ABBREVIATIONS = String.raw`(?:qd|q\.d|qod|bid|b\.i\.d|tid|t\.i\.d|qid|q\.i\.d|qhs|prn|q\d+h|q\d+-\d+h|qam|qpm)`;
const ROUTE = new RegExp(String.raw`\b${ROUTE_WORDS}\b`, 'i');
// (and "hs", which a question would read as hidradenitis suppurativa, so only context here)
const FREQUENCY = new RegExp(
  String.raw`\b(?:daily|${SIG_ABBREVIATIONS}|hs|once|twice|nightly|weekly|monthly|every \d+ (?:hours?|days?|weeks?)|at bedtime|as needed)\b`,
  'i',
);
// A prescribing verb right before the name, at most one word between ("continue home Lasix"),
// and that word not an article or a preposition ("taking the water", "continued by the bank").
const PRESCRIBING =
  /\b(?:rx|started(?: on)?|start|restart(?:ed)?|resume[d]?|continue[d]?|discontinue[d]?|stop(?:ped)?|hold|held|taking|takes|prescribed|dose|dosing|titrate[d]?|refill(?:ed)?|mg)\b[\s:,]+(?:(?!(?:the|a|an|to|of|in|on|by|for|its|their|his|her|our|this|that|which|with)\b)[a-z'-]+\s+)?$/i;

/** How many characters on each side of a mention are read for context. */
export const CONTEXT_WINDOW = 48;

export function hasClinicalContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT_WINDOW), start);
  const after = text.slice(end, end + CONTEXT_WINDOW);
  const around = `${before} \u0000 ${after}`;
  return (
    DOSE.test(after) || ROUTE.test(around) || FREQUENCY.test(around) || PRESCRIBING.test(before)
  );
}
