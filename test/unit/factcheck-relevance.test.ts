// Fact check, part 4: which guideline statements and studies the focus note calls "about" the
// asked condition ("3 studies about depression shown first"). Annotated by reading each item's
// words, with the tags hidden (test/fixtures/factcheck/condition-relevance.tsv): an item tagged
// about a condition it is not about is a wrong statement; one left untagged is a miss, reported.
import { describe, expect, it } from 'vitest';
import { fixtureRows } from './factcheck-fixture';
import { openIndex } from '../../scripts/cli/node-index';
import type { EvidenceSummary } from '../../src/core/evidence-types';

const index = openIndex();
const rows = fixtureRows('condition-relevance.tsv').map(([question, kind, item, about, note]) => {
  return {
    question: question!,
    kind: kind!,
    item: item!,
    about: about === '1',
    note: note ?? '',
  };
});

/** The item's tag in the question's summary, found by the key the fixture names it with. */
function tagOf(summary: EvidenceSummary, kind: string, key: string): boolean | undefined {
  // (a guideline key may end in " @ " and the start of the guideline's first condition, where two
  // guidelines share a statement's words)
  const [start, scope = ''] = key.split(' @ ');
  if (kind === 'guideline')
    return summary.guidelines.items.find(
      (g) =>
        g.text.replace(/\s+/g, ' ').startsWith(start!) && (g.conditions[0] ?? '').startsWith(scope),
    )?.aboutCondition;
  return summary.research.groups
    .flatMap((g) => g.items)
    .find((s) => (s.pmid ? `pmid:${s.pmid}` : s.title.slice(0, 60)) === key)?.aboutCondition;
}

describe('fact check: statements and studies called about the asked condition', () => {
  it('no item is called about a condition it is not about', async () => {
    const wrong: string[] = [];
    const missed: string[] = [];
    const gone: string[] = [];
    let tagged = 0;
    for (const row of rows) {
      const result = await index.lookup(row.question);
      if (!result.ok) throw new Error(`${row.question}: ${result.error}`);
      const tag = tagOf(result.summary, row.kind, row.item);
      // (an item annotated not about it may leave the list: isoniazid's "INH A-21" review did)
      if (tag === undefined) {
        if (row.about) gone.push(`${row.question}: ${row.kind} "${row.item}" is no longer shown`);
      } else if (tag) {
        tagged++;
        if (!row.about) wrong.push(`${row.question}: ${row.kind} "${row.item}" (${row.note})`);
      } else if (row.about) missed.push(`${row.question}: ${row.kind} "${row.item}"`);
    }
    const annotated = rows.filter((r) => r.about).length;
    console.log(
      `fact check, about the condition: ${rows.length} question-item pairs (${annotated} about the condition by annotation); called about ${tagged}, wrongly ${wrong.length}; missed ${missed.length}${[...wrong.map((w) => `\n  wrong: ${w}`), ...missed.map((m) => `\n  missed: ${m}`)].join('')}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(gone).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
