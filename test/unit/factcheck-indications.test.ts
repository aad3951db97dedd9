// Fact check, part 1: what the focus note says about the label, against drug–condition
// questions annotated by reading each drug's label indications (test/fixtures/factcheck/
// indications.tsv: the label's own words and which label they come from). "covers" must be
// said, with the label's words; "does not list" must never be said of a covered condition;
// "covers" must never be said of a condition the labels do not name.
import { describe, expect, it } from 'vitest';
import { fixtureRows } from './factcheck-fixture';
import { openIndex } from '../../scripts/cli/node-index';

const index = openIndex();
// what a quoted limit holds ("not", "only", "avoid", "reserve" ...)
// what the note says where no label of the drug is given the way the question names
const ROUTE_NOT_GIVEN =
  /(?:None of the \d+ FDA labels of .+ in the data is|The one FDA label of .+ in the data is not) for [^(]+\((?:their|its) routes?: /;
const NOT_THAT_PRODUCT =
  /(?:None of the \d+ FDA labels of .+ in the data is|The one FDA label of .+ in the data is not) .+ (?:by its name and opening words|as openFDA files (?:it|them)|by openFDA's filing and its name and opening words) \(/;
const QUOTE_LIMITS_OR_NOT =
  /:\s*"[^"]*\b(?:not|no|only|avoid|reserve|limitations?|inadequate|unproven)\b[^"]*"/i;
// (not where the words describe the patients: "in patients for whom surgery and radiotherapy are
// not indicated", "if an anthracycline- or taxane-containing chemotherapy is not indicated")
const QUOTE_LIMITS =
  /\b(?<!\b(?:for whom|if)\s+(?:[\w-]+\s+){0,5})(?:(?:is|are) not (?:indicated|recommended|established)|should not be used|inadequate (?:therapy|treatment)|(?:has|have) no activity|(?:is|are) (?:ineffective|not effective)|limitations? of use)\b/i;
// (typographic apostrophes and hyphens as labels print them: "HIV‑1" with a non-breaking hyphen)
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');

export const rows = fixtureRows('indications.tsv').map(([question, drug, verdict, words]) => {
  return {
    question: question!,
    drug: drug!,
    verdict: verdict as
      'covers' | 'not-covered' | 'unread' | 'broader' | 'population' | 'tested' | 'route' | 'form',
    words: words!,
  };
});

describe('fact check: the label and the question’s condition', () => {
  it('says "covers" with the label’s words, never a false "does not list", never a false "covers"', async () => {
    const wrong: string[] = [];
    let right = 0;
    const silent: string[] = [];
    // (route and form questions where the note could not tell that no label is that product)
    const unsaid: string[] = [];
    let notListed = 0;
    for (const row of rows) {
      const r = await index.lookup(row.question);
      if (!r.ok || r.summary.drug.id !== row.drug) {
        wrong.push(`${row.question}: answered ${r.ok ? r.summary.drug.id : r.error}`);
        continue;
      }
      const { labelIndicationsMention: said, labelQuote } = r.summary.focus;
      if (row.verdict === 'covers') {
        // Covered: the note may stay silent, but never say "does not list"; when it says "covers",
        // its quote must hold the label's words for the condition.
        // A quote that limits rather than states ("... is inadequate therapy", "should not be
        // used") is not the label's indication, whatever words it holds.
        if (
          said === true &&
          labelQuote &&
          norm(labelQuote).includes(norm(row.words)) &&
          !QUOTE_LIMITS.test(labelQuote)
        )
          right++;
        // A limit quoted for a covered condition must quote a limit: the indication itself, shown
        // as "limits its indications where it names ...", is a wrong statement.
        else if (
          said === null &&
          /limits its indications/.test(r.summary.focus.note ?? '') &&
          !QUOTE_LIMITS_OR_NOT.test(r.summary.focus.note ?? '')
        )
          wrong.push(
            `${row.question}: expected covers, said the label limits it: ${r.summary.focus.note}`,
          );
        else if (said === null) silent.push(row.question);
        else
          wrong.push(
            `${row.question}: expected covers ("${row.words}"), said ${String(said)}${labelQuote ? ` quoting "${labelQuote}"` : ''}`,
          );
      } else if (row.verdict === 'route' || row.verdict === 'form') {
        // No label of the drug in the data is given the way the question names ("topical
        // tacrolimus") or is the release or salt it names ("venlafaxine er"): nothing on the
        // indications is true. The note may say so, naming the labels' routes or titles
        // (`words`); where it cannot tell, it is silent, counted with the silences.
        const note = r.summary.focus.note ?? '';
        const says = row.verdict === 'route' ? ROUTE_NOT_GIVEN : NOT_THAT_PRODUCT;
        if (said !== null) wrong.push(`${row.question}: no such label, said ${String(said)}`);
        else if (says.test(note) && note.includes(row.words)) right++;
        else unsaid.push(row.question);
      } else if (
        row.verdict === 'unread' ||
        row.verdict === 'broader' ||
        row.verdict === 'population' ||
        row.verdict === 'tested'
      ) {
        // The label's indications are empty in the data, or name only a broader condition
        // ("genitourinary tract infections" for a urinary tract infection), or name the condition
        // as what a test or an image looks for ("for the diagnosis of adult growth hormone
        // deficiency"): neither "covers" nor "does not list" would be true.
        if (said === null) right++;
        else wrong.push(`${row.question}: ${row.verdict}, said ${String(said)}`);
      } else {
        if (said === true) wrong.push(`${row.question}: false "covers" quoting "${labelQuote}"`);
        else right++;
        if (said === false) notListed++;
      }
    }
    const covers = rows.filter((r) => r.verdict === 'covers').length;
    const products = rows.filter((r) => r.verdict === 'route' || r.verdict === 'form').length;
    const uncovered = rows.filter((r) => r.verdict === 'not-covered').length;
    console.log(
      `fact check, indications: ${rows.length} questions (${covers} covered, ${uncovered} not, ${rows.length - covers - uncovered} where only silence is true: an empty indications section, a broader condition, a population the label does not name beside it, or a route, release or salt no label of the drug is); right ${right} (${((100 * right) / rows.length).toFixed(1)}%), wrong statements ${wrong.length}, silent ${silent.length}; "covers" said with the label's words on ${covers - silent.length} of ${covers} covered (silent on ${silent.join(', ') || 'none'}); "does not list" said on ${notListed} of ${uncovered} uncovered; no label of the route, release or salt asked said on ${products - unsaid.length} of ${products} (not on ${unsaid.join(', ') || 'none'})${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`,
    );
    // Silence is allowed where the vocabulary cannot support a statement, but stays rare.
    expect(silent.length + unsaid.length).toBeLessThanOrEqual(
      Math.floor((covers + products) * 0.1),
    );
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(wrong).toEqual([]);
  }, 60_000);
});
