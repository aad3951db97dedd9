import { describe, expect, it } from 'vitest';
import { unreadMeasure, unreadMeasureSpans } from '../../src/core/unread-measures';

describe('a measure the extension does not read', () => {
  it('is found beside the condition, with its value and unit', () => {
    expect(unreadMeasure('type 2 diabetes with egfr of 25')?.words).toBe('egfr of 25');
    expect(unreadMeasure('afib, crcl 28 ml/min')?.words).toBe('crcl 28 ml/min');
    expect(unreadMeasure('heart failure with ef of 35%')?.words).toBe('ef of 35%');
    expect(unreadMeasure('afib with inr of 1.5')?.words).toBe('inr of 1.5');
    expect(unreadMeasure('dvt in a 45 kg patient')?.words).toBe('45 kg');
    expect(unreadMeasure('hiv weighing 30 kg')?.words).toBe('weighing 30 kg');
    expect(unreadMeasure('pneumonia with wbc of 18')?.words).toBe('wbc of 18');
    // (its value written as lab values are: a thousands comma, a bound in words)
    expect(unreadMeasure('pneumonia with wbc of 18,000')?.words).toBe('wbc of 18,000');
    expect(unreadMeasure('ckd, egfr lower than 30')?.words).toBe('egfr lower than 30');
  });

  it('is not a condition with a number, a dose or a lab value it reads', () => {
    for (const words of [
      'type 2 diabetes',
      'stage 3 ckd',
      'covid-19',
      'nyha class iii heart failure',
      'potassium of 6.2',
      'a1c of 9',
      '40 mg daily',
      'pain for 3 days',
      'depression in a 14 year old',
    ])
      expect(unreadMeasure(words), words).toBeNull();
  });

  it('gives where each stands, so that its number is read as no dose', () => {
    expect(unreadMeasureSpans('dvt in a 45 kg patient with egfr of 25')).toEqual([
      [9, 14],
      [28, 38],
    ]);
  });
});
