// One place for name normalization, shared by the pipeline, the matcher and search.
// Case, diacritics, hyphens, slashes and runs of spaces are folded so that
// "Co-Trimoxazole", "co trimoxazole" and "CO‑TRIMOXAZOLE" compare equal.

const DIACRITICS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\-\u2010-\u2015\u00ad/_,.;:()[\]'"+&]+/g;

/** Lower case, no diacritics, separators folded to one space, trimmed. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The word tokens of a name as the matcher sees them (letters and digits runs). */
export function nameTokens(name: string): string[] {
  // ASCII fast path (nearly every name): the same letter and digit runs, without a per-character
  // loop; the content script builds its matcher from 10,000 names at every page load.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase().match(/[a-z]+|[0-9]+/g) ?? [];
  return tokenize(name).map((token) => token.norm);
}

export interface Token {
  /** lower-cased token text */
  norm: string;
  start: number;
  end: number;
  /** true when the original text of the token has no lower-case letter */
  upper: boolean;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * Splits text into tokens: maximal runs of letters, or of digits. "baclofen10mg" gives
 * baclofen, 10, mg; a soft hyphen inside a word is skipped. Offsets are UTF-16 code units.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    const isLetter = isLetterChar(ch);
    if (!isLetter && !isDigitChar(ch)) {
      i++;
      continue;
    }
    const start = i;
    let raw = '';
    while (i < n) {
      const c = text[i]!;
      if (c === '\u00ad') {
        i++;
        continue;
      }
      if (isLetter ? !isLetterChar(c) : !isDigitChar(c)) break;
      raw += c;
      i++;
    }
    const lower = foldCase(raw);
    tokens.push({ norm: lower, start, end: i, upper: raw === raw.toUpperCase() && raw !== lower });
  }
  return tokens;
}

function foldCase(raw: string): string {
  const lower = raw.toLowerCase();
  // ASCII fast path: most clinical text needs no Unicode decomposition.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(DIACRITICS, '');
}

export function isLetterChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(c);
}

export function isDigitChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return DIGIT.test(c);
}

/**
 * What a drug id looks like, wherever one is read back (a message, a file name). Long enough for
 * the longest name the data gives, a 15-ingredient multivitamin of 220 characters: an earlier
 * limit of 121 made that drug "not in the index" though its file was built.
 */
export const DRUG_ID = /^[a-z0-9][a-z0-9-]{0,239}$/;

/** A stable id from a name: "Insulin Glargine" -> "insulin-glargine". */
export function slugify(name: string): string {
  return normalizeName(name).replace(/ /g, '-');
}
