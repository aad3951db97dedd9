// A purpose written as a verb asks what a drug is for, as "for" does: "lisinopril to lower blood
// pressure", "bupropion to quit smoking", "loperamide to stop diarrhea". Read as written, the verb
// stayed in the condition ("lower blood pressure" is no condition), and with no "for" between
// them the question was also read as asking what the drug does to patients with the condition.
// The rewrite turns the verb into "for" and its object into the condition it names.

// What a verb raises or lowers, named as a condition by "high" or "low" ("lower blood sugar" asks
// about high blood sugar; "raise potassium" about low potassium).
const MEASURE = String.raw`(?:blood\s+pressure|bp|blood\s+sugars?|blood\s+glucose|sugars?|glucose|a1c|hba1c|ldl(?:\s+cholesterol)?|cholesterol|triglycerides|lipids|uric\s+acid|potassium|sodium|calcium|magnesium|heart\s+rate|pulse|eye\s+pressure|testosterone)`;
const WHOSE = String.raw`(?:(?:the|my|your|his|her|their|our)\s+)?`;
const HELP = String.raw`(?:help\s+(?:me\s+|you\s+|him\s+|her\s+|them\s+|patients\s+)?)?`;

// (a patient's "sugar" is the blood's: "to lower my sugar", "my sugar is high" ask about high
// blood sugar)
const SUGAR = /(?<!\bblood\s+)\b(high|low)\s+sugars?\b/gi;

const REWRITES: [RegExp, string][] = [
  // (a measure no drug is given to raise, asked as the drug's purpose: "atorvastatin for
  // cholesterol" asks about high cholesterol; not "for blood pressure" or "for blood sugar", which
  // midodrine and glucose raise)
  [
    new RegExp(
      String.raw`\bfor\s+${WHOSE}(ldl(?:\s+cholesterol)?|cholesterol|triglycerides|uric\s+acid)\s*$`,
      'i',
    ),
    'for high $1',
  ],
  [new RegExp(String.raw`\bto\s+${HELP}(?:quit|stop)\s+smoking\b`, 'i'), 'for smoking cessation'],
  [
    new RegExp(String.raw`\bto\s+${HELP}(?:quit|stop)\s+drinking(?:\s+alcohol)?\b`, 'i'),
    'for alcohol use disorder',
  ],
  [new RegExp(String.raw`\bto\s+${HELP}lose\s+weight\b`, 'i'), 'for weight loss'],
  // ("to lower the risk of stroke", "for reducing the risk of a heart attack": a prevention)
  [
    new RegExp(
      String.raw`\b(?:to|for)\s+${HELP}(?:reduc(?:e|ing)|lower(?:ing)?|decreas(?:e|ing)|cut(?:ting)?)\s+${WHOSE}(?:risks?|chances?|odds)\s+of\s+(?:(?:a|an|getting|having)\s+)?`,
      'i',
    ),
    'for prevention of ',
  ],
  [
    new RegExp(
      String.raw`\bto\s+${HELP}(?:lower|reduce|decrease|bring\s+down)\s+${WHOSE}(${MEASURE})\b`,
      'i',
    ),
    'for high $1',
  ],
  [
    new RegExp(
      String.raw`\bto\s+${HELP}(?:raise|increase|boost|bring\s+up)\s+${WHOSE}(${MEASURE})\b`,
      'i',
    ),
    'for low $1',
  ],
];

// Verbs that end what the patient has ("to stop vomiting", "to get rid of a rash", "to relieve
// pain") ask for its treatment: a label that only prevents it does not answer them, as it does
// not answer "vomiting treatment".
const ENDING_VERB = new RegExp(
  String.raw`\bto\s+${HELP}(?:stop|cure|relieve|ease|calm|soothe|heal|clear\s+up|get\s+rid\s+of|fight)\s+(?!taking\b|using\b|it\b|them\b)`,
  'i',
);
// Verbs whose object is the condition as "for" names it ("to treat asthma", "to help with sleep",
// "to reduce swelling"). Not "prevent", which the condition keeps as its purpose ("to prevent
// migraines"), nor "reduce the risk of", which is one.
const FOR_VERB = new RegExp(
  String.raw`\bto\s+${HELP}(?:treat|manage|control|help\s+with|(?:reduce|lower|decrease)(?!\s+(?:the\s+|my\s+|your\s+)?(?:risks?|rates?|chances?|odds|frequency|incidence|number|occurrence)\b))\s+(?!taking\b|using\b|it\b|them\b)`,
  'i',
);

/**
 * The query with a purpose verb read as "for" ("metformin to lower blood sugar" -> "metformin for
 * high blood sugar", "ondansetron to stop vomiting" -> "ondansetron for treatment of vomiting");
 * unchanged when it has none, but for a patient's "high sugar", the blood's. `drugAt` says whether
 * a drug's name begins at a position of the query: a verb whose object is a drug keeps its words
 * ("how to stop sertraline").
 */
export function purposeAsFor(
  query: string,
  drugAt: (index: number) => boolean = () => false,
): string {
  return verbAsFor(query, drugAt).replace(SUGAR, '$1 blood sugar');
}

function verbAsFor(query: string, drugAt: (index: number) => boolean): string {
  for (const [pattern, replacement] of REWRITES)
    if (pattern.test(query)) return query.replace(pattern, replacement);
  for (const [pattern, replacement] of [
    [ENDING_VERB, 'for treatment of '],
    [FOR_VERB, 'for '],
  ] as const) {
    const verb = pattern.exec(query);
    if (!verb || drugAt(verb.index + verb[0].length)) continue;
    return `${query.slice(0, verb.index)}${replacement}${query.slice(verb.index + verb[0].length)}`;
  }
  return query;
}
