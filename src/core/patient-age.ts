// The patient's age in years, as a question gives it ("escitalopram for depression in a 14 year
// old", "montelukast for a 3-year-old with asthma"), and the ages a label names beside an
// indication ("in adults and pediatric patients 12 years of age and older", "pediatric patients
// aged 8 to 18 years", "children greater than 6 years old"). A label covers the age only where the
// ages it names beside the condition take it in; a child's age, where it names none, is not
// covered (the set's standard for children since round 12: "Adults and Adolescents" do not cover
// them).

/** The patient's age a question gives, in years, and the words that give it. */
export interface AgeAsked {
  years: number;
  words: string;
}

// A number of years, months, weeks or days, in years.
const inYears = (n: string, unit: string) =>
  Number(n) *
  (/^mo/i.test(unit) ? 1 / 12 : /^w/i.test(unit) ? 1 / 52 : /^d/i.test(unit) ? 1 / 365 : 1);
const UNIT = String.raw`(year|yr|month|week|day)s?`;
const PATIENT = String.raw`(?:(?:an?|my|our|the)\s+)?\d{1,3}[\s-]*(?:year|yr|month|week|day)s?[\s-]*old`;
// "a 14 year old", "14-year-old", "aged 70", "age 70", "70 yo", "70 y/o"
const ASKED = new RegExp(
  String.raw`\b(?:(?:an?|my|our|the)\s+)?(\d{1,3})[\s-]*${UNIT}[\s-]*old\b|\baged?\s+(\d{1,3})\b|\b(\d{1,3})\s*(?:yo|y\/o)\b`,
  'i',
);

/** The age a question's words give, or null. */
export function ageAsked(words: string): AgeAsked | null {
  const m = ASKED.exec(words);
  if (!m) return null;
  const years = m[1] ? inYears(m[1], m[2]!) : Number(m[3] ?? m[4]);
  return { years, words: m[0].trim() };
}

/** The words without the patient's age ("depression in a 14 year old" -> "depression"). */
export function withoutAge(words: string): string {
  const age = ageAsked(words);
  if (!age) return words;
  const at = words.indexOf(age.words);
  return `${words.slice(0, at).replace(/\s*\bin\s*$/, '')} ${words.slice(at + age.words.length)}`.trim();
}

// "for a 3-year-old with asthma": the patient before the condition, turned round ("for asthma in
// a 3-year-old") so that the condition leads, as in every other question.
const PATIENT_FIRST = new RegExp(
  String.raw`(\bfor\s+)(${PATIENT})(?:\s+(?:boy|girl|child|kid|man|woman|patient|son|daughter|baby|infant|toddler|teen|teenager|adult))?\s+(?:with|who\s+has|that\s+has)\s+(.+)$`,
  'i',
);

/** The query with a patient named before the condition put after it, or as it was. */
export function conditionFirst(query: string): string {
  return query.replace(PATIENT_FIRST, '$1$3 in $2');
}

/** A range of ages in years; a missing bound is open. */
interface Ages {
  min: number;
  max: number;
}

const NUMBER = String.raw`(\d{1,3}(?:\.\d+)?)`;

// An age, not a duration or a count beside the patients ("≥15 days per month", "for 2 to 4
// weeks"): after the patients' word or "aged", or followed by "of age" or "old".
const AGED = String.raw`(?<=(?:\b(?:aged?|ages|patients|children|adolescents|adults|infants|pediatrics?)|\()\s*(?:(?:who\s+are|between|from)\s+)?)`;
const OF_AGE = String.raw`(?:\s+(?:of\s+age|old))`;

// The ways labels write an age range.
const RANGES: [RegExp, (m: RegExpExecArray) => Ages][] = [
  // "12 years of age and older", "2 years and older", "6 months of age or older"
  [
    new RegExp(
      String.raw`${NUMBER}\s*${UNIT}\s+(?:of\s+age\s+)?(?:and|or)\s+(?:older|over|above)`,
      'gi',
    ),
    (m) => ({ min: inYears(m[1]!, m[2]!), max: Infinity }),
  ],
  // "≥ 18 years of age", "at least 6 years of age"
  [
    new RegExp(String.raw`(?:≥|>=|at\s+least)\s*${NUMBER}\s*${UNIT}${OF_AGE}`, 'gi'),
    (m) => ({ min: inYears(m[1]!, m[2]!), max: Infinity }),
  ],
  // "greater than 6 years old", "older than 2 years of age" (from the next birthday on)
  [
    new RegExp(String.raw`(?:greater|older)\s+than\s+${NUMBER}\s*${UNIT}${OF_AGE}?`, 'gi'),
    (m) => ({ min: inYears(m[1]!, m[2]!) + 1, max: Infinity }),
  ],
  // "aged 8 to 18 years", "children 4 to 16 years", "(13 to 17 years)", "6 to 17 years old",
  // "2 through 5 years of age"
  [
    new RegExp(
      String.raw`${AGED}${NUMBER}\s*(?:to|through|-|–)\s*${NUMBER}\s*${UNIT}|${NUMBER}\s*(?:to|through|-|–)\s*${NUMBER}\s*${UNIT}(?=${OF_AGE})`,
      'gi',
    ),
    (m) => ({
      min: inYears(m[1] ?? m[4]!, m[3] ?? m[6]!),
      max: inYears(m[2] ?? m[5]!, m[3] ?? m[6]!) + 0.999,
    }),
  ],
];
// (not "younger than 6 years": labels write it to limit, "not recommended in pediatric patients
// younger than 6 years of age")

/** The age ranges a label's words name, each as written. */
export function agesNamed(phrase: string): Ages[] {
  const ages = RANGES.flatMap(([pattern, read]) =>
    [...phrase.matchAll(pattern)].map((m) => read(m as RegExpExecArray)),
  );
  // (adults are 18 and older, whatever else the phrase names beside them)
  if (/\badults?\b/i.test(phrase)) ages.push({ min: 18, max: Infinity });
  return ages;
}

/** Whether the ages a label names take the asked age in. */
export function takesInAge(ages: Ages[], years: number): boolean {
  return ages.some((a) => years >= a.min && years <= a.max);
}
