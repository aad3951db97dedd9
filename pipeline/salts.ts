// Salt and ester forms: "metoprolol succinate" is metoprolol, "potassium chloride" is itself.

export const SALT_WORDS = new Set(
  `hydrochloride hcl dihydrochloride hydrobromide bromide chloride sulfate sulphate bisulfate
  succinate tartrate bitartrate besylate besilate mesylate maleate fumarate citrate acetate
  phosphate diphosphate sodium disodium potassium dipotassium calcium magnesium zinc hyclate
  monohydrate dihydrate trihydrate hemihydrate sesquihydrate anhydrous propionate dipropionate
  furoate xinafoate valerate cypionate enanthate decanoate undecanoate palmitate pamoate
  lactate gluconate malate tosylate nitrate oxalate benzoate stearate embonate hydroxide
  carbonate bicarbonate trometamol tromethamine meglumine lysine arginine erbumine olamine
  monosodium trisodium sodium-free dimesylate edisylate napsylate estolate ethylsuccinate
  stearate mofetil medoxomil axetil pivoxil cilexetil proxetil alafenamide disoproxil
  acetonide hexacetonide diacetate butyrate probutate aceponate monohydrochloride
  isethionate diisethionate esylate camsylate hemifumarate pidolate kamedoxomil ditosylate
  trifenatate ethanolate hemipentahydrate propanediol etexilate dimeglumine etabonate hippurate
  methylsulfate etzadroxil medocaril`
    .split(/\s+/)
    .filter(Boolean),
);

/** Solvates of more than one word ("trametinib dimethyl sulfoxide", as openFDA names Mekinist). */
const SOLVATES = ['dimethyl sulfoxide'];

/** Words that name an element or ion on their own: never left alone after stripping. */
const CATIONS = new Set([
  'sodium',
  'potassium',
  'calcium',
  'magnesium',
  'zinc',
  'aluminum',
  'lithium',
  'iron',
  'ferrous',
  'ferric',
]);

/**
 * The base ingredient of a salt form, or the name itself. A form that RxNorm lists as an
 * ingredient in its own right ("potassium chloride", "lithium carbonate") is kept whole.
 */
export function stripSalt(name: string, isIngredient: (n: string) => boolean): string {
  const solvate = SOLVATES.find((s) => name.endsWith(` ${s}`));
  if (solvate && !isIngredient(name))
    return stripSalt(name.slice(0, -solvate.length - 1), isIngredient);
  let words = name.split(' ');
  while (
    words.length > 1 &&
    SALT_WORDS.has(words[words.length - 1]!) &&
    !isIngredient(words.join(' '))
  ) {
    const rest = words.slice(0, -1);
    if (rest.length === 1 && CATIONS.has(rest[0]!)) break;
    words = rest;
    // the stereo prefix of the salt ("cabozantinib s-malate", "samidorphan l-malate")
    if (words.length > 1 && /^[dlrs]$/.test(words[words.length - 1]!)) words = words.slice(0, -1);
  }
  return words.join(' ');
}
