// A measure a question names beside its condition that this extension does not read: kidney
// function ("metformin for diabetes with egfr of 25"), a weight ("enoxaparin for dvt in a 45 kg
// patient"), an ejection fraction ("spironolactone for heart failure with ef of 55%"), an INR.
// Each can decide whether a label's indication fits the patient (dapagliflozin's "not recommended
// ... with an eGFR less than 45", the weights pediatric indications name, heart failure "with
// reduced ejection fraction"), and none is read here: the condition beside it is still found, for
// the guidelines and studies, but the label's note says nothing of its indications.

const MEASURE_NAMES = [
  String.raw`e?gfr`,
  String.raw`cr\s?cl|cl\s?cr|creatinine\s+clearance`,
  String.raw`(?:serum\s+)?creatinine|s?cr`,
  String.raw`bun`,
  String.raw`inr`,
  String.raw`(?:lv)?ef|ejection\s+fraction`,
  String.raw`(?:serum\s+)?albumin`,
  String.raw`alt|ast|bilirubin|t\.?\s?bili`,
  String.raw`wbc|white\s+(?:blood\s+)?(?:cell\s+)?count`,
  String.raw`ferritin|tsat`,
  String.raw`(?:nt-?pro-?)?bnp|troponin|lactate|d-?dimer|crp|esr|psa`,
  String.raw`cd4(?:\s+count)?|viral\s+load`,
  String.raw`qtc?(?:\s+interval)?`,
  String.raw`hr|heart\s+rate|pulse`,
  String.raw`o2\s+sats?|spo2|sats?|oxygen\s+saturation`,
  String.raw`bicarb(?:onate)?|hco3|ph`,
  String.raw`(?:body\s+)?weight|wt`,
].join('|');

const NUMBER = String.raw`\d+(?:\.\d+)?|\.\d+`;
const LINK = String.raw`(?:\s+(?:level|levels|value|count|reading))?\s*(?:(?:of|is|was|at|=|:|around|about|in)\s*)?`;
const BOUND = String.raw`(?:(?:over|above|under|below|greater\s+than|more\s+than|less\s+than|at\s+least|at\s+most|<=?|>=?|≤|≥)\s*)?`;
const UNIT = String.raw`(?:\s*(?:%|percent|mg\s*\/\s*dl|ml\s*\/\s*min(?:\s*\/\s*1\.73\s*m\s*2|\/1\.73\s*m2)?|mmol\s*\/\s*l|[uµ]mol\s*\/\s*l|g\s*\/\s*dl|k|cells(?:\s*\/\s*(?:mm3|[uµ]l))?|ms|bpm|kg|kgs|lbs?))?`;
const WEIGHT_UNIT = String.raw`(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?)`;

const MEASURE = new RegExp(
  String.raw`(?<![\w-])(?:(?:${MEASURE_NAMES})${LINK}${BOUND}(?:${NUMBER})${UNIT}|(?:weigh(?:s|ing|ed)?\s+(?:about\s+|around\s+|over\s+|under\s+)?)?(?:${NUMBER})\s*-?\s*${WEIGHT_UNIT})(?![\w.\/])`,
  'i',
);

/** The first measure the words name that this extension does not read ("egfr of 25"), or null. */
export function unreadMeasure(text: string): { words: string; start: number; end: number } | null {
  const m = MEASURE.exec(text);
  return m ? { words: m[0].trim(), start: m.index, end: m.index + m[0].length } : null;
}

/** Where the words name such measures ([start, end) of each): their numbers are no dose. */
export function unreadMeasureSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const all = new RegExp(MEASURE.source, 'gi');
  for (const m of text.matchAll(all)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
