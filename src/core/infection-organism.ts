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
 * The organisms the question's folded words may name first ("mrsa", one of the organisms the
 * vocabulary names infections by, "e coli", or a species of one of its genera, "klebsiella
 * pneumoniae", "k pneumoniae"), longest first, each with the words after it.
 */
export function organismsNamed(
  key: string,
  organisms: Set<string>,
): { organism: string; rest: string }[] {
  const words = key.split(' ');
  const found: { organism: string; rest: string }[] = [];
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const organism = words.slice(0, n).join(' ');
    if (RESISTANCE[organism] || organisms.has(organism) || species(organism, organisms))
      found.push({ organism, rest: words.slice(n).join(' ') });
  }
  return found;
}

// (a species' Latin ending: "pneumoniae", "aureus", "faecalis", "coli")
const SPECIES = /^[a-z]{3,}(?:ae|us|is|ii?|um|es|a)$/;

/**
 * A genus and a species: a genus the vocabulary names infections by, written whole or cut to its
 * initial as clinicians write it ("klebsiella pneumoniae", "h influenzae", "k pneumoniae").
 */
function species(words: string, organisms: Set<string>): boolean {
  const [genus, name, ...more] = words.split(' ');
  if (!genus || !name || more.length || !SPECIES.test(name)) return false;
  if (genus.length > 1) return organisms.has(genus);
  for (const known of organisms) if (known.startsWith(genus) && !known.includes(' ')) return true;
  return false;
}

/** The words a label must hold for the organism beside the infection. */
export function organismForm(organism: string): RegExp {
  const resistance = RESISTANCE[organism];
  if (resistance) return resistance;
  // (a genus written whole or as its initial, "Escherichia coli", "E. coli", and each word in any
  // ending: "staph" as "staphylococci", the folded "pseudomona aeruginosa" as "Pseudomonas
  // aeruginosa")
  const words = organism.split(' ');
  const each = words.map((w, i) =>
    w.length === 1
      ? `${w}\\w*\\.?`
      : i === 0 && words.length > 1
        ? `(?:${w}\\w*|${w[0]}\\.)`
        : `${w}\\w*`,
  );
  return new RegExp(`\\b${each.join('\\s+')}`, 'i');
}
