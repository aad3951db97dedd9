import { describe, expect, it } from 'vitest';
import { ageAsked, agesNamed, conditionFirst, takesInAge } from '../../src/core/patient-age';

const takesIn = (phrase: string, years: number) => takesInAge(agesNamed(phrase), years);

describe("the patient's age", () => {
  it('reads the age a question gives, in years, months or weeks', () => {
    expect(ageAsked('depression in a 14 year old')?.years).toBe(14);
    expect(ageAsked('asthma in my 3-year-old')?.years).toBe(3);
    expect(ageAsked('seizures in a 6 month old')?.years).toBe(0.5);
    expect(ageAsked('hypertension aged 70')?.years).toBe(70);
    expect(ageAsked('adhd 30 yo')?.years).toBe(30);
    expect(ageAsked('type 2 diabetes')).toBeNull();
    expect(ageAsked('stage 3 ckd')).toBeNull();
  });

  it('puts a patient named before the condition after it', () => {
    expect(conditionFirst('amoxicillin for a 5 year old with strep throat')).toBe(
      'amoxicillin for strep throat in a 5 year old',
    );
    expect(conditionFirst('montelukast for my 3-year-old son with asthma')).toBe(
      'montelukast for asthma in my 3-year-old',
    );
    expect(conditionFirst('montelukast for asthma')).toBe('montelukast for asthma');
  });

  it('reads the ages a label names, and whether they take an age in', () => {
    expect(takesIn('in adults and pediatric patients 12 years of age and older', 14)).toBe(true);
    expect(takesIn('in adults and pediatric patients 12 years of age and older', 9)).toBe(false);
    expect(takesIn('in adults and pediatric patients 12 years of age and older', 70)).toBe(true);
    expect(takesIn('in adult and pediatric patients aged 8 to 18 years', 10)).toBe(true);
    expect(takesIn('in adult and pediatric patients aged 8 to 18 years', 6)).toBe(false);
    expect(takesIn('in adults and children greater than 6 years old', 6)).toBe(false);
    expect(takesIn('in adults and children greater than 6 years old', 7)).toBe(true);
    expect(takesIn('Schizophrenia in adults and adolescents (13 to 17 years)', 14)).toBe(true);
    expect(takesIn('in patients 1 month of age and older', 0.5)).toBe(true);
    expect(takesIn('in pediatric patients 6 to 17 years old', 5)).toBe(false);
  });

  it('reads no age in a duration, a count or a limit', () => {
    // (Botox's "adult patients with chronic migraine (≥15 days per month ...)")
    expect(takesIn('in adult patients with chronic migraine (≥15 days per month', 2)).toBe(false);
    expect(agesNamed('for 2 to 4 weeks')).toEqual([]);
    expect(agesNamed('not recommended in pediatric patients younger than 6 years of age')).toEqual(
      [],
    );
    expect(agesNamed('in pediatric patients')).toEqual([]);
  });
});
