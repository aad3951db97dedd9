// Links studies to the drugs they study and picks the words to quote. A study is kept for a
// drug only when it is about humans, and the drug is an arm of it (Evidence Inference prompts,
// MeSH substance headings the abstract names too) or its subject (named in the title). The quoted
// finding comes from a results or conclusions section, or from the corpus's annotated evidence,
// never from background, objectives or methods; a record without results is kept with its title
// only.
import type { DrugMatcher } from '../src/core/drug-matcher';
import type { Study } from '../src/core/index-schema';
import { asTransmitter, measuredOnly } from './body-substances';
import { isBackground } from './guideline-subject';
import { sentences } from './label-text';
import type { Section, StudyDraft } from './read-research';

export { readResearch, type StudyDraft } from './read-research';

type Design = Study['design'];
export const DESIGN_RANK: Record<Design, number> = {
  'meta-analysis': 0,
  'systematic review': 0,
  'randomized controlled trial': 1,
  'controlled trial': 2,
  'observational study': 3,
  study: 4,
};

// Studies of animals or cells, by their own words. A trial "in dogs" is not evidence for a patient.
const ANIMAL =
  /\b(?:dogs?|canines?|cats?|felines?|rats?|mice|murine|mouse|rabbits?|pigs?|piglets?|swine|porcine|horses?|equine|sheep|ovine|cattle|cows?|bovine|calves|goats?|monkeys?|macaques?|primates?|zebrafish|rodents?|hamsters?|guinea pigs?|veterinary|broilers?|chickens?|poultry|in vitro|cell lines?)\b/i;
const PROTOCOL =
  /\b(?:study protocol|trial protocol|protocol for|a protocol|rationale and design|design and rationale|statistical analysis plan)\b/i;
const FUTURE =
  /\b(?:will be (?:randomi[sz]ed|recruited|enrolled|allocated|assessed)|will receive)\b/i;

// A title that says so in other words ("in Animal Models", "a Preclinical Model").
const ANIMAL_MODEL =
  /\b(?:animal (?:disease )?models?|animal stud(?:y|ies)|preclinical models?|retrievers?|bulls|heifers|ewes)\b/i;
// In an abstract, the animal words that are not also something else ("mouse" is a computer's,
// "CAT" a test, "in vitro" fertilisation, "cows'" milk a food), and the words of people.
const ANIMAL_SUBJECTS =
  /\b(?:dogs|rats|mice|murine|rabbits|piglets|swine|porcine|sheep|ovine|monkeys|macaques|rodents|hamsters|guinea pigs|broilers|chickens)\b/i;
const PEOPLE =
  /\b(?:patients?|participants?|volunteers?|women|men|children|humans?|adults?|infants?|people|persons?|individuals|workers|smokers|athletes|students|neonates|newborns)\b/i;

// Animals counted ("Forty male, 6-week-old mice were divided"), as a study counts its subjects.
const COUNTED_ANIMALS =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b[\s,-]+(?:[\w-]+[\s,]+){0,3}(?:dogs|rats|mice|rabbits|pigs|piglets|swine|sheep|monkeys|macaques|hamsters|bulls|cows|ewes|heifers)\b/i;

export function isAnimalStudy(s: StudyDraft): boolean {
  if (s.mesh.includes('Animals') && !s.mesh.includes('Humans')) return true;
  if (ANIMAL.test(s.title) || ANIMAL_MODEL.test(s.title)) return true;
  if (s.mesh.includes('Humans')) return false;
  // A record without MeSH headings or an animal word in its title ("ACE-inhibition increases
  // podocyte number in experimental glomerular disease"): an abstract about animals and no
  // people, or one that counts animals and no people (its background may speak of patients).
  if (ANIMAL_SUBJECTS.test(s.abstract) && !PEOPLE.test(s.abstract)) return true;
  return COUNTED_ANIMALS.test(s.abstract) && participantsOf(s) === null;
}

// A study of a method of analysis that uses a trial's data ("Empirical comparison of four baseline
// covariate adjustment methods in analysis of continuous outcomes in randomized controlled
// trials", from a trial of gabapentin): what it finds is about the method, not a drug.
const METHODS_STUDY =
  /\b(?:covariate adjustment|statistical (?:methods?|analys[ie]s|approach(?:es)?)|(?:analysis|adjustment|imputation) methods?|methods? (?:for|of) (?:the )?analy[sz]|missing data|sample size (?:calculation|estimation|re-?estimation))\b/i;

export function isProtocol(s: StudyDraft): boolean {
  return PROTOCOL.test(s.title) || FUTURE.test(s.abstract);
}

const RESULTS_LABEL = /^(?:results?|findings|main results|synthesis of results)$/i;
const CONCLUSION_LABEL = /conclusion|interpretation|implications/i;
// Sentences that report or conclude, and sentences that only set up the study.
const REPORTS =
  /\b(?:conclu|suggest|indicat|show|found|demonstrat|significant|effective|efficac|improv|reduc|increas|decreas|no (?:significant )?difference|did not|was associated|were associated|superior|inferior|non-?inferior|comparable|similar|better|worse|odds ratio|relative risk|hazard ratio|p\s*[<=>]|95%)/i;
const SETS_UP =
  /\b(?:we aimed|the aim|aims? (?:of|to|was)|objective|purpose|was to (?:assess|evaluate|compare|determine|investigate|examine)|were randomi[sz]ed|randomly assigned|were enrolled|were recruited|we (?:conducted|performed|hypothesi[sz]ed|searched|included)|will be|this study|participants who|inclusion criteria)\b/i;

export function reportsFinding(sentence: string): boolean {
  return REPORTS.test(sentence) && !SETS_UP.test(sentence);
}

const MAX_FINDING = 600;

interface Finding {
  text: string;
  source: Study['findingSource'];
}

/** The words to quote: conclusions, else results naming the drug, else annotated evidence. */
export function findingOf(s: StudyDraft, names: (text: string) => boolean): Finding {
  if (isProtocol(s)) return { text: '', source: 'none' };
  const sections = usable(s);
  const conclusion = sections.filter((x) => CONCLUSION_LABEL.test(x.label)).map((x) => x.text);
  if (conclusion.length) {
    const text = clip(conclusion.join(' '));
    if (text) return { text, source: 'conclusion' };
  }
  const results = sections
    .filter((x) => RESULTS_LABEL.test(x.label))
    .flatMap((x) => sentences(x.text))
    .filter((x) => names(x) && !SETS_UP.test(x));
  if (results.length) return { text: clip(results.slice(-2).join(' ')), source: 'results' };
  const evidence = s.arms.flatMap((a) => a.evidence).filter(names);
  if (evidence.length)
    return { text: clip(evidence.slice(0, 2).join(' ')), source: 'annotated evidence' };
  // An unlabelled abstract: its closing sentences, when they report a finding.
  const unlabelled = sections.filter((x) => !x.label);
  if (unlabelled.length === sections.length && unlabelled.length) {
    const all = sentences(unlabelled.map((x) => x.text).join(' '));
    const closing = all.slice(-2).filter(reportsFinding);
    if (closing.length) return { text: clip(closing.join(' ')), source: 'results' };
  }
  return { text: '', source: 'none' };
}

/**
 * The sections that can be quoted. A cut abstract loses its last section, or, when it is one
 * unlabelled block, its last sentence: never present a cut sentence as a finding.
 */
function usable(s: StudyDraft): Section[] {
  if (s.abstractComplete) return s.sections;
  const last = s.sections.at(-1);
  if (!last || last.label) return s.sections.slice(0, -1);
  const kept = sentences(last.text).slice(0, -1).join(' ');
  return [...s.sections.slice(0, -1), ...(kept ? [{ label: '', text: kept }] : [])];
}

const NOT_STUDIED =
  /\b(?:not (?:been |yet been )?(?:sufficiently |adequately )?(?:evaluated|studied|tested|assessed|investigated)|yet to be (?:tested|studied|evaluated)|(?:needs?|remains?) to be (?:evaluated|studied|tested|assessed|investigated)|(?:is|are) (?:also |currently |still )?(?:under investigation|being (?:investigated|studied|evaluated))|no (?:trials|studies|RCTs|randomi[sz]ed|data) (?:of|on|with|evaluat|compar|were found|met)|none of the (?:included )?(?:trials|studies|RCTs) (?:used|tested|evaluated|assessed|compared|included)|(?:comparisons?|data|trials?|studies) (?:of|on|with|comparing|for)\b[^.;]*?\b(?:are|is|were) not available)/i;
// A sentence's clauses, each judged on its own ("comparisons of brimonidine to placebo are not
// available and the comparison of dorzolamide to placebo failed to ..." studied dorzolamide).
const CLAUSE_BREAK = /;\s+|,?\s+and\s+(?=the\s)|,\s+(?:but|whereas|while|however)\s+/i;

// "Antiepileptics other than gabapentin, pregabalin, topiramate, and valproate for ...": the
// drugs a title or conclusion sets aside, up to the words that go on with the subject.
const SET_ASIDE =
  /\b(?:other than|except(?: for)?|excluding|apart from)\s+.*?(?=\s+(?:for|in|to|on|as|versus|vs\.?|compared|among|during|after|before)\b|[.;:()]|$)/gi;

/** The text without the drugs it sets aside. */
function withoutSetAside(text: string): string {
  return text.replace(SET_ASIDE, (m) => ' '.repeat(m.length));
}

/** A drug named as the need another treatment lowers: "reducing morphine requirements". */
function loweredNeed(text: string, start: number, end: number): boolean {
  return (
    /^\s*(?:requirements?|consumption|use|doses?|dosage|needs?)\b/i.test(
      text.slice(end, end + 16),
    ) &&
    /\b(?:reduc\w*|decreas\w*|lower\w*|less|spar\w*|minimi[sz]\w*)\s+(?:the\s+)?(?:total\s+|postoperative\s+|cumulative\s+)?$/i.test(
      text.slice(Math.max(0, start - 40), start),
    )
  );
}

// A drug named as the patients' state, not as given in the study.
// (Cochrane titles write the hyphen as U+2010: "indomethacin‐treated")
const RESISTED = /^[-\u2010\u2011]\s?(?:resistant|refractory|na[iï]ve|experienced|dependent)\b/i;
const GIVEN_BEFORE = /^[-\u2010\u2011]\s?(?:treated|exposed|induced|associated|related)\b/i;

/**
 * The drugs a title gives as the patients' background, in every mention: what they resisted or
 * had already ("imatinib-resistant", "methotrexate-naive"), or, after another drug the title
 * names, what they were given or what caused their condition ("furosemide ... in
 * indomethacin-treated infants", "aripiprazole ... for risperidone-induced hyperprolactinemia").
 * Alone or first, the drug is the study's subject: "Clozapine-related seizures", "eribulin-induced
 * reoxygenation ...: a comparison to bevacizumab"; named as an arm too, it stays one: "Entecavir
 * to Telbivudine Switch Therapy in Entecavir-Treated Patients".
 */
function patientsAlready(
  title: string,
  mentions: { start: number; end: number; drugIds: string[] }[],
): Set<string> {
  const already = (m: (typeof mentions)[number]) => {
    const after = title.slice(m.end, m.end + 14);
    return (
      RESISTED.test(after) ||
      (GIVEN_BEFORE.test(after) &&
        mentions.some((o) => o.end <= m.start && o.drugIds.some((d) => !m.drugIds.includes(d))))
    );
  };
  return new Set(
    mentions
      .flatMap((m) => m.drugIds)
      .filter((id) => mentions.filter((m) => m.drugIds.includes(id)).every(already)),
  );
}

const PARTICIPANTS =
  /\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:\w+\s+){0,2}(?:patients|participants|subjects|adults|children|women|men|volunteers|individuals|people|infants|neonates|outpatients|inpatients)\b/i;

/** How many took part, as the abstract first states it. */
export function participantsOf(s: StudyDraft): number | null {
  const m = PARTICIPANTS.exec(s.abstract);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

const SAFETY =
  /\b(safety|adverse|harm|risk|toxicit|tolerab|death|abuse|withdrawal|overdose|bleeding|side effects?)/i;
const COMPARISON = /\b(vs\.?|versus|compared|comparison|comparative|head-to-head)\b/i;

export interface DrugStudyLink {
  study: Study;
  titleMention: boolean;
  /**
   * The drug is only the co-therapy every arm shares ("lovastatin plus Kelussia" against
   * "lovastatin"): such a study is not about the drug, so it ranks after the studies that are.
   */
  weak: boolean;
}

// An arm that adds something to what the other arm also gets.
const ADD_ON = /\b(?:plus|with|and|combined|added to)\b|\+/i;

/** Drugs every arm pair gives on both sides, next to something else: the trial's background. */
function sharedCoTherapy(
  arms: { intervention: string; comparator: string }[],
  ids: (text: string) => Set<string>,
): Set<string> {
  // "Lovastatin plus herb" against "baseline" is a before-and-after, not a pair of arms.
  const pairs = arms.filter((a) => !/^\s*(?:baseline|pre-?treatment|before)\b/i.test(a.comparator));
  if (!pairs.length) return new Set();
  const shared = pairs
    .map((a) => {
      if (!ADD_ON.test(a.intervention) && !ADD_ON.test(a.comparator)) return [];
      const comparator = ids(a.comparator);
      return [...ids(a.intervention)].filter((id) => comparator.has(id));
    })
    .reduce((acc, pair) => acc.filter((id) => pair.includes(id)));
  return new Set(shared);
}

/** Links each human study to the drugs that are its arms or its subject. */
export function linkStudies(
  studies: StudyDraft[],
  matcher: DrugMatcher,
): Map<string, DrugStudyLink[]> {
  const byDrug = new Map<string, DrugStudyLink[]>();
  // ("Dopamine agonists for restless legs syndrome" is not a study of dopamine.)
  // (nor one whose need another drug lowers: "effective in reducing morphine requirements")
  const found = (text: string) =>
    matcher
      .find(text)
      .filter((m) => !asTransmitter(text, m.start, m.end) && !loweredNeed(text, m.start, m.end));
  const idsIn = (text: string) => new Set(found(text).flatMap((m) => m.drugIds));
  // A brand of several products ("Listerine") does not say which ingredient an arm held.
  const armIds = (text: string) =>
    new Set(
      found(text)
        .filter((m) => m.kind !== 'brand' || m.drugIds.length === 1)
        .flatMap((m) => m.drugIds),
    );
  // A review's subject drugs: named in its conclusion, but not as the patients' background
  // ("less marked in patients pre-treated with clopidogrel").
  // Nor a drug the review says was not studied ("clopidogrel ... not sufficiently evaluated").
  const reviewIds = (text: string) =>
    new Set(
      sentences(text)
        .flatMap((sentence) => sentence.split(CLAUSE_BREAK))
        .filter((sentence) => !NOT_STUDIED.test(sentence))
        .map(withoutSetAside)
        .flatMap((sentence) => {
          // (nor a body substance the sentence only measures: "monitoring by ultrasound plus
          // serum estradiol")
          const mentions = found(sentence);
          const measured = measuredOnly(sentence, mentions);
          return mentions
            .filter((m) => !isBackground(sentence, m))
            .flatMap((m) => m.drugIds)
            .filter((id) => !measured.has(id));
        }),
    );
  for (const s of studies) {
    if (isAnimalStudy(s)) continue;
    const title = withoutSetAside(s.title);
    // A substance the title measures ("on sleep, melatonin and cortisol levels", "Plasma
    // norepinephrine") is an outcome: neither the subject nor, by its MeSH heading, an arm.
    const titled = found(title);
    const measured = measuredOnly(title, titled);
    // (nor a drug the title gives as the patients' background, patientsAlready)
    const background = patientsAlready(title, titled);
    const inTitle = new Set(
      titled.flatMap((m) => m.drugIds).filter((id) => !measured.has(id) && !background.has(id)),
    );
    // (a method's study that names no drug in its title is about no drug)
    if (METHODS_STUDY.test(s.title) && inTitle.size === 0) continue;
    const inArms = armIds(s.arms.map((a) => `${a.intervention} . ${a.comparator}`).join(' . '));
    // MeSH indexes a trial's arms ("Lisinopril" for ALLHAT), but also what every arm received,
    // what was measured ("Insulin", "Hydrocortisone") and a drug's chemical parent ("Omeprazole"
    // for lansoprazole, "Phenylpropanolamine" for tolterodine): a heading links the drug only
    // where the abstract names it too. (Of 30 heading-only links read, about 5 were arms, each
    // under a name the abstract abbreviates or another drug holds: NETA, divalproex.)
    const inAbstract = idsIn(s.abstract);
    const inMesh = [...idsIn(s.mesh.join(' . '))].filter(
      (id) => inAbstract.has(id) && !measured.has(id),
    );
    // A review without a title in the data: its subject is what its conclusion names first.
    const untitled =
      s.id.startsWith('cochrane:') && s.title.includes('title not in the bundled data');
    const inConclusion =
      untitled && s.conclusion ? idsIn(sentences(s.conclusion)[0] ?? '') : new Set<string>();
    // A review's arms are the drugs its conclusions weigh ("baclofen, tizanidine, and dantrolene
    // are effective compared to placebo").
    const review = s.design === 'systematic review' || s.design === 'meta-analysis';
    const reviewText = s.conclusion ?? sentences(s.abstract).slice(-3).join(' ');
    // (a drug the title gives as the patients' background is theirs in the conclusion too:
    // "furosemide to premature infants treated with indomethacin")
    const inReview =
      review && !untitled
        ? new Set([...reviewIds(reviewText)].filter((id) => !background.has(id)))
        : new Set<string>();
    const coTherapy = sharedCoTherapy(s.arms, armIds);
    const weak = (id: string) =>
      !inTitle.has(id) && !inReview.has(id) && !inConclusion.has(id) && coTherapy.has(id);
    const roles = new Map<string, Study['role']>();
    for (const id of [...inArms, ...inMesh, ...inReview]) roles.set(id, 'arm');
    for (const id of [...inTitle, ...inConclusion]) if (!roles.has(id)) roles.set(id, 'subject');
    if (roles.size === 0) continue;
    const participants = participantsOf(s);
    for (const [drugId, role] of roles) {
      const names = (text: string) => matcher.find(text).some((m) => m.drugIds.includes(drugId));
      const finding = findingOf(s, names);
      const text = `${s.title} ${finding.text}`;
      const question = COMPARISON.test(s.title)
        ? 'comparison'
        : SAFETY.test(s.title)
          ? 'safety'
          : SAFETY.test(finding.text) && !/efficac|effective/i.test(text)
            ? 'safety'
            : 'efficacy';
      const {
        abstract: _a,
        sections: _s,
        conclusion: _c,
        abstractComplete: _ac,
        pubTypes: _p,
        arms: _arms,
        ...base
      } = s;
      const link: DrugStudyLink = {
        study: {
          ...base,
          question,
          finding: finding.text,
          findingSource: finding.source,
          participants,
          role,
        },
        titleMention: inTitle.has(drugId),
        weak: weak(drugId),
      };
      byDrug.set(drugId, [...(byDrug.get(drugId) ?? []), link]);
    }
  }
  return byDrug;
}

function clip(raw: string): string {
  // A registration number that ran on into the conclusion is no finding.
  const text = raw.replace(/\s*(?:Clinical )?[Tt]rial [Rr]egistration\b.*$/s, '').trim();
  if (text.length <= MAX_FINDING) return text;
  let out = '';
  for (const p of sentences(text)) {
    if (out.length + p.length + 1 > MAX_FINDING) break;
    out = out ? `${out} ${p}` : p;
  }
  return out || `${text.slice(0, MAX_FINDING).replace(/\s+\S*$/, '')} …`;
}

/**
 * Reviews and meta-analyses first, then trials by size; a study whose results are not in the
 * data goes last, and one that is not about the drug (MeSH only, shared co-therapy) after the
 * ones that are. Within a design: studies about the drug (title), then larger, then newer.
 */
export function rankStudies(links: DrugStudyLink[], max: number): Study[] {
  return [...links]
    .sort(
      (a, b) =>
        Number(a.study.findingSource === 'none') - Number(b.study.findingSource === 'none') ||
        Number(a.weak) - Number(b.weak) ||
        DESIGN_RANK[a.study.design] - DESIGN_RANK[b.study.design] ||
        Number(b.titleMention) - Number(a.titleMention) ||
        (b.study.participants ?? 0) - (a.study.participants ?? 0) ||
        (b.study.year ?? 0) - (a.study.year ?? 0) ||
        a.study.id.localeCompare(b.study.id),
    )
    .slice(0, max)
    .map((l) => l.study);
}
