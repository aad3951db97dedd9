// A regimen written into a question, as a prescription line has it: "amoxicillin 500 mg for 10
// days for strep throat", "sertraline 50 mg daily for 6 weeks for depression", "ibuprofen every
// 6 hours for pain", "gabapentin 300 mg at bedtime for nerve pain". How long and how often are no
// part of the condition, and "for 10 days" is no "for" that joins drug and condition: read as
// written, the condition was "10 days strep throat", no condition at all.
import { DOSE_UNIT, ROUTE_WORDS, SIG_ABBREVIATIONS } from './clinical-context';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|a|an)`;
const SPAN = String.raw`(?:days?|weeks?|wks?|months?|mos?)`;
const ROUTE = String.raw`${ROUTE_WORDS}\.?`;

const REGIMEN = new RegExp(
  [
    // how long: "for 10 days", "x 7 days", "× 5 days", "a 5 day course", "5-day course"
    String.raw`(?:\bfor|\bx|×)\s*${NUMBER}[\s-]*${SPAN}\b(?:\s+course\b)?`,
    String.raw`\b(?:an?\s+)?${NUMBER}[\s-]*${SPAN}\s+course\b`,
    // how often: "twice daily", "three times a day", "once weekly", "every 6 hours", "every
    // other day", "at bedtime", "in the morning", "as needed", "with meals"
    String.raw`\b(?:once|twice|thrice|${NUMBER}\s+times?)\s+(?:(?:a|per|each)\s+)?(?:day|daily|week|weekly|night|nightly|month|monthly)\b`,
    String.raw`\bevery\s+(?:${NUMBER}\s+)?(?:other\s+)?(?:hours?|hrs?|days?|weeks?|months?|morning|night|evening)\b`,
    String.raw`\b(?:at\s+(?:bedtime|night)|in\s+the\s+(?:morning|evening)|as\s+needed|with\s+(?:meals|food)|before\s+(?:meals|bed|bedtime))\b`,
    // "daily" or "nightly" after a dose ("50 mcg daily"), not in a condition's name ("chronic
    // daily headache"); a route after a dose ("500 mg PO BID")
    String.raw`(?<=\d\s*${DOSE_UNIT}\s+(?:${ROUTE}\s+)?)(?:daily|nightly|weekly|${ROUTE})(?![\w.])`,
    // a prescription's abbreviations for how often ("BID", "q6h", "PRN")
    String.raw`\b${SIG_ABBREVIATIONS}\.?(?![\w])`,
  ].join('|'),
  'gi',
);

/** The query without the regimen's words ("metformin 500 mg for diabetes"), spaces closed up. */
export function withoutRegimen(query: string): string {
  return query
    .replace(REGIMEN, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
