// Reads a query the way a clinician asks it: "baclofen for back pain", "role of baclofen in
// low back pain" -> the drug part and the condition to focus on.
import { DOSE_UNIT } from './clinical-context';
import { labValueSpans } from './lab-values';
import { unreadMeasureSpans } from './unread-measures';
import { ageAsked, conditionFirst } from './patient-age';
import { spelledOutShorthand } from './clinical-shorthand';
import { CAUSE_LINK, causeJoined, LIST_SEPARATOR } from './conditions';
import type { DrugMatch, DrugMatcher } from './drug-matcher';
import { normalizeName } from './normalize';
import { patientQuestion } from './patient-questions';
import { isNonproprietaryName } from './brand-label';
import { amountsIn, isFormWord, isReleaseWord } from './product-form';
import { isRouteWord, routeAsked, type RouteAsked } from './route-asked';
import { purposeAsFor } from './purpose-verbs';
import { withoutRegimen } from './regimen-words';
import { statedSymptoms } from './stated-symptoms';

export interface ParsedQuestion {
  /** the words that name the drug ("baclofen", or "baclophen" when misspelled) */
  drugText: string;
  /** the drug the matcher recognized, when it did */
  drugId: string | null;
  /** words before "for" to search as the drug first, the name found lying after it */
  instead?: { drugText: string; condition: string | null; conditionWords: string | null };
  /** the brand the query named the drug by ("Zoloft"), when it did */
  brand?: string;
  /** every ingredient of the product named, when it has several ("Qsymia") */
  drugIds?: string[];
  /** the product was named by two ingredients ("fluticasone/salmeterol"), not by a brand */
  pair?: boolean;
  /** the condition asked about, or null for a plain drug lookup */
  condition: string | null;
  /** the question's own words around the drug, for the condition vocabulary ("a-fib") */
  conditionWords: string | null;
  /**
   * the query names a condition a drug causes and no drug to look up for it ("acetaminophen
   * overdose", "heparin-induced thrombocytopenia"): the drug named is not the one asked about
   */
  causedBy?: string;
  /**
   * the question asks what the drug does to patients with the condition, not what it is for:
   * "asked" where it says so ("is metformin safe in kidney disease", "does metformin cause lactic
   * acidosis"), "juxtaposed" where it names both with no word between ("propranolol asthma"),
   * which may ask either
   */
  safety?: 'asked' | 'juxtaposed';
  /**
   * another drug the question asks about with this one, and no condition ("can I take ibuprofen
   * with warfarin", "warfarin and aspirin"): the note says what their labels say of each other
   */
  withDrug?: {
    text: string;
    drugId: string | null;
    /** the question read with those words as a condition, for a word that names both ("thyroid") */
    orCondition: Pick<ParsedQuestion, 'condition' | 'conditionWords' | 'safety'>;
  };
  /**
   * the drugs the patient takes, named after the condition ("sertraline for depression in a
   * patient on tramadol", "... taking simvastatin and warfarin"): the note says what their labels
   * say of each other
   */
  alsoTaking?: { text: string; drugId: string | null }[];
  /**
   * the route or form the question names beside the drug ("topical tacrolimus", "timolol eye
   * drops", "metformin 500 mg po"): only the labels given that way answer it
   */
  route?: RouteAsked;
  /**
   * the words beside the drug's name, with the name's own, where one names a release or a salt
   * ("tacrolimus er", "metoprolol tartrate"): read against the drug's own name (product-form.ts)
   */
  besideDrug?: string[];
}

// Words that ask about harm, not use: "is metformin safe in kidney disease", "does amiodarone cause
// thyroid problems", "risk of bleeding with warfarin" (not what caused the condition asked about:
// "ondansetron for vomiting caused by radiation"; "nausea caused by metformin" still asks harm).
const SAFETY =
  /(?<![\w-])(?:safe|safety|ok|okay|risks? of|causes|cause(?!d\s+by\s+\w)d?|causing|caution|contraindicated|contraindications?|avoid|worsens?|worsening|make[s]? (?:you|me|him|her|them|people|patients))(?![\w-])/i;

// Words that ask what a drug is for, though no "for" joins it to the condition.
const USE_WORDS = /\b(?:treat\w*|therap\w*|manag\w*|indicat\w*|uses?|used|helps?|prevent\w*)\b/i;

// Words after a drug's name that make it part of a condition of its lack.
const DEFICIENT = /^[\s-]*(?:deficiency|deficiencies|deficient|insufficiency|depletion)\b/i;

// Words after a drug's name that make it part of a condition it causes: "acetaminophen
// overdose", "heparin-induced thrombocytopenia", "alcohol withdrawal", "warfarin reversal".
const CAUSED =
  /^[\s-]*(?:induced|associated|related|overdoses?|overdosage|toxicity|poisoning|withdrawal|reversal|intoxication|dependence|addiction|allergy|hypersensitivity|abuse|misuse|use disorders?)\b/i;

// ("hydrocortisone cream for eczema": the form of the drug is no part of the condition)
const FILLER = new Set(
  (
    'role of the a an someone somebody use uses used using in for with on does do is are should can could help helps treat treating treatment therapy effective efficacy evidence what about and to as patients patient management manage after ' +
    // (whose condition it is: "amlodipine for my blood pressure", "metformin for his sugar")
    'my your his her their our ' +
    // (the asking's modal verbs: "will tylenol help my fever", "would miralax help constipation")
    'will would might must ' +
    // (what is asked of the drug, not a condition: "metformin side effects", "sertraline dose")
    'side effect effects adverse dose doses dosing dosage interaction interactions level levels monitoring ' +
    'cream ointment gel lotion tablet tablets pill pills capsule capsules injection injections shot shots spray inhaler patch patches ' +
    // (a form, left out of the drug's name searched and of the words read as the condition:
    // "albumin suspension" as albumin)
    'suspension solution powder syrup elixir granules sprinkle sprinkles chewable troche troches lozenge lozenges rinse paste wafer'
  ).split(' '),
);

// The words that join a drug to what it is asked for: "for", "in", "with", "to treat", "against".
const CONNECTOR = String.raw`(?:for|in|with|to treat|against)`;
const SPLIT = new RegExp(String.raw`\s+${CONNECTOR}\s+`, 'i');
// (of those, the ones that ask what the drug is for; "in" and "with" may ask either: "fluoxetine in
// glaucoma", "can I take ibuprofen with kidney disease")
const FOR = /(?:^|\s)(?:for|to treat|against)\s/i;

/**
 * The query in the words the parse reads: a purpose verb as "for" ("to lower blood sugar" -> "for
 * high blood sugar") in the plain query. (parseQuestion also tells purposeAsFor where drugs are
 * named: "how to stop sertraline" has no purpose.)
 */
function restated(query: string): string {
  return purposeAsFor(plainQuery(query));
}

/**
 * The query without its closing mark and its regimen ("for 10 days"), with clinical shorthand
 * spelled out ("dvt ppx" -> "dvt prophylaxis"), a condition stated as a sentence by its name ("my
 * back hurts" -> "back pain"), a patient named before the condition after it ("for a 5 year old
 * with strep throat" -> "for strep throat in a 5 year old"), and a patient's "I have X, can I take
 * Y" as Y beside X.
 */
function plainQuery(query: string): string {
  const plain = conditionFirst(
    spelledOutShorthand(withoutRegimen(query.trim().replace(/[?!.]+$/, ''))),
  );
  return patientQuestion(statedSymptoms(otherConditionSaid(plain)));
}

// Another condition a patient says they have, after the one asked "for": "for my back pain if I
// have kidney disease", "for arthritis, I have heart failure" read as "... with kidney disease",
// another condition the patients have (conditions.ts alongside).
const HAVE_SAID =
  /(\bfor\b[^,;]*?\w)\s*,?\s+(?:(?:if|and|but|since|because|as|though|although)\s+)?(?:i|he|she|they)\s+(?:also\s+|already\s+)?(?:have|has|had)\s+(?=[a-z])/i;
function otherConditionSaid(query: string): string {
  return query.replace(HAVE_SAID, '$1 with ');
}

/** The query's words before its first connector ("water pills" in "water pills for swelling"). */
export function questionHead(query: string): string {
  return restated(query).split(SPLIT)[0]!;
}

// Words about the drug or about the asking, not about the condition: a route, form or dose
// ("oral", "topical", "low dose"), a comparison ("vs losartan", "or insulin"), the asking itself
// ("can I take", "is ... safe"). Between the drug and "for", or before the drug, they leave the
// condition to the words after "for": "is baclofen safe for back pain" asks about back pain.
const DRUG_SIDE = new Set(
  (
    'low high dose doses dosing dosage ' +
    // (a use added to another: "sitagliptin add-on for type 2 diabetes"; "alone" and
    // "monotherapy" stay with the condition, which the label note reads)
    'add-on add adjunct adjunctive ' +
    'dosages mg mcg safe safety ok okay vs versus or compared plus placebo ' +
    'i we my me take taking give giving prescribe prescribing start starting how much many often ' +
    'when why which best good better it ' +
    // (the asking in a label's words: "is gabapentin approved for anxiety", "can metformin be
    // used for weight loss", "amoxicillin indicated for sinusitis?")
    'approved indicated prescribed recommended fda label labeled labelled be been work works still ' +
    // (who prescribed it: "my doctor gave me Jardiance for my heart failure")
    'doctor doctors dr physician nurse pharmacist gave given put told says said wants started ' +
    // (which product: "generic lipitor for cholesterol"; not "children's", which names the
    // patients; a concentration, "u-300")
    'generic brand name strength extra maximum regular u ' +
    // (a product's prefix: "fam-trastuzumab deruxtecan", "nab-paclitaxel")
    'fam ado ziv nab'
  ).split(' '),
);
// (a form the drug comes in that names no route: "ketoconazole shampoo", "albumin suspension")
const FORMS = new Set(
  'solution suspension powder paste wafer liquid film foam wash shampoo gum viscous'.split(' '),
);

/**
 * Whether a word is about the drug or the asking, not the condition: the words above, a form, and
 * the words for a route (route-asked.ts), a release, a salt or over the counter (product-form.ts).
 */
function aboutTheDrug(word: string): boolean {
  return DRUG_SIDE.has(word) || FORMS.has(word) || isRouteWord(word) || isFormWord(word);
}

export function parseQuestion(query: string, matcher: DrugMatcher): ParsedQuestion {
  const parsed = parseWords(query, matcher);
  const lower = query.toLowerCase();
  const at = parsed.drugText ? lower.indexOf(parsed.drugText.toLowerCase()) : -1;
  // (a product's own nonproprietary name, "denosumab-desu", "ziv-aflibercept", names one product
  // as a brand does: its own label answers first)
  const named = parsed.brand ? null : nonproprietaryName(lower, at, parsed.drugText);
  const beside = at < 0 ? [] : wordsBeside(lower, at, parsed.drugText);
  const route = routeAsked(beside);
  return {
    ...parsed,
    ...(named ? { brand: named } : {}),
    ...(route ? { route } : {}),
    ...(beside.some(isFormWord) || amountsIn(beside.join(' ')).length
      ? { besideDrug: beside }
      : {}),
  };
}

// (the prefixes of a product's nonproprietary name: "ziv-", "ado-", "fam-" as labels print them,
// "nab-" as clinicians write protein-bound paclitaxel; brand-label.ts tells their labels)
const PRODUCT_PREFIXES = new Set(['ziv', 'ado', 'fam', 'nab']);

/**
 * The nonproprietary name of one product the query gives the drug by: a biosimilar's four-letter
 * suffix after it ("denosumab-desu"), a prefix before it ("ziv-aflibercept"), or the name read as
 * the drug ("trastuzumab-dkst"); null where none.
 */
function nonproprietaryName(lower: string, at: number, drugText: string): string | null {
  if (at >= 0) {
    const suffix = /^-([a-z]{4})\b/.exec(lower.slice(at + drugText.length))?.[1];
    if (suffix) return `${drugText}-${suffix}`;
    const prefix = /\b([a-z]{3})-$/.exec(lower.slice(0, at))?.[1];
    if (prefix && PRODUCT_PREFIXES.has(prefix)) return `${prefix}-${drugText}`;
  }
  return isNonproprietaryName(drugText) ? drugText : null;
}

// What may stand between the drug's name and its route or release without being either: a dose
// ("500 mg", "0.1%"), or a form that names no route (FORMS: "solution").
const DOSE_WORD = /^(?:\d[\d.,]*%?|mg|mcg|g|ml|units?|%|low|high|dose)$/;

/**
 * The words next to the drug's name that may say which product of it is asked: a route
 * ("topical tacrolimus", "acetaminophen iv", "timolol eye drops", "metformin 500 mg po"), a
 * release or a salt ("tacrolimus er", "metoprolol tartrate"), with the name's own words ("oral
 * semaglutide"). Read in the query as written (a route after a dose is no part of the condition,
 * and the parse drops it), and only the run of such words and doses on either side, so "oral" in
 * "oral thrush nystatin" is the condition's.
 */
function wordsBeside(lower: string, at: number, drugText: string): string[] {
  const words = (s: string) => s.split(/[^a-z0-9.%]+/).filter(Boolean);
  const beside = (w: string) =>
    DOSE_WORD.test(w) || FORMS.has(w) || isRouteWord(w) || isFormWord(w);
  const before = words(lower.slice(0, at));
  let from = before.length;
  while (from > 0 && beside(before[from - 1]!)) from--;
  const after = words(lower.slice(at + drugText.length));
  let to = 0;
  while (to < after.length && beside(after[to]!)) to++;
  return [...before.slice(from), ...words(drugText.toLowerCase()), ...after.slice(0, to)];
}

function parseWords(query: string, matcher: DrugMatcher): ParsedQuestion {
  // (a purpose verb whose object is a drug is no purpose: "how to stop sertraline")
  const plain = plainQuery(query);
  const starts = new Set(matcher.find(plain, { medicationContext: true }).map((m) => m.start));
  const text = purposeAsFor(plain, (i) => starts.has(i));
  const mentions = matcher.find(text, { medicationContext: true });
  // The drug asked about is the first one named that is not part of a condition: not one it
  // causes ("acetaminophen overdose acetylcysteine" asks about acetylcysteine), nor one of its
  // lack ("iron deficiency anemia iron sucrose"); a drug named only before "deficiency" is asked
  // about with its name kept in the condition ("vitamin b12 deficiency").
  const lacking = (m: DrugMatch) => DEFICIENT.test(text.slice(m.end));
  // (nor alcohol the drink beside a medicine: "is it ok to drink alcohol with metronidazole" asks
  // about metronidazole, with alcohol)
  const asked = (m: DrugMatch) => !CAUSED.test(text.slice(m.end)) && !lacking(m);
  const mention =
    mentions.find((m) => asked(m) && m.drugId !== 'alcohol') ??
    mentions.find(asked) ??
    mentions.find(lacking);
  if (mention && lacking(mention)) {
    const condition = conditionFrom(text);
    return { ...named(mention), condition, conditionWords: condition ? text : null };
  }
  if (!mention && mentions[0])
    return {
      drugText: mentions[0].text,
      drugId: null,
      condition: null,
      conditionWords: null,
      causedBy: mentions[0].text,
    };
  // Two ingredients written as one product ("fluticasone/salmeterol", "amoxicillin-clavulanate",
  // "lisinopril-hctz"): the question is about their combination, not the first alone.
  const pair = mention && pairedWith(text, mention, mentions);
  if (mention && pair) {
    const rest = `${text.slice(0, mention.start)} ${text.slice(pair.end)}`;
    const reading = conditionBeside(withoutDrugs(rest, matcher), FOR.test(rest));
    // (another drug with it: "can I take fluticasone/salmeterol with warfarin")
    const other = onlyADrug(rest, matcher);
    return {
      ...named(mention),
      drugText: text.slice(mention.start, pair.end),
      drugIds: [
        ...new Set([...(mention.drugIds ?? [mention.drugId]), ...(pair.drugIds ?? [pair.drugId])]),
      ].filter((id): id is string => id !== null),
      pair: true,
      ...(other
        ? { condition: null, conditionWords: null, withDrug: { ...other, orCondition: reading } }
        : reading),
    };
  }
  if (mention) {
    const headFirst = headBeforeMention(text, mention, mentions);
    const asked = askedAfterDrug(text, mention.start, mention.end, matcher);
    // A second drug with it and nothing else ("can I take ibuprofen with warfarin", "warfarin and
    // aspirin"; not "ibuprofen vs acetaminophen") asks about the two together; the reading as a
    // condition is kept beside it, for a word that names both ("amiodarone thyroid").
    const beside = `${text.slice(0, mention.start)} ${text.slice(mention.end)}`;
    const withDrug = asked
      ? onlyADrug(asked.words, matcher)
      : /\b(?:vs\.?|versus|or|compared)\b/i.test(beside)
        ? null
        : onlyADrug(beside, matcher);
    // (a drug the patient takes, named after the condition: "sertraline for depression in a patient
    // on tramadol")
    const taking = withDrug ? null : takenBeside(asked?.words ?? text.slice(mention.end), matcher);
    const reading = ((): Pick<
      ParsedQuestion,
      'condition' | 'conditionWords' | 'safety' | 'alsoTaking'
    > => {
      if (taking) {
        const words = asked
          ? `${asked.withConnector.slice(0, asked.withConnector.length - asked.words.length)}${taking.rest}`
          : `${text.slice(0, mention.start)} ${taking.rest}`;
        return { ...conditionBeside(words, FOR.test(words)), alsoTaking: taking.drugs };
      }
      if (asked) {
        const condition = conditionFrom(asked.words, FOR.test(asked.withConnector));
        return {
          condition,
          conditionWords: condition ? asked.withConnector : null,
          ...(!condition
            ? {}
            : asked.safety
              ? { safety: 'asked' as const }
              : FOR.test(asked.withConnector) || USE_WORDS.test(text)
                ? {}
                : { safety: 'juxtaposed' as const }),
        };
      }
      // (a drug it is compared with is no condition: "ibuprofen vs acetaminophen"; a drug's name
      // inside a condition stays: "underactive thyroid", "alcohol use disorder")
      const rest = withoutDrugs(
        beside,
        matcher,
        /\b(?:vs\.?|versus|or|compared (?:with|to))\s+$/i,
      ).replace(/\b(?:vs\.?|versus|compared (?:with|to))\s*$/i, '');
      return conditionBeside(rest, FOR.test(text));
    })();
    return withDrug
      ? {
          ...named(mention),
          condition: null,
          conditionWords: null,
          withDrug: { ...withDrug, orCondition: reading },
          ...headFirst,
        }
      : { ...named(mention), ...reading, ...headFirst };
  }
  // No known name: "baclophen for back pain" -> search the words before the connector.
  const parts = text.split(SPLIT);
  if (parts.length > 1) {
    const drugText = stripFiller(parts[0]!);
    const words = parts.slice(1).join(' ');
    const condition = conditionFrom(words);
    return {
      drugText: drugText || parts[0]!,
      drugId: null,
      condition,
      conditionWords: condition ? words.trim() : null,
    };
  }
  return {
    drugText: stripFiller(text) || text,
    drugId: null,
    condition: null,
    conditionWords: null,
  };
}

/**
 * For a query with no drug name the matcher knows and no connector ("lisinoprl cough", "statin
 * muscle pain"): the ways to read its first words as the drug (or class) and the rest as the
 * condition, longest head first. The lookup takes the first head that answers a drug or a class.
 */
export function headSplits(query: string): {
  head: string;
  condition: string | null;
  conditionWords: string | null;
  safety?: 'asked' | 'juxtaposed';
}[] {
  const text = restated(query);
  if (SPLIT.test(text)) return [];
  const words = text.split(/\s+/);
  const splits = [];
  for (let k = words.length - 1; k >= 1; k--) {
    const head = stripFiller(words.slice(0, k).join(' '));
    const read = conditionBeside(words.slice(k).join(' '), false);
    // (a head of three letters or fewer is no misspelling to search: "mag oxide" answered Mag-G,
    // magnesium gluconate, by "mag", with "oxide" the condition)
    if (head && head.replace(/[^a-z]/gi, '').length > 3 && read.condition)
      splits.push({ head, ...read });
  }
  return splits;
}

/**
 * The condition in the words around the drug, and what they ask of it: harm where they say so (the
 * words of harm are no part of the condition: "cause lactic acidosis"), or, where neither a
 * connector nor a word of use joins drug and condition, either ("propranolol asthma").
 */
function conditionBeside(
  rest: string,
  connected: boolean,
): Pick<ParsedQuestion, 'condition' | 'conditionWords' | 'safety'> {
  const harm = SAFETY.test(rest);
  const words = harm
    ? rest.replace(new RegExp(SAFETY.source, 'gi'), ' ').replace(/\b(?:of|with|by)\s*$/i, '')
    : rest;
  const condition = conditionFrom(words, connected && !harm);
  const safety = !condition
    ? null
    : harm
      ? 'asked'
      : connected || USE_WORDS.test(rest)
        ? null
        : 'juxtaposed';
  return {
    condition,
    conditionWords: condition ? words.trim() : null,
    ...(safety ? { safety } : {}),
  };
}

/** The drug named right after the mention as its partner in one product ("A/B", "A-B", "A + B"). */
function pairedWith(text: string, mention: DrugMatch, mentions: DrugMatch[]): DrugMatch | null {
  const next = mentions.find((m) => m.start >= mention.end);
  if (!next || !next.drugId || next.drugId === mention.drugId) return null;
  return /^\s*(?:\/|\+|-|&)\s*$/.test(text.slice(mention.end, next.start)) ? next : null;
}

/** What the parse says of the drug the matcher found: its words, id(s), and brand if one. */
function named(
  mention: DrugMatch,
): Pick<ParsedQuestion, 'drugText' | 'drugId' | 'drugIds' | 'brand'> {
  return {
    drugText: mention.text,
    drugId: mention.drugId,
    drugIds: mention.drugIds,
    ...(mention.kind === 'brand' ? { brand: mention.text } : {}),
  };
}

/**
 * A name found only after "for", with words before it that name no drug the matcher knows
 * ("levothyroxin for thyroid"): those words may be a misspelled drug, and the name after "for"
 * part of the condition (desiccated thyroid is not what was asked). The lookup searches them
 * first; where they answer no drug ("depression in pregnancy sertraline"), the name found stands.
 */
function headBeforeMention(
  text: string,
  mention: DrugMatch,
  mentions: DrugMatch[],
): { instead?: { drugText: string; condition: string | null; conditionWords: string | null } } {
  const connector = SPLIT.exec(text);
  if (!connector || mention.start < connector.index + connector[0].length) return {};
  // (a name the matcher knows before it is no misspelling: "alcohol with tylenol")
  if (mentions.some((m) => m.end <= connector.index)) return {};
  const drugText = stripFiller(text.slice(0, connector.index));
  if (!drugText) return {};
  const words = text.slice(connector.index + connector[0].length);
  const condition = conditionFrom(words);
  return { instead: { drugText, condition, conditionWords: condition ? words.trim() : null } };
}

/**
 * The words after the first "for", "in", "with", "to treat" or "against" that follows the drug,
 * when every other word of the query is about the drug or the asking (other drugs named, a
 * route, a dose, "can I take"); null otherwise ("a-fib warfarin", "warfarin a-fib"), where the
 * condition is read from all the words around the drug.
 */
function askedAfterDrug(
  text: string,
  start: number,
  end: number,
  matcher: DrugMatcher,
): { words: string; withConnector: string; safety?: boolean } | null {
  const split = new RegExp(String.raw`^(.*?)\s+(${CONNECTOR}\s+(.+))$`, 'is').exec(text.slice(end));
  if (!split) return null;
  const aside = `${text.slice(0, start)} ${split[1]}`;
  if (!aside.trim()) return null;
  // "is metformin safe in kidney disease" asks about the patients, not what it is for
  const safety = SAFETY.test(aside) && !FOR.test(split[2]!);
  const words = normalizeName(withoutDrugs(aside, matcher)).split(' ').filter(Boolean);
  const aboutDrug = words.every((w) => FILLER.has(w) || aboutTheDrug(w) || /^\d/.test(w));
  return aboutDrug ? { words: split[3]!, withConnector: split[2]!, safety } : null;
}

/**
 * The drug the words name, when they name one drug and nothing else but words of the asking ("with
 * warfarin", "and aspirin together"): no condition, another drug to take with this one. A drug
 * inside a condition's name ("alcohol use disorder", "acetaminophen overdose") leaves words.
 */
function onlyADrug(
  words: string,
  matcher: DrugMatcher,
): { text: string; drugId: string | null } | null {
  const mentions = matcher.find(words, { medicationContext: true });
  if (mentions.length !== 1) return null;
  const left = normalizeName(withoutDrugs(words, matcher)).split(' ').filter(Boolean);
  const asking = (w: string) =>
    FILLER.has(w) ||
    aboutTheDrug(w) ||
    /^(?:together|same|time|combined|combination|drink|drinking|eat|eating)$/.test(w);
  return left.every(asking) ? { text: mentions[0]!.text, drugId: mentions[0]!.drugId } : null;
}

// Who takes the other drug, and how the question says it: "in a patient on", "who is taking",
// "while on", "and takes".
const TAKING_LEAD =
  /(?:\s*,)?\s+(?:(?:in|for)\s+(?:a|an|the|my)?\s*(?:patient|person|man|woman|someone|adult|child|pt)\s+)?(?:(?:who|that)\s+(?:is|are|'s)?\s*)?(?:(?:already|also|currently)\s+)?(?:on|taking|takes|using|while\s+(?:on|taking)|and\s+(?:on|taking|takes))\s+$/i;

/**
 * The drugs the words name after the condition as ones the patient takes ("depression in a patient
 * on tramadol", "... taking simvastatin and warfarin"): those drugs, and the words without them and
 * their lead, or null.
 */
function takenBeside(
  words: string,
  matcher: DrugMatcher,
): { drugs: { text: string; drugId: string | null }[]; rest: string } | null {
  const mentions = matcher.find(words, { medicationContext: true });
  if (mentions.length === 0 || mentions.length > 3) return null;
  const first = mentions[0]!;
  const lead = TAKING_LEAD.exec(words.slice(0, first.start));
  if (!lead || !words.slice(0, lead.index).trim()) return null;
  // (two or three, joined as a list: "taking simvastatin and warfarin", "on amlodipine, lisinopril
  // and metformin")
  const joined = mentions.every(
    (m, i) => i === 0 || TAKEN_JOIN.test(words.slice(mentions[i - 1]!.end, m.start)),
  );
  if (!joined) return null;
  const last = mentions.at(-1)!;
  const rest = `${words.slice(0, lead.index)} ${words.slice(last.end)}`.replace(/\s+/g, ' ').trim();
  return { drugs: mentions.map((m) => ({ text: m.text, drugId: m.drugId })), rest };
}
const TAKEN_JOIN = new RegExp(`^(?:${LIST_SEPARATOR})$`, 'i');

/** The words with every drug name the matcher knows blanked out (or only those after `after`). */
function withoutDrugs(words: string, matcher: DrugMatcher, after?: RegExp): string {
  let out = words;
  for (const m of matcher.find(words, { medicationContext: true }))
    if (!after || after.test(words.slice(0, m.start)))
      out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

function stripFiller(words: string): string {
  // (and a route or release: "iv ceftaroline", "ceftaroline er", searched as "ceftaroline")
  return normalizeName(words)
    .split(' ')
    .filter((w) => w && !FILLER.has(w) && !isRouteWord(w) && !isReleaseWord(w))
    .join(' ');
}

// A dose or a frequency, as a chart line writes it ("metformin 500 mg BID", "K-Dur 20 mEq"): no
// condition. (A number alone stays: "type 2 diabetes", "stage 3 kidney disease".)
// (how often, "BID", "q6h", is left out before, with the regimen: regimen-words.ts)
const DOSING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d+(?:[.,/]\d+)*\s*${DOSE_UNIT}(?![\p{L}\p{N}])`,
  'giu',
);

/** The condition as the user wrote it, less the filler words ("Crohn's disease" keeps its apostrophe). */
// Two-letter words a question may end with that are not abbreviations of a condition.
const TWO_LETTER_WORDS = new Set(
  'am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we'.split(' '),
);

// Words of the asking that leave no condition when they are all that is left.
const ASKING = new Set(
  'i we you he she they me him them have has had take takes taking took taken use using give giving start starting stop stopping how much many often when why which it'.split(
    ' ',
  ),
);

function conditionFrom(written: string, afterFor = false): string | null {
  // (not a lab value's number and unit: "a1c of 9%", "potassium of 6.1 mEq/L")
  const lab = [...labValueSpans(written), ...unreadMeasureSpans(written)];
  const words = written.replace(DOSING, (dose: string, at: number) =>
    lab.some(([start, end]) => at >= start && at < end) ? dose : ' ',
  );
  const condition = stripFiller(words);
  const all = words.split(/\s+/).filter(Boolean);
  const asWritten = all
    .filter((w, i) => !FILLER.has(normalizeName(w)) || inName(all, i))
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
  // Two letters may be an abbreviation the vocabulary knows ("PE", "ED"; typed in a search box
  // after "for" as "ra", "uc", unless they are a word: "for me"; not a form beside the name:
  // "metformin er", "bupropion sr").
  const letters = condition.length === 2 && /^\p{L}{2}$/u.test(condition);
  const abbreviation =
    letters && (/\b[A-Z]{2}\b/.test(words) || (afterFor && !TWO_LETTER_WORDS.has(condition)));
  // (nothing but the asking: "can i take advil", "should I take metformin")
  if (condition.split(' ').every((w) => ASKING.has(w))) return null;
  return condition.length >= 3 || abbreviation ? asWritten || condition : null;
}

/**
 * "use" inside a name ("opioid use disorder", "alcohol use disorder") is no filler word, nor is
 * "and", "of", "in", "on" or "after" ("head and neck cancer", "tetralogy of Fallot", "clot in the
 * lungs", "infection after surgery"), nor "the" after such a word ("coarctation of the aorta",
 * "fluid on the lungs"), nor the letter "a" after a word of the name ("hepatitis a"), nor what
 * joins a cause ("due to"): the note names the condition as asked, not "clot lungs".
 */
function inName(words: string[], i: number): boolean {
  const at = (j: number) => (words[j] ? normalizeName(words[j]!) : '');
  const word = at(i);
  const content = (j: number) => !!at(j) && !FILLER.has(at(j));
  if (i === 0) return false;
  if (word === 'use' || word === 'uses' || word === 'and') return content(i - 1) && content(i + 1);
  // (nor the words that give the patient's age: "depression in a 14 year old")
  const ageAfter = (j: number) =>
    /^\d/.test(at(j)) && ageAsked(words.slice(j - 1).join(' ')) !== null;
  if (/^(?:a|an|my|our)$/.test(word) && ageAfter(i + 1)) return true;
  if (word === 'in' && /^(?:a|an|my|our)$/.test(at(i + 1)) && ageAfter(i + 2)) return true;
  const linking = (w: string) => w === 'of' || w === 'in' || w === 'on' || w === 'after';
  if (linking(word))
    return content(i - 1) && (content(i + 1) || (at(i + 1) === 'the' && content(i + 2)));
  if (word === 'the') return linking(at(i - 1)) && inName(words, i - 1);
  // (a letter after a name is part of it, not an article: "hepatitis a", "vitamin a deficiency")
  if (word === 'a') return content(i - 1);
  // (nor what joins a cause: "edema due to heart failure", "itching associated with cholestasis")
  if (CAUSE_LINK.has(word)) return causeJoined([at(i - 1), word]) && content(i + 1);
  return false;
}

/** The words of a condition that a text must contain to be about it ("back pain" -> back, pain). */
export function conditionTerms(condition: string): string[] {
  return normalizeName(condition)
    .split(' ')
    .filter((w) => w.length > 2 && !FILLER.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** True when every term of the condition appears in the text (as a word start). */
export function mentionsCondition(text: string, terms: string[]): boolean {
  if (terms.length === 0) return false;
  const norm = ` ${normalizeName(text)}`;
  return terms.every((t) => norm.includes(` ${t}`));
}
