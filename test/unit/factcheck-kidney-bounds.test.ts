// Fact check, part 8: a kidney function value against the label's bound. A question that names a
// creatinine clearance or an eGFR beside its condition ("nitrofurantoin for uti with crcl of 40")
// gets the bound the label's indications, boxed warning or contraindications set on the same
// measure, and on which side of it the value falls. Each row lists, from reading those sections,
// each bound's number and the side the value falls on ("within 60; outside 30"), or "none" where
// no bound on that measure is set (a creatinine clearance is no eGFR; a tumour's EGFR no kidney
// measure). A statement about a bound not listed, or on the wrong side, is wrong; silence is allowed.
import { describe, expect, it } from 'vitest';
import { fixtureRows } from './factcheck-fixture';
import { openIndex } from '../../scripts/cli/node-index';

const index = openIndex();
const rows = fixtureRows('kidney-bounds.tsv').map(([question, drug, bounds]) => {
  const sides = new Map<number, string>();
  if (bounds !== 'none')
    for (const b of bounds!.split(';')) {
      const [side, n] = b.trim().split(' ');
      sides.set(Number(n), side!);
    }
  return { question: question!, drug: drug!, sides };
});
const STATEMENT = /name[s]? "([^"]+)": the question's .+? falls (within|outside) it\./g;

describe('fact check: a kidney function value against the label’s bound', () => {
  it('states only annotated bounds, each on the side the value falls', async () => {
    const wrong: string[] = [];
    let said = 0;
    for (const row of rows) {
      const r = await index.lookup(row.question);
      if (!r.ok || r.summary.drug.id !== row.drug) {
        wrong.push(`${row.question}: answered ${r.ok ? r.summary.drug.id : r.error}`);
        continue;
      }
      const statements = [...(r.summary.focus.note ?? '').matchAll(STATEMENT)];
      if (statements.length) said++;
      for (const [, words, side] of statements) {
        const bound = Number(/\d+(?:\.\d+)?/.exec(words!)?.[0]);
        const annotated = row.sides.get(bound);
        if (annotated !== side)
          wrong.push(
            `${row.question}: said "${words}" ${side}, annotated ${annotated ?? 'no such bound'}`,
          );
      }
    }
    const bounded = rows.filter((r) => r.sides.size).length;
    console.log(
      `fact check, kidney bounds: ${rows.length} questions (${bounded} with a bound); a bound stated on ${said}; wrong ${wrong.length}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`,
    );
    expect(wrong).toEqual([]);
    expect(said).toBeGreaterThanOrEqual(Math.ceil(bounded / 2));
  }, 60_000);
});
