// The pairwise interaction table, against pairs annotated by reading the label text
// (test/fixtures/interactions/pairs.tsv), and the pieces that build it.
import { readFileSync } from 'node:fs';
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
