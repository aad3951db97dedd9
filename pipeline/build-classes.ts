// Each drug's classes, with where the membership comes from: its labels' EPC classes, or a
// study that lists the drug under a class phrase ("3 skeletal muscle relaxants: baclofen, ...").
import { join } from 'node:path';
import type { DrugMatcher } from '../src/core/drug-matcher';
import { normalizeName, slugify } from '../src/core/normalize';
import type { StudyDraft } from './build-research';
import { CLASS_PHRASES } from './class-phrases';
import type { RawLabel } from './label-types';
import { readTsv } from './sources';

/** "<class phrase>: a, b and c", "(a, b)", "such as a", "including a": built once, not per study. */
const LIST_PATTERNS = CLASS_PHRASES.map((phrase) => ({
  phrase,
  listPattern: new RegExp(
    `(?:${phrase.pattern.source})\\s*(?::|\\(|,? such as|,? including)\\s*([^.;)]{3,160})`,
    'gi',
  ),
}));

export interface ClassMembership {
  /** EPC class names, most labels first */
  epc: string[];
  /** class phrase keys with their source */
  phrases: Map<string, string>;
}

export function buildClasses(
  dataDir: string,
  labels: RawLabel[],
  labelIngredients: Map<string, string[]>,
  studies: StudyDraft[],
  matcher: DrugMatcher,
  baseId: (substance: string) => string,
): Map<string, ClassMembership> {
  const epcCounts = new Map<string, Map<string, number>>();
  const addEpc = (id: string, cls: string, n: number) => {
    const m = epcCounts.get(id) ?? new Map<string, number>();
    m.set(cls, (m.get(cls) ?? 0) + n);
    epcCounts.set(id, m);
  };
  for (const row of readTsv(join(dataDir, 'lexicon', 'drug-classes.tsv'))) {
    if (row.class_type === '_epc')
      addEpc(baseId(normalizeName(row.substance!)), row.class!, Number(row.label_count) || 1);
  }
  for (const label of labels) {
    const ids = labelIngredients.get(label.set_id) ?? [];
    if (ids.length === 1)
      for (const cls of label.openfda.pharm_class_epc ?? []) addEpc(ids[0]!, cls, 1);
  }
  const out = new Map<string, ClassMembership>();
  const get = (id: string) => {
    let m = out.get(id);
    if (!m) {
      m = { epc: [], phrases: new Map() };
      out.set(id, m);
    }
    return m;
  };
  for (const [id, counts] of [...epcCounts].sort(([a], [b]) => a.localeCompare(b))) {
    const m = get(id);
    m.epc = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
    for (const phrase of CLASS_PHRASES) {
      const hit = m.epc.find((c) => phrase.epc.includes(c));
      if (hit) m.phrases.set(phrase.key, `FDA label class "${hit}"`);
    }
  }
  // "... ibuprofen plus 1 of 3 skeletal muscle relaxants: baclofen, metaxalone, and tizanidine."
  for (const s of studies) {
    for (const { phrase, listPattern } of LIST_PATTERNS) {
      for (const m of s.abstract.matchAll(listPattern)) {
        for (const found of matcher.find(m[1]!)) {
          for (const id of found.drugIds) {
            const member = get(id);
            if (!member.phrases.has(phrase.key)) {
              member.phrases.set(
                phrase.key,
                `listed as one of the ${phrase.label} in ${s.pmid ? `PMID ${s.pmid}` : s.id}`,
              );
            }
          }
        }
      }
    }
  }
  return out;
}

export const classDisplayName = (epc: string) => epc.replace(/\s*\[EPC\]$/, '');
export { slugify };
