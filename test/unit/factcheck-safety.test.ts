// Fact check, part 6: where the label warns of the asked condition. A question about harm ("is
// enalapril safe in diabetes", "propranolol asthma") gets the first place the bundled boxed
// warning, contraindications, warnings or most common adverse reactions name the condition.
// Each row lists, from reading those sections, where they name it (section=words, any of them
// right) or "none" where they were read whole and name it nowhere: a mention there is a false
// statement. Silence is always allowed (the bundled sections are often cut short).
import { describe, expect, it } from 'vitest';
import { fixtureRows } from './factcheck-fixture';
import { openIndex } from '../../scripts/cli/node-index';

const index = openIndex();
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const rows = fixtureRows('label-safety.tsv').map(([question, drug, named]) => ({
  question: question!,
  drug: drug!,
  named:
    named === 'none'
      ? []
      : named!.split('|').map((x) => {
          const [section, words] = x.split('=');
          return { section: section!, words: words! };
        }),
}));

describe('fact check: where the label warns of the asked condition', () => {
  it('quotes a section that names the condition, and names none the label does not', async () => {
    const wrong: string[] = [];
    const silent: string[] = [];
    for (const row of rows) {
      const r = await index.lookup(row.question);
      if (!r.ok || r.summary.drug.id !== row.drug) {
        wrong.push(`${row.question}: answered ${r.ok ? r.summary.drug.id : r.error}`);
        continue;
      }
      const said = r.summary.focus.labelSafety;
      if (!said) {
        if (row.named.length) silent.push(row.question);
        continue;
      }
      const right = row.named.some(
        (n) => n.section === said.section && norm(said.quote).includes(norm(n.words)),
      );
      // and the note says it, in the words the field holds
      if (!right || !r.summary.focus.note?.includes(said.quote))
        wrong.push(`${row.question}: said the ${said.section} name it: "${said.quote}"`);
    }
    const named = rows.filter((r) => r.named.length).length;
    console.log(
      `fact check, label warnings: ${rows.length} questions about harm (${named} where the bundled sections name the condition, ${rows.length - named} where they were read whole and do not); mentions quoted on ${named - silent.length} of ${named} (silent on ${silent.join(', ') || 'none'}), wrong ${wrong.length}${wrong.map((w) => `\n  wrong: ${w}`).join('')}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(wrong).toEqual([]);
  }, 60_000);

  it('quotes, for two drugs asked together, a section of one label that names the other', async () => {
    // Each row lists where the raw label text of either drug names the other or a class holding
    // it (label=section); the note may name any of them, or say nothing (it never claims none).
    const pairs = fixtureRows('interaction-notes.tsv') as [string, string][];
    const wrong: string[] = [];
    let quoted = 0;
    for (const [question, named] of pairs) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      const f = r.summary.focus.labelInteraction?.finding;
      if (!f) continue;
      quoted++;
      if (!named.split('|').includes(`${f.labelOf}=${f.section}`))
        wrong.push(`${question}: said the ${f.labelOf} label's ${f.section}`);
    }
    console.log(
      `fact check, two drugs together: ${pairs.length} pairs, quoted ${quoted}, wrong ${wrong.length}${wrong.map((w) => `\n  wrong: ${w}`).join('')}`,
    );
    expect(wrong).toEqual([]);
  });

  it("quotes, for pregnancy, breastfeeding, children or older adults, the label's own section", async () => {
    // Each row: where the raw label speaks of it — its pregnancy (8.1) or lactation (8.2, nursing
    // mothers) section from the risk summary on, with the words the quote starts with; or a
    // warnings section naming it ("warnings and precautions|none": the bundled warnings may be
    // cut before it); or "none". A section quoted that the row does not list is a wrong statement.
    const rows = fixtureRows('population.tsv') as [string, string, string, string][];
    const wrong: string[] = [];
    let quoted = 0;
    for (const [question, drug, sections, start] of rows) {
      const r = await index.lookup(question);
      if (!r.ok || r.summary.drug.id !== drug) {
        wrong.push(`${question}: answered ${r.ok ? r.summary.drug.id : r.error}`);
        continue;
      }
      const asked = /breast|nursing|lactat/i.test(question)
        ? 'lactation'
        : /pregnan/i.test(question)
          ? 'pregnancy'
          : /elderly|older/i.test(question)
            ? 'geriatricUse'
            : 'pediatricUse';
      const population = r.summary.focus.labelPopulation;
      if (population?.asked !== asked) {
        wrong.push(`${question}: read as ${population?.asked ?? 'no population'}`);
        continue;
      }
      const f = population.finding;
      if (f) quoted++;
      const said = f?.section ?? 'none';
      if (!sections.split('|').includes(said)) wrong.push(`${question}: said ${said}`);
      else if (f && start && !norm(f.quote).startsWith(norm(start)))
        wrong.push(`${question}: quoted "${f.quote.slice(0, 60)}"`);
      else if (
        f &&
        !/^(?:pregnancy|lactation|pediatric use|geriatric use)$/.test(f.section) &&
        !/pregnan|breast-?feed|nursing|lactat|milk|pediatric|child|infant|adolescent|elderly|geriatric|older/i.test(
          f.quote,
        )
      )
        wrong.push(`${question}: quoted "${f.quote.slice(0, 60)}", which names neither`);
    }
    console.log(
      `fact check, pregnancy, breastfeeding, children, older adults: ${rows.length} questions, quoted ${quoted}, wrong ${wrong.length}${wrong.map((w) => `\n  wrong: ${w}`).join('')}`,
    );
    expect(wrong).toEqual([]);
  });
});
