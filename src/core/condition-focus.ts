// The focus note's claim about the label: a statement of fact or nothing. It says the label
// covers the condition only when its indications name the condition or a narrower one (and
// quotes them); it says "does not list" only when the indications were read in full and name
// neither it, nor a narrower, nor a broader condition; otherwise it says nothing.
import {
  CAUSE_JOIN,
  CAUSE_LINK,
  conditionKey,
  contentWords,
  DROPPABLE,
  type QuestionClause,
  type ResolvedCondition,
  type TermMatch,
} from './conditions';
import type { Label } from './index-schema';
import { gradesNamed } from './condition-grade';
import { organismForm } from './infection-organism';
import { statusForms } from './tumour-status';
import { genotypeForm } from './virus-genotype';
import { formOf, namesACode, type FormAsked } from './product-form';
import {
  givenAsAsked,
  labelRoutesGiven,
  routesAdministered,
  routesNamed,
  sentenceRoutes,
  severalWays,
  tellsWayApart,
  type RouteAsked,
} from './route-asked';
import { ageAsked, agesNamed, takesInAge } from './patient-age';

export type LabelVerdict =
  | {
      kind: 'covers';
      quote: string;
      named: string;
      conceptName: string;
      /** the words name a narrower condition than the one asked about (angina for chest pain) */
      narrower: boolean;
      labelTitle: string;
      shown: boolean;
      /** the label is of a combination product that contains the drug */
      combination: boolean;
      /**
       * the brand asked about, when the label that covers it is another product's ("Ozempic for
       * weight loss", covered by WEGOVY's label); `ownNotListing` names the brand's own label where
       * it was read in full and does not list the condition
       */
      otherThanBrand?: { brand: string; ownNotListing: string | null };
      /** the brand asked about, when the label that covers it is that brand's own, not the shown one */
      brandsOwn?: string;
      /**
       * for a question that names a route, the routes of a label given several ways whose
       * covering sentence names none ("SKYRIZI ... is indicated for ... plaque psoriasis")
       */
      givenWays?: string[];
    }
  | { kind: 'limited'; quote: string; named: string; labelTitle: string }
  | {
      kind: 'not-listed';
      labels: number;
      /** the label read, where one was */
      labelTitle: string;
      /**
       * which labels were read, where the question named a route or a product ("for use on the
       * skin", "that are an extended-release form"): only those
       */
      which?: string;
    }
  | { kind: 'silent'; why: string };

// A sentence that names a condition only to exclude it or to limit the indication.
const LIMITING =
  /\b(?:neither\b[^.]{0,120}\bnor\b[^.]{0,120}\b(?:has|have) been (?:shown|demonstrated|established)|not (?:been )?(?:indicated|established|recommended|approved|shown|studied)|limitations? of use|should not be used|(?:is |are |^\s*)not for|not intended|ha(?:s|ve) not,?(?: however,?)? been|no(?:t)? (?:evidence|approved)|(?:do|does|did) not (?:prevent|reduce|improve|change|affect)|do not (?:use|administer|give)|not to be used|failed to (?:demonstrate|show)|did not (?:demonstrate|show)|no (?:[\w-]+ )?evidence|safety and effectiveness .{0,40}not|(?:has|have) no activity against|(?:is|are) not active against|not sufficiently (?:rapid|fast|effective)|(?:is|are) ineffective|(?:is|are) not effective|(?:is|are) of no (?:use|value)|(?:is|are) not of value|(?:is|are) not (?:a|the) drug of (?:first )?choice|(?:has|have) no (?:beneficial |therapeutic )?effect (?:up)?on)\b/i;

// A sentence that says the efficacy for the condition was not established ("The safety and
// effectiveness ... has not been demonstrated"), or that the data are not available ("however,
// data establishing the efficacy of Cefazolin ... in the subsequent prevention of rheumatic fever
// are not available at present", "Evidence supporting the efficacy and safety of this combination
// product in the treatment of multiple recurrent headaches is unavailable").
const NOT_ESTABLISHED =
  /^\W*(?:(?:the\s+)?(?:efficacy|safety|effectiveness)\b(?:[^.]|\b(?:i\.e|e\.g)\.)*\bnot (?:been )?(?:established|demonstrated|shown|evaluated)\b|(?:however,?\s+)?(?:(?:substantial|adequate|sufficient)\s+)?(?:data|evidence|information)\s+(?:establishing|supporting|demonstrating|on)\s+(?:the\s+)?(?:efficacy|safety|effectiveness)\b(?:[^.]|\b(?:i\.e|e\.g)\.)*\b(?:(?:are|is)\s+not\s+available|(?:are|is)\s+(?:unavailable|lacking|insufficient))\b|only\s+(?:[\w-]+\s+){1,8}(?:has|have) been (?:demonstrated|shown)\b)/i;

// Risk-reduction wording states an indication only as the item itself ("Reduction in the risk of
// death, recurrent myocardial infarction ..."), not inside an explanation ("the largest benefit
// has been a reduction in the risk of stroke"); so does "Reduce elevated serum TG levels in
// patients with hypertriglyceridemia" as an item of "indicated ... to:".
const STATES_AT_START =
  /^[\s•·o–-]*(?:\d+(?:\.\d+)*\s+)?(?:[A-Z][\w ,'-]{0,60}?[:,]\s*)?(?:reduction (?:in|of) the risk|to reduce the risk|reduce the risk|(?:to )?reduce elevated)\b/i;
const STATES =
  /\b(?:indicat\w*|treatment of|treats?|management of|prophylaxis|prevention of|relie(?:f of|ves?)|used (?:\w+ly )?(?:to|for|in)|(?<!\bno\s)uses?|(?:adjunctive|replacement|maintenance|add-on) therapy|replacement of|as an adjunct to|therapy (?:for|in)|control of|(?:may be|are|is|(?<!\bnot\s+(?:been\s+)?)found) useful|(?:is|are) recommended (?:for|as)|(?<!\bnot\s)to be effective (?:in|for))\b/i;
const SECTION_HEAD = /^\s*(?:\d+(?:\.\d+)*\s+)?INDICATIONS\s+(?:AND|&)\s+USAGE\b/;
const FINITE_VERB =
  /\b(?:is|are|was|were|be|been|being|has|have|had|may|might|should|must|can|could|will|would|shall|does|did|reduces?|showed|shown|see)\b/i;
// A condition named as what is absent or excluded, not treated: "nephrotic syndrome, without
// uremia", "noncirrhotic MASH" (not even named), "diabetic foot infections, without concomitant
// osteomyelitis", "in the absence of organic pathology, such as fibroids or uterine cancer", "women
// ... who are not using effective contraception" (divalproex's contraindication), and
// openFDA's spaced-out "N o n- small Cell Lung Cancer" (no small cell lung cancer).
const NOT_WHAT_IS_TREATED =
  /(?:\bwithout\s+(?:concomitant\s+|coexisting\s+|associated\s+|underlying\s+)?|\bnon-?|\bn o n-\s?|\bin the absence of\b[^.;:]{0,60}|\bwith an? underlying\s+(?:[\w-]+\s+)?|\b(?:do|does|did) not have\s+(?:clinically\s+)?(?:[\w-]+\s+)?|\bnot (?:using|taking|receiving)\s+(?:[\w-]+\s+)?)$/i;
// The procedures a drug is given for (curated/condition-concepts.tsv), which labels also name as
// the setting of another use: "As a sedative when used as premedication and following general
// anesthesia", "reversal of the sedative effects of benzodiazepines in cases where general
// anesthesia has been induced", "preterm neonates ... who require endotracheal intubation",
// "Sedation for Adult Patients in Combination with Regional Anesthesia".
export const PROCEDURES = new Set([
  'CURATED:anesthesia',
  'CURATED:general-anesthesia',
  'CURATED:local-anesthesia',
  'CURATED:sedation',
  'CURATED:tracheal-intubation',
  'CURATED:neuromuscular-blockade-reversal',
  'CURATED:bowel-preparation',
  'CURATED:magnetic-resonance-imaging',
  'CURATED:computed-tomography',
  'CURATED:induced-abortion',
]);
// (named as what the drug is for: "for induction of general anesthesia", "an adjunct to general
// anesthesia to facilitate both rapid sequence and routine tracheal intubation", "a supplement in
// general or regional anesthesia"; the words between name no setting)
const GIVEN_FOR = new RegExp(
  String.raw`\b(?:for|facilitate|adjunct\s+(?:to|in)|induction\s+(?:and\s+maintenance\s+)?of|maintenance\s+of|production\s+of|supplement\s+(?:to|in))\s+(?:(?!(?:with|in|during|after|following|who|where|than|of)\b)[\w()/-]+\s+){0,5}$`,
  'i',
);
// (a setting before it in its item: "maintenance of anesthesia in pediatric patients following
// induction with agents other than Desflurane, USP, Liquid for Inhalation and intubation")
// (or a test done before, for an imaging agent: "patients with ... non-informative bone
// scintigraphy, computerized tomography (CT) or magnetic resonance imaging (MRI)")
const SETTING_WORDS =
  /\b(?:after|during|following|setting|requir(?:e|es|ing)|reaction|reversal|combination|occurr?(?:ing)?|(?:non-?)?informative|inconclusive)\b/i;
// (the images among them, which a sentence about an imaging agent names as what it is for)
const IMAGING = new Set(['CURATED:magnetic-resonance-imaging', 'CURATED:computed-tomography']);
/** Whether a procedure is named as what the drug is given for, or as a list's item itself. */
function givenFor(text: string, h: TermMatch): boolean {
  const before = text.slice(Math.max(0, h.start - 80), h.start);
  // (the words of its item before it, from the last full stop, colon, bullet or heading number)
  const item = text
    .slice(Math.max(0, h.start - 200), h.start)
    .split(/[.;:•]|\b\d+\.\d+\b/)
    .pop()!
    .trim();
  if (SETTING_WORDS.test(item)) return false;
  // (an emission tomography is no CT: "single photon emission computed tomography (SPECT)")
  if (/\bemission\s+$/i.test(before)) return false;
  // (an image, named by an imaging agent's label in its lists of procedures: "Intravenous
  // Procedures Adults and pediatric patients 12 years of age and over Computed tomography (CT)
  // imaging head and body", "for intravenous use with magnetic resonance imaging (MRI)")
  if (GIVEN_FOR.test(before) || IMAGING.has(h.conceptId)) return true;
  // ("Preoperative, postoperative, or obstetric sedation", "1.1 Intensive Care Unit Sedation")
  return (
    item.split(/\s+/).filter(Boolean).length <= 5 &&
    !/\b(?:with|in|of|who|where|to|by|than)\b/i.test(item)
  );
}

// Words right before a condition that make it something other than what the drug treats. (The
// patients' disease or past event still counts, as in "to reduce the risk of stroke ... in
// patients with nonvalvular atrial fibrillation" or "heart failure post-myocardial infarction":
// the quote shows the scope.)
// Words after "risk of" that name the disease progressing, which the patients have: "adults at risk
// of rapidly progressing autosomal dominant polycystic kidney disease"; but "at high risk for
// progression to severe COVID-19" is no severe COVID-19.
const NOT_PROGRESSING = String.raw`(?!(?:rapid(?:ly)?\s+)?progressing\s+(?!to\b))`;
const NOT_TREATED_WHEN_BEFORE = new RegExp(
  `(?:${[
    // what the drug brings about: "used to induce cardiac arrest" (a cardioplegic solution),
    // "Whether ziprasidone will cause torsade de pointes"
    // ("can cause life-threatening birth defects": up to two words between)
    String.raw`\binduc(?:e|es|ing)\s+(?:[\w-]+\s+){0,2}`,
    // ("indicated for producing controlled hypotension in order to reduce bleeding during surgery")
    // (not "indicated to produce local or regional anesthesia or analgesia", what a block is for)
    String.raw`\bproduc(?:e|es|ing)\s+(?:controlled|deliberate)\s+`,
    // what it keeps going, not what it treats: "to temporarily maintain the patency of the ductus
    // arteriosus until corrective or palliative surgery" (alprostadil keeps a ductus open)
    String.raw`\bmaintain(?:s|ing)?\s+(?:the\s+)?`,
    String.raw`\bcaus(?:e|es|ing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}`,
    // the setting of another indication: "when administration of other diuretics has caused
    // hypokalemia"
    String.raw`\b(?:has|have|had) caused\s+`,
    // a time: "more than 72 hours after the onset of rash"
    String.raw`\bonset of\s+`,
    // what another drug given with it prevents: "It should be used in combination with mesna for
    // prophylaxis of hemorrhagic cystitis" (ifosfamide's; the cystitis is its own toxicity), not
    // "should be used in combination with amphotericin B for the treatment of systemic candidiasis"
    String.raw`\bshould\s+be\s+(?:used|given|administered)\s+(?:in\s+combination\s+|together\s+|concomitantly\s+)?with\s+(?:[\w-]+\s+){1,3}(?:for|to)\s+(?:the\s+)?(?:prophyla\w*|prevent\w*|protect\w*)\s+(?:of\s+|against\s+)?`,
    // what a test looks for: "a serologic test for syphilis before receiving erythromycin", "a
    // microscopic examination for T.pallidum"
    String.raw`\b(?:tests?|testing|screen(?:s|ing)?|examinations?)\s+for\s+`,
    // another disease the patients may have: "patients who are suspected of also having syphilis
    // should have a microscopic examination", "persons ... who are suspected of having HIV
    // infection" (isoniazid's preventive therapy)
    String.raw`\bsuspected\s+(?:of\s+)?(?:also\s+)?(?:having|to\s+have)\s+(?:[\w-]+\s+){0,2}`,
    // what a procedure is for, under surgical prophylaxis: "cholecystectomy for chronic calculous
    // cholecystitis"
    String.raw`\b[a-z]+(?:ectomy|otomy|ostomy|plasty|scopy)\s+for\s+(?:[\w-]+\s+){0,3}`,
    // what the patients are at risk of: "patients ... who present a risk of pancreatitis" (not
    // their disease progressing)
    String.raw`\b(?:present|presents|at|with)\s+(?:an?\s+)?(?:increased\s+|high\s+)?risk\s+(?:of|for)\s+${NOT_PROGRESSING}`,
    // a risk of the drug, not a risk it reduces: "Because of the risk of potentially fatal, acute
    // fulminant liver failure", "a substantial risk of aplastic anemia and/or liver failure is
    // deemed acceptable", "the potential benefits outweigh the risk of vision loss"; its examples
    // too: "may increase the risk of toxicity (e.g., seizures)")
    String.raw`(?<!\b(?:reduc\w*|lower\w*|decreas\w*|prevent\w*|minimi\w*|mitigat\w*)\s+(?:[\w-]+\s+){0,3})\brisks?\s+(?:of|for)\s+${NOT_PROGRESSING}(?:[\w-]+,?\s+(?:and\/or\s+|or\s+|and\s+)?){0,4}(?:\((?:e\.g\.|i\.e\.|such as|including),?\s+)?`,
    // the disease of another treatment the patients receive: "men ... receiving androgen
    // deprivation therapy (ADT) for nonmetastatic prostate cancer"
    String.raw`\breceiving\s+(?:[\w-]+\s+){0,4}(?:therapy|treatment)\s+(?:\([^()]{0,12}\)\s+)?for\s+(?:[\w-]+\s+){0,2}`,
    // "following induction or consolidation chemotherapy treatment of patients with acute myeloid
    // leukemia (AML)" (filgrastim shortens the neutropenia that follows; not "in combination with
    // chemotherapy for the treatment of patients with ...", where the drug treats it too)
    String.raw`\b(?:following|after|receiving|undergoing)\s+(?:[\w-]+\s+){0,3}chemotherapy\s+(?:treatment\s+)?(?:of|in|for)\s+(?:[\w-]+\s+){0,8}`,
    // a cause of something else: "The management of tuberculosis has become more complex as a
    // consequence of increasing rates of drug resistance and concomitant HIV infection"
    String.raw`\b(?:as a (?:consequence|result) of|because of|owing to)\s+(?:[\w-]+\s+){0,8}`,
    // the diagnostic category of a trial's patients: "whose diagnoses corresponded most closely
    // to the DSM-III or DSM-IIIR category of major depressive disorder" (nefazodone is indicated
    // for "depression")
    String.raw`\bdiagnos[ei]s\s+corresponded\s+(?:most\s+closely\s+)?to\s+(?:[\w-]+\s+){0,4}categor(?:y|ies)\s+of\s+`,
    // the population a trial was run in: "While use is not limited to this setting, the efficacy
    // of ticagrelor tablet was established in a population with type 2 diabetes mellitus"
    String.raw`\b(?:established|studied|demonstrated|evaluated)\s+in\s+(?:a\s+)?(?:population|patients|subjects)\s+(?:with|of)\s+(?:[\w-]+\s+){0,2}`,
    // what comes with another infection in some of its cases: "community-acquired pneumonia caused
    // by Streptococcus pneumoniae, including cases with concurrent bacteremia" (no bacteremia of
    // its own)
    String.raw`\bwith\s+concurrent\s+`,
    // a qualifier of the patients either way: "with or without metabolic alkalosis", "without
    // cirrhosis or with compensated cirrhosis"
    String.raw`\bwith or without\s+(?:[\w-]+\s+){0,2}`,
    String.raw`\bwithout\s+[\w-]+(?:\s+[\w-]+)?\s+or\s+with\s+(?:[\w-]+\s+){0,2}`,
    // what care is taken to avoid while the drug is given: "Exercising care to prevent vomiting and
    // aspiration, doxapram may be used to stimulate respiration"
    String.raw`\bcare\s+to\s+(?:prevent|avoid)\s+(?:[\w-]+\s+){0,2}`,
    // the patients an example describes: "gastrointestinal intolerance ..., e.g., patients
    // experiencing nausea and vomiting with the first few doses of the drug", "in whom the
    // development of hypokalemia cannot be risked (e.g., patients on concomitant digitalis
    // preparations, or with a history of cardiac arrhythmias, etc.)" (not "helps restore mental
    // alertness ... when experiencing fatigue")
    String.raw`\b(?:e\.g\.|such as),?\s+patients\b[^.;()]{0,80}?\s`,
  ].join('|')})$`,
  'i',
);
export const GENERIC_CANCER_CONCEPTS = new Set(['DOID:162', 'MESH:D009369', 'DOID:14566']);
// A malignancy by its own words: a kind of cancer, carcinoma, sarcoma, leukemia ... ("breast
// cancer", "acute lymphoblastic leukemia", "solid tumors", "neuroendocrine tumors"), not the word
// alone ("patients with cancer", "prior cancer", "Other Cancers", "non-cancer pain").
const MALIGNANCY =
  /(?:\w\s+cancers?\b|carcinomas?\b|sarcomas?\b|blastomas?\b|gliomas?\b|melanomas?\b|myelomas?\b|lymphomas?\b|mesotheliomas?\b|seminomas?\b|leuka?emias?\b|carcinoid|hodgkin|mycosis fungoides|s[ée]zary|myelodysplastic|macroglobulinemia|\w\s+malignanc|(?:neuroendocrine|stromal|germ cell|solid|brain|wilms[’']?)\s+tumou?rs?\b)/i;
// (the word alone where a site or kind stands before it: "epithelial ovarian, fallopian tube, or
// primary peritoneal cancer", "solid tumors", "hematologic malignancies")
const MALIGNANT_TUMOR_BEFORE =
  /\b(?:malignant|neuroendocrine|stromal|germ cell|solid|brain|wilms[’']?|hematologic(?:al)?)\s+$/i;
const CANCER_SITE_BEFORE =
  /\b(?:[a-z]+(?:eal|ian|ary|ine|ic|al|ar)|breast|lung|colon|skin|tube|bladder|prostate|neck|liver|kidney|bone|cell|stomach)\s+$/i;

export function namesAMalignancy(text: string, x: { hit: TermMatch }): boolean {
  const named = text.slice(x.hit.start, x.hit.end);
  const before = text.slice(Math.max(0, x.hit.start - 24), x.hit.start);
  if (/^cancers?$/i.test(named))
    return MALIGNANT_TUMOR_BEFORE.test(before) || CANCER_SITE_BEFORE.test(before);
  if (/^(?:tumou?rs?|malignanc(?:y|ies)|neoplasms?)$/i.test(named))
    return MALIGNANT_TUMOR_BEFORE.test(before);
  return MALIGNANCY.test(named);
}

// The patients whose marrow recovers after another therapy: "for the acceleration of myeloid
// reconstitution following autologous peripheral blood progenitor cell (PBPC) or bone marrow
// transplantation in adult and pediatric patients 2 years of age and older with non-Hodgkin's
// lymphoma (NHL), acute lymphoblastic leukemia (ALL) ..." (sargramostim treats the recovery,
// not the leukemia), "to mobilize hematopoietic stem cells ... for collection and subsequent
// autologous transplantation in patients with non-Hodgkin's lymphoma (NHL) or multiple myeloma"
// (plerixafor). The whole sentence before the condition, with no stop or new purpose between.
const AFTER_ANOTHER_THERAPY =
  /\b(?:following|after|subsequent)\s+(?:[\w()-]+\s+){0,10}(?:chemotherapy|transplantation|transplant)\s+(?:treatment\s+)?(?:of|in)\s+(?:(?!\b(?:treatment|therapy)\s+of\b)[^.;])*$/i;
// The patients of an example procedure under surgical prophylaxis: "in patients undergoing
// surgical procedures ... (e.g., vaginal hysterectomy, and cholecystectomy in high-risk patients
// such as those older than 70 years, with acute cholecystitis, obstructive jaundice ...)".
const SURGICAL_EXAMPLE =
  /\b(?:surgical\s+procedures?|surgery|surgeries|operations?)\b[^()]{0,120}\((?:e\.g\.|i\.e\.|such as|for example)[^()]*$/i;
// The words for people who may stand before "with" and the condition they have ("adults with
// hypercholesterolemia").
const PEOPLE =
  /^(?:patients|adults|children|women|men|people|persons|individuals|subjects|those|infants|neonates|adolescents|males|females|older|pregnancy|population)$/i;
// The patients of another indication: "management of patients with leukemia, lymphoma and
// malignancies who are receiving cancer therapy which causes elevations of ... uric acid" — only
// where the condition describes the patients ("patients with leukemia"), not where it is what is
// prevented in them ("prevention of endometrial hyperplasia in ... women who are receiving
// conjugated estrogens").
// (not where the other treatment is simply background: "adult patients with moderate to severe
// systemic lupus erythematosus (SLE), who are receiving standard therapy")
// ("Patients with Cancer Receiving Myelosuppressive Chemotherapy" says the same without "who are")
const WHO_ARE_RECEIVING =
  /^[^.;]{0,60}?\b(?:who (?:are|were) )?(?:receiving|undergoing)\b(?!\s+(?:standard|background|stable|conventional|usual)\b)/i;
const PATIENTS_WITH = /\bpatients with\s+(?:[\w-]+,?\s+(?:and\s+)?){0,5}$/i;
// A condition named among the risk factors that qualify a patient for another indication
// ("body mass index ≥ 27 kg/m2 in the presence of other risk factors (e.g., controlled
// hypertension, diabetes)") is not itself treated. Only examples of the risk factors count:
// atorvastatin's "in adults with multiple risk factors for CHD ... o ... hospitalization for
// congestive heart failure" states an indication after them.
const AMONG_RISK_FACTORS =
  /\brisk factors?\s*[(,:]?\s*(?:e\.g\.|such as|including|like)(?:[^.;]|\b[ei]\.[ge]\.)*$/i;
// Infections named by their cause alone, not by a site, and not as the opener of a list of sites
// ("mild to moderate infections caused by ... in the specific conditions listed below").
const INFECTIONS_AT_LARGE =
  /(?:^|[.:;]\s*|\b(?:treatment of|indicated (?:in|for)(?: the treatment of)?)\s+)(?:serious\s+|severe\s+)?infections\s+(?:caused by|due to)\s+(?:susceptible\s+)?(?:strains of\s+)?(?![^.:;]*\b(?:conditions|infections)\s+(?:listed|below)\b)(?!this\b)[^.:;]*(?:\.|$)/gi;

const NAMES_A_GERM =
  /\b(?:staph\w*|strep\w*|mrsa|bacteri\w*|fung\w*|yeasts?|candid\w*|vir(?:al|us)|herpe\w*|protozoa\w*|pseudomonas|gram)\b/i;

/** The indications name infections at large, as an indication (not in a limit or a footnote). */
function infectionsAtLarge(text: string): boolean {
  for (const m of text.matchAll(INFECTIONS_AT_LARGE)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index + m[0].indexOf('nfection'));
    const sentence = before.slice(before.search(/[^.]*$/));
    if (!/\b(?:not|limited|although|nor)\b/i.test(sentence)) return true;
  }
  return false;
}

// Words of an item that adds the drug to another treatment ("Epilepsy—adjunctive therapy ...:
// partial-onset seizures"; not "as an adjunct to diet and exercise", which adds no drug).
const ADDED_TO_ANOTHER =
  /\b(?:adjunct(?:ive)?|add-on)\b(?!\s+(?:therapy\s+)?to\s+diet)|\bin combination with\b/i;
/**
 * The item adds the drug to another treatment: its lead-in, its words up to the condition and a
 * few after ("Epilepsy—adjunctive therapy in patients aged 2 years and older: partial-onset
 * seizures"), or the whole statement a numbered heading heads ("1.2 Myoclonic Seizures in Patients
 * with Juvenile Myoclonic Epilepsy Levetiracetam tablets are indicated as adjunctive therapy").
 */
function addedToAnother(text: string, x: Hit): boolean {
  const item = /^\s*\d+(?:\.\d+)+\s/.test(x.sentence.text)
    ? x.sentence.text
    : `${text.slice(x.sentence.start, x.hit.start)} ${text.slice(x.hit.end, x.hit.end + 30)}`;
  return ADDED_TO_ANOTHER.test(`${leadIn(text, x.sentence)} ${item}`);
}

// A condition named in a reason ("because ... conditions are generally of short duration") is
// neither stated nor limited there (not a risk "because of" which a statement follows: "Because of
// the risk of ... liver failure, TASMAR should ordinarily be used in patients with Parkinson's
// disease").
const BECAUSE = /\bbecause\b(?!\s+of\b)/i;
// What the patients of another indication show: "Adjunctive treatment of peroxisomal disorders ...
// in patients who exhibit manifestations of liver disease, steatorrhea or ...".
const MANIFESTED_BY_PATIENTS =
  /\bwho\s+(?:exhibit|show|display)\s+(?:[\w-]+\s+){0,2}manifestations\s+of\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}$/i;
// A sentence that states no use whatever it names: "Single-drug treatment of active tuberculosis
// with isoniazid ... is inadequate therapy.", "There are no clinical data to support the use of
// DIACOMIT as monotherapy in Dravet syndrome." (a caveat of how, not a limit of what: the
// indication stands in the sentence before), "The use of potassium-conserving agents is often
// unnecessary in patients receiving diuretics for uncomplicated essential hypertension".
// So does a count of what happened in trials: "In registration studies, these arrhythmias, which
// require cardioversion, occurred in 1.7% of treated patients during, or within a number of hours
// of, use of Ibutilide fumarate" (the arrhythmias it can cause).
// (and an OTC label's instruction in its Uses: "If no pain relief in 7 days, stop use.")
const STATES_NO_USE =
  /\b(?:(?:is|are) (?:an? )?inadequate (?:therapy|treatment)|no (?:[\w-]+ )?data (?:to support|supporting)|(?:is|are) (?:often |usually )?unnecessary|occurred in (?:approximately |about )?\d|stop use|ask a (?:doctor|pharmacist))\b/i;
// Words right after a condition that say it needs no treatment: "with acute cholecystitis not
// requiring therapeutic antimicrobials".
const NOT_REQUIRING = /^\s+not requiring\b/i;
// A condition that names the target of another therapy: "nausea and vomiting associated with
// highly emetogenic cancer chemotherapy" (ondansetron treats no cancer), "emetogenic cancer
// therapy", "patients ... who are receiving cancer therapy which causes elevations of ... uric
// acid"; and the patients of another therapy: "1.1 Acute Myeloid Leukemia Following Induction
// Chemotherapy LEUKINE is indicated to shorten time to neutrophil recovery". (Not every therapy
// named after a condition: "an aid to smoking cessation treatment" is the drug's own.)
const OF_A_THERAPY =
  /^\s+(?:chemotherapy|radiotherapy|radiation|(?:following|after|receiving|undergoing)\s+(?:[\w-]+\s+){0,2}(?:chemotherapy|radiotherapy|radiation))\b/i;
const OF_A_THERAPY_AFTER = /\b(?:emetogenic|myelosuppressive|receiving|undergoing)\s+$/i;
// The conditions right before a list of purposes are its setting, the purposes the indications:
// "adjunctive treatment with thiazide diuretics ... in congestive heart failure or hypertension
// to: a. help restore normal serum potassium levels ...".
const SETTING_OF_PURPOSES =
  /^(?:\s*\([^()]*\))?(?:\s*(?:,|or|and)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)?\s+to:/;
const A_THERAPY = /^\s+(?:therapy|treatment)\b/i;
const TO_ALLOW_A_THERAPY =
  /^[^.;]{0,160}?\b(?:to (?:allow|enable|permit)|prevents?|limits?)\b[^.;]{0,60}?\b(?:initiation|initiate|maintenance|maintain)\b[^.;]{0,60}?\b(?:therapy|treatment|chemotherapy)\b/i;
// Words that make a condition an infection ("Acute Bacterial Otitis Media", "Otitis Externa ...
// due to Escherichia coli").
const INFECTION_WORDS = /\b(?:bacterial|infect\w*|septic|viral|fungal|suppurative|purulent)\b/i;
// Words that name another kind of germ than the one a question names.
const OTHER_GERM_KIND: Record<string, RegExp> = {
  bacterial: /\b(?:candid\w*|fung\w*|yeasts?|mycotic|vir(?:al|us)|herpe\w*|protozoa\w*)\b/i,
  viral: /\b(?:bacteri\w*|candid\w*|fung\w*|yeasts?|mycotic|protozoa\w*)\b/i,
  fungal: /\b(?:bacteri\w*|vir(?:al|us)|protozoa\w*)\b/i,
};
const CAUSED_BY_GERMS = /\b(?:[Cc]aused by|[Dd]ue to) (?:susceptible|[A-Z][a-z]+ [a-z])/;
// A condition named as another problem to control first ("every attempt should be made to
// control ... diabetes mellitus and hypothyroidism that are contributing to the lipid
// abnormalities"), or the patients a trial excluded ("excluded patients who ... had
// diabetic neuropathy"), or the other care that blood pressure control "should be part of"
// ("comprehensive cardiovascular risk management, including ... diabetes management"), or what
// "requires treatment with other agents" ("Extraenteric amebiasis"), or what the staff who give it
// are "trained in" ("identification and treatment of acute ventricular arrhythmias"), or what it
// has "the potential to produce" ("serious hematological disorders ... particularly leukopenia"), or
// the disease of the therapy it is a "rescue after" ("high-dose methotrexate therapy in ... patients
// with osteosarcoma"), is not what the drug is indicated for.
const NOT_TREATED_HERE =
  /\b(?:secondary causes?|every attempt should be made|underlying (?:disorders?|conditions?|causes?)|contributing to|excluded|should be part of|requires? (?:treatment|therapy) with other|suspected pathogens?|one of the suspected|coverage should be added|see published guidelines|Joint National Committee|trained in|potential to (?:produce|cause|induce)|rescue (?:is indicated )?after|(?:use|exercise|used with) caution|causes? of secondary)\b/i;
// A condition named after the words of a test or an image, as what it looks for ("as a diagnostic
// agent in suppression tests to differentiate suspected mild hyperthyroidism", "indicated for the
// diagnosis of adult growth hormone deficiency", "indicated for positron emission tomography (PET)
// ... in men with suspected prostate cancer recurrence", "PET of the brain ... for: Evaluation of
// Alzheimer's disease", "sonohysterosalpingography to assess fallopian tube patency in women with
// known or suspected infertility"); not one the procedures it names come after ("nausea and vomiting
// associated with surgical and diagnostic procedures"), nor one after such procedures as a setting
// ("where sedation has been produced ... for diagnostic and therapeutic procedures, and for the
// management of benzodiazepine overdose"), nor one an image has shown ("Angiographically
// Documented Coronary Artery Disease", "In patients with recently documented CAD by angiography
// ... indicated to reduce the risk of hospitalization for angina").
const DIAGNOSED =
  /\b(?:diagnostic(?![\w\s,]{0,30}\bprocedures?\b)|(?:for|in|aid)\s+(?:the\s+)?diagnos(?:is|e|ing)\b|to\s+diagnose|to\s+differentiate|positron\s+emission|single\s+photon\s+emission|scintigraph\w*|(?<!\bby\s)(?:imaging|angiography|\w*(?:salpingo|uro|cholangio|arthro|veno|myelo|cisterno|lympho|echocardio)graphy)|visuali[sz]\w*|lymphatic\s+mapping|evaluat(?:ion|ed)\s+(?:of|for)|to\s+estimate|detection\s+of|to\s+detect)/i;
// A sentence about an image or an imaging agent is about what it shows, wherever the condition
// stands in it ("Gleolan is indicated in patients with glioma ... as an adjunct for the
// visualization of malignant tissue during surgery", "Cardiac MRI (CMRI) to assess myocardial
// perfusion ... in adult patients with known or suspected coronary artery disease"). (Treatment
// labels name no image in their indications.)
const IMAGED =
  /[Mm]agnetic\s+[Rr]esonance|[Cc]omputed\s+[Tt]omograph|[Pp]ositron\s+[Ee]mission|[Ss]ingle\s+[Pp]hoton|[Ss]cintigraph|[Ii]maging\s+[Aa]gent|[Cc]ontrast\s+[Aa]gent|[Vv]isuali[sz]ation\s+of|[Ff]luorescence\s+[Ii]maging|[Ll]ymphatic\s+[Mm]apping|[Rr]adioactive\s+[Dd]iagnostic|\b(?:MRI|MRA|SPECT|PET|CT|CCTA|MPI)\b/;
// "many antihypertensive drugs have additional approved indications ... (e.g., on angina, heart
// failure)"), or "In the neonate with suspected bacterial sepsis or staphylococcal pneumonia, a
// penicillin-type drug is also usually indicated as concomitant therapy", or "Use of other sympathomimetic drugs for weight loss has been associated with
// serious cardiovascular adverse events", or "Injectable benzathine penicillin is considered the
// drug of choice in treatment and prevention of streptococcal infections, including the
// prophylaxis of rheumatic fever" (in cefazolin's label), or "Concomitant antacids should be given
// as needed for relief of pain" (cimetidine's), or "Penicillin G sodium or potassium is recommended
// for streptococcal infections with bacteremia" (in BICILLIN C-R's, the benzathine and procaine
// salts), or "If tachycardia is excessive, it may be necessary to use a beta-blocking agent
// concomitantly" (phenoxybenzamine's): words about other drugs, in the drug's own label
const OTHER_DRUGS =
  /\b(?:(?:many|some|several)\s+(?:[\w-]+\s+){0,2}drugs|(?:use of|using)\s+other\s+(?:[\w-]+\s+){0,2}(?:drugs|agents|medications)|an?\s+[\w-]+\s+drug\s+is\s+(?:also\s+)?(?:usually\s+)?indicated|(?:is|are)\s+(?:usually\s+)?(?:considered\s+)?(?:[\w-]+\s+){0,8}?(?:to\s+be\s+)?the\s+(?:usual\s+)?drugs?\s+of\s+choice|concomitant\s+(?:[\w-]+\s+){1,2}(?:should|may|can|must)\s+be\s+(?:given|used|administered|added)|(?:sodium|potassium)\s+or\s+(?:sodium|potassium)\s+(?:is|are)\s+recommended|(?:necessary|advisable|needed)\s+to\s+(?:use|add|give)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:agents?|drugs?|blockers?))\b/i;
// A precaution before treating states no indication: "Before treatment of gonorrhea, patients who
// are suspected of also having syphilis should have a microscopic examination ...", "Before
// prescribing fluconazole tablets for AIDS patients with cryptococcal meningitis, please see ...".
const PRECAUTION =
  /^\W*before\s+(?:instituting|initiating|starting|beginning|prescribing|using|giving|treatment|treating|therapy)\b/i;
// Older labels list their indications under one heading: "indicated in the following conditions:".
// Or, after the stewardship paragraph of antibacterial labels: "indicated for the treatment of
// patients with mild to moderate infections ... in the conditions listed below."
const LIST_OF_INDICATIONS =
  /(?:^|[.:]\s)[^.]{0,200}\b(?:indicated (?:in|for) (?:the following (?:conditions|diseases|disorders)\b|[^.]{0,200}\b(?:in|of|with) the (?:(?:specific\s+)?(?:conditions|diseases|infections) listed below|following (?:(?:serious|mild|moderate|severe|to)\s+){0,4}(?:conditions|diseases|disorders|infections))\b)|indicated as follows:)/i;
// Or the section is itself that list, by category, with no sentence before it ("Allergic states:
// Control of ... Endocrine disorders: Primary or secondary adrenocortical insufficiency ...
// Nervous system: ... cerebral edema associated with ...").
const CATEGORY_HEADING =
  /(?:^|[.;]\s+)(?:[A-Z][a-z]+\s+){1,2}(?:states|diseases|disorders|system)\s*:/g;
const listsByCategory = (text: string) => (text.match(CATEGORY_HEADING) ?? []).length >= 3;

// A question about prevention ("migraine prevention") asks for an indication that prevents.
export const PREVENTION =
  /\b(?:prevent\w*|prophyla\w*|suppress\w*|(?:reduc|lower|decreas)\w*\s+(?:in\s+|of\s+)?(?:the\s+)?(?:risk|rate|frequency|incidence|number|occurrence)|risk reduction)\b/i;

// An indication that says it treats ("Posaconazole injection is indicated for the treatment of
// invasive aspergillosis").
const TREATS = /\b(?:treatment|to treat)\s+(?:of\s+)?/i;

/**
 * Words of prevention that govern what follows ("prophylaxis of", "suppressive therapy of",
 * "reduce the risk of:"), not themselves turned down ("Not indicated for the prevention").
 */
function prevents(words: string): boolean {
  return [...words.matchAll(new RegExp(PREVENTION.source, 'gi'))].some(
    (m) =>
      !/\bnot\b[^.;•]{0,40}$/i.test(words.slice(0, m.index)) &&
      // (or names it with a treatment: "Prophylaxis and chronic treatment of asthma")
      /^\s+(?:[\w-]+\s+)?(?:of|for|against)\b|^\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}(?:treatment|therapy|management)\s+(?:of|for)\b/i.test(
        words.slice(m.index + m[0].length),
      ) &&
      // what is prevented is death, not the condition named after it: "reduce the risk of death
      // associated with acute ST elevation myocardial infarction" (a list goes on: "death,
      // recurrent MI ..."; a relapse prevented is the condition's own: "radical cure (prevention
      // of relapse) of vivax malaria", the fixture's standard since round 40)
      !/^\s+(?:[\w-]+\s+)?(?:of|for)\s+(?:(?:cardiovascular|cv|all-cause)\s+)?(?:death|mortality)\b(?!\s*(?:,|and\b|or\b))/i.test(
        words.slice(m.index + m[0].length),
      ),
  );
}

// The words that say what an indication does to the condition after them: treat it or prevent it.
// ("As an adjunct to diet to reduce LDL-C in: o Adults with primary hyperlipidemia" treats, though
// the list it stands in opens "To reduce the risk of:")
const GOVERNING =
  /\b(?:(?:preventive|prophylactic|suppressive)\s+(?:treatment|therapy)|prevent\w*|prophyla\w*|suppress\w*|(?:reduc|lower|decreas)\w*\s+(?:in\s+|of\s+)?(?:the\s+)?(?:risk|rate|frequency|incidence)|treat\w*|manag\w*|relie\w*|therapy|as\s+an\s+adjunct)\b/gi;

// A question about an attack ("asthma attack", "migraine attack", "COPD exacerbation", "gout
// flare") asks for treating the episode; an indication that prevents episodes or maintains
// control between them does not cover it ("maintenance treatment of asthma as prophylactic
// therapy", "prophylaxis of common migraine headache", "to reduce the risk of COPD exacerbations"),
// unless it treats them too ("Prophylaxis and treatment of gout flares").
const EPISODE = /\b(?:attacks?|flares?|flare-ups?|exacerbations?|episodes?)\b/i;
// (and so does one about a phase that is an episode: "lamotrigine for mania" is not covered by the
// "maintenance treatment of bipolar I disorder to delay the time to occurrence of mood episodes
// (depression, mania, ...)", beside "Treatment of acute manic or mixed episodes is not recommended")
const EPISODE_PHASE = /\b(?:manias?|manic|hypomani\w*|bipolar\s+depression)\b/i;
const BETWEEN_EPISODES =
  /\b(?:maintenance|chronic\s+treatment|long-term|(?:as\s+)?prophylactic|preventive|(?:once|twice)[- ]daily|(?:reduc|lower|decreas|prevent)\w*\s+(?:[\w-]+\s+){0,2}(?:attacks?|flares?|exacerbations?|episodes?)|chronic\s+stable)\b/i;
const TREATS_EPISODES =
  /\b(?:acute(?:ly)?\s+(?:treatment|therapy|management)|(?:and|or)\s+(?:the\s+)?treatment\s+of|relie(?:f|ve)\w*\s+of|abort\w*|rescue|acute\s+(?:[\w-]+\s+)?(?:exacerbations?|attacks?|episodes?|flares?))\b/i;

// A question about a population ("hypertension in pregnancy", "depression in children") is
// covered only where the label names that population beside the condition: losartan's
// "Treatment of hypertension" does not cover hypertension in pregnancy (it is contraindicated).
const POPULATIONS: { asked: RegExp; named: RegExp }[] = [
  {
    asked: /\b(?:pregnan\w*|expecting|breast-?feeding|lactat\w*|nursing)\b/i,
    // not "in non-pregnant women" (tinidazole's bacterial vaginosis)
    named: /(?<!\bnon-?)(?<!\bnot\s)\b(?:pregnan\w*|lactat\w*|breast-?feeding|nursing)\b/i,
  },
  // Children are not covered by "Adults and Adolescents", nor infants by "pediatric patients 3
  // years and older" (gabapentin), only by words for them or an age in months, weeks or days;
  // children and adolescents also by an age from which the label counts ("in patients 10 years of
  // age and older").
  {
    asked: /\b(?:child(?:ren)?|kids?|pediatric|paediatric)\b/i,
    named:
      /\b(?:child(?:ren)?|pa?ediatrics?|infants?|infancy|neonates?|newborns?|(?:[1-9]|1[0-2])\s*years?\s+(?:of\s+age\s+)?(?:and|or)\s+older)\b/i,
  },
  {
    asked: /\b(?:adolescents?|teens?|teenagers?)\b/i,
    named:
      /\b(?:child(?:ren)?|pa?ediatrics?|adolescents?|(?:[1-9]|1[0-7])\s*years?\s+(?:of\s+age\s+)?(?:and|or)\s+older)\b/i,
  },
  {
    asked: /\b(?:infants?|bab(?:y|ies)|toddlers?|newborns?|neonates?)\b/i,
    named:
      /\b(?:infants?|infancy|neonat\w*|newborns?|birth|\d+\s*(?:months?|weeks?|days?)\s+(?:of\s+age\s+)?(?:and|or)\s+older)\b/i,
  },
  {
    asked: /\b(?:elderly|older (?:adults|people|patients)|seniors?|geriatric)\b/i,
    named: /\b(?:elderly|geriatric|older (?:adults|patients))\b/i,
  },
];

// The patients named just before the condition they have: "pediatric patients 10 years of age and
// older with type 2 diabetes mellitus".
const PEOPLE_WITH =
  /((?:adults?|patients|child(?:ren)?|pa?ediatric|adolescents?|infants?)\b[^.;:•]{0,80}?)\s+with\s+(?:[\w'-]+\s+){0,4}$/i;
const YOUNG = /\b(?:pa?ediatrics?|child(?:ren)?|infants?|adolescents?|neonates?|newborns?)\b/i;
const ADULTS = /\badults?\b/i;

// The people a condition is named for, right after it: "in adults and pediatric patients 2 years
// of age and older", up to the next item's capital.
const AFTER_PEOPLE =
  /^[^.;]{0,40}?\b(?:in|for|among)\s+(?:\S+\s+){0,2}?(?:adults?|patients|child(?:ren)?|pa?ediatrics?|infants?|neonates?|newborns?|adolescents?|women|men|elderly|geriatric|older|pregnan\w*|lactating|nursing|non-pregnant)\b/i;
function peopleAfter(after: string): string | null {
  const m = AFTER_PEOPLE.exec(after);
  if (!m) return null;
  // (case matters here: a capital starts the next item; "HIV" and "I" do not)
  return m[0] + /^(?:[^.;A-Z]|\b(?:HIV|I{1,3})\b)*/.exec(after.slice(m[0].length))![0];
}

// What a label reduces, named instead of the condition ("indicated to reduce serum phosphate",
// "for the reduction of blood pressure").
const reduces = (what: string) =>
  new RegExp(
    String.raw`\b(?:reduc|lower|control|decreas)\w*\s+(?:of\s+)?(?:the\s+)?${what}\b`,
    'i',
  );

// A label may name what the drug does for a condition rather than the condition (lidocaine's
// "production of local or regional anesthesia or analgesia" is about pain, "as an antiemetic"
// about nausea), or a condition that overlaps it without containing it (melanoma beside skin
// cancer, DVT beside VTE, "solid tumors" beside breast cancer). Then "does not list" would mislead.
const SAID_OTHERWISE: [asked: RegExp, named: RegExp][] = [
  // (and a local anesthetic's "production of local anesthesia by infiltration, peripheral and
  // central nerve block", "indicated for ocular surface anesthesia", "procedures requiring a ...
  // topical ophthalmic anesthetic": procedural pain; not general anesthesia, nor "combined
  // sedation and regional anesthesia", nor the "reversal of soft-tissue anesthesia")
  [
    /\b(?:pain\w*|aches?|\w+aches?)\b/i,
    /\banalges\w*|\b(?:production|introduction|indicated\s+for)\s+(?:of\s+)?(?:[\w()]+\s+){0,2}?(?:local|regional|surface|topical|infiltration|dental)\s+anesthe\w*|\brequiring\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}(?:local|topical)\s+(?:ophthalmic\s+)?anesthetic\b/i,
  ],
  // (angina is chest pain: an anti-anginal label neither covers nor leaves out "pain")
  // (pain alone: "nitroglycerin for pain", not "... for back pain"; with its course or its
  // treatment asked: "acute pain", "to relieve pain", which reads "for treatment of pain")
  [
    /^(?:(?:for|to treat|in)\s+)?(?:(?:treatment|relief)\s+of\s+)?(?:(?:mild|moderate|severe|acute|chronic)\s+)?pains?(?:\s+(?:treatment|relief))?$/i,
    /\bangina\b|\banginal\b/i,
  ],
  [/\b(?:fevers?|pyrex\w*)\b/i, /\bantipyre\w*/i],
  [/\bcough\w*/i, /\bantituss\w*/i],
  [/\b(?:itch\w*|prurit\w*)/i, /\bantiprurit\w*/i],
  [/\b(?:nause\w*|vomit\w*|emesis)\b/i, /\bantiemet\w*/i],
  [/\bdiarrh\w*/i, /\bantidiarrh\w*/i],
  [/\banxi\w*/i, /\banxiolyt\w*/i],
  [/\b(?:insomnia|sleep\w*)\b/i, /\b(?:hypnotic|sedati)\w*/i],
  [/\b(?:seizures?|convuls\w*|epilep\w*)\b/i, /\banticonvuls\w*/i],
  // (a sore throat is among the "minor aches and pains due to ... the common cold" an OTC analgesic
  // relieves: neither covered by name nor left out, round 229)
  [
    /\b(?:sore\s+throats?|throat\s+pain|pharyngitis)\b/i,
    /\b(?:aches?\s+and\s+)?pains?\s+due\s+to\b[^.]{0,160}\bcommon\s+cold\b/i,
  ],
  // (heartburn is what OTC acid reducers call "acid indigestion": MeSH files it beside dyspepsia,
  // not under it, so an indigestion question is neither covered nor left out, round 229; nor by a
  // label for reflux or peptic ulcer, whose symptom indigestion is, round 230's famotidine)
  [/\b(?:indigestion|dyspepsia)\b/i, /\bheartburn\b|\breflux\b|\bGERD\b|\bulcers?\b/i],
  // (ADHD by its older picture: haloperidol's "hyperactive children who show excessive motor
  // activity ... difficulty sustaining attention", round 228)
  [/\b(?:adhd|attention[-\s]deficit\w*|hyperactiv\w*)\b/i, /\bhyperactiv\w*|\bhyperkine\w*/i],
  // "to shorten time to neutrophil recovery ... following induction chemotherapy" (sargramostim)
  [/\bneutropeni\w*/i, /\b(?:neutrophil\s+(?:recovery|counts?)|myeloid reconstitution)\b/i],
  // "unresectable or metastatic melanoma": mostly a skin cancer, but MeSH files melanoma by cell
  // type and some melanomas (uveal, mucosal) are not of the skin: neither covered nor left out
  [/\bskin\s+(?:cancers?|neoplasms?|tumou?rs?|malignanc\w*)\b/i, /\bmelanomas?\b/i],
  // a tumour-agnostic indication: "solid tumors that have a neurotrophic tyrosine receptor kinase
  // (NTRK) gene fusion" neither covers nor leaves out breast cancer (not a blood cancer: leukemia,
  // lymphoma and myeloma are no solid tumours)
  [
    /^(?!.*\b(?:leuk\w*|lymphom\w*|myelom\w*|blood)\b).*\b(?:cancers?|carcinomas?|tumou?rs?|neoplasms?|sarcomas?|melanomas?|gliomas?|malignanc\w*)\b/i,
    /\bsolid\s+tumou?rs?\b/i,
  ],
  // "locally advanced or metastatic urothelial carcinoma": mostly a bladder cancer, but it arises
  // in the renal pelvis, ureter and urethra too, and the vocabulary files it by cell type: neither
  // covered nor left out (not renal cell carcinoma, which is no urothelial cancer)
  [
    /^(?!.*\brenal\s+cell\b).*\b(?:bladder|kidney|renal|ureters?|ureteral|urethral?|urinary|urologic)\s+(?:\w+\s+)?(?:cancers?|carcinomas?|tumou?rs?|neoplasms?|malignanc\w*)\b/i,
    /\burothelial\b/i,
  ],
  // "inflammatory processes ... such as those associated with abscesses or other infection": any
  // infection, which no term names (not "other infections of the female genital tract", a site)
  [
    /\b(?:infect\w*|osteomyelitis|abscess\w*|cellulitis|sepsis|septic\w*|pneumonia|meningitis|endocarditis|pyelonephritis|cystitis|otitis|sinusitis|pharyngitis|tonsillitis|peritonitis|prostatitis|bacteremia)\b/i,
    /\b(?:or|and)\s+other\s+infections?\b(?!\s+(?:of|in)\b)/i,
  ],
  // "indicated to reduce serum phosphate in patients with end-stage renal disease"
  [/\bhyperphosphat\w*|\bhigh\s+phosph\w*/i, reduces(String.raw`(?:serum\s+)?phosph(?:ate|orus)`)],
  // "reduces underarm wetness" (an antiperspirant): sweating named by what it wets
  [
    /\b(?:hyperhidrosis|sweat\w*|perspir\w*)\b/i,
    /\b(?:underarm|axillary)\s+(?:wetness|perspiration|sweat\w*)|\bperspiration\b/i,
  ],
  // "to raise blood pressure in adult patients with severe, acute hypotension" (norepinephrine):
  // the hypotension of a shock, the shock not named
  [/\bshock\b/i, /\bto\s+(?:raise|restore|increase)\s+(?:the\s+)?blood\s+pressure\b/i],
  // "indicated for the reduction of blood pressure when oral therapy is not feasible" (Cleviprex):
  // hypertension, named otherwise (not pulmonary or ocular hypertension)
  [
    /^(?:(?:for|to treat|in)\s+)?(?:(?:essential|systemic|arterial|severe|mild|uncontrolled|resistant)\s+)*(?:hypertension|high\s+blood\s+pressure)$/i,
    reduces(String.raw`(?:elevated\s+)?blood\s+pressure`),
  ],
  // "the inhibition of premature LH surges in women undergoing controlled ovarian
  // hyperstimulation" (ganirelix): a step of infertility treatment, the infertility not named
  [
    /\b(?:infertil\w*|subfertil\w*)/i,
    /\b(?:controlled\s+ovarian\s+(?:hyper)?stimulation|ovulation\s+induction|induction\s+of\s+ovulation|assisted\s+reproductive\s+technolog\w*|in\s+vitro\s+fertili[sz]ation)\b/i,
  ],
  // "to control or prevent post-surgical elevations in IOP" (apraclonidine 1%): a rise of eye
  // pressure named without the condition neither covers nor leaves out ocular hypertension
  [
    /\b(?:ocular\s+hypertension|glaucoma|(?:high|raised|elevated)\s+(?:eye|intraocular)\s+pressure)\b/i,
    /\b(?:elevations?\s+(?:in|of)\s+(?:IOP|intraocular\s+pressure)|(?:elevated|raised|increased)\s+(?:IOP|intraocular\s+pressure)|(?:IOP|intraocular\s+pressure)\s+(?:elevations?|rises?|increases?))\b/i,
  ],
  // Deep vein thrombosis is a venous thromboembolism, but the vocabulary's "Venous Thrombosis"
  // also holds retinal vein occlusion and Budd-Chiari syndrome, so no link makes it one: a label
  // that names either neither covers nor leaves out the other ("Treatment of DVT or acute
  // pulmonary embolism" for VTE; "Treatment of venous thromboembolism (VTE)" for DVT)
  [/\b(?:venous\s+thromboembolism|vte)\b/i, /\b(?:deep\s+(?:vein|venous)\s+thrombos[ie]s|DVT)\b/i],
  [
    /\b(?:deep\s+(?:vein|venous)\s+thrombos[ie]s|dvt|blood\s+clots?\s+in\s+the\s+legs?)\b/i,
    /\b(?:venous\s+thromboembolism|VTE)\b/i,
  ],
  // "to accelerate the time to upper and lower gastrointestinal recovery following surgeries that
  // include partial bowel resection" (alvimopan): postoperative ileus in other words
  [/\bileus\b/i, /\bgastrointestinal\s+recovery\b/i],
  // "Sedatives", "Preanesthetics", "preoperative sedation/anxiolysis": what the drug does for a
  // patient's apprehension, named without the anxiety (not an anxiety disorder)
  [
    /^(?:(?:for|to treat)\s+)?anxi(?:ety|ous)(?:\s+before\s+(?:(?:a|an|my|the)\s+)?(?:surgery|operation|procedure))?$/i,
    /\b(?:sedatives?\b(?!\s+(?:properties|effects?))|pre-?anesthetics?|premedication|anxiolysis|(?:pre-?operative|procedural)\b[^.;]{0,30}\bsedation)/i,
  ],
];

// Words of a condition's course or severity that a question may add ("chronic atrial fibrillation").
const COURSE_WORDS = new Set(
  'acute chronic recurrent refractory relapsed newly persistent permanent paroxysmal severe mild moderate early advanced metastatic uncontrolled complicated uncomplicated maintenance'.split(
    ' ',
  ),
);

// Disease not treated before, or treated first: no recurrent, relapsed or refractory one.
// ("who have not received prior systemic therapy", "with no prior antiretroviral treatment
// history"; "who achieved first complete remission" have not relapsed)
const NOT_YET_TREATED =
  /\b(?:newly[- ]diagnosed|(?:previously\s+)?untreated|treatment[- ]na[iï]ve|first[- ]line|front[- ]?line|initial\s+(?:treatment|therapy)|(?:neo)?adjuvant|(?:not|never)\s+(?:previously\s+)?received\s+(?:any\s+)?prior\s+(?:[\w-]+\s+){0,2}(?:therapy|treatment|chemotherapy)|no\s+prior\s+(?:[\w-]+\s+){0,2}(?:therapy|treatment)|first\s+(?:complete\s+)?remission)\b/i;
// Disease treated before: relapsed, refractory, recurrent (not "at high risk of recurrence"), or
// after another treatment failed ("resistance or intolerance to prior therapy", "disease
// progression following ...", "who have received at least two prior therapies", "who have had an
// insufficient response to corticosteroids", "inadequately controlled with inhaled corticosteroids",
// "who remain symptomatic despite H1 antihistamine treatment", "who have not responded to ...",
// "who respond inadequately to alternative treatments", "who have failed to respond satisfactorily
// to standard treatment"; not "non-refractory").
const TREATED_BEFORE =
  /\b(?:(?<!\bnon-?)(?:relapsed|refractory|recurrent)|(?<!risk\s+of\s+)recurrence|previously\s+(?:been\s+)?(?:treated|received)|who\s+(?:have|has)\s+received|(?:insufficient|inadequate|incomplete)\s+(?:therapeutic\s+|clinical\s+)?response\s+to|respond(?:s|ed)?\s+inadequately\s+to|fail(?:s|ed)?\s+to\s+respond|unresponsive\b|treatment[- ]experienced\b|who\s+(?:have|has)\s+failed\b|(?:has|have)\s+not\s+been\s+curative|not\s+(?:adequately\s+)?responded\s+to|(?:inadequately|not\s+adequately)\s+controlled\s+(?:with|on|by)|despite\s+(?:[\w-]+\s+){0,3}(?:treatment|therapy|therapies)|prior\s+(?:[\w-]+\s+){0,3}(?:therapy|therapies|treatments?|regimens?|lines?|chemotherapy)|(?<!non-)resistan(?:t|ce)\b|intoleran(?:t|ce)\s+(?:to|of)|(?<!in)tolerant\s+(?:to|of)|de-?coppered|(?:adjunct(?:ive)?\s+(?:(?:treatment|therapy)\s+)?to|in\s+combination\s+with)\s+levodopa|["“]off["”]\s+episodes|after\s+(?:[\w-]+\s+){0,2}failure|failure\s+of|progress(?:ed|ion)|second[- ]line|salvage)/i;

// "complicated", not "uncomplicated" nor "complications".
const COMPLICATED = /\b(?<!un)complicated\b/i;
// A class of conditions a sentence names before listing them, with what qualifies it.
// (six words: a label's broken spacing, "severe or incapacitating a llergic conditions", is one
// more)
const CLASS_OF_ITEMS = /\b(?:[\w-]+\s+){0,6}(?:conditions|disorders|diseases|states)\b/i;
// What a label names beside a condition that excludes the course or severity a question added:
// "codeine for severe pain" beside "mild to moderate pain", "ibutilide for chronic atrial
// fibrillation" beside "atrial fibrillation ... of recent onset", "early breast cancer" beside
// "metastatic".
const OTHER_COURSE: Record<string, RegExp> = {
  // ("acute uncomplicated influenza" is no severe influenza, "minor skin irritations ... rashes
  // due to: eczema" no severe eczema)
  severe: /\b(?:(?:mild|moderate)(?:ly)?|uncomplicated|minor)\b/i,
  // ("uncomplicated urinary tract infections" beside "complicated urinary tract infections (cUTI),
  // including pyelonephritis"; "of mild to moderate severity" is no complicated infection)
  complicated: /\b(?:uncomplicated|mild(?:ly)?)\b/i,
  uncomplicated: COMPLICATED,
  mild: /\b(?:moderate|severe)(?:ly)?\b/i,
  // ("fenofibrate for moderate hypertriglyceridemia" beside "severe hypertriglyceridemia"; not a
  // range that takes it in: "mild to moderate", "moderate to severe", "mild to severe")
  moderate:
    /\b(?<!\b(?:mild|moderate)(?:ly)?(?:\s+to\s+|\s*-\s*to\s*-\s*|\s*[-–]\s*|\s+or\s+|,\s*))(?:severe|mild|minor)(?:ly)?\b(?!(?:\s+to\s+|\s*-\s*to\s*-\s*|\s*[-–]\s*|\s+or\s+|,\s*)(?:moderate|severe))/i,
  // ("short-term treatment of patients with cardiac decompensation" is acute heart failure)
  // ("recurrent pericarditis (RP) and reduction in risk of recurrence" is no acute pericarditis)
  // (nor "maintenance treatment of asthma", "to decrease angina frequency", "prophylaxis of
  // migraine", "treats frequent heartburn", "reduction in relapse rates", "moderate to severe
  // persistent asthma": "budesonide for asthma rescue", "omeprazole for occasional heartburn")
  acute:
    /\b(?:chronic|long-term|recurrent|relapse|maintenance|prophyla\w*|frequent|frequency|persistent)\b/i,
  // ("Acute Bacterial Exacerbation of Chronic Bronchitis" is no COPD maintenance)
  maintenance: /\b(?:acute|exacerbations?|attacks?|rescue|immediate\s+relief)\b/i,
  // ("the preventive treatment of episodic migraine in pediatric patients" is no chronic migraine)
  chronic: /\b(?:acute|(?:recent|new)[ -]onset|of recent onset|paroxysmal|short-term|episodic)\b/i,
  persistent: /\b(?:paroxysmal|(?:recent|new)[ -]onset|of recent onset)\b/i,
  permanent: /\b(?:paroxysmal|(?:recent|new)[ -]onset|of recent onset)\b/i,
  paroxysmal: /\b(?:chronic|persistent|permanent)\b/i,
  // "estradiol for early breast cancer" beside "breast cancer (for palliation only) ... with
  // metastatic disease"
  // (or "Stage IV-B, recurrent, or persistent cervical cancer which is not amenable to curative
  // treatment")
  early:
    /\b(?:advanced|metastatic|late|stage\s+(?:III|IV|3|4)|recurrent|relapsed|refractory|persistent|not amenable to curative)/i,
  advanced: /\bearly\b/i,
  // "temozolomide for recurrent glioblastoma" beside "Newly diagnosed glioblastoma"; "letrozole for
  // relapsed breast cancer" beside "Adjuvant treatment of ... early breast cancer"
  recurrent: NOT_YET_TREATED,
  refractory: NOT_YET_TREATED,
  relapsed: NOT_YET_TREATED,
  // "carfilzomib for newly diagnosed multiple myeloma" beside "relapsed or refractory multiple
  // myeloma who have received one to three lines of therapy"
  newly: TREATED_BEFORE,
  // "metastatic breast cancer" beside "adjuvant treatment of ... early breast cancer" or
  // "nonmetastatic castration-resistant prostate cancer", or "adjuvant therapy in patients with
  // evidence of axillary node tumor involvement following resection of primary breast cancer", or
  // "locally advanced basal cell carcinoma"
  metastatic: /\b(?:early|localized|non-?metastatic|(?:neo)?adjuvant|locally\s+advanced)\b/i,
};
// A statement of the course in which treatment starts, whatever condition it follows, or of the
// only patients it is for ("recommended for use only in those patients who respond inadequately to
// alternative treatments and whose epilepsy is so severe ...": felbamate's).
const STARTED_OR_USED_ONLY_IN =
  /\b(?:(?:should|must)\s+(?:only\s+)?be\s+(?:initiated|started)\s+(?:only\s+)?in|recommended\s+for\s+use\s+only\s+in)\s+([^.;]{0,120})/gi;
// A label that says its evidence does not reach repeated or long-term use speaks of no chronic
// disease ("Evidence supporting the efficacy and safety of this combination product in the
// treatment of multiple recurrent headaches is unavailable").
const NOT_SHOWN_FOR_CHRONIC =
  /\b(?:evidence|data|efficacy|safety|effectiveness)\b[^.;]{0,120}\b(?:recurrent|chronic|long-term|prolonged)\b[^.;]{0,60}\b(?:is|are|has|have)\s+(?:not\s+(?:been\s+)?(?:available|established|demonstrated|shown|evaluated|studied|assessed)|unavailable|lacking)\b/gi;
// A label that says the drug is no first treatment speaks of no new disease ("not indicated as a
// first line antiepileptic treatment", "not intended as a treatment of first choice").
const NOT_FIRST_LINE =
  /\bnot\s+(?:indicated|recommended|intended)\s+(?:as|for)\s+(?:an?\s+)?(?:first[- ]line\b|(?:treatment|therapy)\s+of\s+first\s+choice\b)/i;
// The treatment's duration that excludes the course a question added.
const OTHER_DURATION: Record<string, RegExp> = {
  chronic: /\bshort[- ]term\b/i,
  // ("the extended treatment of symptomatic venous thromboembolism (VTE) (proximal DVT and/or PE)"
  // beside "not indicated for the acute treatment of VTE")
  // (not the formulation: "Metoprolol succinate extended-release tablets")
  // (or "add-on maintenance treatment of patients with severe asthma": no rescue)
  acute: /\b(?:long[- ]term|extended\s+(?:treatment|therapy|use)|maintenance)\b/i,
  // ("as a temporary measure in hospitalized patients with acute respiratory insufficiency
  // superimposed on chronic obstructive pulmonary disease" is no COPD maintenance)
  maintenance: /\b(?:acute|temporary|short[- ]term)\b/i,
  // ("sulindac for refractory gout" beside "Acute gouty arthritis", "sumatriptan for refractory
  // migraine" beside "the acute treatment of migraine": an attack is no refractory disease; the
  // word before the condition, not inside its name, as in "acute myeloid leukemia")
  refractory: /\bacute\b/i,
};
const STAGES = new Set(['early', 'advanced', 'metastatic']);
// An early stage named beside the condition, or treatment around its resection: no advanced
// disease ("Stage IA and IB mycosis fungoides-type cutaneous T-cell lymphoma", "Non-Small Cell
// Lung Cancer (NSCLC) as adjuvant treatment following resection"), unless the stages run to IV
// (not an adjuvant treatment before: "following recurrence on or after completing adjuvant
// endocrine therapy"). Read beside each statement only: a run-on list of a label's
// indications names early and advanced stages of many conditions.
const EARLY_STAGE =
  /\bstage\s+(?:0|I{1,2}|[12])[A-C]?\b(?!\s*(?:-|–|to|through)\s*(?:IV|4)\b)|\b(?:as|for|the)\s+(?:an?\s+)?(?:neo)?adjuvant\b|\b(?:neo)?adjuvant\s+(?:treatment|therapy)\s+(?:of|for|in)\b/i;
// How a limit may say a course word, where not in the word itself: "acute hyperkalemia" beside
// "should not be used as an emergency treatment for life-threatening hyperkalemia".
const MODIFIER_SAID: Record<string, string> = {
  acute:
    '(?:acute|emergency(?:\\s+(?:treatment|therapy|use))?\\s+(?:for|of)(?:\\s+life-threatening)?)',
};
// A course word in the other words a label may use beside the condition.
// (in the label's words for keeping the disease controlled: "Twice-daily treatment of asthma",
// "Prophylaxis and chronic treatment of asthma", "long-term, once-daily, maintenance treatment")
const MAINTENANCE_SAID =
  /\b(?:maintenance|long[- ]term|chronic\s+treatment|prophyla\w*|prevent\w*|(?:twice|once)-daily)\b/i;
const MODIFIER_NEAR: Record<string, RegExp> = {
  chronic: /\b(?:chron|long[- ]term)/i,
  maintenance: MAINTENANCE_SAID,
};
// Course words whose other duration may be named far before the condition.
const LONG_REACH = new Set(['acute', 'maintenance']);
// Course words that ask for treating the disease now, not for preventing it.
const TREATED_NOW = new Set(['acute', 'complicated', 'uncomplicated']);
// The course or severity of a disease itself, not its stage or line of treatment.
const DISEASE_COURSES = new Set([
  'severe',
  'mild',
  'acute',
  'chronic',
  'persistent',
  'permanent',
  'paroxysmal',
  'complicated',
  'uncomplicated',
]);
// A line of treatment stands anywhere in the item of a list that names the condition ("multiple
// myeloma (MM) who have received at least two prior therapies"), not in the next item ("... NSCLC
// after platinum therapy failure; and with cisplatin for ... untreated NSCLC").
const LINES = new Set(['newly', 'recurrent', 'relapsed', 'refractory']);
// Treated before, not counting the prior therapy a label says the patients have not had ("who
// have not received prior systemic therapy").
const NOT_YET_TREATED_ALL = new RegExp(NOT_YET_TREATED.source, 'gi');
const treatedBefore = (s: string) => TREATED_BEFORE.test(s.replace(NOT_YET_TREATED_ALL, ' '));
// How a label says the course a question asked, where not in the question's own word: disease
// treated before for a relapse; for new disease, no sign of treatment before ("first-line
// treatment of metastatic breast cancer after failure of prior ... adjuvant chemotherapy" is not).
const ASKED_COURSE: Record<string, { test(s: string): boolean }> = {
  newly: { test: (s) => NOT_YET_TREATED.test(s) && !treatedBefore(s) },
  recurrent: { test: treatedBefore },
  relapsed: { test: treatedBefore },
  refractory: { test: treatedBefore },
  // (the word itself, not "severity": "facial acne vulgaris of mild to moderate severity" is no
  // severe acne)
  severe: /\bsevere(?:ly)?\b/i,
  // (not "complications")
  complicated: COMPLICATED,
  maintenance: MAINTENANCE_SAID,
};

// What joins a condition to its cause named after it: "due to", "associated with", "secondary
// to", "caused by", "of", "accompanying", "in patients who are", "in the setting of" (across a
// list: "edema associated with congestive heart failure, cirrhosis of the liver, and renal
// disease"; past a second symptom: "nausea and vomiting associated with: ...").
const CAUSE_AFTER =
  /^[\s,]*(?:\([^()]*\)\s*)?(?:(?:and|or)\s+(?:[\w/-]+\s+){1,3})?(?:(?:due|secondary|related)\s+to|associated\s+with|caused\s+by|induced\s+by|resulting\s+from|from|of|accompanying|in\s+the\s+setting\s+of|in\s+(?:[\w-]+\s+){0,3}(?:patients|adults|children)\s+(?:with|who\s+(?:are|have)))\b[^.;]{0,160}$/i;
// A cause joined to the condition just before it ("opioid-induced constipation", "NSAID
// (nonsteroidal anti-inflammatory drugs, including aspirin)–induced gastric ulcers"; not a list's
// last item, "Ankylosing Spondylitis (AS) Acute Pain (AP)"), or right before it, what a poisoning
// is by ("acute cyanide poisoning", "an antidote for acetaminophen overdose").
const CAUSE_BEFORE =
  /^(?:\s*(?:\([^()]*\)\s*)?[-–](?:induced|related|associated)\s+(?:[\w-]+\s+)?|\s+)$/i;
// Causes a label names in other words than a question's ("radiation" beside "radiotherapy").
const CAUSE_SAID: Record<string, string> = {
  radiation: 'radiotherap|irradiat|radiation',
  // (as itself: its stem, "chem", begins "chemical")
  chemo: 'chemo',
  pill: 'pill|tablet|capsule',
};

// Where a label's grade stands beside the condition it grades: just before it, a word or two
// between ("NYHA Class III-IV heart failure", "stage 3 or 4 chronic kidney disease"), or just
// after it, past its abbreviation ("Chronic kidney disease (CKD) Stages 3 and 4", "heart failure
// (NYHA class II-IV)", "Pulmonary Arterial Hypertension (PAH) (WHO Group 1)").
const GRADE_BEFORE = /^[\s,]*(?:\([^()]{1,12}\)\s*)?(?:[\w-]+\s+){0,2}$/;
const GRADE_AFTER = /^\s*(?:\([^()]{1,12}\)\s*)*\(?\s*$/;
// A stage or extent of a disease named otherwise than by a grade: a grade asked of it cannot be
// told ("early", "metastatic", "adjuvant", "unresectable", "high-grade").
// (or a severity or an acute state, which a class or stage may or may not be: "mild to moderate
// heart failure" is no class IV; or the kidneys' failure and dialysis, named otherwise than as a
// stage: "acute or chronic renal failure", "not yet on dialysis")
const STAGED =
  /\b(?:early|advanced|metastatic|(?:neo)?adjuvant|locally|locali[sz]ed|(?:un)?resect\w*|(?:in)?operable|(?:high|low)[- ]grade|(?:mild|moderate|severe)(?:ly)?|acute|decompensat\w*|end[- ]stage|ESRD|(?:renal|kidney)\s+(?:failure|insufficiency)|(?:(?:pre|non)-?)?(?:hemo)?dialysis)\b/i;
// Kidney disease on dialysis, which is its stage 5.
const ON_DIALYSIS =
  /\b(?:on|receiving|requiring|undergoing)\s+(?:(?:chronic|maintenance)\s+)?(?:hemo|peritoneal\s+)?dialysis\b/gi;
// A tumour that has spread (not "non-metastatic"): "locally advanced or metastatic" takes in
// stage IV too.
const METASTATIC = /(?<!\bnon-?)\bmetastatic\b/gi;
// A tumour, whose stage or grade only the label's own can tell.
const TUMOUR =
  /\b(?:cancer|carcinoma|neoplasm|tumou?r|lymphoma|leuka?emia|melanoma|sarcoma|myeloma|glioma|astrocytoma|\w+blastoma|mesothelioma|malignan\w*)s?\b|\bHodgkin/i;

const MAX_QUOTE = 260;

// A limit that ends with no stop before the next item's capital ("Efficacy beyond 24 hours has not
// been demonstrated Pediatric patients ... for prevention of:"): the item starts after it.
const UNSTOPPED_LIMIT =
  /\bnot (?:been )?(?:established|demonstrated|shown|studied|evaluated)(?=\s[A-Z][a-z])/g;

// The start of a list item that names the patients ("Adult patients with ...", "Pediatric patients
// 1 year of age and older with ...", "Children ...").
const PATIENTS_ITEM =
  /^\s*(?:(?:adult|pa?ediatric|adolescent|elderly|geriatric)\s+(?:and\s+(?:adult|pa?ediatric)\s+)?patients|adults|children|adolescents|infants|neonates)\b/i;

// The section's own title, which introduces nothing ("1 INDICATIONS AND USAGE •").
const SECTION_TITLE = /^(?:\d+(?:\.\d+)*\.?\s+)?INDICATIONS\s+(?:AND|&)\s+USAGE$/i;

/**
 * For a list item ("• Major depressive disorder (MDD)"), the words that introduce the list. An
 * item that opens in lower case continues a list whose items end with full stops ("indicated for
 * the management of: adult and pediatric patients ... with acute pain .... adults with chronic
 * pain ..."): the lead-in is the one before the nearest colon.
 */
function leadIn(text: string, sentence: { start: number }): string {
  let before = text.slice(0, sentence.start).trimEnd();
  // An item of patients after another that ended with a full stop ("indicated for the treatment of
  // thrombocytopenia in: Adult patients with ... splenectomy. Pediatric patients 1 year of age and
  // older with ITP ...": openFDA drops the bullets): its lead-in is the earlier item's.
  if (PATIENTS_ITEM.test(text.slice(sentence.start, sentence.start + 40)) && before.endsWith('.')) {
    const previous = sentenceAround(text, { start: before.length - 1, end: before.length - 1 });
    if (PATIENTS_ITEM.test(previous.text) && before.length - previous.start < 600)
      return leadIn(text, previous);
  }
  // An item of a limit's list after another that ended with a full stop ("not indicated for the
  // treatment of: Complicated urinary tract infections (cUTI) or as step-down treatment ....
  // Complicated intra-abdominal infections (cIAI) or as step-down treatment ...": openFDA drops
  // the bullets): the limit opens it too, while both are items with no verb of their own.
  if (/^\s*[A-Z]/.test(text.slice(sentence.start, sentence.start + 3)) && before.endsWith('.')) {
    const item = sentenceAround(text, { start: sentence.start, end: sentence.start });
    const previous = sentenceAround(text, { start: before.length - 1, end: before.length - 1 });
    const verbless = (s: string) => !FINITE_VERB.test(s) && !/\bindicated\b/i.test(s);
    if (verbless(item.text) && verbless(previous.text) && before.length - previous.start < 600) {
      const lead = leadIn(text, previous);
      if (LIMITING.test(lead)) return lead;
    }
  }
  if (/^\s*[a-z]/.test(text.slice(sentence.start, sentence.start + 3)) && before.endsWith('.')) {
    // (the list whose items start in lower case too: "indicated in combination with: capecitabine
    // for ... Limitations of Use: Patients should have ... letrozole for the treatment of ...")
    const colons = [...before.matchAll(/:/g)]
      .map((m) => m.index!)
      .filter((i) => before.length - i < 600)
      .reverse();
    // (of those, one that states: "indicated, as a single agent, for: the treatment of ...", not
    // a criterion list between its items, "Patients should have either: received prior therapy
    // ..., or developed disease recurrence ... the adjuvant treatment of ...")
    const opens = (i: number) => /^\s*[a-z]/.test(before.slice(i + 1, i + 4));
    const states = (i: number) =>
      /\bindicated\b/i.test(before.slice(Math.max(0, before.lastIndexOf('.', i) + 1), i));
    const colon = colons.find((i) => opens(i) && states(i)) ?? colons.find(opens) ?? colons[0];
    if (colon !== undefined) before = before.slice(0, colon + 1);
  }
  // An item of a semicolon list ("effective in bacterial neonatal sepsis; bacterial septicemia and
  // ... (meningitis)", "For adjunctive treatment of: edema ...; ... glaucoma"): its lead-in is the
  // list's opener, before a colon in the same sentence, else the sentence's first item.
  if (before.endsWith(';')) {
    const stop = Math.max(-1, ...[...before.matchAll(/[.!?](?=\s)/g)].map((m) => m.index!));
    const colon = before.lastIndexOf(':');
    if (colon > stop) before = before.slice(0, colon + 1);
    else {
      const first = before.indexOf(';', stop + 1);
      return before.slice(stop + 1, first + 1).trim();
    }
  }
  // A bulleted item after an earlier one that ended with a full stop ("indicated for the treatment
  // of • newly diagnosed adults with ... CML in chronic phase. • adults with ... Ph+ ALL ..."): its
  // lead-in is the list's opener, before the run's first bullet.
  const bulleted =
    /^\s*•/.test(text.slice(sentence.start, sentence.start + 3)) && before.endsWith('.')
      ? before.length
      : /\.\s*•$/.test(before)
        ? before.length - 1
        : -1;
  if (bulleted >= 0) {
    let first = before.lastIndexOf('•', bulleted - 1);
    while (first > 0 && before.length - first < 800) {
      const prev = before.lastIndexOf('•', first - 1);
      if (prev < 0 || /[.!?]\s+(?!•)\S/.test(before.slice(prev, first))) break;
      first = prev;
    }
    if (first > 0 && !/[.!?]\s+(?!•)\S/.test(before.slice(first, bulleted)))
      before = before.slice(0, first + 1);
  }
  if (!before.endsWith('•') && !before.endsWith(':')) return '';
  const colon = before.lastIndexOf(':');
  const stop = Math.max(-1, ...[...before.matchAll(/[.!?](?=\s)/g)].map((m) => m.index!));
  // (a bullet list opened with no colon: "indicated for the treatment of •")
  const opener = before.slice(stop + 1, -1).trim();
  if (before.endsWith('•') && opener && !SECTION_TITLE.test(opener) && (colon < 0 || colon < stop))
    return opener;
  // A heading over a run of bullets after the colon's list has ended ("... HRD-positive status
  // defined by either: • a deleterious BRCA mutation, and/or • genomic instability. Select
  // patients .... Breast cancer • for the adjuvant treatment of ... . Select patients .... • for
  // the treatment of ... metastatic breast cancer"): the item is the heading's, not the colon's.
  if (before.endsWith('•') && colon < stop) {
    const heading = [...before.slice(colon + 1).matchAll(/[.!?]\s+([A-Z][^.!?:;•]{0,60}?)\s*•/g)]
      .map((m) => m[1]!)
      .filter((h) => !FINITE_VERB.test(h) && !SECTION_TITLE.test(h) && h.split(/\s+/).length <= 8)
      .at(-1);
    if (heading) return heading;
  }
  if (colon < 0) return '';
  // A numbered heading between them opens a list of its own ("Limitation of Use: ... 1.1 Adult
  // Patients • Acute bacterial sinusitis ... • Urethritis and cervicitis due to Chlamydia ...").
  if (/\b\d+\.\d+\s+[A-Z]/.test(before.slice(colon + 1))) return '';
  const from = Math.max(
    0,
    ...[...before.slice(0, colon).matchAll(/[.!?](?=\s)/g)].map((m) => m.index! + 1),
    ...[...before.slice(0, colon).matchAll(UNSTOPPED_LIMIT)].map((m) => m.index! + m[0].length),
  );
  const opening = before.slice(from, colon + 1).trim();
  // A limitation whose sentence ended before this bullet does not introduce it ("o Limitations of
  // Use: The safety and efficacy of XALKORI have not been established in older adults with ...
  // ALCL. • adult and pediatric patients ... with ... inflammatory myofibroblastic tumor"): the
  // item it closes does, through its own lead-in.
  if (before.endsWith('•') && colon < stop && LIMITING.test(opening)) {
    const item = before.lastIndexOf('•', from);
    return item < 0 ? '' : leadIn(text, { start: item + 1 });
  }
  return opening;
}

// openFDA keeps a table's caption but not its rows: a section that ends on "Table" had its
// list of conditions there (Penicillin G Potassium: "... in the conditions listed below. ...
// Table"), so what it leaves out cannot be told.
const TABLE_LEFT_OUT = /\bTable(?:\s+\d+)?\s*$/;

/** The item of a list a hit stands in: its sentence between semicolons and bullets. */
function listItem(x: Hit): string {
  const s = x.sentence.text;
  const start = x.hit.start - x.sentence.start;
  const end = x.hit.end - x.sentence.start;
  // (a semicolon followed by a space: not the one inside "t(15;17)")
  const stops = [...s.matchAll(/;\s|•/g)].map((m) => m.index!);
  const from = Math.max(-1, ...stops.filter((i) => i < start)) + 1;
  const to = Math.min(s.length, ...stops.filter((i) => i >= end));
  return s.slice(from, to);
}

// Words that set one form of a disease apart from another: MeSH files "primary progressive" and
// "secondary progressive multiple sclerosis" as one heading, so a label's limit on the first
// ("not indicated in the treatment of patients with primary progressive multiple sclerosis")
// read as one on the second.
const EXCLUSIVE_FORMS = new Set(['primary', 'secondary', 'congenital', 'acquired']);

/** The words name another form of the asked condition: "primary progressive MS" for "secondary progressive multiple sclerosis". */
function otherSubtype(named: string, asked: string): boolean {
  const [n0, n1] = conditionKey(named).split(' ');
  const [a0, a1] = conditionKey(asked).split(' ');
  return (
    n0 !== a0 &&
    EXCLUSIVE_FORMS.has(n0!) &&
    EXCLUSIVE_FORMS.has(a0!) &&
    n1 !== undefined &&
    n1 === a1
  );
}

/**
 * The verdict for a brand asked by name whose own label is in the data: a label of another product
 * of the same drug may cover what the brand's does not ("Ozempic for weight loss": WEGOVY's label
 * covers it, OZEMPIC's lists type 2 diabetes). The note then says whose label covers it.
 */
export function brandVerdict(
  label: Label | null,
  condition: ResolvedCondition,
  brand: string,
  ownTitle: (title: string) => boolean,
  verdict: LabelVerdict,
): LabelVerdict {
  if (!label || verdict.kind !== 'covers') return verdict;
  if (ownTitle(verdict.labelTitle))
    return verdict.shown || verdict.combination ? verdict : { ...verdict, brandsOwn: brand };
  const indications = label.sections.indications;
  const own = [
    ...(indications && ownTitle(label.title)
      ? [
          {
            title: label.title,
            text: indications.text,
            truncated: indications.truncated,
            routes: label.routes,
            amounts: label.amounts,
            productTypes: label.productTypes,
          },
        ]
      : []),
    ...label.otherIndications.filter((o) => ownTitle(o.title)),
  ];
  const first = own[0];
  const ownVerdict = first
    ? labelVerdict(
        {
          ...label,
          title: first.title,
          sections: { indications: { text: first.text, truncated: first.truncated } },
          otherIndications: own.slice(1).map((o) => ({ setId: '', url: '', ...o })),
          combination: false,
        },
        condition,
      )
    : null;
  if (ownVerdict?.kind === 'covers')
    return ownTitle(label.title)
      ? { ...ownVerdict, shown: true, combination: verdict.combination }
      : { ...ownVerdict, shown: false, combination: false, brandsOwn: brand };
  return {
    ...verdict,
    shown: false,
    otherThanBrand: {
      brand,
      ownNotListing: ownVerdict?.kind === 'not-listed' ? first!.title : null,
    },
  };
}

export function labelVerdict(
  label: Label | null,
  condition: ResolvedCondition,
  route?: RouteAsked,
  form?: FormAsked,
): LabelVerdict {
  const indications = label?.sections.indications;
  if (!label || !indications) return { kind: 'silent', why: 'no indications in the data' };
  // The label shown first, then the drug's other labels (other forms and makers); for a question
  // that names a route, only those given that way.
  let texts = [
    {
      ...indications,
      title: label.title,
      routes: label.routes,
      amounts: label.amounts,
      productTypes: label.productTypes,
      shown: true,
    },
    ...label.otherIndications.map((o) => ({ ...o, shown: false })),
  ]
    .map((t) => ({ ...t, given: routesGiven(t) }))
    .filter((t) => !route || givenAsAsked(t.given, route));
  if (!texts.length) return { kind: 'silent', why: 'no indications of a label given that way' };
  // (and for a release or salt asked, only the labels that are that product, by their own words;
  // none where one may be and is not told)
  if (form) {
    const codes = texts.some((t) => namesACode(t.title, t.text));
    const of = texts.map((t) => formOf(t, form, codes));
    if (!of.includes('yes'))
      return { kind: 'silent', why: 'no indications of a label of the product asked' };
    texts = texts.filter((_, i) => of[i] === 'yes');
  }
  // (a strength or dose asked, "finasteride 1 mg for bph": where some labels name it and some do
  // not, only those that do may say "covers"; a dose may be another strength's multiple, so none
  // is said not to list it)
  const amount = form?.amount;
  const named = amount ? texts.filter((t) => t.amounts.includes(amount)) : [];
  const byAmount = named.length > 0 && named.length < texts.length;
  if (byAmount) texts = named;
  let mentioned = false;
  let limited: LabelVerdict | null = null;
  // (a question that asks no prevention is answered first by a label that treats it: posaconazole
  // injection's "treatment of invasive aspergillosis" before the tablets' "prophylaxis of invasive
  // Aspergillus ... infections")
  let preventing: LabelVerdict | null = null;
  const asksPrevention = PREVENTION.test(condition.asked);
  for (const t of texts) {
    // (a label given several ways answers a route's question only in the sentences that name
    // that way or none: "WEGOVY tablets are indicated ...", not "WEGOVY injection is indicated")
    const sentenceRoute = route && severalWays(t.given) ? route : undefined;
    const found = readIndications(t.text, condition, t.otherProduct ?? [], sentenceRoute);
    if (found.covers) {
      const { ways, ...covered } = found.covers;
      const covers: LabelVerdict = {
        kind: 'covers',
        ...covered,
        labelTitle: t.title,
        shown: t.shown,
        combination: t.shown && label.combination,
        // (a label given several ways whose sentence names none of them apart, "Ceftriaxone for
        // injection is indicated" on an intramuscular and intravenous label: which use takes
        // which way is in its dosing, not read here)
        ...(sentenceRoute && !tellsWayApart(ways ?? [], t.given, sentenceRoute)
          ? { givenWays: t.given }
          : {}),
      };
      if (!preventing && (asksPrevention || !prevents(found.covers.quote))) return covers;
      // (only one that says it treats: a mention of the patients' risk, "associated with a
      // clinically significant incidence of febrile neutropenia", is no better)
      if (preventing && !prevents(found.covers.quote) && TREATS.test(found.covers.quote))
        return covers;
      preventing ??= covers;
      continue;
    }
    if (found.limited && !limited)
      limited = { kind: 'limited', ...found.limited, labelTitle: t.title };
    mentioned ||= found.mentioned;
  }
  if (preventing) return preventing;
  if (limited) return limited;
  // Named, but not as an indication ("reduces the risk of ... myocardial infarctions").
  if (mentioned) return { kind: 'silent', why: 'named outside an indication statement' };
  if (texts.some((t) => t.truncated || TABLE_LEFT_OUT.test(t.text)))
    return { kind: 'silent', why: 'indications not read in full' };
  if (label.combination) return { kind: 'silent', why: 'label of a combination product' };
  // (in either word for it: "related rheumatic disorder" names MeSH's Rheumatic Diseases)
  if (
    texts.some(
      (t) =>
        condition.broader.find(t.text).length ||
        condition.broader.find(t.text.replace(/\bdisorder(s?)\b/gi, 'disease$1')).length,
    )
  )
    return { kind: 'silent', why: 'a broader condition is named' };
  // An anti-infective label names its infections by what causes them ("Respiratory tract
  // infections due to ... Staphylococcus aureus"): which of the condition's infections those
  // are is not read, so naming an organism of one leaves nothing to say.
  if (texts.some((t) => condition.organisms().find(t.text).length))
    return { kind: 'silent', why: 'an organism of the infection is named' };
  // A label for infections at large, by their cause and at no site ("serious infections caused by
  // susceptible anaerobic bacteria"), may hold a site's infection it does not name: a bone or a
  // tooth infection is not left out of it.
  // (a question that names its germ, "staph infection", "fungal infection", is answered by the
  // germs the label names)
  if (
    /\binfections?\b/i.test(condition.asked) &&
    !NAMES_A_GERM.test(condition.asked) &&
    texts.some((t) => infectionsAtLarge(t.text))
  )
    return { kind: 'silent', why: 'infections at large are named' };
  // A safety net for wordings no term covers ("heart failure and reduced ejection fraction",
  // "edematous states"): every word of one of the condition's own names appears in the
  // indications, in some form.
  // An infection's own broader infection counts too ("Genitourinary tract infections" for a
  // kidney infection, filed under urinary tract infections): only its direct one, since every
  // bacterial infection is also a "bacterial infectious disease".
  const names = [
    condition.words,
    ...condition.concepts.map((c) => c.name),
    ...condition.infectionParents,
  ];
  if (
    texts.some(
      (t) => ownNameWordsAppear(condition.ownTerms, t.text) || nameFormsAppear(names, t.text),
    )
  )
    return { kind: 'silent', why: 'the words of the condition appear' };
  // A word of the question itself, not a general one, appears in the indications: they may speak
  // of it in other words ("hair loss" beside minoxidil's "to regrow hair on the top of the scalp").
  // (not the words of another condition the patients have: "does not list hypertension" holds
  // whatever the label says of their asthma)
  const apart = condition.alongside?.apart.length ?? 0;
  const ownWords = apart
    ? conditionKey(condition.asked).split(' ').slice(0, -apart).join(' ')
    : condition.asked;
  if (texts.some((t) => askedWordAppears(ownWords, t.text)))
    return { kind: 'silent', why: 'a word of the question appears' };
  // The label may name the relief instead of the condition ("anesthesia or analgesia" for pain),
  // asked in the clinical words or in lay ones that name the same concept ("upset stomach" is
  // dyspepsia: beside "treats frequent heartburn" as "indigestion" is).
  const asked = [condition.asked, ...condition.concepts.map((c) => c.name)];
  if (
    SAID_OTHERWISE.some(
      ([words, named]) => asked.some((a) => words.test(a)) && texts.some((t) => named.test(t.text)),
    )
  )
    return { kind: 'silent', why: 'the label names the condition otherwise' };
  // What the question says caused the condition is named ("urinary retention due to BPH" beside
  // "the signs and symptoms of benign prostatic hyperplasia", "confusion from liver disease"
  // beside "portal-systemic encephalopathy"): the label may treat the condition as a sign of it.
  const cause = condition.cause?.resolved;
  if (cause && texts.some((t) => cause.narrower.find(t.text).length > 0))
    return { kind: 'silent', why: 'what caused the condition is named' };
  // The condition may be listed for others than the population asked about.
  if (POPULATIONS.some((p) => p.asked.test(condition.asked)))
    return { kind: 'silent', why: 'the question names a population' };
  // An organ's "problems" may be a symptom the vocabulary files elsewhere ("stomach problems"
  // beside "treats frequent heartburn").
  if (condition.lay) return { kind: 'silent', why: 'lay words for an organ’s troubles' };
  if (byAmount) return { kind: 'silent', why: 'labels of other strengths are not read' };
  return {
    kind: 'not-listed',
    labels: texts.length,
    labelTitle: texts[0]!.title,
    ...(route || form
      ? {
          which: [route && `for ${route.use}`, form && `that are ${form.describe}`]
            .filter(Boolean)
            .join(' '),
        }
      : {}),
  };
}

/**
 * The routes a label's indications are given by: openFDA's for every label with that text, the
 * title's own words ("Budesonide Inhalation Suspension", filed as oral) and the routes the text
 * says it is administered by ("may be administered orally").
 */
function routesGiven(t: { routes: string[]; title: string; text: string }): string[] {
  return labelRoutesGiven(t.routes, [...routesNamed(t.title), ...routesAdministered(t.text)]);
}

// What follows a disease's name when the words name a molecule, not the disease: "anaplastic
// lymphoma kinase (ALK)-positive non-small cell lung cancer", "tumor necrosis factor (TNF)
// blocker", or a drug's class named for a virus, a few words that join no clause ("hepatitis C
// virus (HCV) nucleotide analog NS5B polymerase inhibitor", "integrase strand transfer
// inhibitor").
const MOLECULE_AFTER =
  /^\s*(?:(?:necrosis\s+)?(?:kinases?|receptors?|factors?|antigens?|genes?)\b|(?:(?:\([A-Z0-9-]{2,8}\)|(?!(?:in|with|for|and|or|of|who|to|the|a|an)\b)[\w/-]+)\s+){0,5}(?:inhibitors?|analogs?|analogues?)\b)/i;

function readIndications(
  text: string,
  condition: ResolvedCondition,
  otherProduct: string[],
  route?: RouteAsked,
): {
  covers?: {
    quote: string;
    named: string;
    conceptName: string;
    narrower: boolean;
    /** for a route asked, the routes the sentence (or the form it is about) names */
    ways?: string[];
  };
  limited?: { quote: string; named: string };
  mentioned: boolean;
} {
  // "Lennox-Gastaut syndrome (petit mal variant)": a name followed by "variant" names another
  // condition, not the one asked about (absence seizures, "petit mal"). Nor is a condition named
  // as an exclusion ("nephrotic syndrome, without uremia") or negated ("noncirrhotic MASH"). Nor
  // does a sentence about another product that a label's source text carries (see the pipeline's
  // other-product.ts) state this drug's indication.
  const foreign = otherProduct
    .map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }))
    .filter((r) => r.start >= 0);
  const inSentence = condition.narrower
    .find(text)
    .filter(
      (h) =>
        !/^\s*variant\b/i.test(text.slice(h.end, h.end + 12)) &&
        // a molecule or a drug class named for a disease
        !MOLECULE_AFTER.test(text.slice(h.end, h.end + 70)) &&
        !NOT_WHAT_IS_TREATED.test(text.slice(Math.max(0, h.start - 80), h.start)) &&
        (!PROCEDURES.has(h.conceptId) || givenFor(text, h)) &&
        !namesWhatCameBefore(text, h) &&
        // (an eye's condition by a word of another's: "Allergic corneal marginal ulcers" are no
        // peptic marginal ulcers)
        !(
          /\bcorneal\s+$/i.test(text.slice(Math.max(0, h.start - 10), h.start)) &&
          !/\b(?:corneal?|kerat\w*|eyes?|ocular)\b/i.test(h.conceptName)
        ) &&
        !foreign.some((r) => h.start >= r.start && h.end <= r.end) &&
        !otherSubtype(text.slice(h.start, h.end), condition.words),
    )
    .map((h) => ({ hit: h, sentence: sentenceAround(text, h) }));
  // Only a sentence that states an indication counts, not one that explains it ("lowering blood
  // pressure reduces the risk of ... myocardial infarctions").
  const listed = LIST_OF_INDICATIONS.test(text) || listsByCategory(text);
  // Where the label limits the condition ("not indicated for ..."), each hit read once.
  const limits = new Set(inSentence.filter((x) => limitedAt(text, x)));
  const fits = fitsTheQuestion(text, condition, inSentence, limits);
  // A question that asks about an infection ("bladder infection") is answered by a narrower
  // condition only where that is an infection too, by the vocabulary or by its own words ("Acute
  // Bacterial Otitis Media"): not by "ifosfamide-induced hemorrhagic cystitis" or "interstitial
  // cystitis", which the vocabulary files under cystitis.
  const asksInfection = /\binfections?\b/i.test(condition.asked);
  const asksAlone = /\b(?:alone|monotherapy)\b/i.test(condition.asked);
  // "cancer" (or "tumor") alone is answered only by a malignancy the label names as one: MeSH
  // files benign tumours, cysts, paraneoplastic and hereditary syndromes under Neoplasms
  // (fibroids, pituitary adenomas, Zollinger-Ellison syndrome, myasthenia gravis, Dupuytren's
  // contracture), and "tumor" stands in "tumor necrosis factor" and "tumor response rate".
  const asksCancer = condition.concepts.some((c) => GENERIC_CANCER_CONCEPTS.has(c.id));
  // (and one that names the kind of germ is not answered by another kind: "bacterial infection"
  // by fluconazole's "Candida urinary tract infections")
  const otherKind = Object.entries(OTHER_GERM_KIND).find(([kind]) =>
    new RegExp(`\\b${kind}\\b`, 'i').test(condition.asked),
  )?.[1];
  const notAnInfection = (x: Hit) => {
    if (
      otherKind?.test(text.slice(Math.max(x.sentence.start, x.hit.start - 30), x.hit.end)) === true
    )
      return true;
    if (!asksInfection || condition.concepts.some((c) => c.id === x.hit.conceptId)) return false;
    if (condition.infections.find(text.slice(x.hit.start, x.hit.end)).length > 0) return false;
    const around =
      leadIn(text, x.sentence) +
      ' ' +
      text.slice(
        Math.max(x.sentence.start, x.hit.start - 25),
        Math.min(x.sentence.end, x.hit.end + 80),
      );
    return !(INFECTION_WORDS.test(around) || CAUSED_BY_GERMS.test(around));
  };
  const states = (x: Hit) =>
    !notAnInfection(x) &&
    !(asksCancer && !namesAMalignancy(text, x)) &&
    !limits.has(x) &&
    !NOT_TREATED_HERE.test(
      text.slice(Math.max(x.sentence.start, x.hit.start - 200), x.hit.end + 40),
    ) &&
    // (an image asked for is what an imaging agent is for: "gadobutrol for mri")
    (IMAGING.has(x.hit.conceptId) || !lookedFor(text, x)) &&
    !(
      NOT_TREATED_WHEN_BEFORE.test(text.slice(Math.max(0, x.hit.start - 80), x.hit.start)) &&
      // (but the weight loss a drug keeps up is what it is for: "to reduce excess body weight and
      // maintain weight reduction long term in adults with obesity")
      !(
        /\bmaintain(?:s|ing)?\s+$/i.test(text.slice(Math.max(0, x.hit.start - 12), x.hit.start)) &&
        /^weight\s+(?:reduction|loss)$/i.test(text.slice(x.hit.start, x.hit.end))
      )
    ) &&
    !AFTER_ANOTHER_THERAPY.test(text.slice(x.sentence.start, x.hit.start)) &&
    !SURGICAL_EXAMPLE.test(text.slice(x.sentence.start, x.hit.start)) &&
    // (a list's items too: "Injectable benzathine penicillin is considered the drug of choice
    // ... including the prophylaxis of rheumatic fever" among cefazolin's)
    !OTHER_DRUGS.test(x.sentence.text) &&
    !PRECAUTION.test(x.sentence.text) &&
    !causeOfTreated(text, x, condition) &&
    !weightLossSuffered(text, x) &&
    !drugAllergy(text, x) &&
    !arisesOnAnotherTreatment(text, x) &&
    !subgroupOfOthers(text, x) &&
    !hostOfTreated(text, x, condition) &&
    // a sentence that turns to limit the condition does not state it ("may be useful to lower
    // LDL cholesterol in patients who also have hypertriglyceridemia, but it is not indicated
    // where hypertriglyceridemia is the abnormality of most concern")
    !inSentence.some(
      (y) =>
        y.sentence.start === x.sentence.start &&
        y.hit.start > x.hit.end &&
        /\bbut\b/i.test(text.slice(x.hit.end, y.hit.start)) &&
        limits.has(y),
    ) &&
    !NOT_REQUIRING.test(text.slice(x.hit.end, x.hit.end + 20)) &&
    !targetOfAnotherTherapy(text, x) &&
    // (nor a heading its statement names so: "1.2 Overactive Bladder in Adult Males with Benign
    // Prostatic Hyperplasia (BPH) GEMTESA is indicated for ... in adult males on pharmacological
    // therapy for benign prostatic hyperplasia (BPH)")
    !inSentence.some(
      (y) =>
        y.sentence.start === x.sentence.start &&
        y.hit.start > x.hit.end &&
        y.hit.conceptId === x.hit.conceptId &&
        onTherapyFor(text, y),
    ) &&
    !inANote(text, x) &&
    !inCrossReference(text, x) &&
    // a symptom that names the kind of another condition ("diarrhea-predominant irritable bowel
    // syndrome", "irritable bowel syndrome with constipation") is not itself treated
    !/^-?\s*predominant\b/i.test(text.slice(x.hit.end, x.hit.end + 14)) &&
    !/\b(?:syndrome|IBS)\s+with\s+$/i.test(
      text.slice(Math.max(0, x.hit.start - 30), x.hit.start),
    ) &&
    // (nor, for a question about the drug alone, an item that adds it to another treatment:
    // "gabapentin monotherapy for seizures" beside "Adjunctive therapy in the treatment of partial
    // onset seizures")
    !(asksAlone && addedToAnother(text, x)) &&
    // (nor the site of a treated infection: "extrapulmonary tuberculosis (including renal
    // disease)" treats the tuberculosis, not a kidney disease; "urinary tract infections
    // (including pyelonephritis)" does treat that infection)
    !(
      !asksInfection &&
      /\b(?:tuberculosis|infections?)\s*\(\s*including\s+$/i.test(
        text.slice(Math.max(0, x.hit.start - 40), x.hit.start),
      ) &&
      condition.infections.find(text.slice(x.hit.start, x.hit.end)).length === 0
    ) &&
    // (nor what accompanies the treated condition: "depression accompanied by anxiety or
    // agitation")
    !/\baccompanied\s+by\s+$/i.test(text.slice(Math.max(0, x.hit.start - 20), x.hit.start)) &&
    !STATES_NO_USE.test(x.sentence.text) &&
    // (nor the reason a sentence gives for something else)
    !BECAUSE.test(text.slice(x.sentence.start, x.hit.start)) &&
    !AMONG_RISK_FACTORS.test(text.slice(Math.max(0, x.hit.start - 160), x.hit.start)) &&
    !MANIFESTED_BY_PATIENTS.test(text.slice(Math.max(0, x.hit.start - 80), x.hit.start)) &&
    !(
      PATIENTS_WITH.test(text.slice(Math.max(0, x.hit.start - 60), x.hit.start)) &&
      WHO_ARE_RECEIVING.test(text.slice(x.hit.end, x.hit.end + 120))
    ) &&
    // a list of the patients a trial excluded ("excluded patients who: • ... had diabetic
    // neuropathy"), or of the criteria that confirm a diagnosis ("vasospastic angina confirmed by
    // any of the following criteria: 1) classical pattern of angina at rest ...")
    !/\b(?:excluded|criteria)\b/i.test(leadIn(text, x.sentence)) &&
    (listed || statesItself(text, x.sentence) || headingStated(text, x.sentence) !== null);
  // An abbreviation alone ("PD", "MS") is not enough to say the label covers a condition, unless
  // the label defines it where it states the condition ("indicated for the treatment of pulmonary
  // arterial hypertension (PAH, WHO Group I)": then "the treatment of PAH (WHO Group I) in
  // pediatric patients" names it).
  // (each hit read once against the statement tests, then against the question)
  const stated = inSentence.filter(states);
  const defined = new Set(
    stated
      .filter((x) => !x.hit.abbreviation)
      .map((x) => /^\s*\(\s*([A-Za-z][\w-]{1,9})\s*[,;)]/.exec(text.slice(x.hit.end))?.[1])
      .filter((a): a is string => a !== undefined),
  );
  const standsAlone = (x: Hit) =>
    x.hit.abbreviation && !defined.has(text.slice(x.hit.start, x.hit.end));
  // (a sentence that names how it is given names the form it is about: for a question that names
  // a route, one that names only other ways is about another form)
  const waysNamed = (x: Hit) =>
    sentenceRoutes(text, x.hit.start, x.sentence.text, leadIn(text, x.sentence));
  const givenAsked = (x: Hit) => {
    if (!route) return true;
    const given = waysNamed(x);
    return !given.length || givenAsAsked(given, route);
  };
  const stating = stated.filter((x) => !standsAlone(x) && fits(x) && givenAsked(x));
  // "flecainide for chronic atrial fibrillation": the label covers paroxysmal AF but says "Use ...
  // in chronic atrial fibrillation has not been adequately studied and is not recommended". A
  // course or severity word of the question, named with the condition where the label limits it,
  // makes the limit the answer.
  const modifiers = conditionKey(condition.asked)
    .split(' ')
    .filter((w) => COURSE_WORDS.has(w) && !conditionKey(condition.words).split(' ').includes(w));
  // (a genus initial may stand between: "acute P. vivax malaria"; or the treatment the course
  // qualifies: "not indicated for the acute treatment of VTE"; not its negation: "Benefit in
  // treatment-naïve or non-refractory CLL patients is not established")
  const modifierJustBefore = modifiers.map(
    (m) =>
      new RegExp(
        `(?<!\\bnon-?)\\b${MODIFIER_SAID[m] ?? m}\\b(?:\\s+[A-Z]\\.|\\s+(?:treatment|therapy|management)\\s+of)?(?:\\s+[\\w-]+)?\\s*$`,
        'i',
      ),
  );
  // (or in other words: "long-term treatment of angina pectoris" for chronic angina)
  const modifierNear = modifiers.map(
    (m) => MODIFIER_NEAR[m] ?? new RegExp(`\\b${m.slice(0, 5)}`, 'i'),
  );
  // (a bracket's gloss between is no word between: "severe (≥ 500 mg/dL) hypertriglyceridemia")
  const modified = (x: Hit) =>
    modifierJustBefore.some((re) =>
      re.test(
        text.slice(Math.max(0, x.hit.start - 60), x.hit.start).replace(/\([^()]*\)\s*/g, '') +
          text.slice(x.hit.start, x.hit.end).split(/\s+/)[0],
      ),
    );
  // (unless the label also states it as asked: lapatinib's "advanced or metastatic breast cancer"
  // beside "has not been compared to a trastuzumab-containing chemotherapy regimen for the
  // treatment of metastatic breast cancer")
  const limitsItself = (x: Hit) =>
    limits.has(x) || limitsAfter(text.slice(x.hit.end, x.sentence.end));
  const limitedAsAsked = inSentence.find((x) => limitsItself(x) && modified(x));
  if (limitedAsAsked && !stating.some((x) => modified(x) && !limitsItself(x)))
    return limitedBy(text, limitedAsAsked);
  // Of several statements, one where the condition is not a qualifier of another ("chronic
  // idiopathic constipation" before "irritable bowel syndrome with constipation") or its cause
  // ("Systemic lupus erythematosus" before "nephrotic syndrome ... due to lupus erythematosus"), and one that
  // names the condition asked about before one that names a narrower one ("ringworm (tinea
  // corporis)" before "athlete's foot").
  const own = (x: Hit) => namesOwnConcept(text, x, condition);
  // ("... with constipation" qualifies a condition; "adults with hypercholesterolemia" names the
  // patients who have it)
  // (nor is what it may lead to: "prophylaxis of deep vein thrombosis (DVT), which may lead to
  // pulmonary embolism (PE)" after "treatment of ... pulmonary embolism (PE)")
  const head = (x: Hit) => {
    const words = text.slice(Math.max(0, x.hit.start - 40), x.hit.start);
    if (/\b(?:which|that)\s+(?:may|can|could|might)\s+(?:lead|progress)\s+to\s+$/i.test(words))
      return false;
    // (nor what the treated symptom belongs to: "dyspareunia, a symptom of vulvar and vaginal
    // atrophy" before "vaginal dryness, a symptom of ...", for vaginal dryness)
    if (/\ban?\s+(?:symptom|sign|manifestation)\s+of\s+$/i.test(words)) return false;
    const before = /(\S+)\s+(?:with|due to|associated with|secondary to)\s+$/i.exec(words);
    return !before || PEOPLE.test(before[1]!);
  };
  // Of narrower ones, one that keeps the asked concept's own word ("Inclusion conjunctivitis"
  // before "Trachoma" for pink eye, which is conjunctivitis).
  const headWords = condition.concepts
    .map((c) => conditionKey(c.name).split(' ').at(-1)!)
    .filter((w) => !/^(?:disease|disorder|syndrome|illness|condition)s?$/.test(w));
  const kin = (x: Hit) =>
    conditionKey(text.slice(x.hit.start, x.hit.end))
      .split(' ')
      .some((w) => headWords.includes(w));
  // The label limits the condition in the question's own words ("not indicated ... in patients with
  // end-stage renal disease on dialysis") and states it only in others ("stage 3 or 4 chronic kidney
  // disease", which the vocabulary makes the same concept): the limit is the answer.
  const askedKey = ` ${conditionKey(condition.words)} `;
  const hitKey = (x: Hit) => ` ${conditionKey(text.slice(x.hit.start, x.hit.end))} `;
  // (a statement that names the question's words beside, as the abbreviation it defines or uses,
  // states it in them: "Pneumocystis jirovecii pneumonia (PCP)", "Treatment of Mild-to-Moderate
  // Pneumocystis jirovecii Pneumonia ... is indicated for the acute oral treatment of
  // mild-to-moderate PCP" beside "Treatment of severe PCP ... has not been studied")
  const inOwnWords = (x: Hit) =>
    hitKey(x).includes(askedKey) ||
    ` ${conditionKey(text.slice(x.hit.end, x.hit.end + 20))} `.startsWith(askedKey) ||
    inSentence.some(
      (y) => y.sentence.start === x.sentence.start && !limits.has(y) && hitKey(y) === askedKey,
    );
  // (not a limit on a course the question did not ask: "the treatment of multiple recurrent
  // headaches" for headache, beside "tension (or muscle contraction) headache")
  const askedWords = conditionKey(condition.asked).split(' ');
  const otherCourseLimited = (x: Hit) => {
    const word = /(\w+)\s+$/.exec(text.slice(Math.max(0, x.hit.start - 20), x.hit.start))?.[1];
    const w = word?.toLowerCase() ?? '';
    return COURSE_WORDS.has(w) && !askedWords.includes(w);
  };
  const limitedInOwnWords = inSentence.find(
    (x) => limits.has(x) && hitKey(x) === askedKey && !otherCourseLimited(x),
  );
  if (limitedInOwnWords && stating.length > 0 && !stating.some(inOwnWords))
    return limitedBy(text, limitedInOwnWords);
  // A condition stated only as what the patients also have ("patients with endogenous Cushing's
  // syndrome who have type 2 diabetes mellitus"), or as what the treated symptom comes with
  // ("excessive sleepiness associated with ... obstructive sleep apnea"), which the label limits
  // elsewhere ("should not be used in the treatment of patients with type 2 diabetes unless it is
  // secondary to Cushing's syndrome", "In OSA, ... not as treatment for the underlying
  // obstruction"): the limit is the answer.
  // (not where the limit itself names it the same way: "Olanzapine monotherapy is not indicated for
  // the treatment of depressive episodes associated with bipolar I disorder" beside the
  // combination's "Treatment of depressive episodes associated with bipolar I disorder")
  const firstLimit = inSentence.find(
    (x) =>
      limits.has(x) &&
      !/\bassociated with\s+$/i.test(text.slice(Math.max(0, x.hit.start - 20), x.hit.start)),
  );
  if (
    firstLimit &&
    stating.length > 0 &&
    stating.every((x) =>
      /\b(?:who (?:have|has|had)\s+(?:[\w'-]+,?\s+){0,3}|associated with\s+(?:[\w'-]+,\s+){0,3})$/i.test(
        text.slice(Math.max(0, x.hit.start - 60), x.hit.start),
      ),
    )
  )
    return limitedBy(text, firstLimit);
  // (and, of those, one that names the course or stage the question added: "unresectable or
  // metastatic melanoma" before the heading "Melanoma" for metastatic melanoma, "ovarian carcinoma
  // recurrent after prior chemotherapy" after the initial treatment of advanced ovarian carcinoma)
  const asAsked = (x: Hit) =>
    modifierNear.length > 0 &&
    modifierNear.every((re) =>
      re.test(
        text.slice(Math.max(x.sentence.start, x.hit.start - 60), x.hit.start) +
          ' ' +
          text.slice(x.hit.end, Math.min(x.sentence.end, x.hit.end + 12)),
      ),
    );
  // (and one that names the patients' disease before one that names an outcome the drug lowers
  // the risk or rate of: "in adult patients with chronic kidney disease (CKD)" after "to reduce
  // the risk of: ... end-stage kidney disease", "a history of ... recent stroke" after "shown to
  // reduce the rate of myocardial infarction (MI) and stroke")
  const outcome = (x: Hit) =>
    /\b(?:risk|rate)\s+of\b(?![^]*\bpatients\b)[^]*$/i.test(
      leadIn(text, x.sentence) + ' ' + text.slice(x.sentence.start, x.hit.start),
    );
  // (and one whose patients have the condition before one whose patients are only at risk of it:
  // "... in adults with clinically evident CHD" before "in adults with multiple risk factors for
  // coronary heart disease (CHD) but without clinically evident CHD", for coronary artery disease)
  const atRiskOnly = (x: Hit) =>
    /\b(?:risk factors?\s+for|without\s+(?:[\w-]+\s+){0,2})\s*$/i.test(
      text.slice(Math.max(0, x.hit.start - 40), x.hit.start),
    );
  // (and a term for one form of it that holds its words whole, to quote: "early-stage
  // HER2-positive breast cancer" for breast cancer, before the heading "Early-Stage Breast Cancer"
  // that defers to it; the note still names the form)
  const conditionWords = contentWords(conditionKey(condition.words));
  const holdsAsked = (x: Hit) =>
    !condition.part &&
    x.hit.part === true &&
    conditionWords.every((w) => contentWords(hitKey(x).trim()).includes(w));
  const ownOrWhole = (x: Hit) => own(x) || holdsAsked(x);
  const pick = (xs: Hit[]) =>
    xs.find((x) => asAsked(x) && head(x) && ownOrWhole(x) && !outcome(x)) ??
    xs.find((x) => asAsked(x) && head(x) && ownOrWhole(x)) ??
    xs.find((x) => head(x) && ownOrWhole(x) && !outcome(x)) ??
    xs.find((x) => head(x) && ownOrWhole(x)) ??
    xs.find((x) => asAsked(x) && head(x) && kin(x)) ??
    xs.find((x) => head(x) && kin(x)) ??
    xs.find((x) => asAsked(x) && head(x)) ??
    xs.find(head) ??
    xs[0];
  // (the name before an abbreviation the label defines for it: "Erosive Esophagitis Associated
  // with Gastroesophageal Reflux Disease (GERD)" before "in adult patients with GERD")
  // (and any name written whole before a list's item that shares its head word: "treatment of
  // invasive aspergillosis" before "prophylaxis of invasive Aspergillus and Candida infections")
  const written = stating.filter((x) => !x.hit.shared);
  // (a prevention question is answered first by a sentence whose patients do not have the
  // condition yet: "to reduce the incidence of breast cancer in adult women at high risk" before
  // "the adjuvant treatment of adult patients with early stage ... breast cancer to reduce the
  // occurrence of contralateral breast cancer" and that item's heading)
  const asksPrevention = PREVENTION.test(condition.asked);
  const hadIt = (x: Hit) =>
    asksPrevention &&
    inSentence.some(
      (y) =>
        y.sentence.start === x.sentence.start &&
        y !== x &&
        PATIENTS_WITH.test(text.slice(Math.max(y.sentence.start, y.hit.start - 80), y.hit.start)),
    );
  const pickFirst = (xs: Hit[]) => pick(xs.filter((x) => !hadIt(x))) ?? pick(xs);
  const first =
    pickFirst(written.filter((x) => !x.hit.abbreviation)) ??
    pickFirst(written.filter((x) => x.hit.abbreviation)) ??
    pickFirst(stating.filter((x) => x.hit.shared));
  // (so an abbreviation the label defines, for the patients' disease, before a full name of the
  // risk: atorvastatin's "in adults with clinically evident CHD")
  const plain =
    first && atRiskOnly(first)
      ? (written.find((x) => !atRiskOnly(x) && head(x) && own(x)) ?? first)
      : first;
  if (plain)
    return {
      covers: {
        quote: quoteOf(text, plain, qualifierSpan(text, plain, condition)),
        named: plain.hit.shared ?? text.slice(plain.hit.start, plain.hit.end),
        conceptName: plain.hit.conceptName,
        // (a phase's words are named beside it: "depressive episodes associated with bipolar I
        // disorder" is bipolar depression itself)
        narrower: !condition.part && !own(plain),
        ...(route ? { ways: waysNamed(plain) } : {}),
      },
      mentioned: true,
    };
  const limiting = inSentence.filter((x) => limits.has(x));
  if (limiting.length && limiting.length === inSentence.length) {
    const first = limiting[0]!;
    return limitedBy(text, first);
  }
  return { mentioned: inSentence.length > 0 };
}

type Hit = { hit: TermMatch; sentence: { start: number; end: number; text: string } };

// What names the condition's form (a tumour's status, an infection's organism) may stand further
// from it, with another's between: "hormone receptor (HR)-positive, human epidermal growth factor
// receptor 2 (HER2)-negative, PIK3CA-mutated, advanced or metastatic breast cancer"; an organism
// in the list after it, "acute bacterial skin and skin structure infections (ABSSSI) caused by
// susceptible isolates of the following Gram-positive microorganisms: Staphylococcus aureus
// (including methicillin-resistant [MRSA] ...".
function qualifierReach(condition: ResolvedCondition): { before: number; after: number } {
  if (!condition.qualifier) return { before: 60, after: 60 };
  // (an organism before the infection stands next to it, "K. pneumoniae pneumonia": further
  // back, it is another item's, "f. H. influenzae (in respiratory ... infections ...), g. K.
  // pneumoniae pneumonia")
  // (and a status may follow it: "non-small cell lung cancer (NSCLC) whose tumors are anaplastic
  // lymphoma kinase (ALK)-positive")
  // (a genotype follows the infection, in a list after it: "chronic HCV genotype 1 or 4
  // infection")
  if (condition.qualifier.kind === 'genotype') return { before: 60, after: 200 };
  return condition.qualifier.kind === 'organism'
    ? { before: 60, after: 400 }
    : { before: 160, after: 120 };
}

/** Where the words for the form the question names stand around the hit, for the quote to keep. */
function qualifierSpan(
  text: string,
  x: Hit,
  condition: ResolvedCondition,
): { from?: number; to?: number } {
  if (!condition.qualifier) return {};
  const reach = qualifierReach(condition);
  const from = Math.max(x.sentence.start, x.hit.start - reach.before);
  const after = text.slice(x.hit.end, Math.min(x.sentence.end, x.hit.end + reach.after));
  const starts: number[] = [];
  const ends: number[] = [];
  for (const form of ownWordStems(condition)) {
    const before = form.exec(text.slice(from, x.hit.start));
    if (before) starts.push(from + before.index);
    else {
      const found = form.exec(after);
      // (with what it qualifies, to a bracket's close or through the next word: "(including
      // methicillin-susceptible and -resistant isolates)", "Methicillin-Resistant Isolates"; a
      // quote cut inside a word drops it)
      if (found) {
        const at = x.hit.end + found.index;
        const end = at + found[0].length;
        const rest = text.slice(end, x.sentence.end);
        const bracket = text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
        const kept =
          (bracket && /^[^()]{0,80}\)[,;:.]?/.exec(rest)) ||
          /^\S*(?:\s+[^\s,;.()]+)?\)?[,;:.]?/.exec(rest)!;
        ends.push(end + kept[0].length);
      }
    }
  }
  return {
    // (from within the word before it: a quote cut inside a sentence drops the word it starts in)
    from: starts.length ? Math.min(...starts) - 2 : undefined,
    to: ends.length ? Math.max(...ends) : undefined,
  };
}

/**
 * The hit names the asked condition itself, not a narrower one. (A term for one form of the
 * concept names a narrower condition unless it is the one asked: "community-acquired bacterial
 * pneumonia" for pneumonia.)
 */
export function namesOwnConcept(text: string, x: Hit, condition: ResolvedCondition): boolean {
  const named = conditionKey(text.slice(x.hit.start, x.hit.end));
  if (x.hit.part && named !== conditionKey(condition.words) && named !== condition.spelledOut)
    return false;
  return (
    condition.concepts.some((c) => c.id === x.hit.conceptId) || condition.ownTerms.includes(named)
  );
}

/** The answer that the label limits the condition, quoting the sentence that does. */
function limitedBy(text: string, x: Hit) {
  // (the quote keeps the words that limit, however far before: "Whether given orally, ...,
  // neither dobutamine nor any other cyclic-AMP-dependent inotrope has been shown ...")
  const limit = LIMITING.exec(text.slice(x.sentence.start, x.hit.start));
  // (and, for an item of a list the limit opens, the opener: "Azithromycin should not be used in
  // patients with pneumonia who are judged to be inappropriate ...: … patients with known or
  // suspected bacteremia")
  const lead = leadIn(text, x.sentence);
  const opener = !LIMITING.test(x.sentence.text) && LIMITING.exec(lead);
  const from = !opener
    ? ''
    : opener.index > 80
      ? lead.slice(opener.index - 80).replace(/^\S*\s/, '')
      : lead;
  return {
    limited: {
      quote:
        (opener ? `${from} … ` : '') +
        excerpt(text, x.sentence, x.hit, limit ? x.sentence.start + limit.index - 2 : undefined),
      named: x.hit.shared ?? text.slice(x.hit.start, x.hit.end),
    },
    mentioned: true,
  };
}

/**
 * Whether a label's words for the condition answer the question as asked, beyond the condition:
 * the words that set it apart from a broader heading, its purpose, its population and the other
 * words the condition left out must be named there too.
 */
function fitsTheQuestion(
  text: string,
  condition: ResolvedCondition,
  hits: Hit[],
  limits: Set<Hit>,
): (x: Hit) => boolean {
  const near = (x: Hit) =>
    text.slice(
      Math.max(x.sentence.start, x.hit.start - 100),
      Math.min(x.sentence.end, x.hit.end + 100),
    );
  // "tonic-clonic seizures", resolved only to "Seizures": a sibling ("absence seizures") is no
  // cover (the words that set it apart from the heading, "tonic" and "clonic", must be named)
  const headingWords = condition.concepts.flatMap((c) => contentWords(conditionKey(c.name)));
  const distinct = contentWords(conditionKey(condition.words)).filter(
    (w) => !headingWords.includes(w),
  );
  // "bipolar depression", one phase of bipolar disorder: its words beside the disorder, in any
  // form ("depressive episodes associated with bipolar I disorder")
  const phaseStems = ownWordStems(condition);
  // (with the clause that says which form the label means, however long: "insomnia, characterized
  // by difficulties with sleep onset and/or sleep maintenance")
  const characterized = (x: Hit) =>
    x.hit.end + (/^,?\s*characterized by [^.;:]*/i.exec(text.slice(x.hit.end))?.[0].length ?? 0);
  const reach = qualifierReach(condition);
  // (a tumour's status may be the list's, in its lead-in: "indicated for patients with a
  // susceptible IDH1 mutation ... with: Newly Diagnosed Acute Myeloid Leukemia (AML) ...")
  const statusLead = (x: Hit) =>
    condition.qualifier?.kind === 'status' ? `${leadIn(text, x.sentence)} ` : '';
  const ownWords = (x: Hit) =>
    !condition.partial ||
    (condition.part
      ? phaseStems.every((stem) =>
          stem.test(
            statusLead(x) +
              text.slice(
                Math.max(x.sentence.start, x.hit.start - reach.before),
                Math.min(x.sentence.end, Math.max(x.hit.end + reach.after, characterized(x))),
              ),
          ),
        )
      : distinct.every((w) =>
          contentWords(conditionKey(text.slice(x.hit.start, x.hit.end))).includes(w),
        ));
  // "migraine prevention": an indication for acute treatment does not cover prevention; the
  // preventing words come before the condition, in its own item ("Cold Sores (Herpes Labialis)
  // Genital Herpes ... Suppression": the suppression is of genital herpes, not of cold sores)
  const forPrevention = PREVENTION.test(condition.asked);
  const prevented = (x: Hit) =>
    prevents(
      `${leadIn(text, x.sentence)} ${text.slice(Math.max(x.sentence.start, x.hit.start - 200), x.hit.start)}`,
    );
  const forPhase = !forPrevention && EPISODE_PHASE.test(condition.words);
  const forEpisode =
    forPhase || (!forPrevention && EPISODE.test(condition.asked) && !EPISODE.test(condition.words));
  // A heading defers to its statement ("1.3 Migraine Topiramate tablets are indicated for the
  // preventive treatment of migraine"), through the hit there that names the condition again
  // ("1.1 Asthma XOLAIR is indicated for ... moderate to severe persistent asthma").
  const headsStatement = (x: Hit) =>
    /^[^.;:]{0,80}?\b(?:is|are)\s+indicated\b/i.test(text.slice(x.hit.end, x.sentence.end));
  const restated = (x: Hit) =>
    hits.find((y) => y.hit.start > x.hit.end && y.hit.start < x.sentence.end);
  // "acute migraine" asks for treating it now; "Prophylaxis of migraine headaches" does not cover
  // it. The words nearest before the condition govern it ("Prophylaxis of DVT ... Inpatient
  // treatment of acute DVT": the second is treated), else a list's opener.
  // (so does a complicated or uncomplicated one: "uncomplicated malaria" is no "prophylaxis of
  // malaria")
  const forAcute =
    !forPrevention &&
    !forEpisode &&
    conditionKey(condition.asked)
      .split(' ')
      .some((w) => TREATED_NOW.has(w) && !conditionKey(condition.words).split(' ').includes(w));
  // ("covid-19 treatment" asks for treating it: "post-exposure prophylaxis of coronavirus disease
  // 2019" does not cover it)
  const forTreatment =
    !forPrevention &&
    /\btreat(?:ment|ing|s)?\b/i.test(condition.asked.replace(condition.words, ''));
  const preventedOnly = (x: Hit): boolean => {
    // (a statement of the course between attacks covers no acute one: "Chronic Stable Angina
    // (Classical Effort-Associated Angina) Nifedipine ... for the management of chronic stable
    // angina")
    if (/\bchronic\s+stable\b/i.test(x.sentence.text)) return true;
    // ("Migraine Propranolol is indicated for the prophylaxis of common migraine headache")
    if (headsStatement(x)) {
      const again = restated(x);
      if (again) return preventedOnly(again);
      const after = text.slice(x.hit.end, x.sentence.end);
      const verb = [...after.slice(0, 160).matchAll(GOVERNING)][0];
      return verb !== undefined && prevents(after.slice(verb.index));
    }
    const before = text.slice(Math.max(x.sentence.start, x.hit.start - 200), x.hit.start);
    // (a risk named is no disease treated, whatever governs it from further back: "receiving
    // myelosuppressive anti-cancer drugs associated with a clinically significant incidence of
    // febrile neutropenia")
    if (/\b(?:incidence|risk)\s+of\s+(?:[\w-]+\s+){0,2}$/i.test(before)) return true;
    const verbs = [...before.matchAll(GOVERNING)];
    const last = verbs.at(-1);
    // (of a list's opener, its nearest words too: "To reduce the risk of: o MI ... As an adjunct
    // to diet to reduce LDL-C in: o Adults with primary hyperlipidemia")
    if (!last) {
      const lead = leadIn(text, x.sentence);
      return prevents(lead.slice([...lead.matchAll(GOVERNING)].at(-1)?.index ?? 0));
    }
    // (unless it treats them too, just before: "for the acute relief of an attack or acute
    // prophylaxis of angina pectoris")
    // (nor where it treats and prevents alike: "the treatment and prevention of osteoporosis", "the
    // radical cure (prevention of relapse) of vivax malaria")
    return (
      prevents(before.slice(last.index)) &&
      !TREATS_EPISODES.test(before.slice(Math.max(0, last.index - 60))) &&
      !/\btreat\w*\s+(?:and|or)\s+$|\bradical\s+cure\s+\($/i.test(before.slice(0, last.index))
    );
  };
  // (and a label that limits the condition for its episodes covers no episode: "The onset of
  // action ... is not sufficiently rapid for this product to be useful in aborting an acute
  // anginal episode", "Not indicated for acute bronchospasm or status asthmaticus")
  const episodesLimited =
    forEpisode &&
    hits.some(
      (y) =>
        limits.has(y) &&
        // (a phase's labels name "episodes" in every sentence: "Olanzapine monotherapy is not
        // indicated for the treatment of depressive episodes associated with bipolar I disorder"
        // limits no manic one)
        (forPhase
          ? /\b(?:acute|status)\b/i
          : /\b(?:acute|attacks?|episodes?|exacerbations?|flares?|status)\b/i
        ).test(y.sentence.text) &&
        // (not "... is not indicated for the prevention of migraine attacks")
        !PREVENTION.test(y.sentence.text),
    );
  const betweenEpisodesOnly = (x: Hit): boolean => {
    if (episodesLimited) return true;
    // the words that govern it, nearest first, a heading's from its statement ("1.1 Treatment of
    // Asthma Fluticasone propionate and salmeterol inhalation powder is indicated for the
    // twice-daily treatment of asthma")
    const own = text.slice(Math.max(x.sentence.start, x.hit.start - 80), x.hit.start);
    const after = text.slice(x.hit.end, x.sentence.end);
    const heading = headsStatement(x);
    const again = heading ? restated(x) : undefined;
    if (again) return betweenEpisodesOnly(again);
    const near = heading ? `${own} ${after}` : own;
    // The words of maintenance or prevention, over the statement before the condition (up to 200
    // characters: "maintenance treatment of bronchospasm associated with COPD, including chronic
    // bronchitis and emphysema"), the condition and what closely follows it ("and for reducing
    // COPD exacerbations"), and a heading's statement; or the disease's course between attacks
    // ("persistent asthma", "chronic asthma", "chronic stable angina").
    const words =
      text.slice(Math.max(x.sentence.start, x.hit.start - 200), x.hit.end) +
      (heading ? after : after.slice(0, 30));
    return (
      (prevented(x) ||
        prevents(near) ||
        BETWEEN_EPISODES.test(words) ||
        /\b(?:chronic|persistent|stable)\s+(?:[\w-]+\s+)?$/i.test(own) ||
        /^(?:chronic|persistent)\b/i.test(text.slice(x.hit.start, x.hit.end))) &&
      !TREATS_EPISODES.test(near)
    );
  };
  // "kidney failure" (stage 5) is not "stage 3 or 4 chronic kidney disease", whatever the
  // vocabulary files CKD under; the same label's "CKD on dialysis" still covers it
  const asksKidneyFailure = /\b(?:(?:kidney|renal)\s+failure|end[- ]stage|esrd|eskd)\b/i.test(
    condition.asked,
  );
  const earlierStage = (x: Hit) => {
    const around = text.slice(
      Math.max(x.sentence.start, x.hit.start - 30),
      Math.min(x.sentence.end, x.hit.end + 30),
    );
    return /\bstages?\s+[1-4]\b/i.test(around) && !/\bdialysis\b|\bstage\s+5\b/i.test(around);
  };
  // "hypertension in pregnancy": the population is named beside the condition
  const populations = POPULATIONS.filter((p) => p.asked.test(condition.asked));
  // (the words of a class, stage or grade, of a cause and of what the patients are without are
  // read on their own: gradeFits, causeNamed, withoutAbsent)
  const { grade, cause, without, alongside } = condition;
  const clauseWords = (clause: { words: string } | undefined) =>
    clause ? contentWords(conditionKey(clause.words)) : [];
  // (and the patient's age: ageFits)
  const age = ageAsked(condition.asked);
  const readApart = new Set([
    ...(age ? clauseWords(age) : []),
    ...clauseWords(grade),
    ...(cause ? [...clauseWords(cause), ...CAUSE_JOIN, ...CAUSE_LINK] : []),
    ...(without ? ['without', ...clauseWords(without)] : []),
    // (and what else the patients have: its warnings are read for it, in patient-facts.ts)
    ...(alongside ? alongside.apart : []),
    // (and a genotype, read by its own form: "genotype 1 b", "gt 4")
    ...(condition.qualifier?.kind === 'genotype'
      ? [
          'genotype',
          'gt',
          ...conditionKey(condition.qualifier.words).split(' '),
          ...conditionKey(condition.qualifier.words.replace(/(\d)([ab])/, '$1 $2')).split(' '),
        ]
      : []),
  ]);
  // Other words of the question the condition left out ("diabetes in kidney disease", "shingles
  // in the eye", "hypertension in black patients") make it narrower than what the label states.
  const resolvedWords = contentWords(condition.words);
  const extra = contentWords(conditionKey(condition.asked)).filter(
    (w) =>
      !resolvedWords.includes(w) &&
      !DROPPABLE.has(w) &&
      !POPULATIONS.some((p) => p.asked.test(w)) &&
      !PREVENTION.test(w) &&
      !readApart.has(w),
  );
  // A course or severity the condition left out ("severe pain", "chronic gout"): a label that
  // names the condition with another one ("mild to moderate pain", "acute gouty arthritis", "pain
  // severe enough to require ...", "atrial fibrillation ... of recent onset") covers it only where
  // it also names the asked one; a label that names no course of it at all may cover it.
  // (a course word of an entry term that its concept's name lacks is asked too: "chronic
  // insomnia", an entry term of Sleep Initiation and Maintenance Disorders, beside "the short-term
  // management of insomnia")
  const resolvedKeys = conditionKey(condition.words).split(' ');
  const namedKeys = condition.concepts.flatMap((c) => conditionKey(c.name).split(' '));
  const courses = conditionKey(condition.asked)
    .split(' ')
    .filter((w) => OTHER_COURSE[w] && !(resolvedKeys.includes(w) && namedKeys.includes(w)));
  // (a stage may stand anywhere in the sentence: "breast cancer (for palliation only) in ...
  // women and men with metastatic disease")
  const beside = (x: Hit, w: string) =>
    LINES.has(w)
      ? listItem(x)
      : STAGES.has(w)
        ? x.sentence.text
        : // (the label's own name of it too: "Chronic Hepatitis C" for acute hepatitis C; and
          // what it is included in: "Complicated Urinary Tract Infections (cUTI) including
          // Pyelonephritis"; or what it shows: "mild uncomplicated allergic skin manifestations of
          // urticaria")
          before(x, includedIn(x) || shownAs(x) ? 100 : 40) + after(x);
  // (what comes before, less a bracket's gloss: "chronic severe (i.e., extensive and/or
  // disabling) plaque psoriasis")
  const before = (x: Hit, reach: number) => {
    const near = text
      .slice(Math.max(x.sentence.start, x.hit.start - reach - 80), x.hit.start)
      .replace(/\([^()]*\)\s*/g, '');
    return near.slice(-reach) + text.slice(x.hit.start, x.hit.end);
  };
  // (what follows, not a bracket's, unless the bracket names its severity: "community-acquired
  // pneumonia (moderate severity only)" is no severe pneumonia)
  const after = (x: Hit) => {
    const next = text.slice(x.hit.end, Math.min(x.sentence.end, x.hit.end + 40));
    return /^\s*\([^()]*\bseverity\b[^()]*\)/i.exec(next)?.[0] ?? next.split('(')[0];
  };
  const includedIn = (x: Hit) =>
    /\bincluding\s+$/i.test(text.slice(Math.max(x.sentence.start, x.hit.start - 20), x.hit.start));
  const shownAs = (x: Hit) =>
    /\b(?:manifestations?|symptoms?|signs)\s+(?:and\s+symptoms\s+)?of\s+$/i.test(
      text.slice(Math.max(x.sentence.start, x.hit.start - 40), x.hit.start),
    );
  const askedCourse = new Map<string, { test(s: string): boolean }>(
    courses.map((w) => [w, ASKED_COURSE[w] ?? new RegExp(`(?<!\\bnon-?)\\b${w.slice(0, 5)}`, 'i')]),
  );
  const namesAsked = (x: Hit) => courses.every((w) => askedCourse.get(w)!.test(beside(x, w)));
  // (another course just before the condition is its own, whatever the sentence names further
  // on: "non-metastatic castration resistant prostate cancer (nmCRPC) metastatic
  // castration-sensitive prostate cancer (mCSPC)", bullets lost)
  const otherJustBefore = new Map(
    courses.map((w) => [w, new RegExp(`(?:${OTHER_COURSE[w]!.source})[\\s,-]*$`, 'i')]),
  );
  const otherOwn = (x: Hit) => {
    const before = text.slice(Math.max(x.sentence.start, x.hit.start - 60), x.hit.start);
    // (not "acute or chronic pain", "metastatic or locally advanced breast cancer")
    return courses.some(
      (w) => otherJustBefore.get(w)!.test(before) && !askedCourse.get(w)!.test(before),
    );
  };
  // (or, for a list item, in its opener, where the opener does not name the asked one too:
  // "temporarily relieves minor pain associated with: ■ arthritis ■ simple backache" is no severe
  // back pain; an opener can only set an item apart, not make it answer)
  // (and the class of conditions its sentence lists it in: "Control of severe or incapacitating
  // allergic conditions intractable to adequate trials of conventional treatment in asthma, atopic
  // dermatitis ..." is no mild asthma)
  const otherInOpener = (x: Hit) => {
    const kind = CLASS_OF_ITEMS.exec(text.slice(x.sentence.start, x.hit.start))?.[0] ?? '';
    const lead = `${leadIn(text, x.sentence)} ${kind}`;
    return courses.some((w) => OTHER_COURSE[w]!.test(lead) && !askedCourse.get(w)!.test(lead));
  };
  // (a duration of treatment may stand further before: "effective for the short-term treatment of
  // generalized non-psychotic anxiety" is no treatment of chronic anxiety)
  // (an OTC label's "minor" qualifies whatever its sentence lists after it, however far: "relieves
  // itching and discomfort associated with minor skin irritations, rashes, and inflammation, and
  // due to eczema" is no severe or moderate eczema)
  const minorBefore = (x: Hit) =>
    courses.some((w) => w === 'severe' || w === 'moderate') &&
    /\bminor\b/i.test(text.slice(x.sentence.start, x.hit.start));
  const namesOther = (x: Hit) =>
    otherOwn(x) ||
    (otherInOpener(x) && !namesAsked(x)) ||
    minorBefore(x) ||
    courses.some(
      (w) =>
        (OTHER_COURSE[w]!.test(beside(x, w)) ||
          OTHER_DURATION[w]?.test(
            // (a treatment's patients may be named at length before the condition: "add-on
            // maintenance treatment of adult and pediatric patients aged 6 years and older with
            // severe asthma", "a temporary measure in hospitalized patients with acute respiratory
            // insufficiency superimposed on chronic obstructive pulmonary disease")
            text.slice(
              Math.max(x.sentence.start, x.hit.start - (LONG_REACH.has(w) ? 140 : 80)),
              x.hit.start,
            ),
          )) &&
        !namesAsked(x),
    );
  // (or where the label says its evidence does not reach long-term use of the condition: "the
  // treatment of multiple recurrent headaches", not hydroxyzine's anxiety for its pruritus)
  const notShownForChronic = () =>
    [...text.matchAll(NOT_SHOWN_FOR_CHRONIC)].some((m) =>
      contentWords(conditionKey(condition.words))
        .filter((w) => w.length > 3 && !GENERAL_WORDS.has(w))
        .some((w) => new RegExp(stem(w), 'i').test(m[0])),
    );
  // (or where the label says in which course treatment starts: "Treatment with LEQEMBI should be
  // initiated in patients with mild cognitive impairment or mild dementia stage of disease")
  const startsOnlyInOther =
    courses.some((w) =>
      [...text.matchAll(STARTED_OR_USED_ONLY_IN)].some(
        (m) => OTHER_COURSE[w]!.test(m[1]!) && !askedCourse.get(w)!.test(m[1]!),
      ),
    ) ||
    (courses.includes('newly') && NOT_FIRST_LINE.test(text)) ||
    (courses.includes('chronic') && notShownForChronic());
  const otherCourse =
    courses.length > 0 && (startsOnlyInOther || hits.some(namesOther))
      ? (x: Hit) => !namesAsked(x) || otherOwn(x)
      : () => false;
  // A narrower condition has a course of its own ("febrile neutropenia" in patients receiving
  // chemotherapy is no severe chronic neutropenia): it covers a course or severity the question
  // added only where the label names that too.
  const ownCourse = courses.some((w) => DISEASE_COURSES.has(w));
  const asksAdvanced = courses.includes('advanced');
  const earlyStage = (x: Hit) => {
    // (a heading's own item follows it: "Pancreatic Cancer • adjuvant treatment of adults with
    // pancreatic adenocarcinoma")
    const heading = /^[\s•:]*$/.test(text.slice(x.hit.end, x.sentence.end));
    const end = heading ? x.hit.end + 100 : Math.min(x.sentence.end, x.hit.end + 100);
    return EARLY_STAGE.test(text.slice(Math.max(x.sentence.start, x.hit.start - 60), end));
  };
  const narrowerUnnamedCourse = (x: Hit) =>
    ownCourse &&
    // (a phase is named in its own words: "manic or mixed episodes associated with bipolar I
    // disorder")
    !condition.part &&
    !namesOwnConcept(text, x, condition) &&
    !namesAsked(x);
  // The population is named for this condition: after it ("acute otitis media in pediatric
  // patients"), or before it with a word that links them ("pediatric patients 12 years of age and
  // older with ..."), or heading it ("Pediatric Patients Acute Bacterial Otitis Media"), not closing
  // the item before ("Complicated UTI and Pyelonephritis in Pediatric Patients Acute Sinusitis").
  const asksAdults = /\badults?\b/i.test(condition.asked) || (age !== null && age.years >= 18);
  // The patient's age, taken in by the ages the label names for the condition: after it ("MDD in
  // adults and pediatric patients 12 years of age and older"), or before it, the patients "with"
  // it ("pediatric patients 10 years of age and older with type 2 diabetes mellitus"). An adult is
  // covered where the label names no ages (asksAdults reads a label for the young only); a child
  // only where it names the ages.
  const ageFits = (x: Hit) => {
    if (!age) return true;
    const after = text.slice(x.hit.end, Math.min(x.sentence.end, x.hit.end + 100));
    const before = PEOPLE_WITH.exec(
      text.slice(Math.max(x.sentence.start, x.hit.start - 120), x.hit.start),
    )?.[1];
    const people = peopleAfter(after) ?? before;
    const ages = people ? agesNamed(people) : [];
    return ages.length > 0 ? takesInAge(ages, age.years) : age.years >= 18;
  };
  const forYoungOnly = (x: Hit) =>
    (namedFor(YOUNG, x) && !namedFor(ADULTS, x)) ||
    (YOUNG.test(x.sentence.text) && !ADULTS.test(x.sentence.text));
  const namedFor = (named: RegExp, x: Hit) => {
    // after it, the first people named and what joins them, up to the next item ("Major
    // depressive disorder in adults Generalized anxiety disorder in adults and pediatric patients")
    const after = text.slice(x.hit.end, Math.min(x.sentence.end, x.hit.end + 100));
    const people = peopleAfter(after);
    if (people && named.test(people)) return true;
    // (and the heading its item follows, where the heading ends with the people: "Minimal Change
    // Nephrotic Syndrome in Pediatric Patients: biopsy proven minimal change nephrotic syndrome
    // patients who ..."; not an opener before the colon, "... in adults and pediatric patients 3
    // years and older with epilepsy Gabapentin capsules are indicated for: Postherpetic neuralgia")
    const colon = /:\s*$/.exec(text.slice(Math.max(0, x.sentence.start - 3), x.sentence.start));
    if (colon) {
      const heading = text.slice(
        Math.max(0, x.sentence.start - 3 + colon.index - 40),
        x.sentence.start - 3 + colon.index,
      );
      if (
        new RegExp(
          `\\b(?:in|for)\\s+(?:${named.source.replace(/^\\b/, '')})\\s*(?:patients)?\\s*$`,
          'i',
        ).test(heading)
      )
        return true;
    }
    // (as far as a long parenthesis: "in pediatric patients (birth to less than 18 years of age
    // and weighing at least 2.5 kg) for the treatment of Chagas disease")
    const before = text.slice(Math.max(x.sentence.start, x.hit.start - 140), x.hit.start);
    const all = [...before.matchAll(new RegExp(named.source, 'gi'))];
    return all.some((m) => {
      const between = before.slice(m.index! + m[0].length);
      const closesItem = /\b(?:in|for|among)\s+(?:[\w-]+\s+){0,2}$/i.test(before.slice(0, m.index));
      // (not across a new statement: "... pediatric patients 3 years and older with epilepsy
      // Gabapentin Capsules, USP are indicated for Postherpetic neuralgia in adults")
      if (/\b(?:is|are)\s+indicated\b/i.test(between)) return false;
      // (nor across an item boundary: "... in adult and pediatric patients 10 years of age and
      // older • Treatment of depressive episodes associated with bipolar I disorder (bipolar
      // depression) in adult patients", with or without the bullet)
      if (
        /•|(?:^|\s)(?:(?:Acute|Adjunctive|Maintenance)\s+)?(?:Treatment|Management|Prevention|Prophylaxis)\s+of\b/.test(
          between,
        )
      )
        return false;
      const links = /\b(?:with|having|who|aged|age|for)\b|:/i.test(
        between.replace(/\bwhere indicated\b:?/i, ''),
      );
      // ("pediatric schizophrenia": the population word qualifies the condition itself)
      return links || !closesItem || /^\s+$/.test(between);
    });
  };
  return (x) => {
    const around = near(x);
    // (an operation's time in the label's words: "postoperative nausea" for nausea after
    // surgery, "preoperative sedation" for before it)
    const words = [...conditionKey(around).split(' '), ...operationWords(around)];
    return (
      ownWords(x) &&
      !otherCourse(x) &&
      !narrowerUnnamedCourse(x) &&
      !(asksAdvanced && earlyStage(x)) &&
      (!forPrevention || prevented(x)) &&
      !(forEpisode && betweenEpisodesOnly(x)) &&
      !((forAcute || forTreatment) && preventedOnly(x)) &&
      !(asksKidneyFailure && earlierStage(x)) &&
      populations.every((p) => namedFor(p.named, x)) &&
      // "in adults" is covered by a label that names no population, not by one that names the
      // condition for children only ("pediatric patients with achondroplasia with open epiphyses",
      // "1.1 Maintenance Treatment of Asthma ... in children 12 months to 8 years of age")
      !(asksAdults && forYoungOnly(x)) &&
      ageFits(x) &&
      gradeFits(text, x, condition) &&
      causeNamed(text, x, condition) &&
      withoutAbsent(text, x, condition) &&
      extra.every((w) => words.includes(w))
    );
  };
}

/** The question's words for when, beside an operation, that a label's adjective says. */
function operationWords(text: string): string[] {
  const words: string[] = [];
  if (/\b(?:pre-?operative(?:ly)?|peri-?operative(?:ly)?|prior\s+to\s+surgery)\b/i.test(text))
    words.push('before', 'surgery');
  if (/\b(?:post-?operative(?:ly)?|post-?surgical|peri-?operative(?:ly)?)\b/i.test(text))
    words.push('surgery');
  // (and before a procedure: "sedation ... prior to or during diagnostic, therapeutic or
  // endoscopic procedures" for sedation before endoscopy)
  if (/\bprior\s+to\b/i.test(text)) words.push('before');
  if (/\bsurgical\b/i.test(text)) words.push('surgery');
  if (/\bendoscop/i.test(text)) words.push('endoscopy');
  if (/\bprocedures?\b/i.test(text)) words.push('procedure');
  return words;
}

// "Treatment of CMV retinitis in patients with acquired immunodeficiency syndrome (AIDS)": the
// patients' disease is the host of the infection treated, not what the drug treats (unlike "to
// reduce the risk of stroke ... in patients with nonvalvular atrial fibrillation"). The same for a
// condition another treatment brought about: "opioid-induced constipation (OIC) in adult patients
// with chronic non-cancer pain, including patients with chronic pain related to prior cancer".
// (or by anything the treated condition is "due to": "Anemia Due to Zidovudine in Patients with HIV
// Infection", "anemia due to the effect of concomitant myelosuppressive chemotherapy")
// (or with what they have beside another condition: "or those with hematologic malignancies with
// prolonged neutropenia from chemotherapy", the host of the fungal infections prevented)
// (the patients may be named with a list: "In patients at high risk for severe infection
// (including patients with a history of recent bone marrow transplantation, with hypotension at
// presentation, ...)")
// (or by another drug's harm: "reduction of cumulative renal toxicity associated with repeated
// administration of cisplatin in patients with advanced ovarian cancer")
const INDUCED =
  /\b[a-z]+-induced\b|\binduced by\b|\b(?:due to|caused by|resulting from)\b|\btoxicit(?:y|ies)\b|\bassociated with\s+(?:[\w-]+\s+){0,2}(?:administration|use)\s+of\b/i;
const IN_PATIENTS_WITH =
  /(?:\b(?:in|among|for|such as|including)\s+(?:[\w-]+\s+|\([^()]{0,12}\)\s+){0,5}(?:patients|adults|children|persons|people|recipients)|\b(?:or|and)\s+those)\s+with\s+(?:[^.;:()]{0,80}?,\s+(?:or\s+)?with\s+)?(?:(?:[\w-]+\s+){1,3}with\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,3}$/i;
function hostOfTreated(text: string, x: Hit, condition: ResolvedCondition): boolean {
  const before = text.slice(Math.max(x.sentence.start, x.hit.start - 80), x.hit.start);
  const m = IN_PATIENTS_WITH.exec(before);
  // (the patients may head a list of theirs: "prevention of serious lower respiratory tract
  // disease caused by respiratory syncytial virus (RSV) in pediatric patients: ... with
  // bronchopulmonary dysplasia (BPD) ..., with hemodynamically significant congenital heart
  // disease")
  const lead = m ? '' : leadIn(text, x.sentence);
  const listed =
    !m &&
    /\b(?:patients|adults|children|infants|recipients)\s*:$/i.test(lead) &&
    /(?:^|\s)with\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(x.sentence.start, x.hit.start));
  if (!m && !listed) return false;
  const treated = m
    ? text.slice(x.sentence.start, x.hit.start - before.length + m.index)
    : lead.replace(
        /\b(?:in|for)\s+(?:[\w-]+\s+){0,2}(?:patients|adults|children|infants|recipients)\s*:$/i,
        '',
      );
  // a complication named by the patients' own disease: "Treatment of diabetic nephropathy ... in
  // patients with type 2 diabetes" (the drug treats the nephropathy; not "obsessions and
  // compulsions in patients with obsessive-compulsive disorder", the disease's own signs, nor
  // "orthostatic dizziness ... in adult patients with symptomatic neurogenic orthostatic
  // hypotension", where the word is the disease's own adjective already)
  if (
    contentWords(conditionKey(text.slice(x.hit.start, x.hit.end)))
      .filter((w) => w.length > 4 && !GENERAL_WORDS.has(w) && !/ic$/.test(w))
      .some((w) => new RegExp(`\\b${stem(w)}\\w*ic\\s+[a-z]`, 'i').test(treated))
  )
    return true;
  const own = condition.narrower.find(treated);
  // the infection may be named only as "infections caused by ... Mycobacterium avium"
  // (or as sepsis: "wound sepsis in patients with second and third degree burns")
  if (/\b(?:infections?|sepsis)\b/i.test(treated)) return true;
  if (INDUCED.test(treated)) return true;
  return condition.infections
    .find(treated)
    .some((i) => !own.some((o) => o.start < i.end && i.start < o.end));
}

/**
 * An infection named as the cause of what is treated, which is no infection: "Hepatocellular
 * Carcinoma (HCC) for the treatment of adult patients with HCC secondary to hepatitis B"
 * (pembrolizumab does not treat hepatitis B). Not "infections due to ..." or "diarrhea caused by
 * Giardia lamblia", where the infection is what is treated.
 */
function causeOfTreated(text: string, x: Hit, condition: ResolvedCondition): boolean {
  const before = text.slice(Math.max(x.sentence.start, x.hit.start - 120), x.hit.start);
  const m = /\bsecondary\s+to\s+(?:[\w-]+\s+){0,2}$/i.exec(before);
  if (!m) return false;
  if (condition.infections.find(text.slice(x.hit.start, x.hit.end)).length === 0) return false;
  return !INFECTION_WORDS.test(before.slice(0, m.index));
}

/**
 * The patients' allergy to another product, not an allergy the drug treats: "in ... patients who
 * have developed hypersensitivity to E. coli-derived asparaginase", "patients with ALL and
 * hypersensitivity to asparaginase" (not "allergic reactions to blood or plasma", "allergic
 * reactions ... with accidental exposure to one or more foods").
 */
function drugAllergy(text: string, x: Hit): boolean {
  return (
    /hypersensitiv|allerg/i.test(text.slice(x.hit.start, x.hit.end)) &&
    /^\s+to\s+(?:[^.;,]|(?<=\b[a-z])\.){0,60}?(?:-derived|asparaginase|penicillins?|cephalosporins?|sulfonamides?|antibiotics?|drugs?|medications?|ingredients|therap(?:y|ies))\b/i.test(
      text.slice(x.hit.end, x.hit.end + 90),
    )
  );
}

/**
 * Weight loss the patients suffer, not weight the drug takes off: "prevention of gallstone
 * formation in obese patients experiencing rapid weight loss", "anorexia associated with weight
 * loss in patients with AIDS". A question "for weight loss" asks for the second sense.
 */
function weightLossSuffered(text: string, x: Hit): boolean {
  return (
    /\bweight\s+loss\b/i.test(text.slice(x.hit.start, x.hit.end)) &&
    /\b(?:experiencing|associated with|unexplained|involuntary|significant)\s+(?:[\w-]+\s+)?$/i.test(
      text.slice(Math.max(x.sentence.start, x.hit.start - 40), x.hit.start),
    )
  );
}

/**
 * Whether a class, stage, grade or group the question added (condition-grade.ts) is taken in
 * where the label names the condition: the grade it names beside the condition must take it in
 * ("NYHA Class III-IV heart failure" for class III, not for class II); a statement that names none
 * covers it only where it names the asked concept itself, with no grade of that kind and no stage
 * or extent anywhere in the sentence ("Treatment of hypertension" for stage 2 hypertension, not
 * "metastatic breast cancer" for stage 2 breast cancer, nor "glioblastoma" for grade 2 glioma).
 */
function gradeFits(text: string, x: Hit, condition: ResolvedCondition): boolean {
  const grade = condition.grade;
  if (!grade) return true;
  const from = x.sentence.start;
  const named = gradesNamed(x.sentence.text, grade).map((g) => ({
    takesIn: g.takesIn,
    start: from + g.start,
    end: from + g.end,
  }));
  const nameAll = (re: RegExp, takesIn: boolean) => {
    for (const m of x.sentence.text.matchAll(re))
      named.push({ takesIn, start: from + m.index, end: from + m.index + m[0].length });
  };
  // (kidney disease on dialysis is at stage 5: "chronic kidney disease (CKD) on dialysis")
  if (grade.kind === 'stage') nameAll(ON_DIALYSIS, grade.n === 5);
  // (and a solid tumour's spread is its stage IV: "metastatic breast cancer")
  const tumour = condition.concepts.some((c) => TUMOUR.test(c.name));
  if (grade.kind === 'stage' && tumour) nameAll(METASTATIC, grade.n === 4);
  const attached = named.filter(
    (g) =>
      (g.end <= x.hit.start && GRADE_BEFORE.test(text.slice(g.end, x.hit.start))) ||
      (g.start >= x.hit.end && GRADE_AFTER.test(text.slice(x.hit.end, g.start))),
  );
  if (attached.length > 0) return attached.some((g) => g.takesIn);
  // (so is the end stage the patients have, "patients with end-stage renal disease (ESRD)", not
  // the one a drug reduces the risk of: "to reduce the risk of ... end-stage kidney disease ...
  // in adults with chronic kidney disease")
  if (
    grade.kind === 'stage' &&
    /\bend[- ]stage\b|\bESRD\b/i.test(text.slice(x.hit.start, x.hit.end)) &&
    /\b(?:patients|adults|children)\s+(?:with|having)\s+$/i.test(
      text.slice(Math.max(from, x.hit.start - 30), x.hit.start),
    )
  )
    return grade.n === 5;
  return (
    named.length === 0 &&
    namesOwnConcept(text, x, condition) &&
    !STAGED.test(x.sentence.text) &&
    // (a tumour's stage or grade is told only by the label's own: "HER2-overexpressing breast
    // cancer" heads adjuvant and metastatic items, "Hodgkin's disease" names no extent)
    !tumour
  );
}

/**
 * Whether what the question says caused the condition ("edema due to heart failure", "swelling
 * from kidney disease", "nausea from chemo") is named as its cause: after it, joined as one
 * ("edema associated with congestive heart failure, cirrhosis of the liver, and renal disease",
 * "edema in adult patients who are cirrhotic"), or just before it ("opioid-induced
 * constipation"), or within its name ("Diabetic Peripheral Neuropathy"); not elsewhere in the
 * sentence ("diabetic nephropathy ... in patients with type 2 diabetes and a history of
 * hypertension" is no hypertension due to kidney disease). As a condition it is named by any of
 * its terms ("renal disease"); as other words, each in some form ("chemotherapy", "cirrhotic").
 */
function causeNamed(text: string, x: Hit, condition: ResolvedCondition): boolean {
  const cause = condition.cause;
  if (!cause) return true;
  const sentence = x.sentence.text;
  const start = x.hit.start - x.sentence.start;
  const end = x.hit.end - x.sentence.start;
  // (the nearest naming of the condition before its cause: bullets lost, "nausea and vomiting
  // associated with ... chemotherapy nausea and vomiting associated with radiotherapy")
  const named = text.slice(x.hit.start, x.hit.end).toLowerCase();
  return clauseSpans(sentence, cause).some(
    (c) =>
      (c.start < end && start < c.end) ||
      (c.start >= end &&
        CAUSE_AFTER.test(sentence.slice(end, c.start)) &&
        !sentence.slice(end, c.start).toLowerCase().includes(named)) ||
      (c.end <= start && CAUSE_BEFORE.test(sentence.slice(c.end, start))),
  );
}

/**
 * Whether what the question says the patients do not have ("afib without valve disease", "ckd
 * without diabetes") goes unnamed in the sentence that names the condition, or is named only as
 * absent ("nonvalvular atrial fibrillation"): "chronic kidney disease (CKD) associated with type 2
 * diabetes" does not answer it.
 */
function withoutAbsent(text: string, x: Hit, condition: ResolvedCondition): boolean {
  const without = condition.without;
  if (!without) return true;
  // (anywhere in the sentence: "end-stage kidney disease, ... in adult patients with chronic
  // kidney disease (CKD) associated with type 2 diabetes")
  const around = x.sentence.text;
  return !clauseSpans(around, without).some(
    (c) => !/\b(?:non-?|without\s+|no\s+)$/i.test(around.slice(Math.max(0, c.start - 8), c.start)),
  );
}

/**
 * Where a sentence names a clause of the question, a cause or what the patients are without: by a
 * term of its condition, else by each of its words.
 */
function clauseSpans(sentence: string, clause: QuestionClause): { start: number; end: number }[] {
  if (clause.resolved) {
    const found = clause.resolved.narrower.find(sentence);
    if (found.length > 0) return found;
  }
  const each = contentWords(conditionKey(clause.words)).map((w) => [
    ...sentence.matchAll(new RegExp(`\\b(?:${CAUSE_SAID[w] ?? stem(w)})\\w*`, 'gi')),
  ]);
  if (each.some((m) => m.length === 0)) return [];
  // (every word somewhere in the sentence: the first word's places stand for the cause)
  return each[0]!.map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A condition that names some of the patients of a procedure the drug is used in, "including"
 * them: "for use as an anticoagulant in patients undergoing percutaneous coronary intervention (PCI)
 * including patients with heparin-induced thrombocytopenia" (bivalirudin treats no
 * thrombocytopenia; not a treated infection's extent, "bacteremia, including those with
 * right-sided infective endocarditis").
 */
function subgroupOfOthers(text: string, x: Hit): boolean {
  return /\bpatients\s+undergoing\b[^.;]{0,120}\bincluding\s+(?:those|patients)\s+with\s+(?:[\w-]+,?\s+|\([^()]*\)\s+){0,8}$/i.test(
    text.slice(Math.max(x.sentence.start, x.hit.start - 200), x.hit.start),
  );
}

/**
 * A condition the patients develop on another treatment, or must not develop, which sets apart the
 * patients of another condition's treatment: "treatment of hypertension or edema in patients who
 * develop hypokalemia on hydrochlorothiazide alone", "patients who require a thiazide diuretic and
 * in whom the development of hypokalemia cannot be risked" (triamterene's combination is not for
 * hypokalemia; amiloride's "help restore normal serum potassium levels in patients who develop
 * hypokalemia on the kaliuretic diuretic" is).
 */
function arisesOnAnotherTreatment(text: string, x: Hit): boolean {
  const before = text.slice(Math.max(x.sentence.start, x.hit.start - 160), x.hit.start);
  const after = text.slice(x.hit.end, x.hit.end + 30);
  return (
    (/\b(?:treatment|management)\s+of\s+[^.;:]{1,80}?\s+in\s+(?:[\w-]+\s+){0,2}patients\s+who\s+(?:develop(?:s|ed)?|have\s+developed|experience[sd]?)\s+(?:[\w-]+\s+)?$/i.test(
      before,
    ) &&
      /^\s+(?:on|while\s+(?:on|taking|receiving)|during\s+(?:treatment|therapy)\s+with)\s/i.test(
        after,
      )) ||
    (/\bin\s+whom\s+(?:the\s+)?development\s+of\s+$/i.test(before) &&
      /^\s+(?:cannot|can\s*not|must\s+not|should\s+not)\b/i.test(after))
  );
}

/**
 * A condition named in brackets as what another came after: "secondary (post-polycythemia vera or
 * post-essential thrombocythemia) myelofibrosis" treats the myelofibrosis, not the polycythemia.
 * (Not "Heart Failure Post-Myocardial Infarction", where the patients' infarction is the scope.)
 */
function namesWhatCameBefore(text: string, h: { start: number; end: number }): boolean {
  return (
    /\(\s*(?:(?:[\w-]+\s+){1,3}or\s+)?post-$/i.test(
      text.slice(Math.max(0, h.start - 60), h.start),
    ) && /^[^()]{0,60}\)\s+[a-z]/i.test(text.slice(h.end, h.end + 80))
  );
}

/**
 * The patients' own treatment for the condition, not this drug's: "overactive bladder ... in adult
 * males on pharmacological therapy for benign prostatic hyperplasia (BPH)" (not "add-on therapy
 * for the treatment of hypertension"), or the drugs an overdose is of: "overdosage by
 * anticholinesterase drugs used in the treatment of myasthenia gravis" (pralidoxime).
 */
function onTherapyFor(text: string, x: Hit): boolean {
  return /(?<![\w-])(?:on|receiving|taking|undergoing)\s+(?:[\w-]+\s+){0,3}(?:therapy|treatment|medications?|drugs?)\s+for\s+(?:the\s+treatment\s+of\s+)?(?:[\w-]+\s+){0,2}$|\b(?:drugs?|agents?|medications?)\s+used\s+(?:in|for)\s+(?:the\s+)?(?:treatment|management)\s+of\s+(?:[\w-]+\s+){0,2}$/i.test(
    text.slice(Math.max(x.sentence.start, x.hit.start - 80), x.hit.start),
  );
}
/** The condition names what another therapy targets, or the patients it is given to. */
function targetOfAnotherTherapy(text: string, x: Hit): boolean {
  const after = text.slice(x.hit.end, x.hit.end + 60);
  const before = text.slice(Math.max(0, x.hit.start - 30), x.hit.start);
  return (
    OF_A_THERAPY.test(after) ||
    SETTING_OF_PURPOSES.test(after) ||
    // "thrombocytopenia in patients with chronic hepatitis C to allow the initiation and
    // maintenance of interferon-based therapy", "... whose degree of thrombocytopenia prevents the
    // initiation of interferon-based therapy": the drug makes room for another therapy
    (/\b(?:patients|adults|children) with\s+(?:[\w-]+\s+){0,3}$/i.test(before) &&
      TO_ALLOW_A_THERAPY.test(text.slice(x.hit.end, x.sentence.end))) ||
    (A_THERAPY.test(after) && OF_A_THERAPY_AFTER.test(before)) ||
    // "myelosuppressive anti-cancer drugs"
    /\banti-?$/i.test(before) ||
    onTherapyFor(text, x)
  );
}

/**
 * A note on the evidence states no indication: "NOTE: In view of the insufficient numbers of
 * isolates ... for patients with uncomplicated skin and skin structure infections, it was not
 * possible to adequately evaluate ...".
 */
function inANote(text: string, x: Hit): boolean {
  return (
    /\bNOTE:\s*$/.test(text.slice(Math.max(0, x.sentence.start - 12), x.sentence.start)) ||
    /^\W*NOTE:/.test(x.sentence.text)
  );
}

/** The condition is what a test or an image looks for (DIAGNOSED, IMAGED), the list's lead-in read too. */
function lookedFor(text: string, x: Hit): boolean {
  const lead = leadIn(text, x.sentence);
  return (
    DIAGNOSED.test(
      `${lead} ${text.slice(Math.max(x.sentence.start, x.hit.start - 200), x.hit.start)}`,
    ) || IMAGED.test(`${lead} ${x.sentence.text}`)
  );
}

/**
 * A bracket that points elsewhere does not state the indication ("FOR CENTRAL PRECOCIOUS PUBERTY
 * (For Endometriosis, See Reverse Side) SYNAREL is indicated for treatment of central precocious
 * puberty"): the statement it points to does, where the text holds it.
 */
function inCrossReference(text: string, x: Hit): boolean {
  const open = text.lastIndexOf('(', x.hit.start);
  const close = text.indexOf(')', x.hit.end);
  if (open < 0 || close < 0 || text.lastIndexOf(')', x.hit.start) > open) return false;
  return /\bsee\b/i.test(text.slice(open, close)) && close - open < 120;
}

function statesItself(text: string, sentence: { start: number; text: string }): boolean {
  if (OTHER_DRUGS.test(sentence.text)) return false;
  return STATES.test(leadIn(text, sentence) + sentence.text) || STATES_AT_START.test(sentence.text);
}

/** The label's words for an indication: the sentence, with what introduces or states it. */
function quoteOf(
  text: string,
  x: { hit: TermMatch; sentence: { start: number; end: number; text: string } },
  keep: { from?: number; to?: number } = {},
): string {
  const own = excerpt(text, x.sentence, x.hit, keep.from, keep.to);
  const lead = leadIn(text, x.sentence);
  const stated = statesItself(text, x.sentence) ? null : headingStated(text, x.sentence);
  if (!stated?.words)
    return own.startsWith('… ')
      ? [lead, own].filter(Boolean).join(' ')
      : [lead, own].filter(Boolean).join(' … ');
  // A heading is followed by its statement; a list item comes after the list's opener.
  return stated.follows ? `${own} … ${stated.words}` : `${stated.words} … ${own}`;
}

/**
 * A heading-like fragment that the label states as an indication, and the words that state it:
 * a heading followed by the sentence that indicates the drug ("Symptomatic Trichomoniasis.
 * Metronidazole tablets are indicated for ..."), an item in a list of fragments after
 * "indicated for the treatment of:", or the section's opening fragment ("Essential hypertension,
 * alone or as an adjunct."). Null when the sentence is not such a fragment.
 */
function headingStated(
  text: string,
  sentence: { start: number; end: number; text: string },
): { words: string; follows: boolean } | null {
  // A section that opens with verbless items, however long ("Perennial and seasonal allergic
  // rhinitis, Vasomotor rhinitis, Allergic conjunctivitis due to inhalant allergens and foods. Mild,
  // uncomplicated allergic skin manifestations of urticaria and angioedema. ... Cold urticaria."):
  // they are its list of indications.
  const opening = text.slice(0, sentence.end).replace(SECTION_HEAD, '');
  const opensVerbless = !FINITE_VERB.test(opening) && !LIMITING.test(opening);
  if ((!isFragment(sentence.text) && !opensVerbless) || LIMITING.test(sentence.text)) return null;
  const next = /^\s*(.*?(?:[.;!?](?=\s+[A-Z(•]|\s*$)|\n|•|\s(?=\*{1,2}[A-Z])|$))/s.exec(
    text.slice(sentence.end),
  );
  const following = next?.[1]?.trim() ?? '';
  // "Pyelonephritis. Nitrofurantoin is not indicated for ...": the heading names an exclusion
  // (not a footnote's, which ends the item before it: "5. Acute gouty arthritis **The safety and
  // effectiveness ... have not been established in rheumatoid arthritis patients ...").
  if (LIMITING.test(following) && !following.startsWith('*')) return null;
  const list = listOpening(text, sentence);
  // (not an item of a list a colon opened, whatever follows it: "As an adjunct to diet for the
  // treatment of adults with: Primary dysbetalipoproteinemia. Hypertriglyceridemia. Rosuvastatin
  // tablet is ... indicated: ...")
  if (isHeading(sentence.text) && /\bindicat\w*\b/i.test(following) && list?.by !== 'colon')
    return {
      words: following.length > MAX_QUOTE ? `${following.slice(0, MAX_QUOTE)} …` : following,
      follows: true,
    };
  if (opensVerbless) return { words: '', follows: false };
  if (!list) return null;
  // The section opens with fragments: they are its list of indications.
  if (list.by === 'start') return { words: '', follows: false };
  // (an opener that states: "indicated for:", "As an adjunct to diet for the treatment of adults
  // with:")
  if (list.by === 'colon')
    return STATES.test(list.opener) && !LIMITING.test(list.opener)
      ? { words: list.opener, follows: false }
      : null;
  return list.opener && !LIMITING.test(list.opener)
    ? { words: list.opener.replace(/^[.;]\s*/, '').trim(), follows: false }
    : null;
}

/**
 * Back over the fragments before a fragment, to what opens their list: the section's start, a
 * sentence that ends with a colon, or a numbered item ("... for longer than 8 weeks. 4. Erosive
 * gastroesophageal reflux (GERD).") of a list the section opened with "indicated in: 1. ...", the
 * items between being sentences. Null where a full sentence comes first: no list.
 */
function listOpening(
  text: string,
  sentence: { start: number },
):
  | { by: 'start' }
  | { by: 'colon'; opener: string }
  | { by: 'number'; opener: string | null }
  | null {
  let at = sentence.start;
  for (;;) {
    const before = text.slice(0, at).trimEnd();
    if (!before) return { by: 'start' };
    const prev = sentenceAround(text, { start: before.length - 1, end: before.length - 1 });
    if (before.endsWith(':'))
      return { by: 'colon', opener: text.slice(prev.start, before.length).trim() };
    if (/^\s*\d{1,2}\.\s*$/.test(prev.text))
      return {
        by: 'number',
        opener: NUMBERED_LIST_OPENER.exec(text.slice(0, prev.end))?.[0] ?? null,
      };
    if (!isFragment(prev.text)) return null;
    at = prev.start;
  }
}

// "Cimetidine tablets are indicated in: 1. Short-term treatment of active duodenal ulcer."
const NUMBERED_LIST_OPENER =
  /(?:^|[.;]\s)[^.;:]{0,200}\bindicated (?:for|in)\b[^.;:]{0,120}:(?=\s*1\.(?:\s|$))/i;

/** A title: a few words, each capitalised but the short ones ("Symptomatic Trichomoniasis."). */
function isHeading(sentence: string): boolean {
  const words = sentence.replace(SECTION_HEAD, '').trim().split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => w.length <= 3 || /^[A-Z(]/.test(w));
}

/** A short verbless piece of text: a heading or a list item ("Oropharyngeal candidiasis."). */
function isFragment(sentence: string): boolean {
  const words = sentence.replace(SECTION_HEAD, '').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 10 && !FINITE_VERB.test(sentence);
}

/** The sentence limits the indication before it names the condition ("not indicated for ..."). */
// A limit after the condition, unless it is the criterion of a clause of its own: "advanced or
// metastatic breast cancer as a single agent if an anthracycline- or taxane-containing
// chemotherapy is not indicated" (the other chemotherapy is not indicated).
function limitsAfter(after: string): boolean {
  const m = LIMITING.exec(after);
  return !!m && !/\b(?:if|when|whenever|where|unless|whom)\b/i.test(after.slice(0, m.index));
}

function limitedAt(
  text: string,
  x: { hit: TermMatch; sentence: { start: number; end: number } },
): boolean {
  // The words that introduce a list item count too ("Important Limitations of Use: … Not for
  // treatment of type 1 diabetes").
  // So does a sentence that says where the evidence ends ("The efficacy of VALTREX when initiated
  // more than 72 hours after the onset of rash ... have not been established", "Only intramuscular
  // penicillin has been demonstrated to be effective for the prevention of rheumatic fever").
  // (not a condition named in the reason the limit gives: "should only be used for short periods
  // ... because adequate evidence of effectiveness for more prolonged use has not been established
  // and because acute, painful musculoskeletal conditions are generally of short duration")
  if (BECAUSE.test(text.slice(x.sentence.start, x.hit.start))) return false;
  return (
    // (trimmed: "Not for treatment of type 1 diabetes mellitus." with no lead-in must still start
    // the text, where LIMITING looks for a bare "Not for")
    LIMITING.test(
      `${leadIn(text, x.sentence)} ${text.slice(x.sentence.start, x.hit.start)}`.trimStart(),
    ) ||
    NOT_ESTABLISHED.test(text.slice(x.sentence.start, x.sentence.end)) ||
    // (or its clause: "Cefprozil is generally effective in the eradication of Streptococcus
    // pyogenes from the nasopharynx; however, substantial data establishing the efficacy of
    // cefprozil in the subsequent prevention of rheumatic fever are not available at present.")
    NOT_ESTABLISHED.test(text.slice(clauseStart(text, x), x.sentence.end))
  );
}

/** Where the clause holding the hit starts: after the last semicolon before it, in its sentence. */
function clauseStart(
  text: string,
  x: { hit: TermMatch; sentence: { start: number; end: number } },
): number {
  const i = text.lastIndexOf(';', x.hit.start);
  return i >= x.sentence.start ? i + 1 : x.sentence.start;
}

// Where a sentence (or list item) stops before a hit, and where it ends after one (see below).
// A condition's heading over its patients' headings, which openFDA runs on from the item before
// ("... 5 years of age and older with compensated liver disease Chronic Hepatitis B (CHB) Adult
// Patients: Treatment of adults with ..."), not the condition a statement names ("indicated for
// the treatment of Chronic Hepatitis C (CHC) Adult Patients: ...").
const CONDITION_HEADING = String.raw`(?<!\b(?:of|for|in|with)|\b[A-Z][\w-]*)\s(?=(?:[A-Z][\w-]*\s+){1,6}\([A-Z]{2,6}\)\s+(?:Adult|Pediatric)\s+Patients:)`;
const SENTENCE_STOP = new RegExp(
  String.raw`(?<!\b[A-Z]|,\s[a-z])\.["'”’)]?(?=\s)|[;:!?•](?=\s)|\n|\s(?=\d{1,2}\.\d{1,2}\s+[A-Z])|\s\*{1,2}(?=[A-Z])|${CONDITION_HEADING}|${UNSTOPPED_LIMIT.source}`,
  'g',
);
const SENTENCE_END = new RegExp(
  String.raw`(?<!\b[A-Z]|,\s[a-z])\.["'”’)]?(?=\s|$)|[;!?](?=\s|$)|\n|•|\s(?=\d{1,2}\.\d{1,2}\s+[A-Z])|\s(?=\*{1,2}[A-Z])|${CONDITION_HEADING}|${UNSTOPPED_LIMIT.source}`,
);

export function sentenceAround(
  text: string,
  hit: { start: number; end: number },
): { start: number; end: number; text: string } {
  // Not the stop of a genus initial ("S. aureus", "P. aeruginosa") nor of a lettered list item
  // ("a. Yersinia pestis (plague), b. Francisella tularensis (tularemia), c. ..."); a stop inside a closing
  // bracket or quotation mark ends the sentence too ("(... staphylococcal infections.)
  // Infections caused by rickettsia ..."). A numbered subsection ("...
  // easily reversible AFIB/AFL 1.1 Life-Threatening Ventricular Arrhythmias Sotalol ...") starts
  // a sentence too: openFDA's text often has no stop before it. So does a capital after "has not
  // been demonstrated" ("Efficacy beyond 24 hours has not been demonstrated Pediatric patients ...
  // for prevention of: ...": the limit is the item's before), and a footnote's asterisks ("5. Acute
  // gouty arthritis **The safety and effectiveness ... have not been established in ...").
  // (read a little past the hit: a stop may look ahead at words the hit starts, as a condition's
  // heading does)
  const stops = [...text.slice(0, hit.end + 80).matchAll(SENTENCE_STOP)].filter(
    (m) => m.index! < hit.start,
  );
  const start = stops.length ? stops.at(-1)!.index! + stops.at(-1)![0].length : 0;
  // "•" ends the item before; the item itself runs to the next "•" or sentence end.
  const after = SENTENCE_END.exec(text.slice(hit.end));
  const end = after ? hit.end + after.index + after[0].length : text.length;
  return { start, end, text: text.slice(start, end) };
}

/** The sentence that names the condition, cut around the words when it is long. */
export function excerpt(
  text: string,
  sentence: { start: number; end: number },
  hit: { start: number; end: number },
  keepFrom?: number,
  keepTo?: number,
): string {
  let start = sentence.start;
  let end = sentence.end;
  // A run-on list item stops where the limitations begin ("Pharyngitis/tonsillitis in adults ...
  // Limitation of Use: Azithromycin should not be used ..."): cut, they would read as about it.
  const limits = /\bLimitations? of Use\b/i.exec(text.slice(hit.end, end));
  if (limits) end = hit.end + limits.index;
  // A stop inside brackets ends no quote: "(MPS IVA; Morquio A syndrome)" is read to its close.
  const opened = (t: string) => t.split('(').length - t.split(')').length;
  if (opened(text.slice(start, end)) > 0) {
    const close = /^[^().;]{0,80}\)\.?/.exec(text.slice(end));
    if (close) end += close[0].length;
  }
  const whole = Math.max(end, sentence.end);
  if (end - start > MAX_QUOTE) {
    start = Math.max(start, Math.min(hit.start - MAX_QUOTE / 2, keepFrom ?? Infinity));
    end = Math.min(end, Math.max(hit.end + MAX_QUOTE / 2, keepTo ?? 0));
  }
  // "... Acute gouty arthritis 3. Collagen Diseases": the number of the next heading ends the
  // sentence but is not its own.
  const nextHeading =
    /^\s+[A-Z]/.test(text.slice(end)) &&
    /(?<!\b(?:type|stage|grade|class|phase|step|level|part|section|category|group|schedule))\s+\d{1,2}\.$/i.test(
      text.slice(start, end),
    );
  const body = text
    .slice(start, nextHeading ? end - 1 : end)
    .replace(/\s+\d{1,2}\s*$/, (n) => (nextHeading ? '' : n))
    // a cross-reference cut at its stop ("Community-acquired pneumonia ( 1. 2)")
    .replace(/\s*\(\s*\d{1,2}\.?\s*$/, '')
    // a cross-reference the label printed empty ("... in adults () • ...")
    .replace(/\s*\(\s*\)/g, '')
    .trim()
    .replace(/^\S*\s/, (w) => (start > sentence.start ? '' : w))
    // nor does it end inside a word ("Infectio …")
    .replace(/\s\S*$/, (w) => (end < whole && /\S\S/.test(text.slice(end - 1, end + 1)) ? '' : w));
  return `${start > sentence.start ? '… ' : ''}${body.replace(/\s*•$/, '')}${end < whole ? ' …' : ''}`;
}

// A question's own word that labels write in another form: "deep vein thrombosis" as "deep venous
// thrombosis", "strep throat" by its germ ("Pharyngitis/Tonsillitis caused by Streptococcus
// pyogenes", "streptococcal pharyngitis").
// (the forms labels write a kidney in, and a sleep kept through the night)
const KIDNEY_FORMS = /\b(?:kidneys?|renal)\b/i;
const STAYING_ASLEEP =
  /\b(?:stay(?:ing)? asleep|sleep maintenance|maintain(?:ing)? sleep|awakenings?)\b/i;
const WORD_FORMS: Record<string, RegExp> = {
  vein: /\bve(?:in|nous)\b/i,
  strep: /\bstrep/i,
  throat: /\b(?:throat|pharyn)/i,
  // (the organ a transplant's rejection is of, as labels name it: "renal transplantation",
  // "rejection in renal homotransplantation", "cardiac transplants", "hepatic")
  kidney: KIDNEY_FORMS,
  renal: KIDNEY_FORMS,
  liver: /\b(?:livers?|hepatic)\b/i,
  heart: /\b(?:hearts?|cardiac)\b/i,
  lung: /\b(?:lungs?|pulmonary)\b/i,
  // (insomnia of sleep onset or of sleep maintenance, as labels name each)
  falling: /\b(?:fall(?:ing)? asleep|sleep (?:onset|initiation|latency))\b/i,
  staying: STAYING_ASLEEP,
  stay: STAYING_ASLEEP,
  asleep: /\b(?:asleep|sleep)\b/i,
  // (sedation in intensive care, or for a procedure, as labels name each)
  icu: /\b(?:icu|intensive care)\b/i,
  procedural: /\bprocedur/i,
};
/**
 * The words of the question that its concepts' names lack, as stems ("bipolar depression" under
 * bipolar disorder: "depress"; "alcohol withdrawal" under Substance Withdrawal Syndrome:
 * "alcohol").
 */
export function ownWordStems(condition: ResolvedCondition): RegExp[] {
  // (a tumour's receptor status or an infection's organism, in the words labels use for it)
  const qualifier = condition.qualifier;
  if (qualifier) {
    const forms =
      qualifier.kind === 'status'
        ? statusForms(qualifier.words)
        : qualifier.kind === 'genotype'
          ? [genotypeForm(qualifier.words)]
          : [organismForm(qualifier.words)];
    // (with the words that set the condition itself apart from its concept: "mrsa
    // community-acquired pneumonia" is no nosocomial one)
    const inner = qualifier.partial
      ? ownWordStems({
          ...condition,
          words: condition.words.slice(qualifier.words.length + 1),
          qualifier: undefined,
        })
      : [];
    return [...forms, ...inner];
  }
  // (an abbreviation of one form, "DVT", "CAP", stands for its words written out, or for itself)
  const abbreviation = condition.spelledOut ? `|\\b${conditionKey(condition.words)}\\b` : '';
  const own = [
    ...new Set(
      condition.concepts.flatMap((c) => {
        const name = contentWords(conditionKey(c.name));
        return contentWords(conditionKey(condition.spelledOut ?? condition.words)).filter(
          (w) => !name.includes(w),
        );
      }),
    ),
  ]
    // (nor the words that only say it is hard: "difficulty falling asleep")
    .filter(
      (w) => !/^(?:states?|phases?|episodes?|disorders?|diseases?|trouble|difficulty)$/.test(w),
    );
  return (
    own
      // (a stem long enough to tell "osteopenia" from "osteoporosis", short enough for "manic";
      // an inflammation keeps its "-it", "pneumonitis" is no "pneumonia")
      .map((w) => {
        const stem =
          WORD_FORMS[w] ??
          new RegExp(
            w.length <= 4
              ? `\\b${w}\\b`
              : `\\b${/itis$/.test(w) ? w.slice(0, -2) : w.slice(0, Math.max(4, w.length - 3))}`,
            'i',
          );
        return abbreviation ? new RegExp(stem.source + abbreviation, 'i') : stem;
      })
  );
}

/** Every word of one of the condition's multi-word names appears somewhere in the text. */
function ownNameWordsAppear(terms: string[], text: string): boolean {
  const all = conditionKey(text).split(' ');
  const words = new Set(all);
  return terms.some((term) => {
    const parts = term.split(' ');
    if (parts.length < 2 || !parts.every((w) => words.has(w))) return false;
    // A lay name of one specific word ("low calcium", "low phosphate") names the condition only
    // where its words stand together: "atorvastatin calcium" and "low-density lipoprotein" in
    // one section do not.
    if (parts.filter((w) => !GENERAL_WORDS.has(w)).length > 1) return true;
    return all.some((_, i) => {
      const window = all.slice(i, i + parts.length + 3);
      return parts.every((w) => window.includes(w));
    });
  });
}

/**
 * Every word of the question's condition, or of its concept's name, begins a word of the text
 * in some form: "edematous states" for edema, "epileptic seizures" for epilepsy, "genitourinary
 * tract infections" for urinary tract infection, "painful musculoskeletal conditions" for pain.
 * The label may then list the condition in words no term matches. (Only these names: the
 * vocabulary's rarer synonyms, "hydrops" or "mania", begin too many other words.)
 */
function nameFormsAppear(names: string[], text: string): boolean {
  const folded = ` ${conditionKey(text)} `;
  return names.some((name) => {
    const words = contentWords(conditionKey(name));
    // A short name ("AF", "MI") could begin any word: it has to stand alone.
    return (
      words.some((w) => w.length > 3) &&
      words.every((w) =>
        w.length <= 3
          ? folded.includes(` ${w} `)
          : new RegExp(
              `[ -](?:${COMBINING})?${stem(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
            ).test(folded),
      )
    );
  });
}

// Words too general to say what a question is about ("high", "blood", "pain", "disease").
const GENERAL_WORDS = new Set(
  (
    'high low blood pain from with common heart back skin bone heavy head dry infection infections ' +
    'disease diseases syndrome deficiency cancer disorder disorders chronic acute severe mild ' +
    'pressure failure attack attacks loss problems problem trouble condition conditions'
  ).split(' '),
);

/** Whether a word of the question (not a general one) begins a word of the text in some form. */
function askedWordAppears(asked: string, text: string): boolean {
  const folded = ` ${conditionKey(text)} `;
  return contentWords(conditionKey(asked))
    .filter((w) => w.length > 3 && !GENERAL_WORDS.has(w) && !DROPPABLE.has(w))
    .some((w) => new RegExp(`[ -]${stem(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(folded));
}

// Word starts that make one word of two ("genitourinary", "angioedema").
const COMBINING = 'genito|gastro|neuro|cardio|broncho|angio|hyper|hypo|poly';

/** The start of a word that its other forms share: edem(a), epilep(sy), infect(ion), pain. */
function stem(word: string): string {
  // Disease endings first: candid(iasis) for "candida", trichomon(iasis) for "trichomonad".
  const root = /^(.{4,}?)(?:iasis|iases|osis|oses|itis|ides)$/.exec(word);
  if (root) return root[1]!;
  if (word.length <= 4) return word;
  return word.slice(0, word.length <= 6 ? word.length - 1 : word.length - 3);
}
