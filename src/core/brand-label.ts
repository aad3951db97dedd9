// Whether a label is a brand's own, by its title ("ZYPREXA Relprevv (olanzapine pamoate),
// intramuscular"). A brand's name inside another word is not it ("Cipro" in "Ciprofloxacin,
// ophthalmic"), nor is a product that carries the brand's name with another product's (ZYPREXA
// Relprevv, an injection for schizophrenia alone, is not Zyprexa, whose tablets treat bipolar
// disorder too; SIMPONI ARIA is not Simponi): a label answers for the most specific brand of the
// drug whose name it starts with.

// (words of a form, a strength or the patients, which leave the product the brand's own: "Pristiq
// Extended-Release", "Xopenex HFA", "Childrens Zyrtec", "SymlinPen")
const FORM_WORDS = new Set(
  'xr er sr cr xl la odt hfa dr ec pen kwikpen flexpen autoinjector gel cream ointment solution suspension injection tablet tablets capsule capsules sprinkle sprinkles tabs en extended delayed immediate release starter pack kit sodium chloride hydrochloride pfs mpf chewable oral nasal spray drops'.split(
    ' ',
  ),
);
const PATIENT_WORDS = new Set(['children', 'childrens', 'infants', 'infant', 'junior', 'jr']);

// (a product's own nonproprietary name: a biosimilar's four-letter suffix, "denosumab-desu", or a
// three-letter prefix, "ziv-aflibercept")
const BIOSIMILAR = /^(?:[a-z][a-z -]*-[a-z]{4}|[a-z]{3}-[a-z][a-z -]*)$/i;

/** Whether a name is a product's nonproprietary one ("denosumab-desu", "ziv-aflibercept"). */
export function isNonproprietaryName(name: string): boolean {
  return BIOSIMILAR.test(name);
}

const tokens = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The product name of a label title: the words before its ingredients or its route. */
function productOf(title: string): string[] {
  const words = tokens(title.split(/\s\(|,\s/)[0]!);
  let i = 0;
  while (i < words.length - 1 && PATIENT_WORDS.has(words[i]!)) i++;
  return words.slice(i);
}

function startsWith(product: string[], brand: string[]): boolean {
  if (brand.length === 0 || product.length < brand.length) return false;
  const last = brand.length - 1;
  if (!brand.slice(0, last).every((w, i) => product[i] === w)) return false;
  const at = product[last]!;
  // ("SymlinPen": the brand with a form word run on)
  return (
    at === brand[last] ||
    (at.startsWith(brand[last]!) && FORM_WORDS.has(at.slice(brand[last]!.length)))
  );
}

/**
 * The label is the brand's own: its product name starts with the brand's, and no longer brand of
 * the drug that it starts with claims it, unless what the longer one adds is only a form or a
 * strength ("Pristiq Extended-Release" is Pristiq).
 */
export function isBrandsLabel(title: string, brand: string, brands: readonly string[]): boolean {
  const product = productOf(title);
  const asked = tokens(brand);
  // (such a name is the bracket's: "JUBEREQ (denosumab-desu)", "ZALTRAP (ziv-aflibercept)")
  if (BIOSIMILAR.test(brand)) {
    // (any of its brackets: "IMDELLTRA (AMG757) (tarlatamab-dlle)")
    for (const [, bracket] of title.matchAll(/\(([^()]+)\)/g))
      if (startsWith(tokens(bracket!), asked)) return true;
    // ("nab-paclitaxel" is the protein-bound one: "ABRAXANE (paclitaxel protein-bound particles
    // ...)")
    if (asked[0] === 'nab' && /\b(?:protein|albumin)-bound\b/i.test(title)) return true;
  }
  if (!startsWith(product, asked)) return false;
  return !brands.some((other) => {
    const more = tokens(other);
    return (
      more.length > asked.length &&
      startsWith(more, asked) &&
      startsWith(product, more) &&
      !more.slice(asked.length).every((w) => FORM_WORDS.has(w) || /^\d/.test(w))
    );
  });
}

/**
 * The title is of a product of these ingredients and no other ("Fluticasone Propionate And
 * Salmeterol"; not Biktarvy's "bictegravir sodium, emtricitabine, and tenofovir alafenamide
 * fumarate" for emtricitabine and tenofovir).
 */
export function namesEvery(title: string, ingredients: readonly string[]): boolean {
  // ("BRAND (ingredients), route", or "Ingredients, route (detail)")
  const bracket = /\(([^()]+)\)/.exec(title);
  const comma = title.indexOf(', ');
  const inBrackets = bracket && (comma < 0 || bracket.index < comma) ? bracket[1] : undefined;
  const named = (inBrackets ?? (comma < 0 ? title : title.slice(0, comma)))
    .split(/,\s*(?:and\s+)?|\s+and\s+/i)
    .filter((x) => x.trim());
  if (named.length !== ingredients.length) return false;
  const words = ` ${tokens(title).join(' ')} `;
  return ingredients.every((name) => words.includes(` ${tokens(name).join(' ')} `));
}
