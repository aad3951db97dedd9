// The condition vocabulary (MeSH diseases and DO) as one compact file, conditions.json, that
// the background loads only when a question names a condition. Terms are folded the way the
// matcher folds text; MeSH inverted forms ("Fibrillation, Atrial") are turned round; curated
// additions (pipeline/curated/conditions.tsv) are checked against the concepts.
import { join } from 'node:path';
import type { ConditionsFile, SCHEMA_VERSION } from '../src/core/index-schema';
import { conditionKey, contentWords } from '../src/core/conditions';
import { readTsv } from './sources';

const MAX_TOKENS = 8;
// A capitalised name (not an acronym) before the kind of condition it names.
const EPONYM_HEAD =
  /\b([A-Z][a-z]{2,}) (disease|syndrome|disorder|sarcoma|lymphoma|palsy|phenomenon|tumor|ulcer|chorea|ataxia|anemia|dystrophy|neuralgia|paralysis|encephalopathy)\b/;

export function buildConditions(
  dataDir: string,
  curatedDir: string,
  schemaVersion: typeof SCHEMA_VERSION,
): ConditionsFile {
  const dir = join(dataDir, 'conditions');
  const rows = readTsv(join(dir, 'terms.tsv'));
  // Concepts neither source holds that drug questions ask about (curated/condition-concepts.tsv:
  // transplant rejection, contraception, anesthesia...), after the sources' own, whose places stay
  // as they were.
  const added = readTsv(join(curatedDir, 'condition-concepts.tsv'));
  const sourceIds = [...new Set(rows.map((r) => r.concept_id!))].sort();
  const ids = [...sourceIds, ...added.map((c) => c.concept_id!)];
  const index = new Map(ids.map((id, i) => [id, i]));
  if (index.size !== ids.length || added.some((c) => !/^CURATED:[a-z-]+$/.test(c.concept_id!)))
    throw new Error('curated/condition-concepts.tsv: each id is CURATED:name, and new');
  const names: string[] = [...sourceIds.map(() => ''), ...added.map((c) => c.name!)];
  const terms = new Map<
    string,
    { concepts: Set<number>; abbreviation: boolean; part?: boolean; capitals?: boolean }
  >();
  const addTerm = (raw: string, conceptIdx: number, abbreviation: boolean) => {
    const text = uninvert(raw);
    const key = conditionKey(text);
    const tokens = key.split(' ');
    if (!key || tokens.length > MAX_TOKENS || key.length < 2) return;
    const entry = terms.get(key) ?? { concepts: new Set<number>(), abbreviation };
    entry.concepts.add(conceptIdx);
    // A key is an abbreviation only if every source calls it one: "copd" also written out stays one.
    entry.abbreviation &&= abbreviation;
    terms.set(key, entry);
  };
  for (const r of rows) {
    const i = index.get(r.concept_id!)!;
    if (r.term_type === 'preferred') names[i] = r.term!;
    addTerm(r.term!, i, r.term_type === 'abbreviation');
    // DO writes eponyms without the possessive ("multicentric Castleman disease") where labels
    // write it ("multicentric Castleman's disease (MCD)"): the possessive form is a term too.
    if (r.concept_id!.startsWith('DOID:')) {
      const possessive = r.term!.replace(EPONYM_HEAD, "$1's $2");
      if (possessive !== r.term) addTerm(possessive, i, false);
    }
  }
  // Curated terms replace what the sources say of the same words: "OCD" is obsessive-compulsive
  // disorder in a drug question, not DO's osteochondritis dissecans.
  const curated = readTsv(join(curatedDir, 'conditions.tsv'));
  for (const c of curated) terms.delete(conditionKey(uninvert(c.term!)));
  for (const c of curated) {
    const i = index.get(c.concept_id!);
    if (i === undefined)
      throw new Error(`curated/conditions.tsv: ${c.term} names ${c.concept_id}, not a concept`);
    addTerm(c.term!, i, /^[A-Z0-9]{2,6}$/.test(c.term!));
  }
  // Terms a drug question means as one phase of their condition (curated/condition-terms-part.tsv):
  // "bipolar depression", "mania" under bipolar disorder.
  for (const c of readTsv(join(curatedDir, 'condition-terms-part.tsv'))) {
    const entry = terms.get(conditionKey(uninvert(c.term!)));
    const i = index.get(c.concept_id!);
    if (!entry || i === undefined || !entry.concepts.has(i))
      throw new Error(
        `curated/condition-terms-part.tsv: ${c.term} is not a term of ${c.concept_id}`,
      );
    entry.part = true;
  }
  // Abbreviations that are also words, read in a question only as written in capitals
  // (curated/condition-abbreviations-capitals.tsv): "tretinoin for my face" is not DO's FACE.
  for (const c of readTsv(join(curatedDir, 'condition-abbreviations-capitals.tsv'))) {
    const entry = terms.get(conditionKey(c.term!));
    if (!entry?.abbreviation)
      throw new Error(
        `curated/condition-abbreviations-capitals.tsv: ${c.term} is not an abbreviation of the vocabulary`,
      );
    entry.capitals = true;
  }
  // Links a drug question reads otherwise (curated/condition-links-dropped.tsv): "hypertension"
  // means systemic hypertension, not pulmonary hypertension, which both sources file under it.
  const dropped = new Set(
    readTsv(join(curatedDir, 'condition-links-dropped.tsv')).map(
      (r) => `${r.concept_id}>${r.parent_id}`,
    ),
  );
  const parents: number[][] = ids.map(() => []);
  const droppedSeen = new Set<string>();
  for (const h of readTsv(join(dir, 'hierarchy.tsv'))) {
    const child = index.get(h.concept_id!);
    const parent = index.get(h.parent_id!);
    if (dropped.has(`${h.concept_id}>${h.parent_id}`)) {
      droppedSeen.add(`${h.concept_id}>${h.parent_id}`);
      continue;
    }
    if (child !== undefined && parent !== undefined) parents[child]!.push(parent);
  }
  failOnUnseen('condition-links-dropped.tsv', 'a link', dropped, droppedSeen);
  const curatedLinks = (file: string): [number, number][] =>
    readTsv(join(curatedDir, file)).map((h) => {
      const child = index.get(h.concept_id!);
      const parent = index.get(h.parent_id!);
      if (child === undefined || parent === undefined)
        throw new Error(
          `curated/${file}: ${h.concept_id} > ${h.parent_id} is not a pair of concepts`,
        );
      return [child, parent];
    });
  // Links a drug question reads one way (curated/condition-links-added.tsv): a question about
  // heartburn is answered by a label for GERD, but a label that treats heartburn does not cover GERD.
  for (const [child, parent] of curatedLinks('condition-links-added.tsv'))
    parents[child]!.push(parent);
  // Broader names a label may use for a symptom's disease (curated/condition-links-broader.tsv): a
  // label for allergic rhinitis may or may not relieve a stuffy nose, so it makes a "does not
  // list" false but is no "covers" either; read only when looking up, never down.
  const broaderOnly = curatedLinks('condition-links-broader.tsv');
  // DO -> MeSH links that say "the same condition": plain xrefs and exact matches only, less the
  // ones that join a condition to a broader heading (curated/condition-same-dropped.tsv: DO's
  // carcinoma to MeSH's Neoplasms, Glandular and Epithelial, which holds gliomas and adenomas).
  const sameDropped = new Set(
    readTsv(join(curatedDir, 'condition-same-dropped.tsv')).map((r) => `${r.concept_id}=${r.xref}`),
  );
  const sameDroppedSeen = new Set<string>();
  const same: [number, number][] = [];
  for (const x of readTsv(join(dir, 'xrefs.tsv'))) {
    if (x.relation !== 'xref' && x.relation !== 'exactMatch') continue;
    if (sameDropped.has(`${x.concept_id}=${x.xref}`)) {
      sameDroppedSeen.add(`${x.concept_id}=${x.xref}`);
      continue;
    }
    const a = index.get(x.concept_id!);
    const b = index.get(x.xref!);
    if (a !== undefined && b !== undefined) same.push([a, b]);
  }
  failOnUnseen('condition-same-dropped.tsv', 'a cross-reference', sameDropped, sameDroppedSeen);
  const curatedKeys = new Set(curated.map((c) => conditionKey(uninvert(c.term!))));
  for (const [key, t] of terms)
    if (!curatedKeys.has(key))
      for (const c of othersHeadings(key, [...t.concepts], names, parents, same))
        t.concepts.delete(c);
  return {
    schemaVersion,
    concepts: ids.map((id, i) => [id, names[i] || id]),
    parents: parents.map((p) => [...new Set(p)].sort((a, b) => a - b)),
    same: uniquePairs(same),
    broaderOnly: uniquePairs(broaderOnly),
    terms: [...terms]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, t]) => [
        key,
        [...t.concepts].sort((a, b) => a - b),
        (t.abbreviation ? 1 : 0) | (t.part ? 2 : 0) | (t.capitals ? 4 : 0),
      ]),
  };
}

/** Pairs of concept indexes, each once, in order. */
function uniquePairs(pairs: [number, number][]): [number, number][] {
  return [...new Map(pairs.map((p) => [p.join(','), p])).values()].sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
}

/** A dropped link the sources no longer hold is a curation to revisit, not one to keep silently. */
function failOnUnseen(file: string, what: string, dropped: Set<string>, seen: Set<string>): void {
  const stale = [...dropped].filter((k) => !seen.has(k));
  if (stale.length)
    throw new Error(`curated/${file}: not ${what} of the sources: ${stale.join(', ')}`);
}

/**
 * Where a term is exactly one concept's own name, the other headings that carry it as an entry
 * term and name something else: MeSH files "Becker muscular dystrophy" under "Muscular Dystrophy,
 * Duchenne"; DO gives "stroke" to cerebrovascular disease and "eczema" to dermatitis, beside
 * MeSH's own Stroke and Eczema. Such a heading has its own counterpart in the other vocabulary
 * (DO's "Duchenne muscular dystrophy", MeSH's "Cerebrovascular Disorders"), so it is a sibling or
 * a broader concept, not what the words name: the term no longer stands for it (a label for
 * temporal arteritis, which DO files under cerebrovascular disease, would otherwise cover
 * "stroke"). Curated terms are kept as curated.
 */
function othersHeadings(
  key: string,
  concepts: number[],
  names: string[],
  parents: number[][],
  same: [number, number][],
): number[] {
  if (concepts.length < 2) return [];
  const words = contentWords(key);
  const exact = concepts.filter((c) => {
    const name = contentWords(conditionKey(uninvert(names[c]!)));
    return name.length === words.length && name.every((w) => words.includes(w));
  });
  if (!exact.length) return [];
  const sameAs = (c: number) =>
    same.filter((p) => p.includes(c)).map((p) => (p[0] === c ? p[1] : p[0]));
  const ancestors = (c: number) => {
    const seen = new Set<number>();
    const queue = [c];
    while (queue.length)
      for (const p of parents[queue.pop()!]!) if (!seen.has(p) && seen.add(p)) queue.push(p);
    return seen;
  };
  return concepts.filter(
    (c) =>
      !exact.includes(c) &&
      !exact.some((e) => sameAs(e).includes(c)) &&
      sameAs(c).some((s) => !exact.includes(s)) &&
      // a narrower heading stays: what it names is the condition asked too
      !exact.some((e) => ancestors(c).has(e)),
  );
}

/** "Fibrillation, Atrial" -> "Atrial Fibrillation"; "Diabetes Mellitus, Type 2" -> "Type 2 Diabetes Mellitus". */
function uninvert(term: string): string {
  const parts = term.split(', ');
  if (parts.length !== 2 || parts[1]!.split(' ').length > 3) return term;
  return `${parts[1]} ${parts[0]}`;
}
