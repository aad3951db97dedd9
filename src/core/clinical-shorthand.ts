// The shorthand clinicians write for what a drug is given for: "enoxaparin for dvt ppx",
// "valganciclovir for cmv ppx", "enoxaparin for dvt tx". Read as written, the shorthand stayed in
// the condition ("dvt ppx" is no condition); spelled out, the question reads as "dvt prophylaxis"
// does. "tx" after an organ is its transplant ("tacrolimus for kidney tx"), not its treatment, and
// a drug asked for a solid organ's transplant is asked for keeping it from rejection.
// And a purpose named by the drug's effect: "acetaminophen for analgesia" asks about pain relief
// (the vocabularies give "analgesia" to pain agnosia, an inability to feel pain, so the note had
// said acetaminophen's label "does not list analgesia").

// (a solid organ, whose transplant an immunosuppressant keeps from rejection; not a stem cell
// transplant, which a conditioning regimen prepares)
const SOLID_ORGAN = String.raw`(?:kidney|renal|liver|hepatic|heart|cardiac|lung|pancreas|solid\s+organ|organ)`;
const ORGAN = String.raw`(?:${SOLID_ORGAN}|bone\s+marrow|stem\s+cell)`;

// (the receptors and genes a tumour's status is written for in signs: "er+", "her2-", "ph+")
const STATUS_MARKERS = String.raw`er|pr|hr|her-?2(?:\/neu)?|ph|alk|ros-?1|egfr|pd-?l1|brca[12]?|braf|kras|nras|flt-?3|idh-?[12]|ntrk|ret`;

const SHORTHAND: [RegExp, string][] = [
  [/\b(?:ppx|proph)\b/gi, 'prophylaxis'],
  [new RegExp(String.raw`(?<=\b${ORGAN}\s+)tx\b`, 'gi'), 'transplant'],
  // "tacrolimus for kidney transplant" asks what the drug is for in one: keeping it from rejection
  [
    new RegExp(
      String.raw`(?<=\bfor\s+(?:an?\s+|my\s+|the\s+)?${SOLID_ORGAN}\s+)(?:transplant(?:ation|s)?|tx)\s*$`,
      'i',
    ),
    'transplant rejection',
  ],
  [/\btx\b/gi, 'treatment'],
  [/\bmgmt\b/gi, 'management'],
  [/\banalgesia\b/gi, 'pain relief'],
  // (no vocabulary gives it: "aprepitant for cinv" was no condition)
  [/\bcinv\b/gi, 'chemotherapy-induced nausea and vomiting'],
  // (a tumour's status in signs, "er+", "hr+/her2-", "ph+ cml": in the words tumour-status.ts reads)
  [new RegExp(String.raw`\b(${STATUS_MARKERS})\s?\+`, 'gi'), '$1-positive'],
  [new RegExp(String.raw`\b(${STATUS_MARKERS})\s?-(?=[\s/,]|$)`, 'gi'), '$1-negative'],
];

/**
 * The query with clinical shorthand for prophylaxis, treatment and management spelled out, and
 * analgesia asked as pain relief.
 */
export function spelledOutShorthand(query: string): string {
  return SHORTHAND.reduce((text, [pattern, words]) => text.replace(pattern, words), query);
}
