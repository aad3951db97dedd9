// A label's words in the cases labels print them: lower case, with a capital, or in capitals
// ("mutation", "Mutation", "MUTATION"). For patterns that must tell case apart elsewhere, and so
// cannot take the any-case flag: a tumour's "EGFR" is no kidney "eGFR", "MET" no "met".

/** One word (or a pattern's word, "mutat\w*") in any of the cases a label prints it. */
export function anyCase(w: string): string {
  // (a pattern's escapes keep their case: "mutat\w*" is "MUTAT\w*")
  const capitals = w.replace(/(?<!\\)[a-z]/g, (c) => c.toUpperCase());
  return `(?:[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}|${capitals})`;
}

/** Words apart by spaces, each in any case, the spaces as any run of them. */
export function anyCasePhrase(phrase: string): string {
  return phrase
    .split(' ')
    .map(anyCase)
    .join(String.raw`\s+`);
}
