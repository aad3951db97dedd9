// Detection throughput: the project's matcher against the two obvious alternatives, on the
// same clinical text and the same names, with identical matches required before a timing
// counts. Names flagged as ambiguous (ordinary words, people's names, case-sensitive
// abbreviations) are left out for all three, since the baselines have no context rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DrugMatcher } from '../src/core/drug-matcher';
import type { Lexicon } from '../src/core/lexicon-types';
import { nameTokens, tokenize } from '../src/core/normalize';

export interface Found {
  start: number;
  end: number;
  drugId: string;
}

/** Clinical text from the bundled index: label sections and study findings, in file order. */
export function clinicalText(dataDir: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  const files = readdirSync(join(dataDir, 'drugs')).sort();
  for (let round = 0; size < bytes; round++) {
    for (const f of files) {
      const entry = JSON.parse(readFileSync(join(dataDir, 'drugs', f), 'utf8'));
      const texts: string[] = [
        ...Object.values<{ text: string }>(entry.label?.sections ?? {}).map((s) => s.text),
        ...entry.research.flatMap((s: { title: string; finding: string }) => [s.title, s.finding]),
      ];
      for (const t of texts) {
        // A later round reads the same text as a new note: the line order changes.
        parts.push(round % 2 ? t.split('. ').reverse().join('. ') : t);
        size += t.length + 2;
        if (size >= bytes) break;
      }
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** The lexicon without ambiguous names: what all three methods search for. */
export function plainLexicon(lexicon: Lexicon): Lexicon {
  return { drugs: lexicon.drugs, names: lexicon.names.filter((n) => n.flags === 0) };
}

const JOINER = '[\\t\\n\\r \\-/\\u00a0\\u00ad\\u2010-\\u2015]{1,3}';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** (a) One big case-insensitive alternation of every name, longest names first. */
export class RegexBaseline {
  private readonly re: RegExp;
  private readonly byKey = new Map<string, number>();
  constructor(private readonly lexicon: Lexicon) {
    const seen = new Set<string>();
    const alts: { tokens: string[]; source: string }[] = [];
    lexicon.names.forEach((n, i) => {
      const tokens = nameTokens(n.text);
      const key = tokens.join(' ');
      if (!tokens.length || seen.has(key)) return;
      seen.add(key);
      this.byKey.set(key, i);
      const last = tokens.at(-1)!;
      const letterEnd = /\p{L}$/u.test(last);
      // \b is what a competent engineer reaches for; it treats digits and "_" as word
      // characters, which the comparison of matches shows when it matters.
      alts.push({
        tokens,
        source: tokens.map(escape).join(JOINER) + (letterEnd && last.length >= 5 ? 's?' : ''),
      });
    });
    alts.sort(
      (a, b) => b.tokens.length - a.tokens.length || b.tokens.join(' ').length - a.tokens.join(' ').length,
    );
    this.re = new RegExp(`\\b(?:${alts.map((a) => a.source).join('|')})\\b`, 'gi');
  }
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(this.re)) {
      const tokens = tokenize(m[0]).map((t) => t.norm);
      let key = tokens.join(' ');
      if (!this.byKey.has(key)) key = key.slice(0, -1); // the plural "s"
      const nameIndex = this.byKey.get(key);
      if (nameIndex === undefined) continue;
      const drug = this.lexicon.drugs[this.lexicon.names[nameIndex]!.drugs[0]!]!;
      out.push({ start: m.index, end: m.index + m[0].length, drugId: drug.id });
    }
    return out;
  }
}

const isJoinerGap = (gap: string) => gap.length >= 1 && gap.length <= 3 && /^[\t\n\r \-/\u00a0\u00ad\u2010-\u2015]+$/.test(gap);

/** (b) Tokenize, then look up runs of tokens (longest first) in a Map of normalized names. */
export class SetBaseline {
  private readonly names = new Map<string, number>();
  private readonly maxTokens: number;
  constructor(private readonly lexicon: Lexicon) {
    let max = 1;
    lexicon.names.forEach((n, i) => {
      const tokens = nameTokens(n.text);
      if (!tokens.length) return;
      max = Math.max(max, tokens.length);
      const key = tokens.join(' ');
      if (!this.names.has(key)) this.names.set(key, i);
    });
    this.maxTokens = max;
  }
  find(text: string): Found[] {
    const tokens = tokenize(text);
    const out: Found[] = [];
    for (let i = 0; i < tokens.length; ) {
      let hit: { nameIndex: number; k: number } | null = null;
      for (let k = Math.min(this.maxTokens, tokens.length - i); k >= 1 && !hit; k--) {
        let joined = true;
        for (let j = i; j < i + k - 1 && joined; j++)
          joined = isJoinerGap(text.slice(tokens[j]!.end, tokens[j + 1]!.start));
        if (!joined) continue;
        const words = tokens.slice(i, i + k).map((t) => t.norm);
        let nameIndex = this.names.get(words.join(' '));
        const last = words.at(-1)!;
        if (nameIndex === undefined && last.length > 5 && last.endsWith('s'))
          nameIndex = this.names.get([...words.slice(0, -1), last.slice(0, -1)].join(' '));
        if (nameIndex !== undefined) hit = { nameIndex, k };
      }
      if (hit) {
        const drug = this.lexicon.drugs[this.lexicon.names[hit.nameIndex]!.drugs[0]!]!;
        out.push({ start: tokens[i]!.start, end: tokens[i + hit.k - 1]!.end, drugId: drug.id });
        i += hit.k;
      } else i++;
    }
    return out;
  }
}

export function projectMatcher(lexicon: Lexicon): { find: (text: string) => Found[] } {
  const matcher = new DrugMatcher(lexicon);
  return {
    find: (text) => matcher.find(text).map(({ start, end, drugId }) => ({ start, end, drugId })),
  };
}

/** The first differences between two match lists, for the report. */
export function differences(a: Found[], b: Found[], text: string, max = 3): string[] {
  const key = (f: Found) => `${f.start}:${f.end}:${f.drugId}`;
  const setB = new Set(b.map(key));
  const setA = new Set(a.map(key));
  const onlyA = a.filter((f) => !setB.has(key(f)));
  const onlyB = b.filter((f) => !setA.has(key(f)));
  return [
    ...onlyA.slice(0, max).map((f) => `only first: "${text.slice(f.start, f.end)}"@${f.start}`),
    ...onlyB.slice(0, max).map((f) => `only second: "${text.slice(f.start, f.end)}"@${f.start}`),
    ...(onlyA.length + onlyB.length > 2 * max ? [`${onlyA.length + onlyB.length} in all`] : []),
  ];
}
