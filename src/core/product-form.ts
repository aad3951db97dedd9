import { anyCase, anyCasePhrase } from './label-case';
import { phrasesIn } from './route-asked';

// Which product of the drug a question names, besides its route (route-asked.ts): a release or
// salt ("metoprolol tartrate for heart failure", "tacrolimus er for liver transplant", "bupropion
// sr"), a strength ("finasteride 1 mg for bph"), over the counter or by prescription ("otc
// famotidine"). Products of one drug differ in what they are for (heart failure is metoprolol
// succinate's, not tartrate's; the extended-release tacrolimus capsules are for kidney transplants
// only; the 1 mg finasteride tablets for hair loss), and read as any label of the drug these were
// answered by whichever label named the condition. A question that names one is answered only by
// the labels that are that product, by their own words and openFDA's filing.

export interface FormAsked {
  /** the question's words for it ("er", "tartrate") */
  words: string;
  /** the release asked: a code for one kind ("sr", "xl") or any extended release ("er") */
  release?: Release;
  /** the salt asked ("tartrate"), where the drug's own name does not hold it */
  salt?: string;
  /** what the note calls it ("an extended-release form", "metoprolol tartrate") */
  describe: string;
  /**
   * a strength or dose the question names ("finasteride 1 mg"): a dose may be any strength's
   * multiple, so it only keeps a "covers" to the labels that name it where some do and some not
   */
  amount?: string;
  /** the question asks for the over-the-counter product (true) or the prescription one (false) */
  otc?: boolean;
}

type Release = 'er' | 'sr' | 'xl' | 'xr' | 'la' | 'cr' | 'ir' | 'dr' | 'odt';

// The question's words for a release (folded, one or two words, a hyphen read as a space), and
// what each asks.
const RELEASE_WORDS: Record<string, Release> = {
  er: 'er',
  'extended release': 'er',
  'long acting': 'la',
  sr: 'sr',
  'sustained release': 'sr',
  xl: 'xl',
  xr: 'xr',
  la: 'la',
  cr: 'cr',
  'controlled release': 'cr',
  ir: 'ir',
  'immediate release': 'ir',
  dr: 'dr',
  'delayed release': 'dr',
  ec: 'dr',
  'enteric coated': 'dr',
  odt: 'odt',
};
const DESCRIBE: Record<Release, string> = {
  er: 'an extended-release form',
  sr: 'a sustained-release (SR) form',
  xl: 'an XL form',
  xr: 'an XR form',
  la: 'a long-acting (LA) form',
  cr: 'a controlled-release (CR) form',
  ir: 'an immediate-release form',
  dr: 'a delayed-release form',
  odt: 'an orally disintegrating form',
};

// How a label names each release in its title or opening words ("Metoprolol Succinate (metoprolol
// succinate er tablets)", "Tacrolimus extended-release capsules is indicated", "Bupropion
// hydrochloride extended-release tablets (XL)"), in capitals where a code is short.
// (the codes in capitals only, so that "Cr" of a creatinine or "DR" of a diabetic retinopathy
// is no release; the words in any case)
const phrase = (words: string) => anyCasePhrase(words).replace(/\\s\+/g, String.raw`[\s-]+`);
const EXTENDED = new RegExp(
  String.raw`\b${phrase('extended release')}\b|\bER\b|\b${anyCase('er')}\s+(?:${anyCase('tablets?')}|${anyCase('capsules?')})\b`,
);
const NAMED: Record<Exclude<Release, 'er' | 'ir'>, RegExp> = {
  sr: new RegExp(String.raw`\bSR\b|\b${phrase('sustained release')}\b`),
  xl: /\bXL\b/,
  xr: /\bXR\b/,
  la: new RegExp(String.raw`\bLA\b|\b${phrase('long acting')}\b`),
  cr: new RegExp(String.raw`\bCR\b|\b${phrase('controlled release')}\b`),
  dr: new RegExp(
    String.raw`\b${phrase('delayed release')}\b|\bDR\b|\b${phrase('enteric coated')}\b`,
  ),
  odt: new RegExp(String.raw`\bODT\b|\b${phrase('orally disintegrating')}\b`),
};
const ANY_EXTENDED = new RegExp(
  [EXTENDED, NAMED.sr, NAMED.xl, NAMED.xr, NAMED.la, NAMED.cr].map((r) => r.source).join('|'),
);
const ANY_CODE = new RegExp(
  [NAMED.sr, NAMED.xl, NAMED.xr, NAMED.la, NAMED.cr].map((r) => r.source).join('|'),
);
const IMMEDIATE = new RegExp(String.raw`\b${phrase('immediate release')}\b`);

// The salts a question may name beside the drug ("metoprolol tartrate", "carvedilol phosphate").
const SALTS = new Set(
  (
    'tartrate succinate hydrobromide hydrochloride hcl mesylate besylate maleate fumarate citrate ' +
    'sulfate acetate phosphate bitartrate valerate cypionate enanthate decanoate undecanoate ' +
    'propionate furoate dipropionate pamoate lactate gluconate carbonate xinafoate tosylate ' +
    'malate oxalate sodium potassium calcium magnesium'
  ).split(' '),
);

/** Whether a folded word is one of the question's words for a release ("er", "extended"). */
export function isReleaseWord(word: string): boolean {
  return (
    word in RELEASE_WORDS ||
    /^(?:extended|immediate|delayed|sustained|controlled|release|acting|coated|enteric)$/.test(word)
  );
}

/** Whether a folded word is one of the question's words for a release or a salt. */
export function isFormWord(word: string): boolean {
  return (
    SALTS.has(word) ||
    isReleaseWord(word) ||
    /^(?:long|otc|over|the|counter|nonprescription|non|prescription|rx)$/.test(word)
  );
}

/**
 * The release, salt, strength and kind (over the counter or prescription) the words beside the
 * drug's name give it, or null: a salt only right after the drug's own name and where that name
 * does not hold it ("potassium chloride" names the drug, not a salt of it).
 */
export function formAsked(words: string[], drugName: string): FormAsked | null {
  const own = new Set(drugName.toLowerCase().split(/[\s-]+/));
  const releases = phrasesIn(words, (p) => RELEASE_WORDS[p]);
  // (two releases that disagree name none: "ir or er")
  if (new Set(releases.map((r) => r.value)).size > 1) return null;
  const release = releases[0]?.value;
  const said = releases.map((r) => r.said);
  // (a salt right after the drug's own name, "metoprolol tartrate"; not a word of another name
  // the question gives the drug by, "ferric citrate" for tetraferric tricitrate decahydrate)
  const last = drugName
    .toLowerCase()
    .split(/[\s-]+/)
    .at(-1);
  const salts = words.filter((w, i) => SALTS.has(w) && !own.has(w) && words[i - 1] === last);
  const salt = salts.length === 1 ? (salts[0] === 'hcl' ? 'hydrochloride' : salts[0]) : undefined;
  const amounts = amountsIn(words.join(' '));
  const amount = amounts.length === 1 ? amounts[0] : undefined;
  // ("otc", "over the counter", "nonprescription"; "prescription", "rx")
  const joined = ` ${words.join(' ')} `;
  const otc = /\s(?:otc|over the counter|over counter|nonprescription|non prescription)\s/.test(
    joined,
  )
    ? true
    : /\s(?:prescription|rx)\s/.test(joined)
      ? false
      : undefined;
  if (!release && !salt && !amount && otc === undefined) return null;
  return {
    words: [...said, ...(salt ? [salt] : [])].join(' '),
    ...(release ? { release } : {}),
    ...(salt ? { salt } : {}),
    ...(amount ? { amount } : {}),
    ...(otc !== undefined ? { otc } : {}),
    describe: ((parts) => (parts.length > 1 ? `both ${parts.join(' and ')}` : parts.join('')))(
      [
        otc === true && 'an over-the-counter product',
        otc === false && 'a prescription product',
        release && DESCRIBE[release],
        salt && `of ${drugName.toLowerCase()} ${salt}`,
      ].filter((x): x is string => Boolean(x)),
    ),
  };
}

/** Whether a label's title or opening words name a release code ("(XL)", "SR", "LA"). */
export function namesACode(title: string, text: string): boolean {
  return ANY_CODE.test(`${title} ${text.slice(0, 300)}`);
}

/**
 * Whether a label, by its title and the opening words of its indications, is the product asked
 * (`codesInUse`: whether any label of the drug names a release code):
 * "yes", "no" (it names another release or salt, or an immediate-release question's label names an
 * extended one), or "unknown" (it names none the question's can be told by: "Bupropion
 * Hydrobromide Extended-Release Tablets" for an SR question).
 */
export function formOf(
  label: { title: string; text: string; productTypes?: string[] },
  asked: FormAsked,
  codesInUse = true,
): 'yes' | 'no' | 'unknown' {
  const { title, text } = label;
  const words = `${title} ${text.slice(0, 300)}`;
  const parts: ('yes' | 'no' | 'unknown')[] = [];
  // (over the counter or by prescription, as openFDA files the label)
  if (asked.otc !== undefined)
    parts.push(
      !label.productTypes?.length
        ? 'unknown'
        : label.productTypes.includes(asked.otc ? 'otc' : 'rx')
          ? 'yes'
          : 'no',
    );
  if (asked.salt) {
    const salt = new RegExp(`\\b${asked.salt}\\b`, 'i');
    const other = [...SALTS].some(
      (s) => s !== asked.salt && s !== 'hcl' && new RegExp(`\\b${s}\\b`, 'i').test(words),
    );
    parts.push(salt.test(words) ? 'yes' : other ? 'no' : 'unknown');
  }
  // ("XR" and "XL" are brands' names for an extended release, "Toprol-XL", "Xeljanz XR", which
  // generic labels write out: read as any extended release where no label of the drug names a
  // code; not "SR", "LA" or "CR", which name one kind among others)
  const release =
    (asked.release === 'xr' || asked.release === 'xl') && !codesInUse ? 'er' : asked.release;
  if (release) {
    const extended = ANY_EXTENDED.test(words);
    const delayed = NAMED.dr.test(words);
    // (a label of no extended or delayed release is an immediate one; "including immediate-release
    // opioids" in an extended-release label's opening is another's)
    if (release === 'ir') parts.push(extended || delayed ? 'no' : 'yes');
    else if (release === 'er') parts.push(extended ? 'yes' : 'no');
    else if (NAMED[release].test(words)) parts.push('yes');
    // (a label of another code, or of no extended release, is not it; one of an extended release
    // it gives no code may be)
    else if (ANY_CODE.test(words) || !extended) parts.push('no');
    else parts.push('unknown');
  }
  const verdict = parts.includes('no') ? 'no' : parts.includes('unknown') ? 'unknown' : 'yes';
  // (a label that names the product asked further on may be it, or hold it: "Posaconazole
  // delayed-release tablets: adults and pediatric patients ..." in a label of several forms; so
  // may it cite another's trial, "The efficacy of venlafaxine hydrochloride extended-release
  // capsules ...", but which is not told, so it is not said to be another product)
  return verdict === 'no' && namedFurtherOn(text, asked, release) ? 'unknown' : verdict;
}

function namedFurtherOn(text: string, asked: FormAsked, release: Release | undefined): boolean {
  if (asked.salt && new RegExp(`\\b${asked.salt}\\b`, 'i').test(text)) return true;
  if (!release) return false;
  if (release === 'ir') return IMMEDIATE.test(text);
  if (release === 'er') return ANY_EXTENDED.test(text);
  return NAMED[release].test(text);
}

// An amount a label or a question names: "5 mg", "1mg", "0.1%", "2.4 mg", "1,000 mg"; not a dose
// per weight, area or volume ("10 mg/kg", "mg/m2", "mg/dL").
const AMOUNT =
  /(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)\s*-?\s*(mg|mcg|µg|g|units?|iu|meq|%)(?![a-z/µ])(?!\s*(?:\/|per\s))/gi;
const UNIT: Record<string, string> = { µg: 'mcg', unit: 'units', iu: 'units' };

/** The amounts the words name, each as "<number> <unit>" ("5 mg", "0.1 %"), sorted. */
export function amountsIn(words: string): string[] {
  const found = new Set<string>();
  for (const [, n, u] of words.matchAll(AMOUNT)) {
    const number = /^\d{1,3}(?:,\d{3})+$/.test(n!) ? n!.replace(/,/g, '') : n!.replace(',', '.');
    const unit = u!.toLowerCase();
    found.add(`${Number(number)} ${UNIT[unit] ?? unit}`);
  }
  return [...found].sort();
}
