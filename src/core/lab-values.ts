// A lab value a question names for the condition ("metformin for a1c of 9", "patiromer for
// potassium of 6.2", "atorvastatin for ldl over 190", "amlodipine for bp of 160/100"): clinicians
// ask by the number, the vocabulary has terms only for the condition. A value is read as the
// condition it plainly shows, and only then: each band below lies outside the usual adult
// reference limits by every common definition (a potassium of 5.3 is hyperkalemia by most labs'
// limits, a TSH of 7 only subclinically hypothyroid, so those are read as nothing). A number whose
// unit is not written and could be in two units that disagree ("glucose of 30": mg/dL or mmol/L)
// is read as nothing, and so is a value outside every band: silence, not a guess.

/** One unit a value may be written in: how to turn it into the analyte's base unit. */
interface Unit {
  /** the unit as written, a regular expression source ("mg\\/dl") */
  names: string;
  toBase: (v: number) => number;
  /** the values a measurement in this unit can take (a bare number outside is not in this unit) */
  plausible: [number, number];
}

/** A range of the base unit read as a condition; a missing bound is open-ended. */
interface Band {
  min?: number;
  /** whether min itself is outside the band (a potassium over 5.0, not of 5.0) */
  minOpen?: boolean;
  max?: number;
  maxOpen?: boolean;
  /** the condition's name, as the vocabulary has it */
  condition: string;
  /** a value below the reference limits ("high potassium of 3.1" says two things) */
  low?: true;
  /**
   * the diseases the value is the sign of, named beside it without contradiction: a glucose of 400
   * in "diabetes with sugar of 400", a uric acid of 10 in "gout with uric acid of 10"
   */
  signOf?: string[];
}

interface Analyte {
  /** the analyte's names, a regular expression source */
  names: string;
  units: Unit[];
  bands: Band[];
}

const same = (v: number) => v;
const unit = (
  names: string,
  plausible: [number, number],
  toBase: (v: number) => number = same,
): Unit => ({ names, toBase, plausible });

const MG_DL = String.raw`mg\s*\/\s*dl`;
const MMOL_L = String.raw`mmol\s*\/\s*l`;
const MEQ_L = String.raw`meq\s*\/\s*l`;

// Adult reference limits as clinical chemistry texts and the labels' own trials give them; where
// they differ, the band starts at the one furthest from normal.
const ANALYTES: Analyte[] = [
  {
    names: String.raw`(?:hb\s?a1c|ha?emoglobin\s+a1c|glycated\s+ha?emoglobin|glycosylated\s+ha?emoglobin|a1c)`,
    units: [unit(String.raw`%|percent`, [3, 20])],
    bands: [
      { min: 6.5, condition: 'diabetes mellitus' },
      { min: 5.7, max: 6.5, maxOpen: true, condition: 'prediabetes' },
    ],
  },
  {
    // (fasting or not: only a value high at any time of day is read; a bare number over 35 is
    // mg/dL, 35 mmol/L being 630 mg/dL)
    names: String.raw`(?:(?:fasting\s+)?blood\s+(?:glucose|sugars?)|(?:fasting\s+)?glucose|(?:fasting\s+)?sugars?)`,
    units: [unit(MG_DL, [10, 2500]), unit(MMOL_L, [0.5, 35], (v) => v * 18.016)],
    bands: [
      { max: 70, maxOpen: true, condition: 'hypoglycemia', low: true },
      { min: 180, minOpen: true, condition: 'hyperglycemia', signOf: ['diabetes mellitus'] },
    ],
  },
  {
    names: String.raw`(?:ldl(?:-c)?(?:\s+cholesterol)?|low[- ]density\s+lipoprotein(?:\s+cholesterol)?)`,
    units: [unit(MG_DL, [10, 1500]), unit(MMOL_L, [0.3, 40], (v) => v * 38.67)],
    bands: [{ min: 160, condition: 'hypercholesterolemia' }],
  },
  {
    names: String.raw`(?<!hdl[\s-])(?:total\s+)?cholesterol`,
    units: [unit(MG_DL, [40, 2000]), unit(MMOL_L, [1, 50], (v) => v * 38.67)],
    bands: [{ min: 240, condition: 'hypercholesterolemia' }],
  },
  {
    // (as the labels grade it: "severe (≥ 500 mg/dL) hypertriglyceridemia"; 200 to 499 is
    // "high" in the same scheme, not severe; 150 to 199 borderline, read as nothing)
    names: String.raw`(?:triglycerides?|trigs?|tgs?)`,
    units: [unit(MG_DL, [20, 20000]), unit(MMOL_L, [0.2, 230], (v) => v * 88.57)],
    bands: [
      { min: 500, condition: 'severe hypertriglyceridemia' },
      { min: 200, max: 500, maxOpen: true, condition: 'moderate hypertriglyceridemia' },
    ],
  },
  {
    // (above 10 the thyroid is failing; between the reference limit and 10, only subclinically;
    // a low TSH may be the pituitary's or the treatment's, so it is read as nothing)
    names: String.raw`(?:tsh|thyrotropin|thyroid[- ]stimulating\s+hormone)`,
    units: [unit(String.raw`(?:m|µ|u)?iu\s*\/\s*m?l`, [0, 1000])],
    bands: [{ min: 10, minOpen: true, condition: 'hypothyroidism' }],
  },
  {
    names: String.raw`(?:serum\s+)?(?:potassium|(?<!vitamin\s)k\+?)`,
    units: [unit(`${MEQ_L}|${MMOL_L}`, [1, 12])],
    bands: [
      { max: 3.5, maxOpen: true, condition: 'hypokalemia', low: true },
      { min: 5, minOpen: true, condition: 'hyperkalemia' },
    ],
  },
  {
    names: String.raw`(?:serum\s+)?(?:sodium|na\+?)`,
    units: [unit(`${MEQ_L}|${MMOL_L}`, [90, 200])],
    bands: [
      { max: 135, maxOpen: true, condition: 'hyponatremia', low: true },
      { min: 145, minOpen: true, condition: 'hypernatremia' },
    ],
  },
  {
    // (total calcium; an ionized calcium has other limits and is not read)
    names: String.raw`(?<!ioni[sz]ed\s)(?:serum\s+)?calcium`,
    units: [unit(MG_DL, [3, 25]), unit(MMOL_L, [0.7, 6], (v) => v * 4.008)],
    bands: [
      { max: 8.4, maxOpen: true, condition: 'hypocalcemia', low: true },
      { min: 10.5, minOpen: true, condition: 'hypercalcemia' },
    ],
  },
  {
    names: String.raw`(?:serum\s+)?(?:phosphorus|phosphate|phos)`,
    units: [unit(MG_DL, [0.5, 25]), unit(MMOL_L, [0.15, 8], (v) => v * 3.097)],
    bands: [
      { max: 2.5, maxOpen: true, condition: 'hypophosphatemia', low: true },
      { min: 4.5, minOpen: true, condition: 'hyperphosphatemia' },
    ],
  },
  {
    names: String.raw`(?:serum\s+)?magnesium`,
    units: [
      unit(MG_DL, [0.3, 12]),
      unit(MMOL_L, [0.1, 5], (v) => v * 2.431),
      unit(MEQ_L, [0.2, 10], (v) => v * 1.215),
    ],
    bands: [{ max: 1.7, maxOpen: true, condition: 'hypomagnesemia', low: true }],
  },
  {
    names: String.raw`(?:serum\s+)?(?:uric\s+acid|urate)`,
    units: [
      unit(MG_DL, [0.5, 30]),
      unit(String.raw`[uµ]mol\s*\/\s*l`, [30, 1800], (v) => v / 59.48),
    ],
    bands: [{ min: 6.8, minOpen: true, condition: 'hyperuricemia', signOf: ['gout'] }],
  },
  {
    names: String.raw`(?:intact\s+)?(?:i?pth|parathyroid\s+hormone)`,
    units: [
      unit(String.raw`pg\s*\/\s*ml|ng\s*\/\s*l`, [1, 5000]),
      unit(String.raw`pmol\s*\/\s*l`, [0.1, 500], (v) => v * 9.43),
    ],
    bands: [{ min: 88, minOpen: true, condition: 'hyperparathyroidism' }],
  },
  {
    // (below 10.5 g/dL is anemia for everyone, pregnancy and childhood included)
    names: String.raw`(?:ha?emoglobin(?!\s*a1c)|hgb|hb(?!\s?a1c))`,
    units: [
      unit(String.raw`g\s*\/\s*dl`, [1.5, 25]),
      unit(String.raw`g\s*\/\s*l`, [15, 250], (v) => v / 10),
    ],
    bands: [{ max: 10.5, maxOpen: true, condition: 'anemia', low: true }],
  },
  {
    // (thousands per microliter, or the count itself: "platelets of 40,000", "40k")
    names: String.raw`(?:platelets?(?:\s+count)?|plts?)`,
    units: [
      unit(String.raw`k\b|x\s*10\^?[39]\s*\/\s*[uµ]?l|k\s*\/\s*[uµ]l`, [1, 2500]),
      unit(String.raw`\/\s*[uµ]l`, [1000, 2_500_000], (v) => v / 1000),
    ],
    bands: [
      { max: 150, maxOpen: true, condition: 'thrombocytopenia', low: true },
      { min: 450, minOpen: true, condition: 'thrombocytosis' },
    ],
  },
  {
    names: String.raw`(?:anc|absolute\s+neutrophil\s+count|neutrophil\s+count|neutrophils)`,
    units: [
      unit(String.raw`k\b|x\s*10\^?[39]\s*\/\s*[uµ]?l|k\s*\/\s*[uµ]l`, [0, 100]),
      unit(String.raw`(?:cells\s*)?\/\s*[uµ]l|cells`, [10, 100_000], (v) => v / 1000),
    ],
    bands: [{ max: 1.5, maxOpen: true, condition: 'neutropenia', low: true }],
  },
  {
    // (below 20 ng/mL in either unit: 20 nmol/L is 8 ng/mL)
    names: String.raw`(?:25[- ]?(?:oh|hydroxy)[- ]?(?:vitamin\s+)?d3?|vitamin\s+d3?|vit\s+d)`,
    units: [
      unit(String.raw`ng\s*\/\s*ml`, [1, 300]),
      unit(String.raw`nmol\s*\/\s*l`, [2, 750], (v) => v / 2.496),
    ],
    bands: [{ max: 20, maxOpen: true, condition: 'vitamin d deficiency', low: true }],
  },
  {
    names: String.raw`(?:(?:vitamin\s+)?b\s?12|cobalamin)`,
    units: [
      unit(String.raw`pg\s*\/\s*ml|ng\s*\/\s*l`, [20, 10000]),
      unit(String.raw`pmol\s*\/\s*l`, [15, 7400], (v) => v * 1.355),
    ],
    bands: [{ max: 200, maxOpen: true, condition: 'vitamin b12 deficiency', low: true }],
  },
  {
    // (the WHO's densitometric definitions)
    names: String.raw`t[- ]?score`,
    units: [unit('sd', [-8, 6])],
    bands: [
      { max: -2.5, condition: 'osteoporosis', low: true },
      { min: -2.5, minOpen: true, max: -1, maxOpen: true, condition: 'osteopenia', low: true },
    ],
  },
  {
    // (obesity from 30; a lower bound for overweight differs by ancestry, so it is not read)
    names: String.raw`(?:bmi|body\s+mass\s+index)`,
    units: [unit(String.raw`kg\s*\/\s*m\s*(?:2|²|\^2)`, [8, 150])],
    bands: [{ min: 30, condition: 'obesity' }],
  },
  {
    names: String.raw`(?:temp(?:erature)?|fever)`,
    units: [
      unit(String.raw`°?\s*f\b|degrees?\s+f(?:ahrenheit)?`, [90, 115]),
      unit(String.raw`°?\s*c\b|degrees?\s+c(?:elsius)?`, [30, 46], (v) => v * 1.8 + 32),
    ],
    bands: [{ min: 100.4, condition: 'fever' }],
  },
];

const HIGH_WORDS = String.raw`high|elevated|raised|increased`;
const LOW_WORDS = String.raw`low|decreased|reduced`;
const OVER = String.raw`over|above|greater\s+than|more\s+than|higher\s+than|>`;
const AT_LEAST = String.raw`at\s+least|>=|≥`;
const UNDER = String.raw`under|below|less\s+than|lower\s+than|<`;
const AT_MOST = String.raw`at\s+most|<=|≤`;
// How a question writes a value after its name (unread-measures.ts reads measures by the same
// words): "potassium of 6.2", "ldl over 190", "platelets 20,000", "egfr at least 30".
export const BOUND = `${OVER}|${AT_LEAST}|${UNDER}|${AT_MOST}`;
export const NUMBER = String.raw`[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-−]?\.\d+`;
export const LINK = String.raw`(?:\s+(?:level|levels|value|count|reading))?\s*(?:(?:of|is|was|at|=|:|around|about|in)\s*)?`;

/** A lab value read as a condition: the words that named it, and the condition's name. */
export interface LabReading {
  /** the words as written ("potassium of 6.2") */
  words: string;
  /** the condition they show ("hyperkalemia") */
  condition: string;
  /**
   * where the question names a condition beside the value ("hypokalemia with potassium of 2.9"):
   * whether the value shows that condition (or one broader or narrower) or another
   */
  beside?: 'agrees' | 'other';
  /** the value is named before the condition beside it ("potassium of 5.8 in ckd") */
  valueFirst?: boolean;
  /**
   * every condition a value on its side of the limits shows, and what those are the signs of: a
   * condition named beside it that is one of them agrees ("diabetes with a1c of 6.2" is a treated
   * diabetes, not prediabetes)
   */
  sameSide: string[];
}

/** The values a question's words allow: one exactly, or those beyond a bound ("over 190"). */
interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

function inBand(a: Interval, b: Band): boolean {
  const lowOk = b.min === undefined || a.lo > b.min || (a.lo === b.min && (!b.minOpen || a.loOpen));
  const highOk =
    b.max === undefined || a.hi < b.max || (a.hi === b.max && (!b.maxOpen || a.hiOpen));
  return lowOk && highOk;
}

// Each bound a question may put on its value, and the values it allows.
const BOUNDS: [RegExp, (v: number) => Interval][] = [
  [new RegExp(`^(?:${OVER})$`, 'i'), (v) => ({ lo: v, loOpen: true, hi: Infinity, hiOpen: true })],
  [
    new RegExp(`^(?:${AT_LEAST})$`, 'i'),
    (v) => ({ lo: v, loOpen: false, hi: Infinity, hiOpen: true }),
  ],
  [
    new RegExp(`^(?:${UNDER})$`, 'i'),
    (v) => ({ lo: -Infinity, loOpen: true, hi: v, hiOpen: true }),
  ],
  [
    new RegExp(`^(?:${AT_MOST})$`, 'i'),
    (v) => ({ lo: -Infinity, loOpen: true, hi: v, hiOpen: false }),
  ],
];

function interval(bound: string | undefined, v: number): Interval {
  const b = (bound ?? '').replace(/\s+/g, ' ');
  const read = BOUNDS.find(([pattern]) => pattern.test(b))?.[1];
  return read ? read(v) : { lo: v, loOpen: false, hi: v, hiOpen: false };
}

/** The band a value falls in, in one unit; null where it is implausible in that unit or in none. */
function bandIn(
  analyte: Analyte,
  u: Unit,
  cmp: string | undefined,
  v: number,
): Band | null | 'implausible' {
  if (v < u.plausible[0] || v > u.plausible[1]) return 'implausible';
  const a = interval(cmp, u.toBase(v));
  return analyte.bands.find((b) => inBand(a, b)) ?? null;
}

const PATTERNS = ANALYTES.map((analyte) => ({
  analyte,
  pattern: new RegExp(
    String.raw`(?:\b(${HIGH_WORDS}|${LOW_WORDS})\s+)?(?<![\w-])${analyte.names}(?![\w-])${LINK}(?:(${BOUND})\s*)?(${NUMBER})(?:\s*(${analyte.units.map((u) => `(?:${u.names})`).join('|')}))?(?![\w.\/-])`,
    'i',
  ),
}));

// A blood pressure: "bp of 160/100", "blood pressure 150 over 95", "systolic of 180".
const PRESSURE = new RegExp(
  String.raw`(?<![\w-])(?:(?:bp|b\/p|blood\s+pressure)${LINK}(?:(${BOUND})\s*)?(\d{2,3})\s*(?:\/|over)\s*(\d{2,3})|(?:systolic|sbp)(?:\s+(?:bp|blood\s+pressure))?${LINK}(?:(${BOUND})\s*)?(\d{2,3})|(?:diastolic|dbp)(?:\s+(?:bp|blood\s+pressure))?${LINK}(?:(${OVER}|${AT_LEAST})\s*)?(\d{2,3}))(?:\s*mm\s*hg)?(?![\w.\/])`,
  'i',
);

// Hypertension from 140 systolic or 90 diastolic (stage 2 in one scheme, stage 1 in the other;
// 130/80 is hypertension in only one); hypotension under 90 systolic.
const SYSTOLIC_HIGH: Band = { min: 140, condition: 'hypertension' };
const DIASTOLIC_HIGH: Band = { min: 90, condition: 'hypertension' };
const SYSTOLIC_LOW: Band = { max: 90, maxOpen: true, condition: 'hypotension', low: true };

function pressureReading(text: string): LabReading | null {
  const m = PRESSURE.exec(text);
  if (!m) return null;
  const [, cmp, sys, dia, sCmp, sOnly, dCmp, dOnly] = m;
  const systolic = sys ?? sOnly;
  const s = systolic !== undefined ? interval(cmp ?? sCmp, Number(systolic)) : null;
  const diastolic = dia ?? dOnly;
  const d = diastolic !== undefined ? interval(cmp ?? dCmp, Number(diastolic)) : null;
  const high = (s && inBand(s, SYSTOLIC_HIGH)) || (d && inBand(d, DIASTOLIC_HIGH));
  const low = s && inBand(s, SYSTOLIC_LOW);
  // (a value that is both, "85/95", is no reading)
  const condition = high && !low ? 'hypertension' : low && !high ? 'hypotension' : null;
  return condition ? { words: m[0].trim(), condition, sameSide: [condition] } : null;
}

/**
 * The condition a lab value in the question's words shows, or null: none named, its unit
 * unclear, or the value not plainly outside the reference limits.
 */
export function labReading(text: string): LabReading | null {
  const pressure = pressureReading(text);
  if (pressure) return pressure;
  for (const { analyte, pattern } of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [words, direction, cmp, number, unitWritten] = m;
    const v = Number(number!.replace(/,/g, '').replace('−', '-'));
    if (!Number.isFinite(v)) return null;
    const units = unitWritten
      ? analyte.units.filter((u) => new RegExp(`^(?:${u.names})$`, 'i').test(unitWritten))
      : analyte.units;
    const bands = units
      .map((u) => bandIn(analyte, u, cmp?.toLowerCase(), v))
      .filter((b) => b !== 'implausible');
    // Every unit the number could be in must give the same band.
    const band = bands[0];
    if (!band || bands.some((b) => b !== band)) return null;
    // ("low potassium of 6.2" says two things: neither is read)
    if (direction && new RegExp(`^(?:${band.low ? HIGH_WORDS : LOW_WORDS})$`, 'i').test(direction))
      return null;
    const sameSide = analyte.bands
      .filter((b) => Boolean(b.low) === Boolean(band.low))
      .flatMap((b) => [b.condition, ...(b.signOf ?? [])]);
    return { words: words!.trim(), condition: band.condition, sameSide };
  }
  return null;
}

/** Whether the words name a lab value at all (read or not), for a note that says why not. */
export function namesLabValue(text: string): boolean {
  return labValueSpans(text).length > 0;
}

/**
 * Where the words name a lab value, read or not ([start, end) of each): its number and unit are
 * no dose ("potassium of 6.1 mEq/L", "a1c of 9%").
 */
export function labValueSpans(text: string): [number, number][] {
  return [PRESSURE, ...PATTERNS.map(({ pattern }) => pattern)].flatMap((pattern) => {
    const m = pattern.exec(text);
    return m ? [[m.index, m.index + m[0].length] as [number, number]] : [];
  });
}
