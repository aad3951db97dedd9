// Fact check, part 5: which drug a query is answered with. Queries written before the code ran
// on them (test/fixtures/factcheck/lookups.tsv): brands, misspellings, salts, classes of drugs,
// kinds of drug the data lists no members of, conditions a drug causes, products of several
// ingredients, words that only look like a name. A summary of the wrong drug is a wrong answer
// however true its statements are of that drug.
import { describe, expect, it } from 'vitest';
import { fixtureRows } from './factcheck-fixture';
import { openIndex } from '../../scripts/cli/node-index';

const index = openIndex();
const rows = fixtureRows('lookups.tsv').map(([query, expected]) => ({
  query: query!,
  expected: expected!,
}));

describe('fact check: the drug a query is answered with', () => {
  it('answers each query with the drug, class or refusal annotated', async () => {
    const wrong: string[] = [];
    for (const { query, expected } of rows) {
      const r = await index.lookup(query);
      const got = r.ok
        ? r.summary.drug.id
        : r.classOf
          ? 'class'
          : /lists no members/.test(r.error)
            ? 'unlisted'
            : /is about a condition that involves/.test(r.error)
              ? 'condition'
              : 'none';
      if (got !== expected) wrong.push(`${query}: expected ${expected}, answered ${got}`);
    }
    console.log(
      `fact check, lookups: ${rows.length} queries, answered as annotated ${rows.length - wrong.length}${wrong.map((w) => `\n  wrong: ${w}`).join('')}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(wrong).toEqual([]);
  });
});
