// The genotype a question names for hepatitis C: "hepatitis c genotype 3", "genotype 1a hcv", "hcv
// gt3". No vocabulary holds these as conditions, so every label was silent; and the labels cover
// some genotypes only (ZEPATIER: "genotype 1 or 4"). The genotype is read apart from the infection:
// a label covers the question only where it names that genotype beside it, in a list or a range
// ("genotype 1, 2, 3, 4, 5, or 6", "genotypes 1-6").

// (the genotype, with its subtype letter where one is given: "3", "1a")
const GENOTYPE = /\b(?:genotype|gt)\s*(\d)\s?([ab])?\b/;
const HEPATITIS_C = /\b(?:hepatitis c|hep c|hcv)\b/;

/** The genotype the question's folded words name beside hepatitis C, and the words without it. */
export function genotypeNamed(key: string): { genotype: string; rest: string } | null {
  const found = GENOTYPE.exec(key);
  if (!found) return null;
  const rest = `${key.slice(0, found.index)} ${key.slice(found.index + found[0].length)}`
    .replace(/\s+/g, ' ')
    .trim();
  if (!HEPATITIS_C.test(rest)) return null;
  return { genotype: `${found[1]}${found[2] ?? ''}`, rest };
}

/**
 * The words a label must hold for the genotype beside the infection: the genotype in a list after
 * "genotype" ("genotype 1a or 3", "genotype 1, 2, 3, 4, 5, or 6") or within a range ("genotypes
 * 1-6", "1 through 6"). A subtype asked is covered by its genotype named whole ("1" for "1a"); a
 * genotype asked whole is not covered by one subtype ("1a" is no answer to "1").
 */
export function genotypeForm(genotype: string): RegExp {
  const n = Number(genotype[0]);
  const subtype = genotype.slice(1);
  // (the genotype itself: whole, or the subtype asked; never another subtype)
  const self = subtype ? String.raw`${n}(?:${subtype})?(?![a-z])` : String.raw`${n}(?![a-z])`;
  // (a range that holds it: "1-6", "1 through 6")
  const ranges: string[] = [];
  for (let a = 1; a <= n; a++)
    for (let b = n; b <= 8; b++)
      if (a < b) ranges.push(String.raw`${a}\s*(?:-|–|to|through)\s*${b}(?![a-z])`);
  const item = String.raw`(?:\d[ab]?|,|or|and|\s)*?`;
  return new RegExp(String.raw`\b[Gg]enotypes?\s+${item}(?:${[self, ...ranges].join('|')})`);
}
