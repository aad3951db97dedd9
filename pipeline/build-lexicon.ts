// Drugs (one per active ingredient) and every name that points to them, from RxNorm,
// the FDA labels, the top-300 list and the project's curated lists.
import { join } from 'node:path';
import { NAME_KINDS, NameFlag, type NameKind } from '../src/core/lexicon-types';
import { normalizeName, slugify } from '../src/core/normalize';
import type { AmbiguityRules } from './ambiguity';
import { drugBankNames, readDrugBank } from './drugbank';
import type { RawLabel } from './label-types';
import { stripSalt } from './salts';
import { readTsv } from './sources';

// Elements of the radionuclides in drug names, with their symbols ("radium ra 223 dichloride").
const RADIONUCLIDES: [element: string, symbol: string][] = [
  ['radium', 'ra'],
  ['rubidium', 'rb'],
  ['copper', 'cu'],
  ['technetium', 'tc'],
  ['indium', 'in'],
  ['xenon', 'xe'],
  ['gallium', 'ga'],
  ['lutetium', 'lu'],
  ['iodine', 'i'],
  ['thallium', 'tl'],
  ['samarium', 'sm'],
  ['strontium', 'sr'],
  ['yttrium', 'y'],
];

export interface DrugDraft {
  id: string;
  name: string;
  rxcui: string | null;
  unii: string | null;
  top300Rank: number | null;
  /** set ids of labels whose active ingredients include this drug */
  labelSetIds: string[];
  /** why the drug is in the index */
  sources: Set<string>;
  /** for a name of a group of drugs ("insulin"): the members, each with its own label */
  groupOf: string[];
}

export interface NameDraft {
  text: string;
  kind: NameKind;
  drugIds: string[];
  flags: number;
  source: string;
}

export interface BuiltLexicon {
  drugs: Map<string, DrugDraft>;
  names: Map<string, NameDraft>;
  /** labels by set id with their ingredient ids */
  labelIngredients: Map<string, string[]>;
  topDrugs: { rank: number; drug: string; ids: string[] }[];
  warnings: string[];
}

const lower = (s: string) => normalizeName(s);

export function buildLexicon(
  dataDir: string,
  labels: RawLabel[],
  curatedDir: string,
  rules: AmbiguityRules,
  /** the arms (interventions and comparators) of the human trials in the research data */
  trialArms: string[] = [],
): BuiltLexicon {
  const warnings: string[] = [];
  const ingredients = readTsv(join(dataDir, 'lexicon', 'rxnorm-ingredients.tsv'));
  const brands = readTsv(join(dataDir, 'lexicon', 'rxnorm-brands.tsv'));
  const top = readTsv(join(dataDir, 'lexicon', 'top-drugs.tsv'));
  const drugBank = readDrugBank(join(dataDir, 'lexicon', 'drugbank-vocabulary.tsv'));

  // RxNorm ingredients (IN) are kept whole when they look like salts ("potassium chloride").
  const rxnormInNames = new Set(
    ingredients.filter((r) => r.tty === 'IN').map((r) => lower(r.name!)),
  );
  // Substances known by name, for telling a biosimilar suffix ("adalimumab-aaty") from a word.
  const substances = new Set([...rxnormInNames, ...drugBank.map((r) => lower(r.name))]);
  const base = (name: string) => {
    const b = stripSalt(lower(name), (n) => rxnormInNames.has(n));
    // The FDA's four-letter suffix of a biologic ("-aaty", "-sndz") names its maker's product,
    // not another drug: "adalimumab-aaty" is adalimumab. The suffix is no English word ("pork").
    const suffixed = / ([a-z]{4})$/.exec(b);
    const stem = suffixed ? b.slice(0, suffixed.index) : '';
    return suffixed && substances.has(stem) && rules.wordCount(suffixed[1]!) === 0 ? stem : b;
  };

  const drugs = new Map<string, DrugDraft>();
  const ensureDrug = (name: string, source: string): DrugDraft => {
    const id = slugify(name);
    let drug = drugs.get(id);
    if (!drug) {
      drug = {
        id,
        name: lower(name),
        rxcui: null,
        unii: null,
        top300Rank: null,
        labelSetIds: [],
        sources: new Set(),
        groupOf: [],
      };
      drugs.set(id, drug);
    }
    drug.sources.add(source);
    return drug;
  };
  const pending: NameDraft[] = [];
  const addName = (text: string, kind: NameKind, drugIds: string[], source: string) => {
    const clean = text.trim().replace(/\s+/g, ' ');
    if (clean && drugIds.length)
      pending.push({ text: clean, kind, drugIds: [...new Set(drugIds)], flags: 0, source });
  };

  // RxNorm ingredients (IN), and salt forms (PIN) under their base.
  const rxnormIn = new Map<string, Record<string, string>>();
  for (const row of ingredients) {
    if (row.tty === 'IN') rxnormIn.set(lower(row.name!), row);
  }
  for (const row of ingredients) {
    if (row.tty !== 'PIN') continue;
    const b = base(row.name!);
    if (b !== lower(row.name!)) addName(row.name!, 'salt', [slugify(b)], 'RxNorm PIN');
  }

  // Labels: their substances are the ingredients; brand and generic names point to them.
  const labelIngredients = new Map<string, string[]>();
  // The labelled drug that a substance of another name is, by a label's own generic name (only
  // where one labelled drug has it): Auryxia's substance is "tetraferric tricitrate decahydrate",
  // its generic name "ferric citrate", RxNorm's ingredient; the Epogen label's "epoetin alfa" is
  // RxNorm's, with Procrit and Retacrit. (Not by UNII alone: RxNorm's "insulin regular human", with
  // Humulin R, shares its UNII with Afrezza's inhaled "insulin human", another product.)
  const labelledAs = new Map<string, Set<string>>();
  for (const label of [...labels].sort((a, b) => a.set_id.localeCompare(b.set_id))) {
    const subs = substancesOf(label);
    const ids = [...new Set(subs.map((s) => ensureDrug(base(s), 'FDA label').id))];
    labelIngredients.set(label.set_id, ids);
    for (const id of ids) drugs.get(id)!.labelSetIds.push(label.set_id);
    for (const s of subs)
      if (base(s) !== s) addName(s, 'salt', [slugify(base(s))], 'FDA label substance');
    const generic = label.openfda.generic_name?.[0];
    if (generic && ids.length === 1) {
      if (lower(generic) !== drugs.get(ids[0]!)!.name)
        addName(generic.toLowerCase(), 'salt', ids, 'FDA label generic name');
      const key = base(generic);
      labelledAs.set(key, (labelledAs.get(key) ?? new Set()).add(ids[0]!));
    }
    for (const brand of label.openfda.brand_name ?? []) {
      // (the diluent's own name is no brand of the drug: "Sterile Diluent for Remodulin")
      if (/\bdiluent\b/i.test(brand)) continue;
      if (isBrandWorthy(brand, subs, generic))
        addName(brand, 'brand', ids, `FDA label ${label.set_id}`);
    }
    if (ids.length === 1) {
      const drug = drugs.get(ids[0]!)!;
      drug.unii ??= label.openfda.unii?.[0] ?? null;
    }
  }

  /** Drug ids whose substance is a labelled drug's under another name, to that drug's id. */
  const foldedInto = new Map<string, string>();
  /** The drug id a name stands for, after folding. */
  const idOf = (name: string) => foldedInto.get(slugify(name)) ?? slugify(name);

  // RxNorm brands point to their ingredients (salt forms folded to the base).
  const brandTargets = new Map<string, string[]>();
  for (const row of brands) {
    const ids = [
      ...new Set(
        row
          .ingredient_names!.split('|')
          .flatMap((n) => n.split(' / '))
          .map((n) => base(n)),
      ),
    ];
    brandTargets.set(row.brand!, ids);
  }

  // Top-300 drugs always get an entry, even without a label or RxNorm row ("aspirin"). A name
  // that is a curated group ("Calcium", the salt unsaid) is that group, made further down: made
  // here, it would take the ingredients named after it ("calcium gluceptate") as its forms.
  const groupRows = readTsv(join(curatedDir, 'groups.tsv'));
  const groupNames = new Set(groupRows.map((r) => lower(r.name!)));
  const topDrugs = top.map((row) => {
    const parts = row
      .drug!.split(';')
      .map((p) => lower(p))
      .filter(Boolean);
    const ids = parts.map((p) =>
      groupNames.has(p) ? slugify(p) : resolveTopName(p, drugs, rxnormIn, base),
    );
    ids.forEach((id, i) => {
      if (groupNames.has(parts[i]!)) return;
      const d = drugs.get(id) ?? ensureDrug(id.replace(/-/g, ' '), 'top-300');
      d.sources.add('top-300');
      d.top300Rank ??= Number(row.rank);
      if (d.name !== parts[i]) addName(parts[i]!, 'synonym', [id], 'top-300 name');
    });
    return { rank: Number(row.rank), drug: row.drug!, ids };
  });

  // Every RxNorm ingredient is a drug of the index, with or without a brand or a label
  // (captopril, reserpine). One known only to RxNorm whose name is an ordinary English word
  // ("gold") is left out: with no label or brand behind it, a highlight would mislead more often.
  // A curated name of another drug ("valproic acid" is valproate) or a physical form of a drug
  // already in the index ("nitrofurantoin macrocrystalline") is a name of that drug, not a new one.
  const curated: [string, NameKind, Record<string, string>[]][] = (
    [
      ['abbreviations.tsv', 'abbreviation'],
      ['synonyms.tsv', 'synonym'],
      ['brands.tsv', 'brand'],
    ] as const
  ).map(([file, kind]) => [file, kind, readTsv(join(curatedDir, file))]);
  const curatedNames = new Set(
    curated.flatMap(([, , rows]) => rows.map((r) => lower(Object.values(r)[0]!))),
  );
  /** A new ingredient's place: its own drug, a name of a drug already here, or nothing. */
  const placeIngredient = (name: string, source: string): DrugDraft | null => {
    if (drugs.has(slugify(name))) return ensureDrug(name, source);
    if (isOrdinaryWord(name, rules) || curatedNames.has(name)) return null;
    // Forms, resin complexes and salts RxNorm lists as ingredients of their own.
    const form = FORM_OF_PARENT.exec(name);
    const parent = form ? name.slice(0, form.index) : null;
    if (parent && drugs.has(slugify(parent))) {
      addName(name, 'salt', [slugify(parent)], `${source} (a form of the drug)`);
      foldedInto.set(slugify(name), slugify(parent));
      return null;
    }
    const labelled = labelledAs.get(name);
    if (labelled?.size === 1) {
      const [id] = labelled;
      addName(name, 'salt', [id!], `${source} (the labelled substance, another name)`);
      foldedInto.set(slugify(name), id!);
      return drugs.get(id!)!;
    }
    return ensureDrug(name, source);
  };
  for (const [name, row] of rxnormIn) {
    const d = placeIngredient(name, 'RxNorm');
    if (!d) continue;
    d.rxcui ??= row.rxcui || null;
    d.unii ??= row.unii || null;
  }

  // Orange Book ingredients are approved drugs (NDA and ANDA products): each, salt folded, is a
  // drug of the index. They bring what the staged RxNorm file lacks (ingredients starting with
  // "A": ampicillin, amphotericin B) and older generic-only drugs.
  const orangeBook = readTsv(join(dataDir, 'lexicon', 'fda-brands.tsv'));
  for (const row of orangeBook) {
    for (const raw of row.ingredients!.split(/[|/]/)) {
      const name = base(raw);
      if (name.length < 4 || /[0-9;:,()]/.test(name) || drugs.has(slugify(name))) continue;
      placeIngredient(name, 'Orange Book');
    }
  }
  // DrugBank: other names of the drugs already here, and the drugs human trials give as an arm
  // (pipeline/drugbank.ts). Its names come after every other source's, so they never take a
  // name from another drug.
  const late = drugBankNames(drugBank, {
    rules,
    rejected: readTsv(join(curatedDir, 'drugbank-rejects.tsv')).map((r) => r.synonym!),
    trialArms,
    drugs,
    known: pending,
    base,
    place: (name) => placeIngredient(name, 'DrugBank'),
    labelledForms: (name) => labelledFormsOf(name, drugs),
  });

  const fuller = fullerBrandIngredients(labels, orangeBook, base);
  for (const [brand, listed] of brandTargets) {
    const targets = fuller(brand, listed);
    const ids = targets.map(idOf).filter((id) => drugs.has(id));
    // A curated brand (checked by hand against its ingredients) wins over RxNorm's list.
    if (ids.length === targets.length && !curatedNames.has(lower(brand)))
      addName(brand, 'brand', ids, 'RxNorm brand');
  }

  // Orange Book trade names of NDA products, current and discontinued (Capoten, Flexeril), to their
  // ingredients; a "brand" that is only the generic name, or an ordinary word ("Today"), is left out.
  for (const row of orangeBook) {
    if (!row.application?.startsWith('N')) continue;
    const brand = orangeBookBrand(row.brand!);
    if (!brand || isOrdinaryWord(brand, rules, 'brand')) continue;
    const subs = row.ingredients!.split('|').map((s) => lower(s));
    const ids = [...new Set(subs.map((s) => idOf(base(s))))];
    if (!ids.every((id) => drugs.has(id))) continue;
    if (!isBrandWorthy(brand, [...subs, ...subs.map(base)], undefined)) continue;
    // A trade name that is the name of another substance ("IRON DEXTRAN" listed with ferric
    // oxyhydroxide) would give that substance's mentions to the wrong drug.
    if (substances.has(lower(brand)) && !subs.some((s) => base(s) === base(lower(brand)))) continue;
    addName(brand, 'brand', ids, `Orange Book ${row.application}`);
  }

  // Names of groups ("insulin" alone): a drug of the index of its own, without a label, whose
  // members are the drugs of the index named so that have one, or are among the most prescribed
  // (ferrous sulfate, with no label in the data) (pipeline/curated/groups.tsv).
  for (const row of groupRows) {
    const prefixes = row.members!.split(';').filter(Boolean);
    const members = [...drugs.values()]
      .filter(
        (d) =>
          (d.labelSetIds.length || d.top300Rank !== null) &&
          prefixes.some((p) => d.name.startsWith(p)),
      )
      .map((d) => d.id)
      .sort();
    if (!members.length) continue;
    const group = ensureDrug(row.name!, 'curated groups.tsv');
    group.groupOf = members;
    const rank = topDrugs.find((t) => t.ids.includes(group.id))?.rank;
    if (rank !== undefined) {
      group.sources.add('top-300');
      group.top300Rank ??= rank;
    }
  }

  // A radionuclide as clinicians write it ("radium-223", "rubidium-82", "Ra-223"): the element and
  // its mass number from the ingredient's name ("radium ra 223 dichloride"), where only one
  // ingredient of the index makes that name (two are lutetium Lu 177) and no curated name has it.
  const nuclides = new Map<string, Set<string>>();
  const nuclideNames = RADIONUCLIDES.map(([element, symbol]) => ({
    element,
    symbol,
    pattern: new RegExp(`\\b${element}\\b.*\\b${symbol} (\\d{1,3}m?)\\b`),
  }));
  for (const d of drugs.values()) {
    for (const { element, symbol, pattern } of nuclideNames) {
      const m = pattern.exec(d.name);
      if (!m) continue;
      for (const name of [`${element}-${m[1]}`, `${element} ${m[1]}`, `${symbol}-${m[1]}`]) {
        if (!nuclides.has(name)) nuclides.set(name, new Set());
        nuclides.get(name)!.add(d.id);
      }
    }
  }
  for (const [name, ids] of [...nuclides].sort(([a], [b]) => a.localeCompare(b)))
    if (ids.size === 1 && !curatedNames.has(name) && !drugs.has(slugify(name)))
      addName(name, 'synonym', [...ids], 'radionuclide (element and mass number)');

  // Curated lists (read above): every target must be an ingredient of the index.
  const unknownTargets: string[] = [];
  for (const [file, kind, rows] of curated) {
    for (const row of rows) {
      const [text, targets] = Object.values(row) as [string, string];
      const ids = targets.split(';').map((t) => idOf(t.trim()));
      const missing = ids.filter((id) => !drugs.has(id));
      if (missing.length) unknownTargets.push(`${file}: "${text}" names ${missing.join(', ')}`);
      else addName(text, kind, ids, `curated ${file}`);
    }
  }
  if (unknownTargets.length) {
    throw new Error(
      `Curated names whose target is not an ingredient of the index:\n${unknownTargets.join('\n')}`,
    );
  }

  // Every drug is found by its own name first.
  const names = new Map<string, NameDraft>();
  const ordered = [
    ...[...drugs.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((d): NameDraft => ({
        text: d.name,
        kind: 'generic',
        drugIds: [d.id],
        flags: 0,
        source: 'ingredient',
      })),
    ...pending.sort(
      (a, b) =>
        NAME_KINDS.indexOf(a.kind) - NAME_KINDS.indexOf(b.kind) || a.text.localeCompare(b.text),
    ),
    ...late,
    // "alfa" and "alpha" ("interferon alpha-2b", "epoetin alpha"), "sulfate" and "sulphate"
    // ("ferrous sulphate", "sulphasalazine"): both are written.
    ...[...drugs.values(), ...pending, ...late]
      .map((n) => ('text' in n ? n : { text: n.name, drugIds: [n.id], kind: 'generic' as const }))
      .flatMap((n) =>
        SPELLING_VARIANTS.filter(([from]) => from.test(n.text)).map(
          ([from, to, source]): NameDraft => ({
            text: n.text.replace(new RegExp(from.source, 'gi'), to),
            kind: n.kind === 'generic' ? 'synonym' : n.kind,
            drugIds: n.drugIds,
            flags: 0,
            source,
          }),
        ),
      ),
  ];
  for (const name of ordered) {
    const key = normalizeName(name.text);
    // A salt form whose base ingredient has no entry (no label, brand or top-300 rank).
    if (!key || name.drugIds.some((id) => !drugs.has(id))) continue;
    const existing = names.get(key);
    if (existing) {
      if (
        existing.drugIds.join() !== name.drugIds.join() &&
        name.kind !== 'salt' &&
        name.source.startsWith('curated')
      ) {
        warnings.push(
          `"${name.text}" (${name.source}) is already a name of ${existing.drugIds.join('+')}; kept that`,
        );
      }
      continue;
    }
    names.set(key, { ...name, flags: rules.flagsFor(name.text, name.kind) });
  }
  return { drugs, names, labelIngredients, topDrugs, warnings };
}

/** The label's active ingredients, lower case (generic name when openFDA has no substances). */
export function substancesOf(label: RawLabel): string[] {
  // (not the water of a diluent packed with the product: Remodulin's "Sterile Diluent for
  // Remodulin" made it a combination of treprostinil and water)
  const subs = (label.openfda.substance_name ?? []).map(lower);
  const active = subs.length > 1 ? subs.filter((s) => s !== 'water') : subs;
  if (active.length) return [...new Set(active)].sort();
  const generic = label.openfda.generic_name?.[0] ?? '';
  // (without the dosage form a generic name may carry: Phospholine Iodide's "echothiophate iodide
  // for ophthalmic solution" is echothiophate iodide, RxNorm's ingredient)
  return generic
    ? lower(generic)
        .replace(DOSAGE_FORM, '')
        .split(/ and |, /)
        .map((s) => s.trim())
        .filter(Boolean)
        .sort()
    : [];
}

const DOSAGE_FORM =
  / (?:for (?:ophthalmic |oral |injectable )?(?:solution|suspension|injection)|(?:ophthalmic |topical |oral )?solution)$/;

/** Spellings written as often as the name's own: [in the name, written as, source]. */
const SPELLING_VARIANTS: [RegExp, (m: string) => string, string][] = [
  [/\balfa\b/i, (m) => (m[0] === 'A' ? 'Alpha' : 'alpha'), 'spelling variant (alfa/alpha)'],
  [/sulf(?=a|i|o|u)/i, (m) => (m[0] === 'S' ? 'Sulph' : 'sulph'), 'spelling variant (sulf/sulph)'],
];

const FORM_OF_PARENT =
  / (?:macrocrystalline|macrocrystals|micronized|anhydrous|crystalline|microcrystalline|microsize|ultramicrocrystalline|ultramicrosize|resin complex|resin|phosphate complex|polistirex|polacrilex|synthetic(?: human| porcine)?|recombinant|usp|dimaleate|pivalate|tebutate|indanyl|gluceptate|phenpropionate|diolamine|tannate|terephthalate|diaspartate|ditromethamine|adipate|aspartate|glycinate|gluconate|acetyl|methylbromide|bismuth|tetrahydrate|monobasic|dibasic)$/;

function isOrdinaryWord(name: string, rules: AmbiguityRules, kind: NameKind = 'generic'): boolean {
  return (rules.flagsFor(name, kind) & (NameFlag.commonWord | NameFlag.personName)) !== 0;
}

/**
 * An Orange Book trade name as written in text: "FLEXERIL" -> "Flexeril", "VENTOLIN HFA" ->
 * "Ventolin HFA". Names with strengths, quotes or numbers ("PRINCIPEN '250'") are left out.
 */
function orangeBookBrand(raw: string): string | null {
  if (/[0-9'"%]|\bNO\.|\bW\//.test(raw)) return null;
  const words = raw.trim().split(/\s+/);
  if (words.length > 3) return null;
  return words.map((w) => (w.length <= 3 ? w : w[0]! + w.slice(1).toLowerCase())).join(' ');
}

function isBrandWorthy(brand: string, substances: string[], generic: string | undefined): boolean {
  const b = lower(brand);
  if (!b || b.split(' ').length > 4) return false;
  if (generic && b === lower(generic)) return false;
  // "Baclofen", "Naproxen Sodium": a generic name written as a brand.
  return !substances.some((s) => b === s || b.startsWith(`${s} `) || s.startsWith(b));
}

function resolveTopName(
  name: string,
  drugs: Map<string, DrugDraft>,
  rxnormIn: Map<string, Record<string, string>>,
  base: (n: string) => string,
): string {
  const candidates = [name, base(name)];
  for (const c of candidates) if (drugs.has(slugify(c)) || rxnormIn.has(c)) return slugify(c);
  // "Lithium" is staged as "lithium carbonate": take the labeled ingredient that starts with it.
  return labelledFormsOf(name, drugs)[0]?.id ?? slugify(name);
}

/** The labelled drugs named by a name and more words ("lithium carbonate"), most labels first. */
function labelledFormsOf(name: string, drugs: Map<string, DrugDraft>): DrugDraft[] {
  return [...drugs.values()]
    .filter((d) => d.name.startsWith(`${name} `) && d.labelSetIds.length)
    .sort((a, b) => b.labelSetIds.length - a.labelSetIds.length || a.id.localeCompare(b.id));
}

/**
 * The staged RxNorm brands lack every ingredient starting with "A" ("Augmentin" lists only
 * clavulanate, "Percocet" only oxycodone). Where a label or the Orange Book gives the same brand
 * with all of RxNorm's ingredients and "A" ones besides, that fuller list is the brand's; a fuller
 * list that adds another ("Sensorcaine" with epinephrine is another product of the line) is not.
 */
function fullerBrandIngredients(
  labels: RawLabel[],
  orangeBook: Record<string, string>[],
  base: (n: string) => string,
): (brand: string, listed: string[]) => string[] {
  const fuller = new Map<string, string[]>();
  const offer = (brand: string, ingredients: string[]) => {
    // "AUGMENTIN '125'" is Augmentin
    const key = brand
      .replace(/\s*['"(].*$|\s+\d.*$/, '')
      .trim()
      .toLowerCase();
    const set = [...new Set(ingredients.map((s) => base(s)))];
    if (set.length > (fuller.get(key)?.length ?? 0)) fuller.set(key, set);
  };
  for (const label of labels)
    for (const brand of label.openfda.brand_name ?? []) offer(brand, substancesOf(label));
  for (const row of orangeBook) offer(row.brand!, row.ingredients!.split(/[|/]/));
  return (brand, listed) => {
    const more = fuller.get(brand.toLowerCase());
    return more &&
      more.length > listed.length &&
      listed.every((t) => more.includes(t)) &&
      more.every((t) => listed.includes(t) || t.startsWith('a'))
      ? more
      : listed;
  };
}
