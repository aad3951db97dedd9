// The pairwise interaction table, against pairs annotated by reading the label text
// (test/fixtures/interactions/pairs.tsv), and the pieces that build it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex } from '../../scripts/cli/node-index';
import { severityOf, units } from '../../pipeline/build-interactions';

const index = openIndex();

const annotated = readFileSync(
  join(import.meta.dirname, '../fixtures/interactions/pairs.tsv'),
  'utf8',
)
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('a\t'))
  .map((l) => {
    const [a, b, expected] = l.split('\t');
    return { a: a!, b: b!, expected: expected === '1' };
  });

describe('accuracy on annotated pairs', () => {
  it('has precision ≥ 0.9 and recall ≥ 0.95', async () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const { a, b, expected } of annotated) {
      const found = (await index.interactions([a, b])).pairs.length > 0;
      if (found && expected) tp++;
      else if (found) {
        fp++;
        wrong.push(`false positive ${a}+${b}`);
      } else if (expected) {
        fn++;
        wrong.push(`missed ${a}+${b}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `interactions: ${annotated.length} annotated pairs, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${wrong.length ? ` (${wrong.join('; ')})` : ''}`,
    );
    expect(annotated.filter((p) => p.expected).length).toBeGreaterThanOrEqual(20);
    expect(annotated.filter((p) => !p.expected).length).toBeGreaterThanOrEqual(15);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['ciprofloxacin', 'tizanidine', 'contraindicated'],
    ['sertraline', 'phenelzine', 'contraindicated'],
    ['nitroglycerin', 'sildenafil', 'contraindicated'],
    ['clopidogrel', 'omeprazole', 'avoid'],
  ])('%s + %s is %s, as the label words it', async (a, b, severity) => {
    const [pair] = (await index.interactions([a, b])).pairs;
    expect(pair?.severity).toBe(severity);
    expect(pair?.findings[0]?.citation.setId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('does not extend to a class what a label says of the members it names', async () => {
    // gemfibrozil: "(A) HMG-CoA Reductase Inhibitors: ... gemfibrozil with simvastatin is
    // contraindicated" (atorvastatin's own label: "not recommended")
    const [statin] = (await index.interactions(['atorvastatin', 'gemfibrozil'])).pairs;
    expect(statin?.severity).toBe('avoid');
    const [simva] = (await index.interactions(['simvastatin', 'gemfibrozil'])).pairs;
    expect(simva?.severity).toBe('contraindicated');
    // fosamprenavir: "Anticoagulant: Warfarin Concentrations of warfarin may be affected."
    expect((await index.interactions(['fosamprenavir', 'apixaban'])).pairs).toEqual([]);
    expect((await index.interactions(['fosamprenavir', 'warfarin'])).pairs.length).toBe(1);
    // "concurrent verapamil, a calcium-channel blocker" is about verapamil
    expect((await index.interactions(['erythromycin-lactobionate', 'amlodipine'])).pairs).toEqual(
      [],
    );
    expect(
      (await index.interactions(['erythromycin-lactobionate', 'verapamil'])).pairs.length,
    ).toBe(1);
    // but examples stand for their class, and "(or other macrolides)" is the class
    expect((await index.interactions(['rifabutin', 'erythromycin'])).pairs.length).toBe(1);
  });

  it('shows a boxed warning and the class the label names, with the membership source', async () => {
    const [pair] = (await index.interactions(['oxycodone', 'baclofen'])).pairs;
    expect(pair?.boxed).toBe(true);
    const byClass = pair!.findings.find((f) => f.via.kind === 'class');
    expect(byClass?.via).toMatchObject({ kind: 'class' });
    if (byClass?.via.kind === 'class') expect(byClass.via.membership).not.toBe('');
    // Every quoted sentence is from oxycodone's label, which names CNS depressants or muscle relaxants.
    for (const f of pair!.findings) {
      expect(f.labelOf).toBe('oxycodone');
      expect(f.text).toMatch(/CNS depressant|central nervous system|muscle relaxant/i);
    }
  });

  it('orders a page of drugs most serious first and says what was checked', async () => {
    const r = await index.interactions(['metformin', 'sertraline', 'phenelzine', 'atorvastatin']);
    expect(r.pairsChecked).toBe(6);
    expect(r.pairs[0]).toMatchObject({
      a: 'sertraline',
      b: 'phenelzine',
      severity: 'contraindicated',
    });
    expect(r.withoutLabel).toEqual([]);
  });

  it('reads only the other side when a drug has no label, and says so', async () => {
    const r = await index.interactions(['lisinopril', 'potassium-chloride']);
    expect(r.withoutLabel).toEqual(['lisinopril']);
  });

  it('reads a group as itself and as each of its members, and names the members', async () => {
    // levothyroxine's label names "calcium carbonate" among phosphate binders, not "calcium"
    const r = await index.interactions(['levothyroxine', 'calcium']);
    expect(r.withoutLabel).toEqual([]);
    expect(r.pairs[0]?.findings.map((f) => f.other)).toContain('calcium-carbonate');
    expect(r.memberNames['calcium-carbonate']).toBe('calcium carbonate');
  });

  it('refuses ids that are not in the index', async () => {
    await expect(index.interactions(['warfarin', 'not-a-drug'])).rejects.toThrow(/not-a-drug/);
  });
});

describe('reading label text', () => {
  it('words severity the way the label does', () => {
    expect(severityOf('Concomitant use with X is contraindicated.', 'interactions')).toBe(
      'contraindicated',
    );
    expect(severityOf('Avoid concomitant use of X.', 'warnings')).toBe('avoid');
    expect(severityOf('Monitor INR when starting X.', 'interactions')).toBe('monitor');
    expect(severityOf('X increases exposure to Y.', 'interactions')).toBe('noted');
    expect(severityOf('Use of X', 'contraindications')).toBe('contraindicated');
  });

  it('keeps each row of a flattened interaction table together', async () => {
    const matcher = await index.getMatcher();
    const text =
      'Table 1 lists interactions. MAOIs Clinical Impact: Risk of serotonin syndrome. Intervention: Do not use together. Examples: selegiline, phenelzine Warfarin Clinical Impact: Bleeding risk rises. Intervention: Monitor INR. Examples: warfarin';
    const rows = units(text, matcher);
    expect(rows).toContain(
      'MAOIs Clinical Impact: Risk of serotonin syndrome. Intervention: Do not use together. Examples: selegiline, phenelzine',
    );
    expect(rows.at(-1)).toBe(
      'Warfarin Clinical Impact: Bleeding risk rises. Intervention: Monitor INR. Examples: warfarin',
    );
  });
});

describe('what a quote shows', () => {
  it('names the other drug in every quote that pairs two drugs by name', async () => {
    // A long sentence was once cut around its first mention only: warfarin's "Table 2 ...
    // amiodarone, capecitabine, ..." paired ritonavir with a quote that did not name it.
    const matcher = await index.getMatcher();
    const dir = join(import.meta.dirname, '../../public/data/interactions');
    let pairs = 0;
    const unnamed: string[] = [];
    for (const file of readdirSync(dir).sort()) {
      const row = await index.getInteractionRow(file.replace(/\.json$/, ''));
      if (!row?.label) continue;
      for (const [other, list] of Object.entries(row.pairs))
        for (const [statement, via] of list) {
          if (via !== 'drug') continue;
          pairs++;
          const text = row.statements[statement]!.text;
          const named = matcher
            .find(text, { medicationContext: true })
            .some((m) => m.drugIds.includes(other));
          if (!named) unnamed.push(`${row.id} -> ${other}: ${text.slice(0, 80)}`);
        }
    }
    expect(pairs).toBeGreaterThan(10_000);
    expect(unnamed).toEqual([]);
  });

  it('takes a mineral for a drug only where the label gives it as something taken', async () => {
    const pairsOf = async (id: string) => Object.keys((await index.getInteractionRow(id))!.pairs);
    // "antacids containing aluminum, calcium, or magnesium, and iron-containing preparations"
    expect(await pairsOf('tetracycline')).toEqual(
      expect.arrayContaining(['calcium', 'magnesium', 'iron']),
    );
    // "Rigorous attempts to correct potassium, magnesium and calcium", "serum electrolytes
    // (including potassium, calcium ...)", "the inward movement of calcium ions"
    for (const id of ['voriconazole', 'haloperidol', 'verapamil'])
      expect(await pairsOf(id), id).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(?:calcium|magnesium|potassium)$/)]),
      );
    // a calcium salt's label naming calcium speaks of itself
    expect(await pairsOf('calcium-gluconate')).not.toContain('calcium');
  });

  it("reads the body's own substances and the classes named after them as no drug", async () => {
    const pairsOf = async (id: string) => Object.keys((await index.getInteractionRow(id))!.pairs);
    // "serotonin syndrome ... selective serotonin reuptake inhibitors (SSRIs) or serotonin
    // norepinephrine reuptake inhibitors (SNRIs)": no serotonin, no norepinephrine
    const almotriptan = await pairsOf('almotriptan');
    expect(almotriptan).not.toContain('serotonin');
    expect(almotriptan).not.toContain('norepinephrine');
    // "angiotensin II receptor antagonists" are not angiotensin II (Giapreza)
    expect(await pairsOf('losartan')).not.toContain('angiotensin-ii');
    // "may antagonize the effects of levodopa and dopamine agonists": levodopa, not dopamine
    const olanzapine = await pairsOf('olanzapine');
    expect(olanzapine).toContain('levodopa');
    expect(olanzapine).not.toContain('dopamine');
  });
});
