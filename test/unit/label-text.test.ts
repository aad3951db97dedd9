// The pipeline's reading of label section text: an "indications" text that is really the
// directions (as some OTC and homeopathic records carry it) is not kept as the indications; the
// section's heading goes, the text's own words stay.
import { describe, expect, it } from 'vitest';
import { cleanSection, readsAsDirections } from '../../pipeline/label-text';

describe('an indications text that holds the directions', () => {
  it('is recognised by its opening', () => {
    expect(
      readsAsDirections(
        'Directions -detach one suppository from the strip -remove wrapper before inserting into the rectum',
      ),
    ).toBe(true);
    expect(readsAsDirections('Take 15 minutes before meals.')).toBe(true);
    expect(readsAsDirections('Turn tube upside down and rotate cap to release pellets.')).toBe(
      true,
    );
  });

  it('leaves statements of use alone, whatever words follow', () => {
    expect(
      readsAsDirections('Uses temporarily relieves nasal congestion due to the common cold'),
    ).toBe(false);
    expect(readsAsDirections('Essential hypertension, alone or as an adjunct.')).toBe(false);
    expect(
      readsAsDirections(
        'Takhzyro is indicated for prophylaxis to prevent attacks of hereditary angioedema.',
      ),
    ).toBe(false);
  });
});

describe('a section heading', () => {
  it('is removed, but not a brand with a number that opens the first sentence', () => {
    expect(
      cleanSection(
        '1 INDICATIONS AND USAGE EXONDYS 51 is indicated for the treatment of Duchenne muscular dystrophy (DMD).',
      ),
    ).toBe('EXONDYS 51 is indicated for the treatment of Duchenne muscular dystrophy (DMD).');
    expect(
      cleanSection('4 CONTRAINDICATIONS AMONDYS 45 is contraindicated in patients with ...'),
    ).toMatch(/^AMONDYS 45 is contraindicated/);
    expect(
      cleanSection(
        '1 INDICATIONS AND USAGE HYPERTENSION Captopril tablets are indicated for the treatment of hypertension.',
      ),
    ).toBe('Captopril tablets are indicated for the treatment of hypertension.');
  });
});
