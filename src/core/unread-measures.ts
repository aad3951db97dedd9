// A measure a question names beside its condition that this extension does not read: kidney
// function ("metformin for diabetes with egfr of 25"), a weight ("enoxaparin for dvt in a 45 kg
// patient"), an ejection fraction ("spironolactone for heart failure with ef of 55%"), an INR.
// Each can decide whether a label's indication fits the patient (dapagliflozin's "not recommended
// ... with an eGFR less than 45", the weights pediatric indications name, heart failure "with
// reduced ejection fraction", metformin's contraindication "eGFR below 30"), and none is read
// here: the condition beside it is still found, for the guidelines and studies, and the label's
// note says "covers" only where the label names nothing the measure bears on.

import { BOUND, LINK, NUMBER } from './lab-values';
import { anyCase } from './label-case';

/** A kind of measure: its names in a question, and the words a label uses where it bears on use. */
export interface Measure {
  /** what it measures, for the note ("kidney function") */
  name: string;
  /** its names in a question, a regular expression source */
  names: string;
  /** where a label's text names what the measure bears on ("eGFR", "renal") */
  inLabel: RegExp;
}

// (liver function is also written as a class, "child-pugh c", which names no number)
const LIVER: Measure = {
  name: 'liver function',
  names: String.raw`alt|ast|bilirubin|t\.?\s?bili`,
  inLabel:
    /\b(?:hepat\w*|liver|ALT|AST|bilirubin|transaminase\w*|aminotransferase\w*|Child[\s-]*Pugh)\b/i,
};
const CHILD_PUGH = String.raw`child[\s-]*pugh(?:\s+(?:class|score|grade))?\s*[abc]`;

// (a weight is also written as its number alone: "a 45 kg patient", "weighing 30 kg")
const WEIGHT: Measure = {
  name: 'the weight',
  names: String.raw`(?:body\s+)?weight|wt`,
  // (not "low molecular weight heparins", nor a weight gained or lost)
  inLabel:
    /\b(?:kg|weigh(?:s|ing)|(?<!molecular\s)(?<!molecular-)(?:body\s*)?weight(?!\s+(?:gain|loss|reduction|change)\w*)|pounds|lbs?|obes\w*|BMI)\b/i,
};

// (a label's words are taken widely: "renal" in any sense keeps the note silent, which is safe)
const MEASURES: Measure[] = [
  {
    name: 'kidney function',
    names: String.raw`e?gfr|cr\s?cl|cl\s?cr|creatinine\s+clearance|(?:serum\s+)?creatinine|s?cr|bun`,
    // (not a tumour's "EGFR", the epidermal growth factor receptor: the kidney's is written "eGFR",
    // or in capitals before its bound; so the words are read in their printed cases, the flag for
    // any case would take "EGFR" for "eGFR")
    inLabel: new RegExp(
      String.raw`\b(?:eGFR|GFR|EGFR(?=\s*(?:[<>≤≥]|${anyCase('of')}\b|${anyCase('less')}|${anyCase('below')}|\d))|CrCl|CrCL|CLcr|${['glomerular', 'creatinine', 'crcl', 'clcr', 'renal', 'kidneys?', 'nephro\\w*', 'dialysis'].map(anyCase).join('|')})\b`,
    ),
  },
  {
    name: 'clotting and bleeding',
    names: String.raw`inr|ptt`,
    inLabel: /\b(?:INR|international\s+normali[sz]ed|prothrombin|coagula\w*|bleeding)\b/i,
  },
  {
    name: 'the ejection fraction',
    names: String.raw`(?:lv)?ef|ejection\s+fraction`,
    inLabel: /\b(?:ejection\s+fraction|LVEF|EF)\b/i,
  },
  {
    name: 'albumin',
    names: String.raw`(?:serum\s+)?albumin`,
    inLabel: /\b(?:albumin\w*|hypoalbumin\w*|protein[- ]bound)\b/i,
  },
  LIVER,
  {
    name: 'blood counts',
    names: String.raw`wbc|white\s+(?:blood\s+)?(?:cell\s+)?count`,
    inLabel:
      /\b(?:white\s+blood|WBC|leukocyt\w*|neutro\w*|leukopeni\w*|agranulocytosis|blood\s+counts?|myelosuppress\w*)\b/i,
  },
  {
    name: 'iron stores',
    names: String.raw`ferritin|tsat`,
    inLabel: /\b(?:ferritin|iron|transferrin)\b/i,
  },
  {
    name: 'that marker',
    names: String.raw`(?:nt-?pro-?)?bnp|troponin|lactate|d-?dimer|crp|esr|psa`,
    inLabel:
      /\b(?:BNP|natriuretic|troponin|lact(?:ate|ic)|D-dimer|C-reactive|CRP|sedimentation|PSA|prostate[- ]specific)\b/i,
  },
  {
    name: 'the HIV counts',
    names: String.raw`cd4(?:\s+count)?|viral\s+load`,
    inLabel: /\b(?:CD4\+?|viral\s+load|RNA|copies)\b/i,
  },
  {
    name: 'the QT interval',
    names: String.raw`qtc?(?:\s+interval)?`,
    inLabel: /\b(?:QTc?|torsades?|arrhythmi\w*)\b/i,
  },
  {
    name: 'the heart rate',
    names: String.raw`hr|heart\s+rate|pulse`,
    inLabel: /\b(?:heart\s+rate|brady\w*|tachy\w*|heart\s+block|sinus|pulse)\b/i,
  },
  {
    name: 'oxygen',
    names: String.raw`o2\s+sats?|spo2|sats?|oxygen\s+saturation`,
    inLabel:
      /\b(?:oxygen\w*|hypox\w*|saturation|respiratory\s+(?:depression|failure|insufficiency))\b/i,
  },
  {
    name: 'the acid-base balance',
    names: String.raw`bicarb(?:onate)?|hco3|ph`,
    inLabel: /\b(?:acidosis|alkalosis|bicarbonate|pH)\b/i,
  },
  WEIGHT,
];

const UNIT = String.raw`(?:\s*(?:%|percent|mg\s*\/\s*dl|ml\s*\/\s*min(?:\s*\/\s*1\.73\s*m\s*2|\/1\.73\s*m2)?|mmol\s*\/\s*l|[uµ]mol\s*\/\s*l|g\s*\/\s*dl|k|cells(?:\s*\/\s*(?:mm3|[uµ]l))?|ms|bpm|kg|kgs|lbs?))?`;
const WEIGHT_UNIT = String.raw`(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?)`;

// One alternative per measure (its group tells which), then a weight as a number of kilograms.
const MEASURE = new RegExp(
  String.raw`(?<![\w-])(?:${MEASURES.map((m) => `((?:${m.names})${LINK}(?:(?:${BOUND})\\s*)?(?:${NUMBER})${UNIT})`).join('|')}|((?:weigh(?:s|ing|ed)?\s+(?:about\s+|around\s+|over\s+|under\s+)?)?(?:${NUMBER})\s*-?\s*${WEIGHT_UNIT})|(${CHILD_PUGH}))(?![\w.\/])`,
  'i',
);

/** A measure the words name, where it stands and of what kind. */
export interface MeasureNamed {
  words: string;
  start: number;
  end: number;
  /** its kind; none for a lab value the extension reads as no condition ("tsh of 8") */
  measure?: Measure;
}

/** The first measure the words name that this extension does not read ("egfr of 25"), or null. */
export function unreadMeasure(text: string): MeasureNamed | null {
  const m = MEASURE.exec(text);
  if (!m) return null;
  const group = m.slice(1).findIndex((g) => g !== undefined);
  return {
    words: m[0].trim(),
    start: m.index,
    end: m.index + m[0].length,
    measure: MEASURES[group] ?? (group === MEASURES.length ? WEIGHT : LIVER),
  };
}

/** Where the words name such measures ([start, end) of each): their numbers are no dose. */
export function unreadMeasureSpans(text: string): [number, number][] {
  const all = new RegExp(MEASURE.source, 'gi');
  return [...text.matchAll(all)].map((m) => [m.index, m.index + m[0].length]);
}
