// The annotated sets the fact checks read (test/fixtures/factcheck): tab-separated, a header first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixture's rows, its header left off, each split into its tab-separated fields. */
export function fixtureRows(name: string): string[][] {
  return readFileSync(join(import.meta.dirname, '../fixtures/factcheck', name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
}
