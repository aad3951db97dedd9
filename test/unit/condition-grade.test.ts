import { describe, expect, it } from 'vitest';
import { gradeAsked, gradesNamed, withoutGrade } from '../../src/core/condition-grade';

const asked = (words: string) => {
  const g = gradeAsked(words);
  if (!g) throw new Error(`no grade in ${words}`);
  return g;
};
// Whether each grade the text names takes in the one asked, in order.
const takesIn = (question: string, text: string) =>
  gradesNamed(text, asked(question)).map((g) => g.takesIn);

describe('a condition graded by class, stage, grade or group', () => {
  it('reads the grade a question adds, in roman or arabic numbers', () => {
    expect(asked('nyha class iii heart failure')).toMatchObject({ kind: 'class', n: 3 });
    expect(asked('stage 3 ckd')).toMatchObject({ kind: 'stage', n: 3 });
    expect(asked('ckd stage 3a')).toMatchObject({ kind: 'stage', n: 3, letter: 'a' });
    expect(asked('who group 1 pulmonary hypertension')).toMatchObject({ kind: 'group', n: 1 });
    expect(asked('gold 3 copd')).toMatchObject({ kind: 'grade', n: 3 });
    expect(asked('child-pugh b cirrhosis')).toMatchObject({ kind: 'child-pugh', n: 2 });
    expect(
      withoutGrade('nyha class iii heart failure', asked('nyha class iii heart failure')),
    ).toBe('heart failure');
  });

  it('reads no grade in a type, a letter alone or a stage word without a number', () => {
    expect(gradeAsked('type 2 diabetes')).toBeNull();
    expect(gradeAsked('group b strep')).toBeNull();
    expect(gradeAsked('end stage renal disease')).toBeNull();
    expect(gradeAsked('low grade fever')).toBeNull();
  });

  it("takes a question's grade in a label's range or list, not in another", () => {
    expect(takesIn('class iii heart failure', 'NYHA Class III-IV heart failure')).toEqual([true]);
    expect(takesIn('class ii heart failure', 'NYHA Class III-IV heart failure')).toEqual([false]);
    expect(takesIn('class iii heart failure', 'heart failure (NYHA class II-IV)')).toEqual([true]);
    expect(takesIn('stage 4 ckd', 'Stage 3 or Stage 4 chronic kidney disease')).toEqual([true]);
    expect(takesIn('stage 5 ckd', 'Chronic kidney disease (CKD) Stages 3 and 4')).toEqual([false]);
    expect(takesIn('grade 3 mucositis', 'predicted to result in ≥ WHO Grade 3 mucositis')).toEqual([
      true,
    ]);
    expect(takesIn('grade 4 mucositis', '≥ WHO Grade 3 mucositis')).toEqual([true]);
    expect(takesIn('grade 2 mucositis', '≥ WHO Grade 3 mucositis')).toEqual([false]);
    // (a lettered sub-stage lies in its stage, and a stage is not all of a sub-stage's)
    expect(takesIn('stage iib melanoma', 'Stage II melanoma')).toEqual([true]);
    expect(takesIn('stage 2 melanoma', 'Stage IIB, IIC, or III melanoma')).toEqual([false]);
    expect(takesIn('stage iic melanoma', 'Stage IIB, IIC, or III melanoma')).toEqual([true]);
    expect(takesIn('child-pugh b cirrhosis', 'compensated cirrhosis (Child-Pugh A)')).toEqual([
      false,
    ]);
    // (only a grade of the kind asked: a functional class is no WHO group)
    expect(takesIn('who group 3 pulmonary hypertension', 'WHO functional class II-III')).toEqual(
      [],
    );
  });
});
