// What names a condition's form apart from it: a tumour's receptor status before the cancer and an
// infection's organism, each read in the question and looked for in the label's words.
import { describe, expect, it } from 'vitest';
import { organismForm, organismsNamed } from '../../src/core/infection-organism';
import { statusForms, statusNamed } from '../../src/core/tumour-status';

describe('a tumour’s receptor status', () => {
  it('is read before or beside the cancer, several at once', () => {
    expect(statusNamed('hr positive her 2 negative metastatic breast cancer')).toEqual({
      status: 'hr positive her 2 negative',
      rest: 'metastatic breast cancer',
    });
    expect(statusNamed('er pr positive breast cancer')?.status).toBe('er pr positive');
    // (not without a cancer: "hr positive" alone names nothing)
    expect(statusNamed('hr positive')).toBeNull();
    expect(statusNamed('breast cancer')).toBeNull();
  });

  it('is found in the words labels use, a positive one never for a negative question', () => {
    const [er] = statusForms('er positive');
    expect(er!.test('hormone receptor (HR)-positive, human epidermal')).toBe(true);
    expect(er!.test('early stage estrogen receptor- positive breast cancer')).toBe(true);
    expect(er!.test('estrogen-receptor positive or unknown tumors')).toBe(true);
    // (a progesterone receptor label holds patients an estrogen receptor question may not mean)
    expect(er!.test('progesterone receptor positive')).toBe(false);
    expect(er!.test('Patients with ER-negative disease')).toBe(false);
    const [negative] = statusForms('hormone receptor negative');
    expect(negative!.test('node negative (ER/PR negative or with one high risk feature)')).toBe(
      true,
    );
    expect(negative!.test('hormone receptor-positive or hormone receptor unknown')).toBe(false);
    const [, her2] = statusForms('hr positive her 2 negative');
    expect(her2!.test('human epidermal growth factor receptor 2 (HER2)-negative')).toBe(true);
    expect(her2!.test('HER2-positive')).toBe(false);
  });
});

describe('an infection’s organism', () => {
  const organisms = new Set(['e coli', 'klebsiella', 'staphylococcus aureus']);

  it('is read before the infection, as an abbreviation of resistance or an organism’s name', () => {
    expect(organismsNamed('mrsa pneumonia', organisms)).toEqual([
      { organism: 'mrsa', rest: 'pneumonia' },
    ]);
    expect(organismsNamed('e coli uti', organisms)).toEqual([{ organism: 'e coli', rest: 'uti' }]);
    expect(organismsNamed('staphylococcus aureus bacteremia', organisms)[0]?.organism).toBe(
      'staphylococcus aureus',
    );
    // (a species of a genus it knows, whole or with the genus cut to its initial; longest first,
    // the infection read in what is left)
    expect(organismsNamed('klebsiella pneumoniae uti', organisms)).toEqual([
      { organism: 'klebsiella pneumoniae', rest: 'uti' },
      { organism: 'klebsiella', rest: 'pneumoniae uti' },
    ]);
    expect(organismsNamed('k pneumoniae uti', organisms)[0]?.organism).toBe('k pneumoniae');
    expect(organismForm('k pneumoniae').test('caused by Klebsiella pneumoniae')).toBe(true);
    // (an organism alone names no infection to weigh)
    expect(organismsNamed('klebsiella', organisms)).toEqual([]);
    expect(organismsNamed('community acquired pneumonia', organisms)).toEqual([]);
  });

  it('is found in the words labels use, not where they name only susceptible isolates', () => {
    const mrsa = organismForm('mrsa');
    expect(
      mrsa.test('Staphylococcus aureus (methicillin-susceptible and -resistant isolates)'),
    ).toBe(true);
    expect(mrsa.test('including methicillin-resistant [MRSA] and methicillin-susceptible')).toBe(
      true,
    );
    expect(mrsa.test('Staphylococcus aureus (methicillin-susceptible isolates only)')).toBe(false);
    const vre = organismForm('vre');
    expect(vre.test('Vancomycin-resistant Enterococcus faecium infections')).toBe(true);
    expect(vre.test('Enterococcus faecalis (vancomycin-susceptible isolates)')).toBe(false);
    const coli = organismForm('e coli');
    expect(coli.test('due to susceptible strains of Escherichia coli')).toBe(true);
    expect(coli.test('caused by E. coli, P. mirabilis')).toBe(true);
    expect(coli.test('Klebsiella pneumoniae')).toBe(false);
  });
});

describe('a hepatitis C genotype beside the infection', () => {
  it('is read apart from the infection, and found in a list or a range', async () => {
    const { genotypeNamed, genotypeForm } = await import('../../src/core/virus-genotype');
    expect(genotypeNamed('hepatitis c genotype 3')).toEqual({ genotype: '3', rest: 'hepatitis c' });
    expect(genotypeNamed('hcv gt 1a')?.genotype).toBe('1a');
    expect(genotypeNamed('genotype 3')).toBeNull();
    const three = genotypeForm('3');
    expect(three.test('genotype 1, 2, 3, 4, 5, or 6 infection')).toBe(true);
    expect(three.test('genotypes 1-6')).toBe(true);
    expect(three.test('genotype 1 or 4 infection')).toBe(false);
    // (a subtype is covered by its genotype named whole, not the other way round)
    expect(genotypeForm('1a').test('genotype 1 or 4')).toBe(true);
    expect(genotypeForm('1').test('genotype 1a or 3 infection')).toBe(false);
  });
});
