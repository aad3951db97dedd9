// Each drug's classes, with where the membership comes from: its labels' EPC classes, or a
// study that lists the drug under a class phrase ("3 skeletal muscle relaxants: baclofen, ...").
import type { DrugMatcher } from '../src/core/drug-matcher';
import { slugify } from '../src/core/normalize';
import type { StudyDraft } from './read-research';
import { CLASS_PHRASES } from './class-phrases';
import type { RawLabel } from './label-types';

// Words that open a bracket of additions or exclusions, not of examples of the class.
const NOT_EXAMPLES = /^\s*(?:with or without|without|with|plus|and|or|except|excluding|not)\b/i;

/** "<class phrase>: a, b and c", "(a, b)", "such as a", "including a": built once, not per study. */
// "skeletal muscle relaxants: baclofen, …", "opioid analgesics (e.g., hydrocodone, …)",
// "NSAIDs, such as …": the class phrase, an optional class noun, then the list.
const LIST_PATTERNS = CLASS_PHRASES.map((phrase) => ({
  phrase,
  listPattern: new RegExp(
    `(?:${phrase.pattern.source})\\s*(?::|\\(|,? such as|,? including)\\s*([^.;)]{3,160})`,
    'gi',
  ),
  // In labels, only an example list in brackets right after the class: "opioid analgesics
  // (e.g., hydrocodone, oxycodone)". A colon or "including" there usually starts a list of
  // interacting drugs, not of members.
  labelListPattern: new RegExp(
    `(?:${(phrase.labelPattern ?? phrase.pattern).source})(?:\\s+(?:analgesics?|agonists?|drugs?|medications?|agents?))?\\s*\\(\\s*(?:e\\.g\\.|such as)\\s*,?\\s*([^()]{3,160})\\)`,
    'gi',
  ),
}));
/** A word that ends a list of examples and goes on with the sentence. */
const LIST_END =
  /\b(?:are|is|were|was|be|been|being|have|has|had|can|could|may|might|must|should|would|will|did|do|does|but|than|versus|vs|compared|whereas|while)\b/i;
/** Label sections whose lists of examples name class members. */
const LIST_SECTIONS = ['drug_interactions', 'warnings_and_cautions', 'warnings', 'boxed_warning'];

export interface ClassMembership {
  /** EPC class names, most labels first */
  epc: string[];
  /** class phrase keys with their source */
  phrases: Map<string, string>;
  /**
   * class phrase keys whose guideline statements do not concern the drug, with why
   * (curated/class-members-not-in-guidelines.tsv: linezolid is an MAO inhibitor for interactions,
   * not one of the antidepressant MAOIs a guideline recommends)
   */
  notInGuidelines?: Map<string, string>;
}

/** Marks the curated members whose class's guideline statements do not concern them. */
export function markNotInGuidelines(
  classes: Map<string, ClassMembership>,
  rows: { class: string; drug: string; why: string }[],
): void {
  for (const row of rows) {
    const m = classes.get(row.drug);
    // (a row for a membership the data no longer gives is stale: fail so that it is looked at)
    if (!m?.phrases.has(row.class))
      throw new Error(
        `class-members-not-in-guidelines.tsv: ${row.drug} is not a ${row.class} member in the data`,
      );
    (m.notInGuidelines ??= new Map()).set(row.class, row.why);
  }
}

export function buildClasses(
  labels: RawLabel[],
  labelIngredients: Map<string, string[]>,
  studies: StudyDraft[],
  matcher: DrugMatcher,
): Map<string, ClassMembership> {
  const epcCounts = new Map<string, Map<string, number>>();
  const addEpc = (id: string, cls: string, n: number) => {
    const m = epcCounts.get(id) ?? new Map<string, number>();
    m.set(cls, (m.get(cls) ?? 0) + n);
    epcCounts.set(id, m);
  };
  // lexicon/drug-classes.tsv is not read: it gives every substance of a combination product
  // that product's classes (omeprazole a "Rifamycin Antimycobacterial"), so only
  // single-ingredient labels count here.
  for (const label of labels) {
    const ids = labelIngredients.get(label.set_id) ?? [];
    if (ids.length === 1)
      for (const cls of label.openfda.pharm_class_epc ?? []) addEpc(ids[0]!, cls, 1);
  }
  const out = new Map<string, ClassMembership>();
  const get = (id: string) => {
    let m = out.get(id);
    if (!m) {
      m = { epc: [], phrases: new Map() };
      out.set(id, m);
    }
    return m;
  };
  for (const [id, counts] of [...epcCounts].sort(([a], [b]) => a.localeCompare(b))) {
    const m = get(id);
    m.epc = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
    for (const phrase of CLASS_PHRASES) {
      const hit = m.epc.find((c) => phrase.epc.includes(c));
      if (hit) m.phrases.set(phrase.key, `FDA label class "${hit}"`);
    }
  }
  // Many labels carry no openFDA class but say what the drug is: "Sertraline ... is a
  // selective serotonin reuptake inhibitor (SSRI) indicated for ..."
  for (const label of labels) {
    const ids = labelIngredients.get(label.set_id) ?? [];
    if (ids.length !== 1) continue;
    for (const clause of selfDescriptions(label.sections)) {
      // "macrolide immunosuppressant" (everolimus) is not what labels mean by "macrolides".
      if (/immunosuppress/i.test(clause)) continue;
      // "selective norepinephrine reuptake inhibitor (SNRI)": the words say what it is, not an
      // abbreviation another class shares
      const words = clause.replace(/\s*\([A-Z0-9-]{2,8}s?\)/g, '');
      for (const { phrase, epc } of SELF_DESCRIPTION_PATTERNS) {
        if (!phrase.pattern.test(words) && !epc.some((e) => e.test(words))) continue;
        const member = get(ids[0]!);
        if (!member.phrases.has(phrase.key))
          member.phrases.set(phrase.key, `its FDA label (set id ${label.set_id}): "… ${clause} …"`);
      }
    }
  }
  // "Concomitant use with opioid analgesics (e.g., hydrocodone, …)": labels list a class's
  // members, which also places drugs whose own label is a combination or says nothing.
  for (const label of labels) {
    for (const key of LIST_SECTIONS) {
      const text = label.sections[key];
      if (!text) continue;
      for (const { phrase, labelListPattern } of LIST_PATTERNS) {
        for (const m of text.matchAll(labelListPattern)) {
          // "platelet function or anticoagulant drugs (e.g., NSAIDs, aspirin, warfarin)": a list
          // after coordinated classes mixes their members.
          if (/(?:\bor|\band|,|\/)\s*$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))
            continue;
          for (const found of matcher.find(m[1]!)) {
            if (found.drugIds.length !== 1) continue; // a combination named in a list
            const member = get(found.drugId);
            if (!member.phrases.has(phrase.key))
              member.phrases.set(
                phrase.key,
                `listed as one of the ${phrase.label} in an FDA label (set id ${label.set_id}): "… ${m[0].replace(/\s+/g, ' ').slice(0, 160)} …"`,
              );
          }
        }
      }
    }
  }
  // "... ibuprofen plus 1 of 3 skeletal muscle relaxants: baclofen, metaxalone, and tizanidine."
  for (const s of studies) {
    for (const { phrase, listPattern } of LIST_PATTERNS) {
      for (const m of s.abstract.matchAll(listPattern)) {
        // "loop diuretic (with or without digoxin)": a bracket that adds to the class, not examples
        if (NOT_EXAMPLES.test(m[1]!)) continue;
        // the list ends where a sentence goes on: "Proton pump inhibitors such as lansoprazole
        // are superior to placebo ... but not superior to misoprostol"
        const list = m[1]!.split(LIST_END)[0]!;
        for (const found of matcher.find(list)) {
          for (const id of found.drugIds) {
            const member = get(id);
            if (!member.phrases.has(phrase.key)) {
              member.phrases.set(
                phrase.key,
                `listed as one of the ${phrase.label} in ${s.pmid ? `PMID ${s.pmid}` : s.id}`,
              );
            }
          }
        }
      }
    }
  }
  // A class named by its route takes only members with a label of that route.
  const routes = new Map<string, Set<string>>();
  for (const label of labels) {
    const ids = labelIngredients.get(label.set_id) ?? [];
    if (ids.length !== 1) continue;
    const set = routes.get(ids[0]!) ?? new Set<string>();
    for (const r of label.openfda.route ?? []) set.add(r.toUpperCase());
    routes.set(ids[0]!, set);
  }
  for (const phrase of CLASS_PHRASES) {
    if (!phrase.route) continue;
    for (const [id, m] of out)
      if (m.phrases.has(phrase.key) && !routes.get(id)?.has(phrase.route))
        m.phrases.delete(phrase.key);
  }
  return out;
}

/**
 * What a label says the drug is: "… is a selective serotonin reuptake inhibitor (SSRI)
 * indicated for" (indications), "Oxycodone is a full opioid agonist …" (mechanism of action),
 * "… is an orally active benzodiazepine" (description). The clause only, not the sentence.
 */
export function selfDescriptions(sections: Record<string, string>): string[] {
  const out: string[] = [];
  const indications = (sections.indications_and_usage ?? '').replace(/\s+/g, ' ').slice(0, 600);
  const m =
    /\b(?:is|are) (?:an?|the) ((?:[\w()/,-]+ ){0,10}?[\w()/-]+) (?:that is |which is )?indicated\b/i.exec(
      indications,
    );
  if (m) out.push(m[1]!.trim());
  // Opioid class labeling: "pain severe enough to require an opioid analgesic", "use as an
  // opioid analgesic supplement in … anesthesia": the drug is indicated as an opioid analgesic.
  const analgesic = /\b(?:require|requires|requiring|as) an opioid analgesic\b/i.exec(indications);
  if (analgesic) out.push(analgesic[0]);
  for (const key of ['mechanism_of_action', 'description']) {
    const text = (sections[key] ?? '').replace(/\s+/g, ' ').slice(0, 500);
    const d = /\b(?:is|are) (?:an?|the) ([^.;:]{3,100})/i.exec(text);
    // The head of the clause only: "full opioid agonist", not "… that depends on insulin".
    if (d)
      out.push(
        d[1]!.split(/\s(?:that|which|and|with|for|in|by|used|to|whose|at|on|of)\s/)[0]!.trim(),
      );
  }
  return out;
}

/** An EPC display name as a whole phrase, plural allowed ("Insulin" is not "insulinotropic"). */
const epcPattern = (epc: string) =>
  new RegExp(`\\b${classDisplayName(epc).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`, 'i');

export const classDisplayName = (epc: string) => epc.replace(/\s*\[EPC\]$/, '');

/** Each class phrase with its EPC names as patterns: built once, not per label clause. */
const SELF_DESCRIPTION_PATTERNS = CLASS_PHRASES.map((phrase) => ({
  phrase,
  epc: phrase.epc.map(epcPattern),
}));
export { slugify };
