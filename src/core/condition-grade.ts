// A condition's class, stage, grade or group, as a question adds it ("NYHA class III heart
// failure", "stage 3 CKD", "grade 2 astrocytoma", "WHO group 1 pulmonary hypertension") and as a
// label names it beside the condition ("NYHA Class III-IV heart failure", "Chronic kidney disease
// (CKD) Stages 3 and 4", "(WHO Group 4)", "≥ WHO Grade 3 mucositis"). The vocabulary has no term for
// the graded forms, so a question resolves to the condition and its grade is read here: a label
// covers it only where the grade it names beside the condition takes in the one asked.

export type GradeKind = 'class' | 'stage' | 'grade' | 'group' | 'child-pugh';

/** One value: 3 for "III" or "3", with its letter ("IIIB" -> 3, "b"). */
interface GradeValue {
  n: number;
  letter: string;
}

/** A grade a question asks: its kind, value and the words that say it. */
export interface GradeAsked extends GradeValue {
  kind: GradeKind;
  words: string;
}

const VALUE = String.raw`(?:[0-5]|iv|v|i{1,3})[a-c]?`;
// (a system named before the kind: "NYHA class", "WHO Functional Class", "New York Heart
// Association (NYHA) class", "CKD stage"; or the kind alone)
const SYSTEM = String.raw`(?:(?:nyha|who|ckd|new\s+york\s+heart\s+association(?:\s*\(nyha\))?|functional|banff)\s+)*`;
const KIND = String.raw`(class|stage|grade|group)(?:s|\s+(?:class|stage))?`;
// A question's grade: one value ("class iii", "gold 3", "child-pugh b").
const ASKED = new RegExp(
  String.raw`\b${SYSTEM}${KIND}\s+(${VALUE})\b|\bgold\s+([1-4])\b|\bchild[- ]pugh\s+(?:class\s+)?([abc])\b`,
  'i',
);
// A label's grade: a value, a range or a list of them, after a bound ("≥ WHO Grade 3").
const LIST = String.raw`${VALUE}(?:\s*(?:-|–|to|through|or|and|,)\s*(?:(?:${SYSTEM})(?:class|stage|grade|group)\s+)?${VALUE})*`;
const NAMED = new RegExp(
  String.raw`(≥|>=|greater\s+than\s+or\s+equal\s+to)?\s*\b${SYSTEM}${KIND}\s+(${LIST})\b(\s+or\s+(?:higher|greater|above|worse))?|\bchild[- ]pugh\s+(?:class\s+)?([abc](?:\s*(?:-|–|to|or|and|,)\s*[abc])*)\b`,
  'gi',
);

function kindOf(word: string): GradeKind {
  return word.toLowerCase() as GradeKind;
}

function value(text: string): GradeValue {
  const m = /^([0-5]|iv|v|i{1,3})([a-c]?)$/i.exec(text.trim())!;
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
  const n = /\d/.test(m[1]!) ? Number(m[1]) : roman[m[1]!.toLowerCase()]!;
  return { n, letter: m[2]!.toLowerCase() };
}

/** The grade a question's condition names, or null. */
export function gradeAsked(words: string): GradeAsked | null {
  const m = ASKED.exec(words);
  if (!m) return null;
  if (m[3]) return { kind: 'grade', n: Number(m[3]), letter: '', words: m[0] };
  if (m[4])
    return {
      kind: 'child-pugh',
      n: 'abc'.indexOf(m[4].toLowerCase()) + 1,
      letter: '',
      words: m[0],
    };
  return { kind: kindOf(m[1]!), ...value(m[2]!), words: m[0] };
}

/** Whether a value lies from one value to another ("IIB" lies in "II to III", not in "IIC to III"). */
function within(v: GradeValue, from: GradeValue, to: GradeValue): boolean {
  if (v.n < from.n || v.n > to.n) return false;
  if (v.n === from.n && from.letter && (!v.letter || v.letter < from.letter)) return false;
  if (v.n === to.n && to.letter && (!v.letter || v.letter > to.letter)) return false;
  return true;
}

/** Whether a named list of values ("III-IV", "3 or 4", "I-III", "IIB, IIC, or III") takes in one. */
function listTakesIn(list: string, v: GradeValue, atLeast: boolean): boolean {
  const parts = list
    .replace(/\b(?:nyha|who|ckd|functional|banff|class|stage|grade|group)\b/gi, ' ')
    .split(/\s*(,|\bor\b|\band\b)\s*/i)
    .filter((p) => p.trim() && !/^(?:,|or|and)$/i.test(p.trim()));
  return parts.some((p) => {
    const [a, b] = p.split(/\s*(?:-|–|\bto\b|\bthrough\b)\s*/i).map(value);
    if (atLeast) return within(v, a!, { n: 9, letter: '' });
    return within(v, a!, b ?? a!);
  });
}

/** A grade a label names, where it stands in the text and whether it takes in the one asked. */
export interface GradeNamed {
  start: number;
  end: number;
  takesIn: boolean;
}

/** Every grade of the asked kind that a text names. */
export function gradesNamed(text: string, asked: GradeAsked): GradeNamed[] {
  const found: GradeNamed[] = [];
  for (const m of text.matchAll(NAMED)) {
    const start = m.index + m[0].length - m[0].trimStart().length;
    if (m[5] !== undefined) {
      if (asked.kind !== 'child-pugh') continue;
      const letters = m[5].toLowerCase().replace(/[abc]/g, (l) => String('abc'.indexOf(l) + 1));
      found.push({
        start,
        end: m.index + m[0].length,
        takesIn: listTakesIn(letters, asked, false),
      });
      continue;
    }
    if (kindOf(m[2]!) !== asked.kind) continue;
    const atLeast = Boolean(m[1] || m[4]);
    found.push({ start, end: m.index + m[0].length, takesIn: listTakesIn(m[3]!, asked, atLeast) });
  }
  return found;
}

/** The question's words without its grade ("nyha class iii heart failure" -> "heart failure"). */
export function withoutGrade(words: string, asked: GradeAsked): string {
  return words.replace(asked.words, ' ').replace(/\s+/g, ' ').trim();
}
