// The body's own substances share their names with drugs (dopamine, norepinephrine, melatonin,
// testosterone): a label's "serotonin syndrome", a review of "Dopamine agonists" or a trial that
// measures "plasma norepinephrine" does not name the drug as given.

/**
 * A name used for the body's own substance or a class named after it, not the drug: "serotonin
 * syndrome", "serotonin and norepinephrine reuptake inhibitors", "Dopamine Agonists",
 * "histamine-2 (H 2 ) receptor antagonists", "the release of norepinephrine".
 */
export function asTransmitter(sentence: string, start: number, end: number): boolean {
  let after = sentence.slice(end, end + 60);
  // ("serotonin and norepinephrine reuptake inhibitors"; but "levodopa and dopamine agonists"
  // names levodopa)
  if (TRANSMITTERS.test(sentence.slice(start, end))) after = after.replace(AND_TRANSMITTER, '');
  return (
    TRANSMITTER_AFTER.test(after) ||
    TRANSMITTER_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))
  );
}
const TRANSMITTERS = /^(?:norepinephrine|noradrenaline|dopamine|serotonin)$/i;
const AND_TRANSMITTER = /^\s+and\s+(?:norepinephrine|noradrenaline|dopamine|serotonin)\b/i;
const TRANSMITTER_AFTER =
  /^(?:[\s\-–/]|\d+|\(?[HD] ?\d\)?)*(?:reuptake|receptors?|agonists?|antagonists?|transporters?|syndrome|release)\b/i;
const TRANSMITTER_BEFORE = /\b(?:release|reuptake|depletion|synthesis)\s+of\s+(?:[a-z]+\s+)?$/i;

/** Drugs of the index that the body also makes, whose level a study may measure without giving them. */
const BODY_SUBSTANCES = new Set([
  'alteplase', // tissue plasminogen activator, "tPA levels"
  'dopamine',
  'epinephrine',
  'estradiol',
  'follicle-stimulating-hormone',
  'glucagon',
  'glutamate',
  'histamine',
  'hydrocortisone', // cortisol
  'insulin',
  'lactate',
  'levothyroxine', // thyroxine
  'luteinizing-hormone',
  'melatonin',
  'norepinephrine',
  'oxytocin',
  'parathyroid-hormone',
  'progesterone',
  'protein-c',
  'serotonin',
  'testosterone',
  'vasopressin',
]);

const MEASURED_AFTER =
  /^(?:\s*(?:and|,)\s*(?:[\w-]+\s+){0,2}[\w-]+)*\s*(?:levels?|concentrations?|status|secretion|changes)\b/i;
const MEASURED_BEFORE = /\b(?:serum|plasma|salivary|blood|endogenous|circulating)\s+$/i;

/**
 * The body substances a title names only as what was measured ("on sleep, melatonin and cortisol
 * levels", "Plasma norepinephrine and atrial natriuretic peptide").
 */
export function measuredOnly(
  text: string,
  mentions: { start: number; end: number; drugIds: string[] }[],
): Set<string> {
  const out = new Set<string>();
  for (const id of new Set(mentions.flatMap((m) => m.drugIds))) {
    if (!BODY_SUBSTANCES.has(id)) continue;
    const own = mentions.filter((m) => m.drugIds.includes(id));
    const measured = (m: { start: number; end: number }) =>
      MEASURED_AFTER.test(text.slice(m.end, m.end + 60)) ||
      MEASURED_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
    if (own.every(measured)) out.add(id);
  }
  return out;
}
