// A query that names a class of drugs ("statins", "ACE inhibitors", "blood thinners") is no
// misspelled drug name: fuzzy search would answer "statins" with nystatin, "water pills" with
// sterile water and "antihistamines" with chlorcyclizine. The class's members in the data are
// offered instead, or, for a kind of drug the data lists no members of, nothing is guessed.
import type { ClassesFile } from './index-schema';

/** Folded for comparison: lower case, hyphens as spaces, no plural "s" on the last word. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-‐-―]/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/s$/, '');
}

// Everyday names of classes the data lists (folded), and the class keys they take in.
const LAY_NAMES: Record<string, string[]> = {
  steroid: ['corticosteroid'],
  'blood thinner': ['anticoagulant'],
  'water pill': ['loop', 'thiazide'],
  diuretic: ['loop', 'thiazide', 'mra'],
  antidepressant: ['ssri', 'snri', 'tca', 'maoi'],
  'muscle relaxant': ['smr'],
  'acid reducer': ['ppi', 'h2ra'],
  anticonvulsant: ['antiepileptic'],
  'seizure medication': ['antiepileptic'],
  'blood pressure pill': ['acei', 'arb', 'betablocker', 'ccb', 'thiazide'],
  'cholesterol pill': ['statin'],
  'pain killer': ['opioid', 'nsaid'],
  painkiller: ['opioid', 'nsaid'],
};

// Kinds of drug the data lists no members of: a name to say so for, not to guess a drug from.
const UNLISTED = new Set(
  [
    'antibiotic',
    'antihistamine',
    'antiviral',
    'antifungal',
    'antacid',
    'laxative',
    'decongestant',
    'sedative',
    'sleeping pill',
    'birth control pill',
    'birth control',
    'chemotherapy',
    'vaccine',
    'supplement',
    'vitamin',
    'hormone',
    // (also OTC product names: "allergy" would otherwise answer with one product's "Allergy
    // Relief", loratadine, for every antihistamine)
    'allergy',
    'allergy medicine',
    'allergy medication',
    'cold medicine',
    'cough medicine',
    'pain medicine',
    'pain medication',
    'pain reliever',
    'heartburn medicine',
  ].map(fold),
);

export type ClassNamed =
  { kind: 'listed'; label: string; members: string[] } | { kind: 'unlisted'; label: string };

// Words of the asking before a class's name ("can I take statins", "are blood thinners").
const ASKING =
  /^(?:(?:can|could|should|may|i|we|you|take|taking|give|giving|use|using|is|are|do|does|what|about|the|a|an|my|me|of|on|start|starting|stop|stopping)\s+)+/;

/** The class the words name (its shown name, its key, or an everyday name), with its member ids. */
export function classNamedBy(words: string, classes: ClassesFile): ClassNamed | null {
  const asked = fold(words).replace(ASKING, '');
  if (asked.length < 3) return null;
  const keys = LAY_NAMES[asked] ?? [];
  for (const [key, c] of Object.entries(classes.classes))
    if (fold(c.label) === asked || fold(key) === asked) keys.push(key);
  const members = [...new Set(keys.flatMap((k) => Object.keys(classes.classes[k]?.members ?? {})))];
  if (members.length) {
    const label = keys.length === 1 ? classes.classes[keys[0]!]!.label : words.trim();
    return { kind: 'listed', label, members };
  }
  return UNLISTED.has(asked) ? { kind: 'unlisted', label: words.trim() } : null;
}
