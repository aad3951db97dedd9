// The organism a question names before an infection: "mrsa pneumonia", "vre infection", "e coli
// uti", "mssa bacteremia". Neither vocabulary holds these as conditions, so the question was read
// as no condition and every label was silent. The organism is read apart from the infection: a
// label covers the question only where it names the same organism beside the infection
// ("nosocomial pneumonia caused by Staphylococcus aureus (methicillin-susceptible and -resistant
// isolates)"), never one resistant where it names only susceptible isolates ("Staphylococcus
// aureus (methicillin-susceptible isolates only)").

// (the resistance abbreviations clinicians write, in the words labels use for each)
const RESISTANCE: Record<string, RegExp> = {
  mrsa: /\bMRSA\b|\bmethicillin[\s-]+resistant\b|\bmethicillin-susceptible\s+and\s+(?:methicillin)?-?\s*resistant\b/i,
  mssa: /\bMSSA\b|\bmethicillin[\s-]+susceptible\b/i,
  vre: /\bVRE\b|\bvancomycin[\s-]+resistant\s+(?:Enterococc|E\.\s*faec)/i,
};

/**
 * The organism the question's folded words name first ("mrsa", or one of the organisms the
 * vocabulary names infections by: "e coli") and the words after it, or null.
 */
export function organismNamed(
  key: string,
  organisms: Set<string>,
): { organism: string; rest: string } | null {
  const words = key.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const organism = words.slice(0, n).join(' ');
    if (RESISTANCE[organism] || organisms.has(organism))
      return { organism, rest: words.slice(n).join(' ') };
  }
  return null;
}

/** The words a label must hold for the organism beside the infection. */
export function organismForm(organism: string): RegExp {
  const resistance = RESISTANCE[organism];
  if (resistance) return resistance;
  // (a genus written whole or as its initial, "Escherichia coli", "E. coli", and a species or a
  // short name in any ending, "staph" as "staphylococci")
  const words = organism.split(' ');
  const each = words.map((w, i) =>
    w.length === 1
      ? `${w}\\w*\\.?`
      : i === 0 && words.length > 1
        ? `(?:${w}|${w[0]}\\.)`
        : `${w}\\w*`,
  );
  return new RegExp(`\\b${each.join('\\s+')}`, 'i');
}
