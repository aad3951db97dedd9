// Fact check, part 3: the studies quoted under a drug. Annotated picks (test/fixtures/
// factcheck/research-picks.tsv: is the record about humans, is the drug an arm or the subject,
// is the quote a result or conclusion), and checks over every study in the index: no animal
// study, no quote from background, objectives, methods or a protocol.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRows } from './factcheck-fixture';
import type { DrugEntry } from '../../src/core/index-schema';
import { DATA_DIR } from '../../scripts/cli/node-index';

const entries = readdirSync(join(DATA_DIR, 'drugs')).map(
  (f) => JSON.parse(readFileSync(join(DATA_DIR, 'drugs', f), 'utf8')) as DrugEntry,
);
const byId = new Map(entries.map((e) => [e.id, e]));

const picks = fixtureRows('research-picks.tsv').map(
  ([drug, study, human, arm, result, start, note]) => {
    return {
      drug: drug!,
      study: study!,
      human: human === '1',
      arm: arm === '1',
      result: result!,
      start: start ?? '',
      note: note ?? '',
    };
  },
);

// Written for this test, apart from the pipeline's own filter: words that make a record about animals.
const ANIMAL_WORDS =
  /\b(?:dogs?|canine|cats|feline|rats?|mice|murine|rabbits?|porcine|piglets?|swine|bovine|cattle|calves|equine|horses|sheep|goats|monkeys|macaques|zebrafish|veterinary|broiler)\b/i;
// Sentences that set a study up rather than report it.
const SETUP =
  /^(?:background|objectives?|aims?|methods?|design|purpose)\b|^(?:we aimed|the aim of|this study (?:aims|was designed)|participants who consent|patients will be|the objective)/i;

describe('fact check: research quoted under a drug', () => {
  it('annotated picks: human studies, the drug an arm or the subject, quotes that are results', () => {
    let shown = 0;
    let armOk = 0;
    const wrong: string[] = [];
    // Arms a later rule stopped linking, each acknowledged in its note: a loss, not a false link.
    const lost: string[] = [];
    for (const p of picks) {
      const study = byId.get(p.drug)?.research.find((s) => s.id === p.study);
      // (an animal study, or a link annotated as no arm, rightly leaves the list)
      if (!study) {
        if (!p.human || !p.arm) continue;
        if (p.note.includes('no longer shown:')) lost.push(`${p.drug}: ${p.study}`);
        else wrong.push(`${p.drug}: ${p.study} is no longer shown (re-check the annotation)`);
        continue;
      }
      shown++;
      if (p.arm) armOk++;
      else
        wrong.push(
          `${p.drug}: ${p.study} is shown but the drug is not an arm or the subject (${p.note})`,
        );
      if (!p.human) wrong.push(`${p.drug}: ${p.study} is not about humans`);
      if (study.finding.slice(0, 60) !== p.start)
        wrong.push(`${p.drug}: ${p.study} quotes other words now: re-read and re-annotate`);
      else if (p.result === '0') wrong.push(`${p.drug}: ${p.study} quotes background or methods`);
    }
    const share = armOk / shown;
    console.log(
      `fact check, research picks: ${picks.length} annotated study-drug pairs, ${shown} shown; drug an arm or the subject in ${armOk} of ${shown} (${(100 * share).toFixed(1)}%); arms no longer linked ${lost.length}${lost.length ? ` (${lost.join(', ')})` : ''}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`,
    );
    expect(picks.length).toBeGreaterThanOrEqual(50);
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(wrong.filter((w) => !w.includes('not an arm'))).toEqual([]);
  });

  it('every study in the index: no animal study, every quote from results or conclusions', () => {
    const animal: string[] = [];
    const setup: string[] = [];
    let studies = 0;
    let withoutResults = 0;
    for (const e of entries)
      for (const s of e.research) {
        studies++;
        if (ANIMAL_WORDS.test(s.title)) animal.push(`${e.id}: ${s.title}`);
        if (s.findingSource === 'none') {
          withoutResults++;
          if (s.finding) setup.push(`${e.id}: ${s.id} has a quote but no source`);
          continue;
        }
        if (!['conclusion', 'results', 'annotated evidence'].includes(s.findingSource))
          setup.push(`${e.id}: ${s.id} quotes ${s.findingSource}`);
        if (SETUP.test(s.finding.trim()))
          setup.push(`${e.id}: ${s.id} quotes "${s.finding.slice(0, 80)}"`);
      }
    console.log(
      `fact check, research: ${studies} study-drug quotes checked; animal studies ${animal.length}; quotes from background, objectives or methods ${setup.length}; records shown by title only (results not in the data) ${withoutResults}`,
    );
    expect(animal).toEqual([]);
    expect(setup).toEqual([]);
    // The gabapentin case of issue #14: a veterinary trial first in the list.
    expect(byId.get('gabapentin')!.research.some((s) => /\bdogs\b/i.test(s.title))).toBe(false);
  });
});
