// 1,000 realistic popup queries with their expected drug, built deterministically from the
// lexicon: exact generic names, prefixes as typed, misspellings, brands and abbreviations.
// The expected answer is the lexicon's own mapping, so accuracy is checked, not assumed.
import type { Lexicon } from '../src/core/lexicon-types';

export type QueryKind = 'exact' | 'prefix' | 'misspelled' | 'brand' | 'abbreviation';

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  /** drug ids that count as a correct answer */
  expected: string[];
}

/** Small seeded PRNG (mulberry32) so that the query set is identical from run to run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Typing errors clinicians make: sound-alike spellings, a doubled or dropped letter, a swap.
const SOUND_ALIKE: [RegExp, string][] = [
  [/ph/, 'f'],
  [/f/, 'ph'],
  [/y/, 'i'],
  [/z/, 's'],
  [/x/, 'ks'],
  [/c(?=[aou])/, 'k'],
  [/ine$/, 'in'],
  [/ol$/, 'ole'],
  [/ide$/, 'id'],
  [/e(?=r)/, 'i'],
];

export function misspell(word: string, random: () => number): string {
  const choice = Math.floor(random() * 4);
  if (choice === 0) {
    for (const [from, to] of SOUND_ALIKE) if (from.test(word)) return word.replace(from, to);
  }
  const at = 2 + Math.floor(random() * Math.max(1, word.length - 3));
  if (choice === 1) return word.slice(0, at) + word.slice(at + 1); // dropped letter
  if (choice === 2) return word.slice(0, at) + word[at] + word.slice(at); // doubled letter
  return word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2); // swap
}

function pick<T>(items: T[], n: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

export function buildQueries(lexicon: Lexicon, count = 1000, seed = 7): BenchQuery[] {
  const random = rng(seed);
  const ids = (drugs: number[]) => drugs.map((d) => lexicon.drugs[d]!.id);
  // A name is a fair test only if it means one thing: skip names shared by several drugs.
  const owners = new Map<string, Set<number>>();
  for (const n of lexicon.names) {
    const key = n.text.toLowerCase();
    const set = owners.get(key) ?? new Set();
    n.drugs.forEach((d) => set.add(d));
    owners.set(key, set);
  }
  const single = lexicon.names.filter(
    (n) => n.drugs.length === 1 && owners.get(n.text.toLowerCase())!.size === 1,
  );
  const popular = (n: (typeof single)[number]) => lexicon.drugs[n.drugs[0]!]!.rank > 0;
  const generics = single.filter((n) => n.kind === 'generic' && /^[a-z]{5,}$/i.test(n.text));
  const brands = single.filter((n) => n.kind === 'brand' && /^[a-z]{4,}$/i.test(n.text));
  const abbreviations = single.filter((n) => n.kind === 'abbreviation');
  // Half the queries from the top-300 drugs, as at the bedside; half from the whole index.
  const mixed = <T extends (typeof single)[number]>(list: T[], n: number) => [
    ...pick(list.filter(popular), Math.ceil(n / 2), random),
    ...pick(list.filter((x) => !popular(x)), Math.floor(n / 2), random),
  ];
  const share = Math.floor(count / 5);
  const out: BenchQuery[] = [];
  for (const n of mixed(generics, share))
    out.push({ kind: 'exact', query: n.text, expected: ids(n.drugs) });
  for (const n of mixed(generics, share)) {
    const len = 4 + Math.floor(random() * 3);
    out.push({ kind: 'prefix', query: n.text.slice(0, len), expected: ids(n.drugs) });
  }
  for (const n of mixed([...generics, ...brands], share))
    out.push({ kind: 'misspelled', query: misspell(n.text.toLowerCase(), random), expected: ids(n.drugs) });
  for (const n of mixed(brands, share))
    out.push({ kind: 'brand', query: n.text, expected: ids(n.drugs) });
  const abbrevs = pick(abbreviations, count - out.length, random);
  for (let i = 0; out.length < count; i++) {
    const n = abbrevs[i % abbrevs.length]!;
    out.push({ kind: 'abbreviation', query: n.text, expected: ids(n.drugs) });
  }
  return out;
}
