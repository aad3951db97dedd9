import { describe, expect, it } from 'vitest';
import { labReading, labValueSpans, namesLabValue } from '../../src/core/lab-values';

const reads = (words: string) => labReading(words)?.condition ?? null;

describe('a lab value read as the condition it shows', () => {
  it('reads a value plainly outside the reference limits as its condition', () => {
    expect(reads('potassium of 6.2')).toBe('hyperkalemia');
    expect(reads('potassium of 3.1')).toBe('hypokalemia');
    expect(reads('k+ 2.9')).toBe('hypokalemia');
    expect(reads('sodium of 122')).toBe('hyponatremia');
    expect(reads('na 152')).toBe('hypernatremia');
    expect(reads('a1c of 9')).toBe('diabetes mellitus');
    expect(reads('hemoglobin a1c of 6')).toBe('prediabetes');
    expect(reads('blood sugar of 350')).toBe('hyperglycemia');
    expect(reads('glucose of 45')).toBe('hypoglycemia');
    expect(reads('ldl over 190')).toBe('hypercholesterolemia');
    expect(reads('cholesterol of 280')).toBe('hypercholesterolemia');
    expect(reads('triglycerides of 800')).toBe('severe hypertriglyceridemia');
    expect(reads('triglycerides of 300')).toBe('moderate hypertriglyceridemia');
    expect(reads('tsh of 12')).toBe('hypothyroidism');
    expect(reads('calcium of 12')).toBe('hypercalcemia');
    expect(reads('phosphorus of 7.5')).toBe('hyperphosphatemia');
    expect(reads('uric acid of 10')).toBe('hyperuricemia');
    expect(reads('pth of 900')).toBe('hyperparathyroidism');
    expect(reads('hemoglobin of 8')).toBe('anemia');
    expect(reads('platelets of 40,000')).toBe('thrombocytopenia');
    expect(reads('platelets of 40k')).toBe('thrombocytopenia');
    expect(reads('platelets of 700')).toBe('thrombocytosis');
    expect(reads('anc of 500')).toBe('neutropenia');
    expect(reads('anc 0.8')).toBe('neutropenia');
    expect(reads('vitamin d of 12')).toBe('vitamin d deficiency');
    expect(reads('b12 of 120')).toBe('vitamin b12 deficiency');
    expect(reads('t-score of -2.8')).toBe('osteoporosis');
    expect(reads('t-score of -2.5')).toBe('osteoporosis');
    expect(reads('t score -1.8')).toBe('osteopenia');
    expect(reads('bmi of 35')).toBe('obesity');
    expect(reads('fever of 102')).toBe('fever');
    expect(reads('temperature of 39')).toBe('fever');
  });

  it('reads a bound as asked: only a bound beyond the limit says the value is', () => {
    expect(reads('potassium over 5')).toBe('hyperkalemia');
    expect(reads('potassium of 5')).toBeNull();
    expect(reads('potassium at least 5')).toBeNull();
    expect(reads('a1c > 9')).toBe('diabetes mellitus');
    expect(reads('a1c >= 6.5%')).toBe('diabetes mellitus');
    expect(reads('sodium below 130')).toBe('hyponatremia');
    expect(reads('sodium below 140')).toBeNull();
    expect(reads('ldl over 130')).toBeNull();
  });

  it('reads a written unit, and a bare number only where every unit it could be in agrees', () => {
    expect(reads('potassium of 6.1 meq/l')).toBe('hyperkalemia');
    expect(reads('ldl of 4.9 mmol/l')).toBe('hypercholesterolemia');
    expect(reads('ldl of 4.9')).toBe('hypercholesterolemia');
    expect(reads('glucose of 25 mmol/l')).toBe('hyperglycemia');
    // (30 mg/dL is low, 30 mmol/L high)
    expect(reads('glucose of 30')).toBeNull();
    expect(reads('calcium of 2.0')).toBe('hypocalcemia');
    // (25 ng/mL is enough, 25 nmol/L is not)
    expect(reads('vitamin d of 25')).toBeNull();
    expect(reads('vitamin d of 15')).toBe('vitamin d deficiency');
    expect(reads('b12 of 150')).toBeNull();
    expect(reads('anc of 20')).toBeNull();
    expect(reads('platelets of 1500')).toBeNull();
    expect(reads('hba1c 48')).toBeNull();
  });

  it('reads nothing within the limits, between them and a plain diagnosis, or said twice over', () => {
    expect(reads('potassium of 4.2')).toBeNull();
    expect(reads('tsh of 7')).toBeNull();
    expect(reads('tsh of 0.01')).toBeNull();
    expect(reads('triglycerides of 170')).toBeNull();
    expect(reads('bmi of 27')).toBeNull();
    expect(reads('temp of 99')).toBeNull();
    expect(reads('t-score of 2.8')).toBeNull();
    expect(reads('high potassium of 3.1')).toBeNull();
    expect(reads('low sodium of 150')).toBeNull();
    expect(reads('potassium 3-4')).toBeNull();
  });

  it('reads no lab value in other words that hold an analyte’s name', () => {
    expect(reads('vitamin k of 6')).toBeNull();
    expect(reads('ionized calcium of 1.0')).toBeNull();
    expect(reads('hdl cholesterol of 250')).toBeNull();
    expect(reads('ca 19-9 of 40')).toBeNull();
    expect(reads('type 2 diabetes')).toBeNull();
    expect(reads('stage 3 ckd')).toBeNull();
    expect(reads('sugars in the 300s')).toBeNull();
  });

  it('reads a blood pressure by either number', () => {
    expect(reads('bp of 160/100')).toBe('hypertension');
    expect(reads('blood pressure 150 over 95')).toBe('hypertension');
    expect(reads('bp 130/95')).toBe('hypertension');
    expect(reads('systolic of 180')).toBe('hypertension');
    expect(reads('bp of 80/50')).toBe('hypotension');
    expect(reads('bp of 132/84')).toBeNull();
    expect(reads('bp of 120/80')).toBeNull();
  });

  it('gives the words that name it, and where they stand', () => {
    expect(labReading('pth of 900 on dialysis')).toEqual({
      words: 'pth of 900',
      condition: 'hyperparathyroidism',
      sameSide: ['hyperparathyroidism'],
    });
    // (what a value on its side of the limits may show: a condition named beside it that is one of
    // them agrees, "diabetes with a1c of 6.2" being a treated diabetes)
    expect(labReading('a1c of 6.2')?.sameSide).toEqual(['diabetes mellitus', 'prediabetes']);
    expect(labReading('glucose of 300')?.sameSide).toEqual(['hyperglycemia', 'diabetes mellitus']);
    expect(labReading('potassium of 2.9')?.sameSide).toEqual(['hypokalemia']);
    expect(labValueSpans('metformin for a1c of 9%')).toEqual([[14, 23]]);
    expect(namesLabValue('tsh of 7')).toBe(true);
    expect(namesLabValue('type 2 diabetes')).toBe(false);
  });
});
