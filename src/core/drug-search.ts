// Search over every name (generic, brand, synonym, salt, abbreviation): exact and prefix
// hits first, then fuzzy (fuse.js on an index built at pipeline time) for misspellings.
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Lexicon, NameKind } from './lexicon-types';
import { normalizeName } from './normalize';

export interface SearchRecord {
  /** normalized name */
  t: string;
}

export interface SearchIndexFile {
  keys: string[];
  records: SearchRecord[];
  index: unknown;
}

export interface SearchResult {
  drugId: string;
  name: string;
  /** the name that matched, as written */
  matched: string;
  kind: NameKind;
  cls: string;
  /** 0 is a perfect match, 1 no match */
  score: number;
}

export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: ['t'],
  includeScore: true,
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
  shouldSort: true,
};

/** Built by the pipeline; records follow the lexicon's name order. */
export function buildSearchIndex(lexicon: Lexicon): SearchIndexFile {
  const records = lexicon.names.map((n) => ({ t: normalizeName(n.text) }));
  return { keys: ['t'], records, index: Fuse.createIndex(['t'], records).toJSON() };
}

const KIND_WEIGHT: Record<NameKind, number> = {
  generic: 0,
  brand: 0.01,
  abbreviation: 0.01,
  synonym: 0.02,
  salt: 0.03,
};

export class DrugSearch {
  private readonly fuse: Fuse<SearchRecord>;
  private readonly exact = new Map<string, number[]>();
  private readonly sorted: { t: string; i: number }[];

  constructor(
    private readonly lexicon: Lexicon,
    indexFile?: SearchIndexFile,
  ) {
    const records = indexFile?.records ?? lexicon.names.map((n) => ({ t: normalizeName(n.text) }));
    if (records.length !== lexicon.names.length)
      throw new Error('search-index.json does not match lexicon.json');
    const index = indexFile
      ? Fuse.parseIndex<SearchRecord>(indexFile.index as Parameters<typeof Fuse.parseIndex>[0])
      : undefined;
    this.fuse = new Fuse(records, FUSE_OPTIONS, index as FuseIndex<SearchRecord> | undefined);
    records.forEach((r, i) => this.exact.set(r.t, [...(this.exact.get(r.t) ?? []), i]));
    this.sorted = records
      .map((r, i) => ({ t: r.t, i }))
      .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  }

  search(query: string, limit = 10): SearchResult[] {
    const q = normalizeName(query);
    if (!q) return [];
    const best = new Map<number, { nameIndex: number; score: number }>();
    const consider = (nameIndex: number, score: number) => {
      const name = this.lexicon.names[nameIndex]!;
      const s = score + KIND_WEIGHT[name.kind];
      for (const d of name.drugs.slice(0, 1)) {
        const prev = best.get(d);
        if (!prev || s < prev.score) best.set(d, { nameIndex, score: s });
      }
    };
    for (const i of this.exact.get(q) ?? []) consider(i, 0);
    for (const { i, t } of this.prefixed(q, 50))
      consider(i, 0.05 + Math.min(0.1, (t.length - q.length) / 200));
    if (best.size < limit) {
      for (const r of this.fuse.search(q, { limit: limit * 3 }))
        consider(r.refIndex, 0.15 + (r.score ?? 1));
    }
    return [...best]
      .map(([d, { nameIndex, score }]) => {
        const drug = this.lexicon.drugs[d]!;
        // Among near-equal matches, the commonly prescribed drug first.
        const popularity = drug.rank ? 0.002 * (1 - drug.rank / 300) : 0;
        const name = this.lexicon.names[nameIndex]!;
        return {
          drugId: drug.id,
          name: drug.name,
          matched: name.text,
          kind: name.kind,
          cls: drug.cls,
          score: Math.max(0, Math.min(1, score - popularity)),
        };
      })
      .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((r) => ({ ...r, score: Math.round(r.score * 1000) / 1000 }));
  }

  /** Names that start with the query, shortest first. */
  private prefixed(q: string, max: number): { t: string; i: number }[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.t < q) lo = mid + 1;
      else hi = mid;
    }
    const out: { t: string; i: number }[] = [];
    for (
      let j = lo;
      j < this.sorted.length && out.length < max && this.sorted[j]!.t.startsWith(q);
      j++
    ) {
      if (this.sorted[j]!.t !== q) out.push(this.sorted[j]!);
    }
    return out.sort((a, b) => a.t.length - b.t.length);
  }
}
