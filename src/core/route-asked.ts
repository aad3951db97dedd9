// The route or form a question names for the drug: "topical tacrolimus for eczema", "iv
// acetaminophen for fever", "timolol eye drops", "metformin 500 mg po". Read as any of the drug's
// labels, these were answered by whichever label named the condition: the capsules' organ
// rejection for "topical tacrolimus for kidney transplant", the lotion's head lice for "oral
// ivermectin for head lice". A question with a route is answered only by the labels given that
// way, and where the data holds none, the note says so.

export interface RouteAsked {
  /** the question's words for it ("eye drops") */
  words: string;
  /** what the note calls it ("use in the eye") */
  use: string;
  /** the openFDA routes a label given that way has ("ophthalmic") */
  routes: string[];
}

// (openFDA's routes of an injection)
const INJECTED = [
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'intradermal',
  'intravitreal',
  'intraocular',
  'intra-articular',
  'intralesional',
  'intrathecal',
  'epidural',
  'intracavernous',
  'intravesical',
  'infiltration',
  'perineural',
  'intracaudal',
  'intra-arterial',
  'intravascular',
  'soft tissue',
  'retrobulbar',
  'intrapleural',
  'interstitial',
  'intraperitoneal',
];
// (what a cream, gel or ointment may be put on)
const ON_SKIN_OR_MUCOSA = [
  'topical',
  'cutaneous',
  'transdermal',
  'vaginal',
  'rectal',
  'ophthalmic',
  'auricular (otic)',
  'nasal',
  'dental',
  'oropharyngeal',
  'buccal',
];

// The question's words for each route, as the folded question writes them (a hyphen read as a
// space: "auto-injector" is "auto injector"); two words are read before the first of them alone.
const FAMILIES: { words: string[]; use: string; routes: string[] }[] = [
  {
    words: ['eye drops', 'eye drop', 'eyedrops', 'ophthalmic'],
    use: 'use in the eye',
    routes: ['ophthalmic'],
  },
  { words: ['ear drops', 'ear drop', 'otic'], use: 'use in the ear', routes: ['auricular (otic)'] },
  {
    words: ['nasal spray', 'nose spray', 'nasal', 'intranasal'],
    use: 'use in the nose',
    routes: ['nasal'],
  },
  {
    words: [
      'inhaled',
      'inhalation',
      'inhaler',
      'nebulized',
      'nebulizer',
      'nebulised',
      'neb',
      'nebs',
      'hfa',
      'respules',
    ],
    use: 'inhalation',
    routes: ['respiratory (inhalation)'],
  },
  {
    words: ['sublingual', 'sl', 'buccal'],
    use: 'use under the tongue or in the cheek',
    routes: ['sublingual', 'buccal'],
  },
  {
    words: [
      'by mouth',
      'oral',
      'orally',
      'po',
      'syrup',
      'elixir',
      'granules',
      'sprinkle',
      'sprinkles',
      'chewable',
    ],
    use: 'use by mouth',
    routes: ['oral'],
  },
  // (a lozenge or mouth rinse stays in the mouth)
  {
    words: ['troche', 'troches', 'lozenge', 'lozenges'],
    use: 'use as a lozenge',
    routes: ['oral', 'buccal', 'oropharyngeal'],
  },
  {
    words: ['rinse', 'mouthwash'],
    use: 'use as a mouth rinse',
    routes: ['oral', 'dental', 'oropharyngeal', 'buccal'],
  },
  // (a tablet may be put under the tongue or into the vagina: "sublingual tablets" are the first)
  {
    words: ['tablet', 'tablets', 'capsule', 'capsules', 'pill', 'pills'],
    use: 'use as a tablet or capsule',
    routes: ['oral', 'sublingual', 'buccal', 'vaginal'],
  },
  {
    words: ['intravenous', 'intravenously', 'iv'],
    use: 'intravenous use',
    routes: ['intravenous'],
  },
  {
    words: ['intramuscular', 'intramuscularly', 'im'],
    use: 'intramuscular use',
    routes: ['intramuscular'],
  },
  {
    words: ['subcutaneous', 'subcutaneously', 'subcut', 'subq', 'sq', 'sc'],
    use: 'subcutaneous use',
    routes: ['subcutaneous'],
  },
  { words: ['injection', 'injections', 'injectable', 'shot'], use: 'injection', routes: INJECTED },
  // (an auto-injector or pen goes into a muscle or under the skin, never a vein)
  {
    words: ['autoinjector', 'auto injector', 'pen'],
    use: 'an auto-injector or pen',
    routes: ['intramuscular', 'subcutaneous'],
  },
  { words: ['epidural'], use: 'epidural use', routes: ['epidural'] },
  { words: ['intrathecal'], use: 'intrathecal use', routes: ['intrathecal'] },
  {
    words: ['patch', 'patches', 'transdermal'],
    use: 'use on the skin as a patch',
    routes: ['transdermal', 'topical'],
  },
  {
    words: ['topical', 'topically'],
    use: 'use on the skin',
    routes: ['topical', 'cutaneous', 'transdermal'],
  },
  {
    words: ['cream', 'ointment', 'gel', 'lotion'],
    use: 'use on the skin or a mucous membrane',
    routes: ON_SKIN_OR_MUCOSA,
  },
  // (a jelly goes on the skin or into the urethra, vagina or rectum; never the eye)
  {
    words: ['jelly'],
    use: 'use as a jelly',
    routes: ['topical', 'cutaneous', 'urethral', 'vaginal', 'rectal'],
  },
  {
    words: ['vaginal', 'vaginally', 'intravaginal', 'ring'],
    use: 'vaginal use',
    routes: ['vaginal'],
  },
  { words: ['iud', 'intrauterine'], use: 'use in the uterus', routes: ['intrauterine'] },
  { words: ['implant'], use: 'use as an implant', routes: ['subdermal', 'implantation'] },
  { words: ['depot'], use: 'a depot injection', routes: ['intramuscular', 'subcutaneous'] },
  { words: ['rectal', 'rectally', 'enema'], use: 'rectal use', routes: ['rectal'] },
  {
    words: ['suppository', 'suppositories'],
    use: 'use as a suppository',
    routes: ['rectal', 'vaginal'],
  },
];
const FAMILY_OF = new Map(FAMILIES.flatMap((f) => f.words.map((w) => [w, f] as const)));

/**
 * The phrases of one or two folded words a table knows, two before one ("eye drops" before
 * "eye"), each with what the table gives it.
 */
export function phrasesIn<T>(
  words: string[],
  lookup: (phrase: string) => T | undefined,
): { said: string; value: T }[] {
  const found: { said: string; value: T }[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : undefined;
    const pair = two === undefined ? undefined : lookup(two);
    const value = pair ?? lookup(words[i]!);
    if (value === undefined) continue;
    found.push({ said: pair !== undefined ? two! : words[i]!, value });
    if (pair !== undefined) i++;
  }
  return found;
}

/** Whether a word is one of the question's words for a route, alone or as part of two. */
export function isRouteWord(word: string): boolean {
  return ROUTE_WORDS.has(word);
}
const ROUTE_WORDS = new Set(FAMILIES.flatMap((f) => f.words.flatMap((w) => w.split(' '))));

/**
 * The route the question's words beside the drug name (folded, lower case: the words before it
 * and those between it and the condition) give it, or null where they name none or two that
 * disagree ("oral or iv").
 */
export function routeAsked(words: string[]): RouteAsked | null {
  const found = phrasesIn(words, (p) => FAMILY_OF.get(p));
  const families = new Set(found.map((f) => f.value));
  // ("sublingual tablets", "ophthalmic solution" name one way: the narrower one; "oral or iv" two)
  const narrowest = [...families].filter(
    (f) => ![...families].some((g) => g !== f && g.routes.every((r) => f.routes.includes(r))),
  );
  if (narrowest.length !== 1) return null;
  const family = narrowest[0]!;
  const said = found.filter((f) => f.value === family).map((f) => f.said);
  return { words: said.join(' '), use: family.use, routes: family.routes };
}

// The label's own words for how it is given, for a label openFDA gives no route or the wrong
// one ("Budesonide Inhalation Suspension", filed as oral) and for a sentence about one form of a
// label with several ("WEGOVY tablets are indicated ...", "The parenteral form ... may be
// administered orally for ... C. difficile"). Each names its routes within a way of giving
// (`way`): by mouth, by injection, on the skin ...
const GIVEN: { way: string; routes: string[]; form?: RegExp; administered?: RegExp }[] = [
  {
    way: 'mouth',
    routes: ['oral'],
    form: /\b(?:tablets?|capsules?|oral\s+(?:solution|suspension|granules|powder))\b/i,
    // (as the label says it is given, not "when oral therapy is not feasible")
    administered:
      /\b(?:be|is|are)\s+(?:administered|given|taken)\s+(?:orally|by\s+mouth)\b|\bfor\s+oral\s+(?:administration|use)\b/i,
  },
  {
    way: 'injection',
    routes: ['intravenous'],
    administered:
      /\bintravenously\b|intravenous(?:\s+(?:or|and)\s+[a-z]+)?\s+(?:administration|use|infusion|injection)\b/i,
  },
  {
    way: 'injection',
    routes: ['intramuscular'],
    administered:
      /\bintramuscularly\b|intramuscular(?:\s+(?:or|and)\s+[a-z]+)?\s+(?:administration|use|infusion|injection)\b/i,
  },
  {
    way: 'injection',
    routes: ['subcutaneous'],
    administered:
      /\bsubcutaneously\b|subcutaneous(?:\s+(?:or|and)\s+[a-z]+)?\s+(?:administration|use|infusion|injection)\b/i,
  },
  { way: 'injection', routes: ['intrathecal'], administered: /\bintrathecal(?:ly)?\b/i },
  { way: 'injection', routes: INJECTED, form: /\b(?:injections?|injectable)\b/i },
  {
    way: 'inhalation',
    routes: ['respiratory (inhalation)'],
    form: /\b(?:inhalation|inhaled|inhaler|nebuli[sz]\w*)\b/i,
    administered: /\bby\s+(?:oral\s+)?inhalation\b/i,
  },
  {
    way: 'eye',
    routes: ['ophthalmic'],
    // (a product's words, not a heading's: "Ophthalmic diseases" in a corticosteroid's list)
    form: /\bophthalmic\s+(?:solution|suspension|ointment|emulsion|gel|drops?)\b|\beye\s+drops?\b/i,
  },
  { way: 'ear', routes: ['auricular (otic)'], form: /\botic\b/i },
  {
    way: 'nose',
    routes: ['nasal'],
    form: /\bnasal\s+spray\b/i,
    administered: /\b(?:intranasal(?:ly)?|nasal\s+(?:use|administration))\b/i,
  },
  {
    way: 'skin',
    routes: ['topical', 'cutaneous', 'transdermal'],
    form: /\b(?:topical|cream|ointment|lotion|gel|foam|transdermal|patch)\b/i,
    administered: /\b(?:applied\s+topically|topical\s+(?:application|use|treatment))\b/i,
  },
  {
    way: 'vagina',
    routes: ['vaginal'],
    form: /\bvaginal\s+(?:cream|gel|ring|insert|tablets?|suppositor\w*)\b/i,
    administered: /\bintravaginal(?:ly)?\b|\badministered\s+vaginally\b/i,
  },
  { way: 'rectum', routes: ['rectal'], form: /\b(?:rectal\s+)?suppositor\w*\b/i },
  {
    way: 'under the tongue',
    routes: ['sublingual', 'buccal'],
    // (not the cheek named as a site: "buccal mucosa" among head and neck cancers)
    form: /\b(?:sublingual|buccal)\s+(?:tablets?|films?|spray)\b/i,
    administered: /\bsublingually\b/i,
  },
];
// (the way each openFDA route gives it)
const WAY_OF = new Map(GIVEN.flatMap((g) => g.routes.map((r) => [r, g.way] as const)));

/** The routes the words say a label or a sentence is given by (the title's, or a sentence's). */
export function routesNamed(words: string): string[] {
  // (how it is administered outweighs the form named: "The parenteral form ... may be
  // administered orally")
  const administered = routesAdministered(words);
  return administered.length
    ? administered
    : [...new Set(GIVEN.filter((g) => g.form?.test(words)).flatMap((g) => g.routes))];
}

/** The routes a text says it is administered by ("may be administered orally"), not its forms. */
export function routesAdministered(text: string): string[] {
  return [...new Set(GIVEN.filter((g) => g.administered?.test(text)).flatMap((g) => g.routes))];
}

/**
 * A label's routes: openFDA's, and those its title or text name in another way of giving it
 * (capsules beside an injection's, "Inhalation Suspension" filed as oral); not a route its words
 * name within openFDA's way ("for intramuscular injection" is no intravenous one).
 */
export function labelRoutesGiven(routes: string[], named: string[]): string[] {
  const ways = new Set(routes.map((r) => WAY_OF.get(r) ?? r));
  return [...new Set([...routes, ...named.filter((r) => !ways.has(WAY_OF.get(r) ?? r))])];
}

/** Whether a label is given more than one way (capsules and injection; intravenous and subcutaneous). */
export function severalWays(routes: string[]): boolean {
  return routes.length > 1;
}

// A sentence that says what a form is indicated for: "WEGOVY tablets are indicated ...",
// "Sandimmune capsules and Sandimmune injection ... are indicated for the:".
const INDICATED = /([^.;:•]{1,160}?)\b(?:is|are)\s+(?:also\s+)?indicated\b/g;

/**
 * The routes a sentence of a label given several ways is about: those it says it is administered
 * by ("may be administered orally"), else those of the form the last "... is indicated" before it
 * names ("WEGOVY injection is indicated ...: • ... • for the treatment of ... MASH"), else those
 * its own words or its list's lead-in name.
 */
export function sentenceRoutes(text: string, at: number, sentence: string, lead: string): string[] {
  const administered = routesAdministered(sentence);
  if (administered.length) return administered;
  let subject = '';
  for (const m of text.slice(0, at).matchAll(INDICATED)) subject = m[1]!;
  const named = routesNamed(subject);
  return named.length ? named : routesNamed(`${lead} ${sentence}`);
}

/**
 * Whether the ways a sentence names (`ways`) tell the question's route apart among a label's
 * (`given`): "Sandimmune capsules and Sandimmune injection are indicated" names capsules for an
 * oral question; "Ceftriaxone for injection is indicated" does not tell its intravenous use from
 * its intramuscular one, nor does a sentence that names no way.
 */
export function tellsWayApart(ways: string[], given: string[], asked: RouteAsked): boolean {
  const named = ways.filter((r) => given.includes(r) && asked.routes.includes(r));
  if (!named.length) return false;
  const anyInjection = INJECTED.every((r) => ways.includes(r));
  const injectedGiven = given.filter((r) => INJECTED.includes(r));
  return !(anyInjection && injectedGiven.length > 1 && named.every((r) => INJECTED.includes(r)));
}

/** Whether routes given for a label or a sentence include one of the question's. */
export function givenAsAsked(routes: string[], asked: RouteAsked): boolean {
  return routes.some((r) => asked.routes.includes(r));
}
