// Sentences in a label's indications whose subject is another drug. openFDA's lidocaine epidural
// label (set 462e9498) ends its section with "1.1 Hypertension Amlodipine and benazepril
// hydrochloride capsules are indicated for the treatment of hypertension ..."; corticosteroid
// labels say "Hydrocortisone or cortisone is the drug of choice in ... adrenocortical
// insufficiency". The text is kept verbatim, but the focus note must not read such a sentence as
// the drug's own indication.
import type { DrugMatcher } from '../src/core/drug-matcher';
import { SALT_WORDS } from './salts';

// A product named by its drugs and form, as the subject of "is/are indicated", after a heading.
const PRODUCT_SUBJECT =
  /(?:^|\s)((?:[A-Za-z][\w-]*\s+){1,6}?)(?:tablets|capsules|injection|injectable|solution|suspension|cream|ointment|gel|patch|spray|lotion|granules|for injection)(?:,?\s+USP)?\s+(?:is|are)\s+indicated\b/i;
// Or a sentence that opens with drug names and their verb ("Isoniazid, aminosalicylic acid, and
// streptomycin have also been used"). Not "When tetracyclines are contraindicated ..., erythromycin
// is indicated", nor a heading with a bracket ("... insufficiency (hydrocortisone or cortisone is
// the first choice ...)"): the subject must start the sentence.
const OPENING_SUBJECT =
  /^((?:(?:only|intravenous|intramuscular|oral|topical)\s+)?[A-Za-z][\w-]*(?:,?\s+(?:(?:and|or|and\/or)\s+)?[A-Za-z][\w-]*){0,6}?)\s+(?:is|are|was|were|has|have|had|may|should|can)\s/i;

/**
 * The sentences whose subject names a drug, none of them the label's own: not one of its
 * ingredients, nor any word of its brand, generic or substance names (salt words aside).
 */
export function otherProductSentences(
  text: string,
  own: { ingredients: readonly string[]; names: readonly string[] },
  matcher: DrugMatcher,
): string[] {
  const ownIds = new Set(own.ingredients);
  // Salt words ("hydrochloride") are shared by many drugs: they do not make a subject the label's own.
  const wordsOf = (s: string) =>
    (s.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !SALT_WORDS.has(w));
  const ownWords = new Set(own.names.flatMap(wordsOf));
  const out: string[] = [];
  // a sentence ends at a stop before a space or the end (not the one in "1.1")
  for (const m of text.matchAll(/(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]|$)/g)) {
    const sentence = m[0].trim();
    const opening = OPENING_SUBJECT.exec(sentence)?.[1];
    const subject = opening ?? PRODUCT_SUBJECT.exec(sentence)?.[1];
    if (!subject) continue;
    const found = matcher.find(subject);
    // an opening subject starts with a drug's name (after "Only", a route)
    const lead = /^(?:(?:only|intravenous|intramuscular|oral|topical)\s+)?/i.exec(subject)![0]
      .length;
    if (opening && found[0]?.start !== lead) continue;
    const named = found.flatMap((d) => d.drugIds);
    if (!named.length || named.some((id) => ownIds.has(id))) continue;
    // the same drug as another salt ("Intravenous ethacrynate sodium" in ethacrynic acid's label)
    const stems = new Set([...ownWords].map((w) => w.slice(0, 7)));
    if (wordsOf(subject).some((w) => ownWords.has(w) || stems.has(w.slice(0, 7)))) continue;
    if (!out.includes(sentence)) out.push(sentence);
  }
  return out;
}
