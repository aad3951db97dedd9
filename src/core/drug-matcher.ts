// Finds drug names in text: a trie over name tokens, longest match first, word boundaries
// from the tokenizer. The same matcher runs in the content script, the pipeline and the CLI.

import { hasClinicalContext } from './clinical-context';
import { NameFlag, type Lexicon, type NameKind } from './lexicon-types';
import { isDigitChar, isLetterChar, nameTokens } from './normalize';

export interface DrugMatch {
  start: number;
  end: number;
  text: string;
  /** the first ingredient; `drugIds` lists all of a combination product's */
  drugId: string;
  drugIds: string[];
  kind: NameKind;
}

export interface MatchOptions {
  /**
   * the text sits under a medication heading, so ambiguous names count; a function is asked only
   * when an ambiguous name is found (the content script's check walks the node's ancestors)
   */
  medicationContext?: boolean | (() => boolean);
}

interface Terminal {
  /** index into the lexicon's names, or -1 for a phrase that is not a drug ("insulin resistance") */
  nameIndex: number;
  /** the name's surface form, for case-sensitive checks */
  surface: string;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  terminal: Terminal | null;
}

/** Characters allowed between the words of a multi-word name: spaces, hyphens, slashes, line breaks. */
function isJoiner(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 45 ||
    code === 47 ||
    code === 0xa0 ||
    code === 0xad ||
    (code >= 0x2010 && code <= 0x2015)
  );
}

const MAX_JOINER = 3;

export class DrugMatcher {
  private readonly root: TrieNode = { next: null, terminal: null };
  private readonly lexicon: Lexicon;
  /**
   * Which first three characters a name's first word can start with: a word of the page whose
   * start is not among them is passed over without copying it (most words of a page are no drug,
   * and a copy per word is what the garbage collector pays for on a 100,000-node page).
   */
  private readonly starts = new Uint8Array(PREFIX_SPACE);

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    lexicon.names.forEach((name, nameIndex) => this.insert(name.text, nameIndex));
    for (const stop of lexicon.stops ?? []) this.insert(stop, -1, true);
    for (const token of this.root.next?.keys() ?? []) {
      const key = prefixKey(token, 0, token.length);
      if (key >= 0) this.starts[key] = 1;
      else this.starts.fill(1); // a first word outside ASCII: no pass-over at all
    }
  }

  private insert(text: string, nameIndex: number, replace = false): void {
    const tokens = nameTokens(text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) {
        child = { next: null, terminal: null };
        node.next.set(token, child);
      }
      node = child;
    }
    // Several names can normalize alike ("Lasix" brand, "lasix" synonym): the first added
    // (the pipeline orders generic names first) wins.
    if (replace) node.terminal = { nameIndex, surface: text };
    else node.terminal ??= { nameIndex, surface: text };
  }

  /** All mentions in `text`, left to right, without overlaps. */
  find(text: string, options: MatchOptions = {}): DrugMatch[] {
    // Most texts of a page hold no drug: they all get one shared, frozen empty list.
    let matches: DrugMatch[] | null = null;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const tokenStart = i;
      const tokenEnd = scanToken(text, i);
      if (tokenEnd === tokenStart) {
        i++;
        continue;
      }
      const key = prefixKey(text, tokenStart, tokenEnd);
      if (key >= 0 && !this.starts[key]) {
        i = tokenEnd;
        continue;
      }
      const found = this.longestAt(text, tokenStart, tokenEnd, options);
      if (found) {
        // A phrase that is not a drug is read past as a whole ("insulin resistance").
        if (found.drugIds.length) (matches ??= []).push(found);
        i = found.end;
      } else {
        i = tokenEnd;
      }
    }
    return matches ?? NO_MATCHES;
  }

  private longestAt(
    text: string,
    start: number,
    firstEnd: number,
    options: MatchOptions,
  ): DrugMatch | null {
    let node: TrieNode | undefined = this.root;
    let tokenStart = start;
    let tokenEnd = firstEnd;
    let best: { terminal: Terminal; end: number } | null = null;
    for (;;) {
      let token = lower(text, tokenStart, tokenEnd);
      let child: TrieNode | undefined = node.next?.get(token);
      // A word hyphenated across a line break ("baclo-\nfen"): try the two halves joined.
      const rest: number = child ? 0 : hyphenBreakAt(text, tokenEnd);
      if (rest > tokenEnd) {
        const restEnd: number = scanToken(text, rest);
        const joined: string = token + lower(text, rest, restEnd);
        const whole: TrieNode | undefined = node.next?.get(joined);
        if (whole) {
          child = whole;
          token = joined;
          tokenEnd = restEnd;
        }
      }
      let end = tokenEnd;
      // Plural of a name's last word ("insulins"): accept when the stem is a name.
      if (!child?.terminal && token.length > 5 && token.endsWith('s')) {
        const stem: TrieNode | undefined = node.next?.get(token.slice(0, -1));
        if (stem?.terminal && !hasLetterAt(text, tokenEnd)) {
          child = stem;
          end = tokenEnd;
        }
      }
      if (!child) break;
      if (child.terminal && this.accept(text, start, end, child.terminal, options)) {
        best = { terminal: child.terminal, end };
      }
      if (!child.next) break;
      // Move to the next word, across at most a few joiner characters, or straight on where
      // letters meet digits ("alfa-2b", "B12": the tokenizer splits them, the name has both).
      let j = tokenEnd;
      while (j < text.length && j - tokenEnd < MAX_JOINER && isJoiner(text.charCodeAt(j))) j++;
      if (j >= text.length) break;
      const nextEnd = scanToken(text, j);
      if (nextEnd === j) break;
      node = child;
      tokenStart = j;
      tokenEnd = nextEnd;
    }
    if (!best) return null;
    // A phrase that is not a drug: a match with no drug, which find() reads past.
    if (best.terminal.nameIndex < 0)
      return { start, end: best.end, text: '', drugId: '', drugIds: [], kind: 'generic' };
    const name = this.lexicon.names[best.terminal.nameIndex]!;
    const drugIds = name.drugs.map((d) => this.lexicon.drugs[d]!.id);
    return {
      start,
      end: best.end,
      text: text.slice(start, best.end),
      drugId: drugIds[0]!,
      drugIds,
      kind: name.kind,
    };
  }

  private accept(
    text: string,
    start: number,
    end: number,
    terminal: Terminal,
    options: MatchOptions,
  ): boolean {
    if (terminal.nameIndex < 0) return true;
    const name = this.lexicon.names[terminal.nameIndex]!;
    if (name.flags & NameFlag.caseSensitive) {
      const written = text.slice(start, end);
      const sameCase = written === terminal.surface;
      const allCaps = written === written.toUpperCase() && written !== written.toLowerCase();
      if (!sameCase && !allCaps) return false;
    }
    if (name.flags & (NameFlag.commonWord | NameFlag.personName)) {
      if (hasClinicalContext(text, start, end)) return true;
      const context = options.medicationContext;
      return typeof context === 'function' ? context() : context === true;
    }
    return true;
  }
}

const NO_MATCHES: DrugMatch[] = Object.freeze([]) as unknown as DrugMatch[];

// Keys of a word's first three characters: a-z 1-26, 0-9 27-36, end of word 0.
const PREFIX_BASE = 37;
const PREFIX_SPACE = PREFIX_BASE * PREFIX_BASE * PREFIX_BASE;

/** The key of the first three characters of text[start, end), or -1 outside ASCII letters and digits. */
function prefixKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let k = 0; k < 3; k++) {
    let code = 0;
    if (start + k < end) {
      const c = text.charCodeAt(start + k);
      if (c >= 97 && c <= 122) code = c - 96;
      else if (c >= 65 && c <= 90) code = c - 64;
      else if (c >= 48 && c <= 57) code = c - 21;
      else return -1;
    }
    key = key * PREFIX_BASE + code;
  }
  return key;
}

/** End of the letter run or digit run that starts at `i` (== i when no token starts there). */
function scanToken(text: string, i: number): number {
  const first = text[i]!;
  if (isLetterChar(first)) {
    let j = i + 1;
    while (j < text.length && (isLetterChar(text[j]!) || text.charCodeAt(j) === 0xad)) j++;
    return j;
  }
  if (isDigitChar(first)) {
    let j = i + 1;
    while (j < text.length && isDigitChar(text[j]!)) j++;
    return j;
  }
  return i;
}

/** Where the next word starts after "-" and a line break at `i` (spaces allowed), or 0. */
function hyphenBreakAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 45 && text.charCodeAt(i) !== 0x2010) return 0;
  let j = i + 1;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) !== 10) return 0;
  j++;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  return j < text.length && isLetterChar(text[j]!) ? j : 0;
}

function hasLetterAt(text: string, i: number): boolean {
  return i < text.length && isLetterChar(text[i]!);
}

function lower(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  const folded = raw.toLowerCase();
  return folded.includes('\u00ad') || !isAscii(folded)
    ? folded
        .replace(/\u00ad/g, '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
    : folded;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
