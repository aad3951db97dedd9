// The body's own transmitters share their names with drugs (dopamine, norepinephrine,
// serotonin, histamine): a label's "serotonin syndrome" or a review of "Dopamine agonists" does
// not name the drug.

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
