// A release or salt the question names beside the drug ("tacrolimus er", "metoprolol tartrate"):
// read from the question's words, matched against each label's title and opening words.
import { describe, expect, it } from 'vitest';
import { amountsIn, formAsked, formOf, type FormAsked } from '../../src/core/product-form';
import { openIndex } from '../../scripts/cli/node-index';
import { focusOf } from './lookup-focus';

const index = openIndex();
// (a label by its title and the opening words of its indications)
const of = (title: string, text: string, asked: FormAsked) => formOf({ title, text }, asked);

describe('the release or salt a question names', () => {
  it('reads a release code or its words, and a salt the drug name does not hold', () => {
    expect(formAsked(['tacrolimus', 'er'], 'tacrolimus')?.release).toBe('er');
    expect(formAsked(['nifedipine', 'immediate', 'release'], 'nifedipine')?.release).toBe('ir');
    expect(formAsked(['metoprolol', 'tartrate'], 'metoprolol')?.salt).toBe('tartrate');
    // ("potassium chloride" is the drug, not a potassium salt of it)
    expect(formAsked(['potassium', 'chloride'], 'potassium chloride')).toBeNull();
    // (nor is "citrate" in "ferric citrate" a salt of tetraferric tricitrate decahydrate)
    expect(formAsked(['ferric', 'citrate', 'er'], 'tetraferric tricitrate decahydrate')?.salt).toBe(
      undefined,
    );
    // (over the counter, or by prescription)
    expect(formAsked(['otc', 'famotidine'], 'famotidine')?.otc).toBe(true);
    expect(formAsked(['over', 'the', 'counter', 'famotidine'], 'famotidine')?.otc).toBe(true);
    expect(formAsked(['prescription', 'ibuprofen'], 'ibuprofen')?.otc).toBe(false);
    // (two releases that disagree name none)
    expect(formAsked(['ir', 'er'], 'morphine')).toBeNull();
  });

  it('tells a label by its title and opening words, and says "unknown" where it cannot', () => {
    const er = formAsked(['er'], 'x')!;
    const ir = formAsked(['ir'], 'x')!;
    const sr = formAsked(['sr'], 'x')!;
    expect(of('Tacrolimus, oral', 'Tacrolimus capsules are indicated ...', er)).toBe('no');
    expect(of('Tacrolimus, oral', 'Tacrolimus extended-release capsules is ...', er)).toBe('yes');
    // ("including immediate-release opioids" in an extended-release label is another's)
    expect(
      of(
        'Tramadol, oral',
        'Tramadol hydrochloride extended-release tablets ... including immediate-release opioids.',
        ir,
      ),
    ).toBe('unknown');
    // (an extended release with no code may be the SR asked, or not)
    expect(of('Bupropion Hydrobromide, oral', 'Extended-Release Tablets are ...', sr)).toBe(
      'unknown',
    );
    expect(of('buPropion Hydrochloride XL, oral', 'tablets (XL) are ...', sr)).toBe('no');
    // (a creatinine's "Cr" or a retinopathy's "(DR)" is no release)
    const dr = formAsked(['dr'], 'x')!;
    expect(of('Ranibizumab', 'Diabetic Retinopathy (DR) ...', dr)).toBe('yes');
    expect(of('Ranibizumab', 'diabetic retinopathy (dr) ...', dr)).toBe('no');
  });
});

describe('the amounts a label or a question names', () => {
  it('reads a strength or dose, not an amount per weight, area or volume', () => {
    expect(amountsIn('Tablets: 5-mg film-coated; 1,000 mg and 850mg')).toEqual([
      '1000 mg',
      '5 mg',
      '850 mg',
    ]);
    expect(amountsIn('10 mg/kg, 100 units/mL, 5 mg per kg, serum Cr 1.5 mg/dL')).toEqual([]);
    expect(formAsked(['finasteride', '1', 'mg'], 'finasteride')?.amount).toBe('1 mg');
  });
});

describe('a question that names a release or salt, over the bundled labels', () => {
  const focus = (q: string) => focusOf(index, q);

  it('is answered only by the labels that are that product', async () => {
    // (heart failure is the succinate's: the tartrate labels do not cover it)
    expect((await focus('metoprolol tartrate for heart failure')).labelIndicationsMention).not.toBe(
      true,
    );
    const tartrate = await focus('metoprolol tartrate for hypertension');
    expect(tartrate.labelQuote).toMatch(/^Metoprolol tartrate tablets/);
    // (the extended-release capsules are for kidney transplants only)
    expect((await focus('tacrolimus er for liver transplant')).labelIndicationsMention).not.toBe(
      true,
    );
    expect((await focus('tacrolimus er for kidney transplant')).labelQuote).toMatch(
      /^Tacrolimus extended-release capsules/,
    );
    // ("XR" read as any extended release where no label of the drug names a code)
    expect((await focus('tofacitinib xr for rheumatoid arthritis')).labelQuote).toMatch(
      /^Tofacitinib extended-release tablets/,
    );
  });

  it('keeps a "covers" to the labels that name the strength asked, where some do and some not', async () => {
    // (the 1 mg tablets are for hair loss, the 5 mg tablets for BPH)
    expect((await focus('finasteride 1 mg for bph')).labelIndicationsMention).toBeNull();
    expect((await focus('finasteride 1 mg for hair loss')).labelQuote).toMatch(/hair loss/);
    // (the 120 mg product is for skeletal-related events, not osteoporosis)
    expect((await focus('denosumab 120 mg for osteoporosis')).labelIndicationsMention).toBeNull();
    expect((await focus('denosumab 60 mg for osteoporosis')).labelIndicationsMention).toBe(true);
  });

  it('reads over the counter or by prescription as openFDA files the labels', async () => {
    const otc = await focus('otc famotidine for duodenal ulcer');
    expect(otc.labelIndicationsMention).toBeNull();
    expect(otc.note).toMatch(
      /^The one FDA label of famotidine in the data is not an over-the-counter product as openFDA files it \(Famotidine, oral\)/,
    );
    expect(
      (await focus('otc ibuprofen for patent ductus arteriosus')).labelIndicationsMention,
    ).toBe(false);
    expect((await focus('prescription ibuprofen for patent ductus arteriosus')).labelQuote).toMatch(
      /^Ibuprofen Lysine/,
    );
  });

  it('says where no label of the drug is that product', async () => {
    const ir = await focus('nifedipine immediate release for hypertension');
    expect(ir.labelIndicationsMention).toBeNull();
    expect(ir.note).toMatch(
      /^The one FDA label of nifedipine in the data is not an immediate-release form by its name and opening words \(Nifedipine, oral\)/,
    );
  });
});

describe("a product's own nonproprietary name, over the bundled labels", () => {
  const note = async (q: string) => (await focusOf(index, q)).note ?? '';

  it("answers from that product's label first, as a brand is", async () => {
    // (a biosimilar's suffix: JUBEREQ is denosumab-desu, for skeletal-related events)
    expect(await note('denosumab-desu for osteoporosis')).toMatch(
      /^denosumab-desu's own label \(JUBEREQ \(denosumab-desu\), subcutaneous\) does not list osteoporosis among its indications; another FDA label of denosumab in the data \(Stoboclo/,
    );
    expect(await note('trastuzumab-dkst for gastric cancer')).toMatch(
      /^trastuzumab-dkst's own FDA label in the data \(OGIVRI \(trastuzumab-dkst\), intravenous\) includes it/,
    );
    // (a prefix: ZALTRAP is ziv-aflibercept, for colorectal cancer, not the eye's aflibercept)
    expect(await note('ziv-aflibercept for macular degeneration')).toMatch(
      /^ziv-aflibercept's own label \(ZALTRAP \(ziv-aflibercept\), intravenous\) does not list/,
    );
    // (nab-paclitaxel: no protein-bound paclitaxel label is in the data)
    expect(await note('nab-paclitaxel for pancreatic cancer')).toMatch(
      /^No FDA label of paclitaxel in the data names nab-paclitaxel in its title, so nothing here says what its label lists/,
    );
  });
});
