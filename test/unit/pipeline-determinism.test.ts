// `npm run data` twice gives byte-identical files, equal to the committed index.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../pipeline/main';
import { DEFAULT_DATA_DIR } from '../../pipeline/sources';

const hasData = existsSync(join(DEFAULT_DATA_DIR, 'labels', 'labels.jsonl.gz'));

describe.skipIf(!hasData)('pipeline', () => {
  it('is reproducible and matches the committed index', () => {
    const a = mkdtempSync(join(tmpdir(), 'rxlens-a-'));
    buildIndex(DEFAULT_DATA_DIR, a);
    const meta = readFileSync(join(a, 'meta.json'), 'utf8');
    expect(meta).toBe(
      readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', 'meta.json'), 'utf8'),
    );
    expect(JSON.parse(meta).checksum).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);
});
