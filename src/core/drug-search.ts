// Search over every name (generic, brand, synonym, salt, abbreviation): exact and prefix
// hits first, then fuzzy for misspellings. The fuzzy tier shortlists names that share
// letter trigrams with the query and lets fuse.js score only that shortlist: scoring all
// 7,000+ names with Fuse costs ~10 ms a keystroke, the shortlist well under 1 ms, and
// Fuse's location-aware default scoring ranks "baclophen" → baclofen better than
// location-blind scoring over everything did (bench/run.ts measures both).
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Lexicon, NameKind } from './lexicon-types';
import { normalizeName } from './normalize';

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

/** Fuse's defaults (location 0, distance 100) favour names that start like the query. */
export const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  threshold: 0.5,
  minMatchCharLength: 2,
};

/** How many trigram-similar names Fuse scores. */
const SHORTLIST = 60;
/** Weight of Fuse's score against trigram overlap in the fuzzy tier (tuned on bench/queries.ts, checked on other seeds). */
const W = 0.6;

const KIND_WEIGHT: Record<NameKind, number> = {
  generic: 0,
  brand: 0.01,
  abbreviation: 0.01,
  synonym: 0.02,
  salt: 0.03,
};

/** Letter trigrams of a normalized name, padded so that first and last letters count. */
export function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

export class DrugSearch {
  private readonly normalized: string[];
  private readonly exact = new Map<string, number[]>();
  private readonly sorted: { t: string; i: number }[];
  private readonly postings = new Map<string, number[]>();
  private readonly gramCounts: Uint16Array;
  private readonly shared: Uint16Array;

  constructor(private readonly lexicon: Lexicon) {
    this.normalized = lexicon.names.map((n) => normalizeName(n.text));
    this.gramCounts = new Uint16Array(this.normalized.length);
    this.shared = new Uint16Array(this.normalized.length);
    this.normalized.forEach((t, i) => {
      this.exact.set(t, [...(this.exact.get(t) ?? []), i]);
      const grams = trigrams(t);
      this.gramCounts[i] = grams.length;
      for (const g of grams) {
        const list = this.postings.get(g);
        if (list) list.push(i);
        else this.postings.set(g, [i]);
      }
    });
    this.sorted = this.normalized
      .map((t, i) => ({ t, i }))
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
    const shortlist = this.shortlist(q);
    const fuse = new Fuse(
      shortlist.map(({ i }) => this.normalized[i]!),
      FUSE_OPTIONS,
    );
    // Fuse's score alone ties too often on short names; the trigram overlap breaks ties
    // towards the name with the same letters ("celxea" → Celexa, not celecoxib).
    for (const r of fuse.search(q, { limit: limit * 3 })) {
      const { i, dice } = shortlist[r.refIndex]!;
      consider(i, 0.15 + W * (r.score ?? 1) + (1 - W) * (1 - dice));
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

  /** Names most similar to the query by shared trigrams (Dice coefficient), best first. */
  private shortlist(q: string): { i: number; dice: number }[] {
    const grams = trigrams(q);
    const touched: number[] = [];
    for (const g of grams) {
      for (const i of this.postings.get(g) ?? []) {
        if (this.shared[i] === 0) touched.push(i);
        this.shared[i] = this.shared[i]! + 1;
      }
    }
    const scored = touched.map((i) => ({
      i,
      dice: (2 * this.shared[i]!) / (grams.length + this.gramCounts[i]!),
    }));
    for (const i of touched) this.shared[i] = 0;
    scored.sort((a, b) => b.dice - a.dice || a.i - b.i);
    return scored.slice(0, SHORTLIST);
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

/** A fuzzy result worse than this is a guess, not an answer. */
export const ANSWER_MAX_SCORE = 0.5;

/**
 * Whether the best search result answers the query or only suggests: an exact name; a
 * misspelling of the name it matched ("baclophen", "trazadone": a few letters apart for the
 * length); or the start of one name only, with at most two words more ("ceftaroline" for
 * ceftaroline fosamil, "albumin" for Albuminex, "plan b" for Plan B One-Step). Not a name that
 * only starts alike ("saline" is no Salinocaine, "chemo" no Chemet), nor the start of several
 * drugs' names ("potassium": potassium iodide, potassium acetate ...). The others are offered as
 * nearest names.
 */
export function answersQuery(query: string, results: SearchResult[]): boolean {
  const best = results[0]!;
  if (best.score > ANSWER_MAX_SCORE) return false;
  if (best.score <= 0.01) return true;
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const q = words(query);
  const squeezed = q.replace(/ /g, '');
  if (
    editDistance(squeezed, words(best.matched).replace(/ /g, '')) <=
    Math.max(1, Math.floor(squeezed.length / 4))
  )
    return true;
  const startsWith = (r: SearchResult) => words(r.matched).startsWith(q);
  const rest = words(best.matched).slice(q.length).trim();
  return (
    q.length >= 5 &&
    startsWith(best) &&
    rest.split(' ').length <= 2 &&
    results.every((r) => r.drugId === best.drugId || !startsWith(r))
  );
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}
