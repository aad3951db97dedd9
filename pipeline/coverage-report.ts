// The coverage report that `npm run data` prints and writes to docs/COVERAGE.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DrugMatcher } from '../src/core/drug-matcher';
import { DrugSearch } from '../src/core/drug-search';
import type { DrugEntry, MetaFile } from '../src/core/index-schema';
import type { Lexicon } from '../src/core/lexicon-types';

interface Input {
  entries: DrugEntry[];
  lexicon: Lexicon;
  matcher: DrugMatcher;
  topDrugs: { rank: number; drug: string; ids: string[] }[];
  meta: MetaFile;
  outDir: string;
  warnings: string[];
  studyIds: Set<string>;
  /** why each drug is in the index, and where each name comes from */
  drugSources: Map<string, Set<string>>;
  nameSources: Map<string, string>;
}

export function coverageReport(input: Input): string {
  const { entries, lexicon, matcher, topDrugs, meta, outDir } = input;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const search = new DrugSearch(lexicon);
  const lines: string[] = [
    '# Index coverage',
    '',
    `Built from the data staged ${meta.buildDate}; schema version ${meta.schemaVersion}; checksum ${meta.checksum.slice(0, 16)}.`,
    '',
  ];

  // Top 300: found by detection and by search, and labeled where the data has a label.
  const notDetected: string[] = [];
  const notSearched: string[] = [];
  const singleWithoutLabel: string[] = [];
  let single = 0;
  let singleLabeled = 0;
  for (const top of topDrugs) {
    for (const [i, part] of top.drug.split(';').entries()) {
      const id = top.ids[i]!;
      const text = `Medications: ${part.trim()} 10 mg PO daily`;
      if (!matcher.find(text).some((m) => m.drugIds.includes(id))) notDetected.push(part.trim());
      if (search.search(part.trim(), 1)[0]?.drugId !== id) notSearched.push(part.trim());
    }
    if (top.ids.length === 1) {
      single++;
      if (byId.get(top.ids[0]!)?.label) singleLabeled++;
      else singleWithoutLabel.push(top.drug);
    }
  }
  lines.push('## Top 300 most-prescribed drugs', '');
  lines.push(
    `- Every component has an entry: ${topDrugs.every((t) => t.ids.every((id) => byId.has(id))) ? 'yes' : 'NO'}`,
  );
  lines.push(
    `- Detected on a medication line: ${notDetected.length ? `all but ${notDetected.join(', ')}` : 'all'}`,
  );
  lines.push(
    `- Search finds it first: ${notSearched.length ? `all but ${notSearched.join(', ')}` : 'all'}`,
  );
  lines.push(
    `- Single-ingredient drugs with a label section: ${singleLabeled} of ${single} (${pct(singleLabeled, single)})`,
  );
  lines.push(`- Without a label in the data: ${singleWithoutLabel.join(', ') || 'none'}`, '');

  // Citations: every study and guideline cited must exist in the data read.
  let citations = 0;
  const unresolved: string[] = [];
  for (const e of entries) {
    for (const s of e.research) {
      citations++;
      if (!input.studyIds.has(s.id)) unresolved.push(`${e.id}: ${s.id}`);
    }
    citations += e.guidelines.length + (e.label ? 1 : 0);
  }
  // Where the vocabulary comes from: a drug counts under each source that names it.
  lines.push('## Vocabulary by source', '');
  const drugCounts = new Map<string, number>();
  for (const sources of input.drugSources.values())
    for (const s of sources) drugCounts.set(s, (drugCounts.get(s) ?? 0) + 1);
  const only = (source: string) =>
    [...input.drugSources.values()].filter((s) => s.size === 1 && s.has(source)).length;
  for (const [s, n] of [...drugCounts].sort((a, b) => b[1] - a[1]))
    lines.push(`- Drugs named by ${s}: ${n} (only there: ${only(s)})`);
  const nameCounts = new Map<string, number>();
  for (const s of input.nameSources.values()) {
    const key = s.replace(/ (?:[A-Z]{0,2}\d.*|[0-9a-f-]{36})$/i, '').trim();
    nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
  }
  for (const [s, n] of [...nameCounts].sort((a, b) => b[1] - a[1]))
    lines.push(`- Names from ${s}: ${n}`);
  lines.push('');

  lines.push('## Sections', '');
  lines.push(`- Drugs: ${entries.length}; names: ${lexicon.names.length}`);
  lines.push(`- With an FDA label section: ${entries.filter((e) => e.label).length}`);
  lines.push(
    `- With research: ${entries.filter((e) => e.research.length).length}; with guideline statements: ${entries.filter((e) => e.guidelines.length).length}`,
  );
  lines.push(
    `- Top-300 drugs with research: ${countTop(topDrugs, byId, (e) => e.research.length > 0)}; with guideline statements: ${countTop(topDrugs, byId, (e) => e.guidelines.length > 0)}`,
  );
  lines.push(
    `- Citations: ${citations}; unresolved: ${unresolved.length ? unresolved.join(', ') : 'none'}`,
    '',
  );

  // Size of what the extension bundles.
  const files = listAll(outDir);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const sizeOf = (name: string) => statSync(join(outDir, name)).size;
  lines.push('## Size', '');
  lines.push(`- Whole index: ${kb(raw)} raw, ${kb(gz)} gzipped, ${files.length} files`);
  lines.push(`- lexicon.json (content script and search): ${kb(sizeOf('lexicon.json'))}`);
  lines.push(
    `- Largest drug shard: ${kb(Math.max(...files.filter((f) => f.includes('/drugs/')).map((f) => statSync(f).size)))}`,
    '',
  );

  if (input.warnings.length)
    lines.push('## Warnings', '', ...input.warnings.map((w) => `- ${w}`), '');
  return lines.join('\n');
}

function countTop(
  top: Input['topDrugs'],
  byId: Map<string, DrugEntry>,
  pred: (e: DrugEntry) => boolean,
): string {
  const ids = [...new Set(top.flatMap((t) => t.ids))];
  const n = ids.filter((id) => byId.has(id) && pred(byId.get(id)!)).length;
  return `${n} of ${ids.length}`;
}

function listAll(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listAll(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const kb = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`;
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
