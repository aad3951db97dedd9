// Which DrugBank names the lexicon takes (pipeline/drugbank.ts): names a clinician writes in
// English, not code names, chemical names or other languages' forms.
import { describe, expect, it } from 'vitest';
import { AmbiguityRules } from '../../pipeline/ambiguity';
import {
  isForeignFormOf,
  isWrittenDrug,
  plainNames,
  spellingKey,
  writtenNames,
} from '../../pipeline/drugbank';

const rules = new AmbiguityRules(['uracil']);
const row = (name: string, synonyms: string[]) => ({ id: 'DB0', name, unii: 'X', synonyms });

describe('DrugBank names', () => {
  it('drops code names, chemical names, long names, accents, capitals-only abbreviations and ordinary words', () => {
    const r = row('Acetaminophen', [
      '4-(Acetylamino)phenol',
      'Acétaminophène',
      'APAP',
      'N-acetyl-p-aminophenol',
      'Paracetamol',
      'Paracetamolum',
      'LY2963016',
      'ELGN-2112',
      'Tylenol',
      'Water',
    ]);
    expect(plainNames(r, rules)).toEqual(['Acetaminophen', 'Paracetamol', 'Tylenol']);
  });

  it("tells other languages' forms from English spellings", () => {
    expect(isForeignFormOf('alteplasa', 'alteplase')).toBe(true);
    expect(isForeignFormOf('amoxicilline', 'amoxicillin')).toBe(true);
    expect(isForeignFormOf('lisinoprilum', 'lisinopril')).toBe(true);
    expect(isForeignFormOf('insulina glargina', 'insulin glargine')).toBe(true);
    expect(isForeignFormOf('amoxycillin', 'amoxicillin')).toBe(false);
    expect(isForeignFormOf('salbutamol', 'albuterol')).toBe(false);
    expect(isForeignFormOf('gliclazide', 'gliclazida')).toBe(false);
    expect(spellingKey('Sulphasalazine')).toBe(spellingKey('sulfasalazine'));
    expect(spellingKey('Oestradiol')).toBe(spellingKey('estradiol'));
  });

  it("keeps DrugBank's own name, spellings of the drug's names and names trials give as arms", () => {
    const r = row('Mesalazine', ['Mesalamine', 'Fisalamine', 'Mesalazina', 'Rowasa']);
    const plain = plainNames(r, rules);
    expect(writtenNames(r, plain, ['mesalamine'], new Set())).toEqual(['Mesalazine', 'Mesalamine']);
    expect(writtenNames(r, plain, ['mesalamine'], new Set(['fisalamine']))).toEqual([
      'Mesalazine',
      'Mesalamine',
      'Fisalamine',
    ]);
  });

  it('adds a drug that is not in the index only when a trial gives it and its name is no English word', () => {
    const arms = new Set(['gliclazide', 'scallop', 'uracil']);
    expect(isWrittenDrug('Gliclazide', rules, arms, ['Gliclazide'])).toBe(true);
    expect(isWrittenDrug('Semaxanib', rules, arms, ['Semaxanib'])).toBe(false); // no trial in the data
    expect(isWrittenDrug('Scallop', rules, arms, ['Scallop'])).toBe(false); // a food
    expect(isWrittenDrug('Uracil', rules, arms, ['Uracil'])).toBe(false); // curated context-only
  });
});
