import { describe, expect, it } from 'vitest';
import { DrugMatcher } from '../../src/core/drug-matcher';
import { NameFlag, type Lexicon } from '../../src/core/lexicon-types';

const lexicon: Lexicon = {
  drugs: [
    'baclofen',
    'insulin',
    'insulin-glargine',
    'hydrochlorothiazide',
    'sulfamethoxazole',
    'trimethoprim',
    'aspirin',
    'norethindrone',
    'potassium-chloride',
    'interferon-alfa-2b',
    'fluorouracil',
  ].map((id) => ({ id, name: id.replace('-', ' '), cls: '', rank: 0 })),
  names: [
    { text: 'baclofen', drugs: [0], kind: 'generic', flags: 0 },
    { text: 'insulin', drugs: [1], kind: 'generic', flags: 0 },
    { text: 'insulin glargine', drugs: [2], kind: 'generic', flags: 0 },
    { text: 'HCTZ', drugs: [3], kind: 'abbreviation', flags: 0 },
    { text: 'TMP-SMX', drugs: [4, 5], kind: 'abbreviation', flags: 0 },
    { text: 'ASA', drugs: [6], kind: 'abbreviation', flags: NameFlag.caseSensitive },
    { text: 'Heather', drugs: [7], kind: 'brand', flags: NameFlag.personName },
    { text: 'KCl', drugs: [8], kind: 'abbreviation', flags: NameFlag.caseSensitive },
    { text: 'interferon alfa-2b', drugs: [9], kind: 'generic', flags: 0 },
    { text: '5-FU', drugs: [10], kind: 'abbreviation', flags: NameFlag.caseSensitive },
  ],
  stops: ['insulin resistance', 'fasting insulin'],
};
const matcher = new DrugMatcher(lexicon);
const texts = (s: string, o = {}) => matcher.find(s, o).map((m) => m.text);

describe('DrugMatcher', () => {
  it('prefers the longest name and reports offsets, id and kind', () => {
    const [m] = matcher.find('Start insulin glargine 10 units');
    expect(m).toMatchObject({
      start: 6,
      end: 22,
      text: 'insulin glargine',
      drugId: 'insulin-glargine',
      kind: 'generic',
    });
  });

  it('respects word boundaries, dosing text, case and possessives', () => {
    expect(texts('baclofen10mg PO TID')).toEqual(['baclofen']);
    expect(texts('BACLOFEN 10 MG')).toEqual(['BACLOFEN']);
    expect(texts("baclofen's effect")).toEqual(['baclofen']);
    expect(texts('abaclofen baclofenx')).toEqual([]);
  });

  it('matches multi-word names across hyphens and line breaks', () => {
    expect(texts('on insulin\nglargine')).toEqual(['insulin\nglargine']);
    expect(matcher.find('TMP-SMX DS bid')[0]?.drugIds).toEqual([
      'sulfamethoxazole',
      'trimethoprim',
    ]);
    expect(texts('TMP SMX')).toEqual(['TMP SMX']);
  });

  it('matches case-sensitive abbreviations only in capitals or as written', () => {
    expect(texts('ASA 81 mg daily')).toEqual(['ASA']);
    expect(texts('asa')).toEqual([]);
    expect(texts('KCl 20 mEq and KCL')).toEqual(['KCl', 'KCL']);
    expect(texts('kcl')).toEqual([]);
  });

  it("needs clinical context for names that are also people's names", () => {
    expect(texts('Heather (daughter) will help')).toEqual([]);
    expect(texts('Heather 0.35 mg PO daily')).toEqual(['Heather']);
    expect(texts('Heather', { medicationContext: true })).toEqual(['Heather']);
  });

  it('reads a lab concentration as no dose ("Heather 9.2 mg/dL" is a result, not an order)', () => {
    expect(texts('Heather 9.2 mg/dL; Heather 4.1 mmol/L, Heather 50 mcg/dL')).toEqual([]);
    expect(texts('Heather 40 mEq/L')).toEqual([]);
    // a dose by weight or by day is still a dose
    expect(texts('Heather 0.5 mg/kg; Heather 3 g/day')).toEqual(['Heather', 'Heather']);
  });

  it('handles plurals of a name', () => {
    expect(texts('insulins were adjusted')).toEqual(['insulins']);
  });

  it('joins a word hyphenated across a line break, and nothing else', () => {
    expect(matcher.find('Started baclo-\nfen 10 mg')).toMatchObject([
      { start: 8, end: 18, text: 'baclo-\nfen', drugId: 'baclofen' },
    ]);
    expect(texts('hydro- \r\n  HCTZ? no: bac-\r\n  lofen')).toEqual(['HCTZ', 'bac-\r\n  lofen']);
    // A hyphen without a line break is not a hyphenation; two words are not joined without one.
    expect(texts('baclo-fen, baclo fen, baclo-\n\nfen')).toEqual([]);
    expect(texts('insulin-\nglargine')).toEqual(['insulin-\nglargine']);
  });

  it('goes on where letters meet digits inside a name ("alfa-2b", "5-FU")', () => {
    expect(texts('interferon alfa-2b, interferon alfa 2b, interferon alfa2b; 5-FU/LV')).toEqual([
      'interferon alfa-2b',
      'interferon alfa 2b',
      'interferon alfa2b',
      '5-FU',
    ]);
    // ...but a digit run is no joiner for a word that does not continue the name
    expect(texts('baclofen10mg')).toEqual(['baclofen']);
  });

  it('reads past phrases that are not drugs, and only those', () => {
    expect(texts('insulin resistance; fasting insulin 12; on insulin; insulin glargine')).toEqual([
      'insulin',
      'insulin glargine',
    ]);
  });
});
