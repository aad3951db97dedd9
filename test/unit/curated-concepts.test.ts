// The concepts the pipeline adds to the condition vocabulary (pipeline/curated/condition-concepts.tsv)
// come after the sources' own, so those keep their places, and a malformed or repeated id stops the
// build instead of shifting every concept after it.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConditions } from '../../pipeline/build-conditions';
import { PROCEDURES } from '../../src/core/condition-focus';
import { DEFAULT_DATA_DIR } from '../../pipeline/sources';
import { SCHEMA_VERSION } from '../../src/core/index-schema';

const CURATED = join(import.meta.dirname, '..', '..', 'pipeline', 'curated');
const hasData = existsSync(join(DEFAULT_DATA_DIR, 'conditions', 'terms.tsv'));

/** A copy of the curated lists with condition-concepts.tsv's rows changed. */
function curatedWith(change: (rows: string[]) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'rxlens-curated-'));
  cpSync(CURATED, dir, { recursive: true });
  const file = join(dir, 'condition-concepts.tsv');
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  writeFileSync(file, [header, ...change(rows)].join('\n') + '\n');
  return dir;
}

describe.skipIf(!hasData)('curated condition concepts', () => {
  it('come after the sources’ concepts, with their names and terms', () => {
    const built = buildConditions(DEFAULT_DATA_DIR, CURATED, SCHEMA_VERSION);
    const first = built.concepts.findIndex(([id]) => id.startsWith('CURATED:'));
    expect(first).toBeGreaterThan(1000);
    expect(built.concepts.slice(first).every(([id]) => id.startsWith('CURATED:'))).toBe(true);
    const rejection = built.concepts.findIndex(([id]) => id === 'CURATED:transplant-rejection');
    expect(built.concepts[rejection]![1]).toBe('organ transplant rejection');
    const term = built.terms.find(([key]) => key === 'organ rejection');
    expect(term?.[1]).toEqual([rejection]);
  }, 60_000);

  it('hold every procedure the label focus reads only as what a drug is given for', () => {
    // (a renamed concept would leave its procedure read as any other condition)
    const built = buildConditions(DEFAULT_DATA_DIR, CURATED, SCHEMA_VERSION);
    const ids = new Set(built.concepts.map(([id]) => id));
    expect([...PROCEDURES].filter((id) => !ids.has(id))).toEqual([]);
  }, 60_000);

  it('stop the build on an id that is not CURATED:name, or one given twice', () => {
    const bad = curatedWith((rows) => [...rows, 'MESH:D999999\tsomething\twhy']);
    expect(() => buildConditions(DEFAULT_DATA_DIR, bad, SCHEMA_VERSION)).toThrow(
      /condition-concepts\.tsv: each id is CURATED:name, and new/,
    );
    const twice = curatedWith((rows) => [...rows, rows[0]!]);
    expect(() => buildConditions(DEFAULT_DATA_DIR, twice, SCHEMA_VERSION)).toThrow(
      /condition-concepts\.tsv/,
    );
  }, 60_000);
});
