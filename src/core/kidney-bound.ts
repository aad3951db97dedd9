// A kidney function value the question names ("nitrofurantoin for uti with crcl of 40", "metformin
// for diabetes with egfr of 25") against a bound the label sets on the same measure ("creatinine
// clearance under 60 mL per minute", "eGFR below 30 mL/min/1.73 m2"). The note quotes the bound
// and says only on which side of it the value falls: what the label does at that bound (a
// contraindication, a limit of use) is in its own words. A creatinine clearance is never weighed
// against an eGFR bound, nor the other way round, and a tumour's "EGFR" is no kidney measure.

import type { Label } from './index-schema';
import { excerpt } from './condition-focus';
import { anyCase, anyCasePhrase } from './label-case';
import { wholeSentence } from './label-safety';

type Kind = 'crcl' | 'egfr';

// (in a question: "crcl of 40", "cr cl 40", "creatinine clearance 35 ml/min", "egfr 25", "gfr of 20")
const ASKED =
  /\b(?:(e?gfr)|cr\s?cl|cl\s?cr|creatinine\s+clearance)\s*(?:of|is|was|=|:|at|~)?\s*(\d{1,3}(?:\.\d+)?)(?!\d|\.\d)/i;

// (in a label: the measure's name, then how the bound runs and its number; "eGFR" only so written,
// or in capitals before a bound, never the tumour's "EGFR")
const NAMES: Record<Kind, string> = {
  crcl: String.raw`\b(?:${anyCase('calculated')}\s+)?${anyCasePhrase('creatinine clearance')}(?:\s*[([](?:CrCl|CLcr|CrCL|CRCL)[)\]])?|\b(?:CrCl|CLcr|CrCL|CRCL)\b`,
  egfr: String.raw`\beGFR\b|\bEGFR(?=\s*[<>≤≥])|\b${anyCasePhrase('estimated glomerular filtration rate')}(?:\s*\(eGFR\))?`,
};
const BELOW = [
  '<',
  '≤',
  '=<',
  '<=',
  ...['less than', 'less than or equal to', 'below', 'under', 'lower than'].map(anyCasePhrase),
].join('|');
const ABOVE = [
  '>',
  '≥',
  '>=',
  ...['greater than', 'greater than or equal to', 'above', 'more than', 'at least'].map(
    anyCasePhrase,
  ),
].join('|');
const RUNS_BELOW = new RegExp(`^(?:${BELOW})$`);
const boundOf = (kind: Kind) =>
  new RegExp(
    String.raw`(?:${NAMES[kind]})\s*(?:${anyCase('of')}\s+)?(${BELOW}|${ABOVE})\s*(\d{1,3}(?:\.\d+)?)(?:\s*(?:mL|ml|ML)(?:\s*\/\s*min(?:ute)?(?:\s*\/\s*1\.73\s*m\s*2)?|\s+per\s+minute)?)?`,
    'g',
  );

/** The kidney measure and value a question names ("crcl of 40"), or null for any other measure. */
export function kidneyValueAsked(words: string): { kind: Kind; value: number } | null {
  const m = ASKED.exec(words);
  if (!m) return null;
  const value = Number(m[2]);
  if (!(value > 0 && value < 250)) return null;
  return { kind: m[1] ? 'egfr' : 'crcl', value };
}

export interface KidneyBound {
  section: string;
  /** the label's words for the bound, as written ("creatinine clearance under 60") */
  words: string;
  /** the sentence that sets it */
  quote: string;
  /** whether the question's value falls within the band the bound names */
  within: boolean;
}

const SECTIONS: [keyof Label['sections'], string][] = [
  ['indications', 'indications'],
  ['boxedWarning', 'boxed warning'],
  ['contraindications', 'contraindications'],
];

/** The first bound the label's indications, boxed warning or contraindications set on the measure. */
export function kidneyBound(label: Label | null, asked: string): KidneyBound | null {
  const value = kidneyValueAsked(asked);
  if (!value || !label) return null;
  for (const [key, section] of SECTIONS) {
    const text = label.sections[key]?.text;
    if (!text) continue;
    for (const m of text.matchAll(boundOf(value.kind))) {
      const bound = Number(m[2]);
      const below = RUNS_BELOW.test(m[1]!);
      // (a bound "or equal to" holds its number: "≤30" holds 30, "<30" does not)
      const holdsIt = /[≤≥=]|equal|at\s+least/i.test(m[1]!);
      const within = below
        ? value.value < bound || (holdsIt && value.value === bound)
        : value.value > bound || (holdsIt && value.value === bound);
      const hit = { start: m.index, end: m.index + m[0].length };
      return {
        section,
        words: m[0].trim(),
        quote: excerpt(text, wholeSentence(text, hit), hit),
        within,
      };
    }
  }
  return null;
}
