// The DrugBank open vocabulary (CC0): other names of drugs already in the index (salbutamol,
// paracetamol, mesalazine) and drugs that RxNorm, the Orange Book and the labels do not carry
// but that human trials in the bundled research give as an arm (gliclazide, etoricoxib).
// Its synonyms also hold code names, chemical names, trade names of other countries and other
// languages' spellings: only names a clinician writes in English are kept (see writtenNames).
import { normalizeName, slugify } from '../src/core/normalize';
import type { AmbiguityRules } from './ambiguity';
import type { DrugDraft, NameDraft } from './build-lexicon';
import { readTsv } from './sources';

export interface DrugBankRow {
  id: string;
  name: string;
  unii: string;
  synonyms: string[];
}

export function readDrugBank(path: string): DrugBankRow[] {
  return readTsv(path).map((r) => ({
    id: r.drugbank_id!,
    name: r.name!,
    unii: r.unii ?? '',
    synonyms: (r.synonyms ?? '').split('|').filter(Boolean),
  }));
}

/**
 * The names of a DrugBank row that a clinician writes in English. First the plain ones: letters
 * (no accents, Greek, brackets or commas), at most three words, no code names ("LY2963016",
 * "ELGN-2112"), no capitals-only abbreviations (those are curated by hand), no other-language
 * form of another of its names ("Paracetamolum", "Alteplasa", "Amoxicilline"), no ordinary word.
 * Of those, DrugBank's own name (its English INN: salbutamol, mesalazine), a British or American
 * spelling of a name of the drug (amoxycillin, oestradiol, sulphasalazine) and any name that a
 * human trial in the bundled research gives as an arm (rapamycin, cyclosporin A) are kept. Names
 * that studies only mention are not enough: they are often the body's own substance in a
 * mechanism or a lab value ("angiotensin", "cortisol").
 */
export function writtenNames(
  row: DrugBankRow,
  plain: string[],
  indexNames: string[],
  written: Set<string>,
): string[] {
  const spellings = new Set([row.name, ...indexNames].map(spellingKey));
  return plain.filter((s) => {
    const key = normalizeName(s);
    return key === normalizeName(row.name) || spellings.has(spellingKey(s)) || written.has(key);
  });
}

/** Which of the candidate phrases (normalized, one to three words) the texts write. */
export function phrasesIn(texts: string[], candidates: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const words = normalizeName(text).split(' ');
    for (let i = 0; i < words.length; i++) {
      let key = words[i]!;
      if (candidates.has(key)) found.add(key);
      for (let n = 1; n < 3 && i + n < words.length; n++) {
        key += ` ${words[i + n]!}`;
        if (candidates.has(key)) found.add(key);
      }
    }
  }
  return found;
}

/** Folds British and American spellings: sulph/sulf, ph/f, ae and oe/e, y/i, th/t, k/c. */
export function spellingKey(name: string): string {
  return normalizeName(name)
    .replace(/ph/g, 'f')
    .replace(/ae|oe/g, 'e')
    .replace(/y/g, 'i')
    .replace(/th/g, 't')
    .replace(/k/g, 'c');
}

export function plainNames(row: DrugBankRow, rules: AmbiguityRules): string[] {
  const all = [row.name, ...row.synonyms].map((s) => s.trim());
  const lowerAll = all.map((s) => s.toLowerCase());
  const kept = new Map<string, string>();
  for (const s of all) {
    if (!/^[A-Za-z][A-Za-z0-9 -]*$/.test(s) || s.length > 32) continue;
    const words = s.toLowerCase().split(/[\s-]+/);
    if (words.length > 3 || s.replace(/[^A-Za-z]/g, '').length < 5) continue;
    if (words.some((w) => /^\d{3,}$|^[a-z]{2,}\d{2,}$|^\d{2,}[a-z]+$|^\d+[a-z]+\d/.test(w)))
      continue;
    if (/[A-Z]{2}/.test(s) && s === s.toUpperCase()) continue;
    // DrugBank's own name is its English one, whatever other forms look like
    if (s !== row.name && lowerAll.some((other) => isForeignFormOf(s.toLowerCase(), other)))
      continue;
    if (rules.flagsFor(s, 'synonym') !== 0) continue;
    const key = normalizeName(s);
    if (!kept.has(key)) kept.set(key, s);
  }
  return [...kept.values()];
}

/** "alteplasa" of "alteplase", "amoxicilline" of "amoxicillin", "lisinoprilum" of "lisinopril". */
export function isForeignFormOf(s: string, other: string): boolean {
  const a = s.split(/[\s-]+/);
  const b = other.split(/[\s-]+/);
  if (s === other || a.length !== b.length) return false;
  let differs = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (!foreignEnding(x, y)) return false;
    differs = true;
  }
  return differs;
}

function foreignEnding(x: string, y: string): boolean {
  if (x.endsWith('um') && !y.endsWith('um') && x.startsWith(y.slice(0, Math.max(4, y.length - 2))))
    return true;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  // Same word up to its last two letters, ending in a Romance vowel where the English form ends
  // in a consonant ("amoxicilline", "paracetamolo") or in "e" ("alteplasa"); never the other way
  // ("gliclazide" is no form of "gliclazida").
  const englishEnd =
    (/[^aeiou]$/.test(y) && !y.endsWith('um')) || (/[ao]$/.test(x) && y.endsWith('e'));
  return (
    englishEnd &&
    p >= 4 &&
    p >= y.length - 2 &&
    x.length - p <= 3 &&
    /[aoe]$/.test(x) &&
    x.at(-1) !== y.at(-1)
  );
}

/**
 * A DrugBank drug not in the index is added only when clinicians demonstrably write it: it has a
 * UNII (a defined substance), a human trial in the bundled research gives it as an arm, and no
 * word of its name is English at all: foods and allergen extracts ("Scallop", "Whey") are in
 * DrugBank too, and trials give them as arms. Curated context-only words (lab analytes, foods:
 * pipeline/curated/context-only.tsv) are never added this way.
 */
export function isWrittenDrug(
  name: string,
  rules: AmbiguityRules,
  inArms: Set<string>,
  candidates: string[],
): boolean {
  const norm = normalizeName(name);
  if (norm.split(' ').some((w) => w.length > 1 && rules.wordCount(w) > 0)) return false;
  if (rules.flagsFor(name, 'generic') !== 0) return false;
  return candidates.some((c) => inArms.has(normalizeName(c)));
}

export interface DrugBankContext {
  rules: AmbiguityRules;
  /** synonyms checked and found to name another drug (curated/drugbank-rejects.tsv) */
  rejected: string[];
  /** intervention and comparator texts of the human trials in the research data */
  trialArms: string[];
  drugs: Map<string, DrugDraft>;
  /** the names other sources gave, for spelling comparisons */
  known: NameDraft[];
  /** a name's base ingredient (salt forms folded) */
  base: (name: string) => string;
  /** adds a drug the index does not have yet, or null when the name is not one */
  place: (name: string) => DrugDraft | null;
  /** the labelled drugs named by a name and more words ("dabigatran etexilate") */
  labelledForms: (name: string) => DrugDraft[];
}

/**
 * Joins every DrugBank row to a drug of the index (by UNII, else by name, else by exactly one
 * synonym), adds the drugs trials give as an arm, and returns the names of the rows that a
 * clinician writes (see writtenNames).
 */
export function drugBankNames(rows: DrugBankRow[], ctx: DrugBankContext): NameDraft[] {
  const { rules, drugs, base } = ctx;
  const byUnii = new Map<string, string>();
  for (const d of [...drugs.values()].sort((a, b) => a.id.localeCompare(b.id)))
    if (d.unii && !byUnii.has(d.unii)) byUnii.set(d.unii, d.id);
  const rejected = new Set(ctx.rejected.map((s) => normalizeName(s)));
  const plain = new Map(
    rows.map((row) => [
      row.id,
      plainNames(row, rules).filter((s) => !rejected.has(normalizeName(s))),
    ]),
  );
  const inArms = phrasesIn(
    ctx.trialArms,
    new Set([...plain.values()].flat().map((s) => normalizeName(s))),
  );
  const namesOf = new Map<string, string[]>();
  for (const n of ctx.known)
    if (n.drugIds.length === 1)
      namesOf.set(n.drugIds[0]!, [...(namesOf.get(n.drugIds[0]!) ?? []), n.text]);
  const out: NameDraft[] = [];
  for (const row of rows) {
    const candidates = plain.get(row.id)!;
    let id = (row.unii && byUnii.get(row.unii)) || joinByName(row.name, candidates, drugs, base);
    if (!id) {
      if (!row.unii || !isWrittenDrug(row.name, rules, inArms, candidates)) continue;
      // The active moiety of the one labelled ester or salt the index has ("dabigatran" for
      // Pradaxa's dabigatran etexilate, "loteprednol" for loteprednol etabonate): clinicians
      // write the moiety for that drug, so it is a name of it, not a drug with no label.
      const moiety = base(normalizeName(row.name));
      const forms = ctx
        .labelledForms(moiety)
        .filter((d) => !d.name.slice(moiety.length + 1).includes(' '));
      if (forms.length === 1) {
        id = forms[0]!.id;
        out.push({
          text: moiety,
          kind: 'synonym',
          drugIds: [id],
          flags: 0,
          source: `DrugBank ${row.id}`,
        });
      } else {
        const d = ctx.place(moiety);
        if (!d) continue;
        d.unii ??= row.unii;
        id = d.id;
      }
    }
    drugs.get(id)!.sources.add('DrugBank');
    // Allergen extracts: their DrugBank names are species ("Candida albicans"), not drugs.
    if (id.endsWith('-extract')) continue;
    const indexNames = [drugs.get(id)!.name, ...(namesOf.get(id) ?? [])];
    for (const text of writtenNames(row, candidates, indexNames, inArms))
      out.push({ text, kind: 'synonym', drugIds: [id], flags: 0, source: `DrugBank ${row.id}` });
  }
  return out;
}

/** The one drug of the index a DrugBank row names: by its own name, else by exactly one synonym. */
function joinByName(
  name: string,
  synonyms: string[],
  drugs: Map<string, DrugDraft>,
  base: (n: string) => string,
): string | null {
  const own = slugify(base(normalizeName(name)));
  if (drugs.has(own)) return own;
  const ids = new Set(
    synonyms.map((s) => slugify(base(normalizeName(s)))).filter((id) => drugs.has(id)),
  );
  return ids.size === 1 ? [...ids][0]! : null;
}
