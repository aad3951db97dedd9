// The pipeline's reading of a label sentence that states another product's indication, with the
// bundled lexicon: the one such sentence in the staged labels, and the label's own wordings beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherProductSentences } from '../../pipeline/other-product';
import { DrugMatcher } from '../../src/core/drug-matcher';
import { lexiconFromFile } from '../../src/core/lexicon-file';

const matcher = new DrugMatcher(
  lexiconFromFile(
    JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/lexicon.json'), 'utf8')),
  ),
);
const lidocaine = { ingredients: ['lidocaine'], names: ['LIDOCAINE HYDROCHLORIDE'] };

describe('sentences about another product in a label’s indications', () => {
  it('finds a product named by other drugs and a form', () => {
    const foreign =
      '1.1 Hypertension Amlodipine and benazepril hydrochloride capsules are indicated for the treatment of hypertension in patients not adequately controlled on monotherapy with either agent.';
    const text = `Lidocaine hydrochloride injection, USP is indicated in adult and pediatric patients for the production of local or regional anesthesia. ${foreign}`;
    expect(otherProductSentences(text, lidocaine, matcher)).toEqual([foreign]);
  });

  it('leaves the label’s own product, named by its generic, salt or brand, alone', () => {
    const own = [
      'Lidocaine hydrochloride injection, USP is indicated for the production of local or regional anesthesia.',
      'XYLOCAINE injection is indicated for the production of local or regional anesthesia.',
    ].join(' ');
    expect(
      otherProductSentences(
        own,
        { ingredients: ['lidocaine'], names: ['LIDOCAINE HYDROCHLORIDE', 'XYLOCAINE'] },
        matcher,
      ),
    ).toEqual([]);
    // the same amlodipine sentence in amlodipine/benazepril's own label
    expect(
      otherProductSentences(
        'Amlodipine and benazepril hydrochloride capsules are indicated for the treatment of hypertension.',
        {
          ingredients: ['amlodipine', 'benazepril'],
          names: ['AMLODIPINE AND BENAZEPRIL HYDROCHLORIDE'],
        },
        matcher,
      ),
    ).toEqual([]);
  });
});
