// A route or form the question names beside the drug ("topical tacrolimus", "timolol eye drops"):
// read from the question's words, matched against the labels' routes, and told in the note.
import { describe, expect, it } from 'vitest';
import { routeAsked, routesNamed, sentenceRoutes, tellsWayApart } from '../../src/core/route-asked';
import { openIndex } from '../../scripts/cli/node-index';
import { focusOf } from './lookup-focus';

const index = openIndex();

describe('the route a question names', () => {
  it.each([
    [['topical'], ['topical', 'cutaneous', 'transdermal']],
    [['eye', 'drops'], ['ophthalmic']],
    [['iv'], ['intravenous']],
    [['po'], ['oral']],
    [
      ['sublingual', 'tablets'],
      ['sublingual', 'buccal'],
    ],
    [['nasal', 'spray'], ['nasal']],
    [['iud'], ['intrauterine']],
    [['depot'], ['intramuscular', 'subcutaneous']],
    [
      ['auto', 'injector'],
      ['intramuscular', 'subcutaneous'],
    ],
    [['hfa'], ['respiratory (inhalation)']],
    [['troche'], ['oral', 'buccal', 'oropharyngeal']],
    [['syrup'], ['oral']],
  ])('%j is given by %j', (words, routes) => {
    expect(routeAsked(words)?.routes).toEqual(routes);
  });

  it('reads none from two ways that disagree, or from a site that is no route', () => {
    expect(routeAsked(['oral', 'iv'])).toBeNull();
    expect(routeAsked(['eye'])).toBeNull();
  });

  it('is read beside the drug only, never inside the condition', async () => {
    const parsed = async (q: string) => (await focusOf(index, q)).note ?? '';
    // ("oral" is the thrush's, "nasal" the congestion's: nothing said of a route)
    expect(await parsed('nystatin for oral thrush')).not.toMatch(/is (?:not )?for use/);
    expect(await parsed('pseudoephedrine for nasal congestion')).not.toMatch(/is (?:not )?for use/);
    // (after a dose, as a chart's line writes it)
    expect(await parsed('acetaminophen 1000 mg iv for fever')).toMatch(
      /None of the \d+ FDA labels of acetaminophen in the data is for intravenous use \(their routes: oral\)/,
    );
  });
});

describe('the routes a label or its sentence names', () => {
  it('takes how a text says it is administered before the form it names', () => {
    expect(
      routesNamed('The parenteral form of vancomycin hydrochloride may be administered orally'),
    ).toEqual(['oral']);
    expect(routesNamed('Budesonide Inhalation Suspension (budesonide), oral')).toEqual([
      'respiratory (inhalation)',
    ]);
    // (a site is no form: "buccal mucosa" among head and neck cancers; nor a heading's
    // "Ophthalmic diseases"; nor "when oral therapy is not feasible")
    expect(routesNamed('Head and neck (including mouth, tongue, buccal mucosa)')).toEqual([]);
    expect(routesNamed('Ophthalmic diseases: uveitis')).toEqual([]);
    expect(routesNamed('When oral therapy is not feasible')).toEqual([]);
  });

  it('reads a sentence as the form the last "... is indicated" before it names', () => {
    const text =
      'WEGOVY injection is indicated: • to reduce weight • for the treatment of MASH. WEGOVY tablets are indicated: • to reduce weight';
    const at = text.indexOf('MASH');
    expect(sentenceRoutes(text, at, 'for the treatment of MASH.', '')).toContain('subcutaneous');
    expect(sentenceRoutes(text, text.lastIndexOf('reduce'), 'to reduce weight', '')).toEqual([
      'oral',
    ]);
  });

  it('tells a way apart only where the words name it', () => {
    const iv = routeAsked(['iv'])!;
    // ("Ceftriaxone for injection": intramuscular and intravenous alike)
    expect(tellsWayApart(routesNamed('for injection'), ['intramuscular', 'intravenous'], iv)).toBe(
      false,
    );
    expect(
      tellsWayApart(routesNamed('for intravenous use'), ['intramuscular', 'intravenous'], iv),
    ).toBe(true);
    expect(tellsWayApart([], ['intravenous', 'subcutaneous'], iv)).toBe(false);
  });
});

describe('a question that names a route, over the bundled labels', () => {
  const focus = (q: string) => focusOf(index, q);

  it('is answered only by the labels given that way', async () => {
    // (the capsules' organ rejection is no answer for topical tacrolimus)
    const topical = await focus('topical tacrolimus for kidney transplant');
    expect(topical.labelIndicationsMention).toBeNull();
    expect(topical.note).toMatch(
      /None of the 2 FDA labels of tacrolimus in the data is for use on the skin \(their routes: oral\)/,
    );
    // (the lotion's head lice is no answer for the tablets, nor the tablets' for the lotion)
    const oral = await focus('oral ivermectin for head lice');
    expect(oral.labelIndicationsMention).toBe(false);
    expect(oral.note).toMatch(/The FDA label \(Ivermectin, oral\) does not list head lice/);
    expect((await focus('ivermectin lotion for head lice')).labelIndicationsMention).toBe(true);
    expect((await focus('topical ivermectin for strongyloidiasis')).labelIndicationsMention).toBe(
      false,
    );
    // (a label openFDA files as oral whose title says inhalation)
    expect((await focus('inhaled budesonide for asthma')).labelIndicationsMention).toBe(true);
    expect((await focus('nasal budesonide for asthma')).labelIndicationsMention).toBe(false);
  });

  it('reads a label given several ways by the sentence about each', async () => {
    // (WEGOVY's tablets are for weight, its injection for MASH too)
    const obesity = await focus('oral semaglutide for obesity');
    expect(obesity.labelIndicationsMention).toBe(true);
    expect(obesity.labelQuote).toMatch(/^WEGOVY tablets are indicated/);
    expect((await focus('oral semaglutide for nash')).labelIndicationsMention).toBeNull();
    // (vancomycin's injection is given by mouth for C. difficile, not into a vein)
    expect((await focus('iv vancomycin for c diff')).labelIndicationsMention).toBeNull();
    expect((await focus('oral vancomycin for c diff')).labelIndicationsMention).toBe(true);
    // (a label that does not say which way each use takes is quoted with that caveat)
    expect((await focus('iv ceftriaxone for gonorrhea')).note).toMatch(
      /That label is for intramuscular and intravenous use, and its indications do not say which way each use is given\./,
    );
  });

  it('leaves a question with no route as it was', async () => {
    const plain = await focus('tacrolimus for kidney transplant');
    expect(plain.labelIndicationsMention).toBe(true);
    expect(plain.note).not.toMatch(/is for use|routes?:/);
  });
});
