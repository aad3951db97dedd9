// Whether a guideline statement is about a drug it names: the name is the drug (not a lab value,
// a gene or a disorder named after it), it is not the patients' background, a condition, a
// citation or a cross-reference, and the recommendation acts on it.
import {
  AGAINST,
  CONDITION_INSIDE,
  CONDITION_LEAD,
  FOR,
  NO_CALL,
  NOT_AN_ARGUMENT,
  clauseAt,
  clauses,
  cueSpans,
  nearestCue,
  type Span,
} from './guideline-cues';

// Words right after a drug name that make it a lab value, a physiology term or a disorder
// ("heparin-induced", "vitamin D deficiency", "opioid use disorder"), not the drug given.
const NOT_THE_DRUG_AFTER =
  /^(?:\/[\w-]+(?=[\s)]))*\)?(?:\s*\([^()]{0,20}\))?(?:[\s\-–—]+)(?:or\s+[^.;]{0,60}?-(?:associated|induced|related)|laser|contraindications?|exposure|radiograph\w*|swallow|aminotransferase|transaminase|[<>≥≤]=?\s*\d[\d.,]*\s*(?:ng|pg|µg|μg|mcg|mg|mmol|nmol|pmol|µmol|μmol|mIU|IU|U)\/(?:L|dL|mL)|sensitive|sensiti[sz]ers?|hypersensitivity|secreting|producing|as (?:a |an )?(?:preliminary |diagnostic |screening |initial )?test|remediable|responsive|dependent|depletion|ratios?|recommendations?|penicillins?|substitution|stress(?![- ]dos)|challenge|suppression test|activators?|milligram\s+equivalents?|equivalents|susceptible|antagonists?|inhibitors?|agonists?|blockers?|effects?|activity|target|goal|carbonate|citrate|gluconate|acetate|phosphate|(?:mono|di|tri)phosphates?|chloride|sulfate|induced|associated|deficien\w*|levels?|concentrations?|resistance|assays?|testing|tests?|status|screening|receptors?|reuptake|releasing|hormone|withdrawal management|use disorders?|dependence|misuse|abuse|addiction|exposure in utero|antibod\w*|type\s+(?:[\w-]+\s+){0,2}antibod\w*|(?:and|or)\s+[\w-]+\s+(?:assays?|levels?|testing)|allerg\w*|suppl(?:y|ies)|storage|pneumoperitoneum|insufflation|style|like|tolerance test\w*|requirements?|kinases?|hydroxylase|synthase|reductase|oxidase|transferase|deaminase|dehydrogenase|gradient|stimulation|storm|crisis|(?:matrix\s+)?dressings?|treatment programs?|(?:dose\s+)?conversion|thresholds?|consumption|(?:[\w-]+\s+)?(?:mutations?|variants?|polymorphisms?|genes?|genotypes?|testing|assays?)|(?:clinical\s+)?breakpoints?|MICs?|clinics?|guidelines?|guidance|sparing|(?:and|or)\s+[\w-]+\s+(?:consumption|intake)|time(?!\s+(?:in|to|of|for|since|from|after|before)\b))\b/i;

// Words right before it that make it a measurement ("measuring serum testosterone", "low vitamin D"),
// the hormone a tumour makes ("ectopic ACTH"), or the target of a class ("direct thrombin or Factor Xa inhibitors": not topical thrombin).
const NOT_THE_DRUG_BEFORE =
  /\bnon-?\s*$|\bdirect\s+$|\banti-\s*$|\bafter the last\s+$|\b(?:their|his|her) own\s+$|\b\d+-(?:acetyl|amino|hydroxy|methyl|ethyl|fluoro|chloro|oxo|keto|nitro)\w*\s+$|\bwithin\s+\d+\s+(?:hours?|days?|weeks?|months?)\s+of\s+(?:starting|initiating|beginning|stopping)\s+$|\bringer[’']?s\s+$|\b(?:methyl|hydroxy|dihydro|nor|des|dextro)-\s*$|\blow[- ]molecular[- ]weight\s+$|\b(?:testing|tests?|scan|scintigraphy|imaging)\s+(?:using|with)\s+(?:[\w-]+\s+(?:or|and)\s+)?$|\b(?:excluding|except(?: for)?)\s+$|\bradioactive\s+$|\bdefects? (?:of|in) (?:the )?$|\bother than\s+$|\bwith the exception of\s+$|\(\s*(?:except|excluding)\s+(?:for\s+)?(?:[^()]{0,40}?(?:,|\band\b|\bor\b)\s+)?$|\bdiet\s*\(?\s*(?:with|rich in|including|high in)\s+$|\bexhaled\s*$|\bectopic\s+$|\bmonitor(?:ing)?\s+(?:for\s+)?$|\bdyes?\s+(?:such as|like|e\.g\.,?)?\s*$|\bof type [0-9IVX]+\s*$|\b(?:lupus|(?:low|high|elevated|raised|reduced)(?: brain| cerebral| tissue| blood| serum| plasma)?|(?:serum|plasma|blood|urine|urinary|salivary)(?: total| free)?|measur\w*(?:\s+(?:fasting|morning|early|serum|plasma|total|free|random|trough|peak|baseline))*|(?:levels?|concentrations?) of(?: serum)?(?:\s+25\s*\(?OH\)?)?)\s+$/i;

// Words before a name that make it the patients' background, not the recommendation.
const BACKGROUND_BEFORE =
  /\b(?:(?:do|does|did) not tolerate|secondary to|due to|caused by|induced by|triggered by|(?:stable|maintained) on (?:[\w-]+ ){0,3}(?:treatment|therapy) with(?: either)?|non-?responders? to|despite (?:[\w-]+ ){0,2}(?:management|treatment|therapy|use|doses?) (?:with|of|on)|allergic to|(?:allergy|hypersensitivity|sensitivity) to|(?:for (?:every|each)|per)\s+\d[\d,.]*\s*(?:(?:units?|mg|mcg)\s*)?(?:(?:to|–|-)\s*\d[\d,.]*\s*)?(?:units?|mg|mcg)\s+of|dependen(?:ce|t) on|addiction to|(?:ab|mis)use of|withdrawal from|(?<!may |might |will )needs? to (?:take|use|be on|continue)|(?:is |a )?need to avoid|with (?:each|every) dose of|candidates? for|unable to (?:tolerate|receive|take|use)|defined as|interact(?:s|ing)? with|alternative(?:s| drugs?| agents?| treatments?)? to|(?:not (?:considered |deemed )?(?:suitable|eligible|fit)|(?:considered )?(?:inappropriate|unsuitable|ineligible|not eligible|not fit)) for|stopped|currently using|(?:patients?|people|adults|children|women|men|those|individuals|users?)\s+(?:who\s+)?(?:are\s+|were\s+)?(?:on|taking|using|who take|who use)|(?<!be |been )treated with|(?:have|has|had) been treated with|receiving|received|already (?:on|taking|receiving)|currently (?:on|taking)|prior(?!\s+\d)|previous(?:ly)?|history of|failure of|failed|fail(?:ing|ure)? (?:on|to respond to)|cannot (?:tolerate|use|take)|(?:refuse|decline)s?(?: or cannot use)?|intoleran\w* (?:of|to)|adjunct(?:ive)?(?: therapies| therapy)? to|in addition to|not on|despite|exposed to|(?:who|that) (?:received|failed)|experienced (?:in|with)|familiar with|trained in|response to|recommendations on|(?:in accordance|in line) with (?:the )?recommendations for|guidance on|section on|not (?:taking|on|receiving|using)|(?:have|has) not (?:\w+ly )?taken|cannot (?:receive|be given)|requiring|(?:have |has )?completed|(?:have|has|had) had (?:(?:prior|previous|[\w-]+-line)\s+)?(?:treatment|therapy) with|after(?: a trial of| treatment with| the)?|following (?:initial |first-line |prior )?(?:treatment|therapy) with|(?:compliance|adherence)(?: \([^()]{0,60}\))? (?:with|to)|contraindicated with|(?:have|has|had|with) contraindications? to|exposure to|interactions? with|(?:with )?(?:concurrent|concomitant)(?!\s+(?:prescri|use\b|administ))|(?:un|non-?)responsive to|refractory to|(?:resistance|resistant)(?:\s*\([^()]*\))?\s+to|,\s*(?:provided|providing)(?: that)?|(?:(?:intolerable|unacceptable) (?:adverse|side) (?:effects|events)|(?:inadequate|insufficient|poor) response)\s+(?:with|to|from|on)|(?:past|previous|prior) experience (?:of|with)|(?:is|are) being treated(?: or considered for treatment)? with),?\s+((?:(?:(?:or|and)\s+)?(?:[\w®™-]+,?[\s/]+|\([^()]{0,30}\),?\s+)(?:\((?:(?:level|grade|class|evidence)\b[^()]{0,20}|[A-Z][A-Z-]{1,5})\),?\s+)?){0,4})\(?$/i;
const BACKGROUND_AFTER =
  /^(?:\/[\w-]+)*(?:[\s-]+)(?:(?:(?!(?:reduc|prevent|decreas|lower|avoid)\w*)[\w-]+[\s-]+){0,3}(?:resistance|resistant|failure)|(?:in)?tolerant|intolerance|tolerance(?!\s+test)|use\s+(?:suppress|cause|induce|impair|lower|raise)\w*|treated|maintained|naive|naïve|experienced|intake|(?:or|and)\s+[\w-]+\s+(?:intake|use)\b|(?:[\w-]+\s+)?use(?=\s*[,.;()]|\s*$))/i;
// "initiating ... on methadone" puts the drug in the recommendation, not the background.
const STARTS = /\b(?:initiat\w*|start\w*|switch\w*|transition\w*|convert\w*|rotat\w*)\b[^.;]*$/i;

/** The drug is named as the patients' background or history, not as what is recommended. */
export function isBackground(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // "at the time of primary PCI (with or without stenting or clopidogrel pretreatment)": what the
  // patients may already have had, beside the drug recommended
  if (
    /\bwith or without\b[^.;()]{0,60}$/i.test(before) &&
    /^\s*pre-?treatment\b/i.test(text.slice(span.end, span.end + 20))
  )
    return true;
  // "patients with elevated triglycerides on statin therapy": what they already take
  if (
    /(?<!\b(?:based|focus\w*|depend\w*|rel(?:y|ies|ying)|effects?|impact|start\w*|switch\w*|put|placed)\s)\bon\s+$/i.test(
      before,
    )
  )
    return true;
  // "depending on the patient's ability to test, ..., use of oral agents or insulin, and overall
  // care plan": a factor the advice depends on
  const factors = /\bdepending on\b([^.;:]{0,160},[^.;:]*)$/i.exec(
    text.slice(Math.max(0, span.start - 180), span.start),
  );
  const listed = factors?.[1]!.replace(/\buse of\b/gi, '') ?? '';
  if (factors && !FOR.test(listed) && !AGAINST.test(listed)) return true;
  // "Corticosteroid-dependent: ongoing need for prednisone >5 mg/day ...": a definition
  // "Optimised standard therapy is defined as ... compliance with ... theophyllines": too
  if (
    /^\W*[\w-]+-(?:dependent|refractory|resistant|naive|naïve)\s*:/i.test(
      sentenceBefore(text, span.start),
    ) ||
    /\b(?:is|are) defined as\b/i.test(sentenceBefore(text, span.start))
  )
    return true;
  // "consume natural foods high in monounsaturated fat, such as olive oil": a food
  if (
    /\bfoods?\b[^.;]{0,60}\bsuch as\s+$/i.test(
      text.slice(Math.max(0, span.start - 100), span.start),
    )
  )
    return true;
  // "Perform vasoreactivity testing ... using inhaled NO, inhaled iloprost, or IV epoprostenol"
  if (
    /\b(?:testing|tests?)\b[^.;]{0,60}?\busing\s+[^.;]{0,50}$/i.test(
      text.slice(Math.max(0, span.start - 120), span.start),
    )
  )
    return true;
  // "US H. pylori antibiotic resistance: clarithromycin 20–30%, ...; amoxicillin ... <5%"
  if (
    /\bresistance(?: rates?)?\s*:[^.]*$/i.test(
      text.slice(Math.max(0, span.start - 200), span.start),
    )
  )
    return true;
  // "Carisoprodol should not be used as its active metabolite, meprobamate, is commonly abused":
  // named as what another drug becomes
  if (/\bmetabolites?\s*,?\s*(?:\([^()]*)?$/i.test(before)) return true;
  // "an option ... following treatment with intraarticular injection (level C), NSAID monotherapy
  // (level C), an IL-1 inhibitor (level D), or tocilizumab", "patients who had tried ... a DMARD in
  // combination with an IL-1 inhibitor, ..., or abatacept": a longer list of what came before,
  // with no recommendation inside it
  const earlier =
    /\b(?:(?:following|after)\s+(?:(?:initial|prior|previous|first-line)\s+)?(?:treatment|therapy)\s+with|(?:who|that)\s+(?:have|has|had)\s+(?:already\s+|previously\s+)?tried)\s+([^.;:]{0,160})$/i.exec(
      text.slice(Math.max(0, span.start - 200), span.start),
    );
  if (
    earlier &&
    !FOR.test(earlier[1]!) &&
    !AGAINST.test(earlier[1]!) &&
    // the list ends before a new verb ("... who have failed ..., X and Y be selected from Z")
    !/\b(?:be|is|are|was|were|should|must|may|can)\b/i.test(earlier[1]!)
  )
    return true;
  // "Patients being treated for zinc deficiency or using supplemental zinc": a second description
  // of the patients, joined by "or"
  const joined =
    /\b(?:patients?|people|adults|children|women|men|those|individuals)\b([^.;:]{0,100})\b(?:or|and)\s+(?:who\s+(?:are\s+)?)?(?:using|taking|receiving|on)\s+(?:[\w-]+\s+){0,2}$/i.exec(
      text.slice(Math.max(0, span.start - 160), span.start),
    );
  if (joined && !FOR.test(joined[1]!) && !AGAINST.test(joined[1]!)) return true;
  // "NSAIDs ... because they reduce the need for opioids": what another drug spares
  if (
    /\b(?:reduc|decreas|minimi[sz]|lower|spar)\w*\s+(?:the\s+)?(?:need|requirements?)\s+(?:for|of)\s+$/i.test(
      before,
    )
  )
    return true;
  // "... and thus tobramycin therapy would otherwise be considered": what would be used instead;
  // "only if: • Further cyclophosphamide treatment would exceed the maximum cumulative dose"
  if (
    /^\s*(?:(?:therapy|treatment)\s+would|(?:(?:therapy|treatment)\s+)?would otherwise)\b/i.test(
      text.slice(span.end, span.end + 40),
    )
  )
    return true;
  // "Aflibercept in combination with irinotecan and fluorouracil-based therapy is not recommended":
  // an appraisal turns down the drug it opens with, not the backbone it is given with
  if (
    /^\s*[A-Z][\w-]*(?:\s+[\w-]+){0,3},?\s+(?:\([^()]*\),?\s+)?in combination with\s+[^.;]{0,80}$/.test(
      sentenceBefore(text, span.start),
    ) &&
    /^[^.;]*?\b(?:is|are) not recommended\b/i.test(text.slice(span.end))
  )
    return true;
  // "calcitriol and vitamin D analogs": the analogues are other drugs (insulin analogues are insulin)
  if (
    /^\s+analog(?:ue)?s?\b/i.test(text.slice(span.end, span.end + 12)) &&
    !/insulin/i.test(text.slice(span.start, span.end))
  )
    return true;
  // "adults ... for whom insulin therapy would have significant occupational implications": a
  // condition about the drug, not a call on it
  if (
    /\b(?:for|in) whom\s+(?:the\s+)?$/i.test(before) &&
    /^\s*(?:(?:therapy|treatment|use)\s+)?(?:would|could|might|will)\b/i.test(
      text.slice(span.end, span.end + 40),
    )
  )
    return true;
  // Named as the reason for another drug ("consider atorvastatin 20 mg as statins may be of
  // benefit"): the rationale, not the recommendation.
  if (/(?<!such\s|well\s)\b(?:as|because|since)\s+$/i.test(before)) return true;
  // Named in a list of substances a patient may use ("other substances (e.g., marijuana, cocaine")
  if (
    /\b(?:substances?|illicit drugs?|drugs of abuse|recreational drugs?)\s*\((?:e\.g\.,?|such as|including)?[^)]*$/i.test(
      before,
    )
  )
    return true;
  // Named in a parenthesis of examples after the patients' own drugs ("in those using
  // antiretroviral agents associated with lipoatrophy (currently stavudine and zidovudine)").
  const open = text.lastIndexOf('(', span.start);
  if (open >= 0 && !text.slice(open, span.start).includes(')')) {
    const lead = text.slice(Math.max(0, open - 120), open);
    if (
      !/[.;]\s/.test(lead.slice(-60)) &&
      (/\b(?:those|patients|people|individuals|adults|children|women|men)\s+(?:who\s+are\s+)?(?:using|taking|on|receiving)\b/i.test(
        lead,
      ) ||
        // "patients ... who are candidates ... and will receive combination chemotherapy (including"
        /\bwho\b[^.;()]{0,100}\bwill\s+(?:receive|be\s+(?:treated|receiving))\b/i.test(lead))
    )
      return true;
  }
  // "consider adding lamivudine to tenofovir disoproxil", "adding a sulfonylurea, a TZD, ... or a
  // DPP-4 inhibitor to metformin", "the addition of an oral NSAID to paracetamol", "addition of
  // insulin to the treatments of changes in diet, exercise and metformin": what is added to is what
  // they take
  if (
    /\b(?:add(?:ing|ed)?|addition of)\s+[^.;:]{0,200}?\bto\s+(?:(?:[\w-]+\s+){0,2}|[\w-]+\s*[+/]\s*|(?:(?:the|their|her|his|existing|current|ongoing)\s+)*(?:treatments?|therapy|therapies|regimens?)\s+(?:of|with)\s+[^.;:]{0,80})$/i.test(
      text.slice(Math.max(0, span.start - 240), span.start),
    )
  )
    return true;
  const after = text.slice(span.end, span.end + 60);
  // "opioid/glucocorticoid use": the name runs on through a slash to the word "use".
  const slashRun = /^(?:\/[\w-]+)+\s+use\b/i.test(after);
  if (BACKGROUND_AFTER.test(after) || slashRun) return true;
  // Listed among what another drug is contraindicated with ("... contraindicated with ..., MAOI use").
  if (
    /\bcontraindicated (?:with|in)\b[^.;]*$/i.test(
      text.slice(Math.max(0, span.start - 200), span.start),
    )
  )
    return true;
  const background = BACKGROUND_BEFORE.exec(before);
  // The words between may be a list ("receiving metformin, sulfonylureas or insulin"), but not
  // a new phrase after a comma ("due to cancer, treatment with an anticonvulsant (e.g., …").
  return (
    !STARTS.test(before) &&
    background !== null &&
    !/,\s.*\b(?:with|for|who|which|that|if|when|is|are|should|may|can|prefer|use|consider|offer|give|start|add|avoid|treat|the)\b/i.test(
      background[1]!,
    )
  );
}

const POPULATION =
  /\b(?:patients?|people|persons?|adults?|children|infants|neonates|women|men|(?:fe)?males|individuals|those|survivors|recipients|users)\b/gi;
const DESCRIBES =
  /\b(?:who|whom|whose|responding|receiving|taking|having|treated|using|while|unresponsive|refractory|resistant|intolerant|exposed|undergoing|despite|following|on)\b/gi;

/**
 * Named inside the description of the patients ("patients who are having antiplatelet agents",
 * "patients who develop neutropenia while receiving pegylated IFN and ribavirin", "episodes ...
 * unresponsive to antiplatelet therapy"): a relative or participial phrase after a word for
 * the patients, with no recommendation and no clause break between it and the drug's list.
 */
function inPatientDescription(text: string, span: Span): boolean {
  const clause = clauseAt(text, span.start);
  if (!clause) return false;
  const listed =
    clause.start + listStart(clause.text, span.start - clause.start, span.end - clause.start);
  const before = text.slice(clause.start, listed);
  // the last relative or participial word before the drug ("who", "while receiving", "on")
  const marker = [...before.matchAll(DESCRIBES)].pop();
  if (!marker) return false;
  const people = [...before.slice(0, marker.index).matchAll(POPULATION)].pop();
  if (!people || marker.index - people.index > 160) return false;
  // "individuals who use opioids or who have an anticipated need for opioids": an earlier
  // relative clause joined to this one is description too, not the recommendation
  // ... and the participle itself is description ("patients treated with X"), not a call (unless
  // it is the call: "patients ... should be treated with X")
  const between =
    before
      .slice(people.index + people[0].length, marker.index)
      .replace(/\b(?:who|whom|whose)\b[^,;]*?\b(?:or|and)\s+$/i, '') +
    (/\b(?:be|been|being|are|is)\s+$/i.test(before.slice(0, marker.index))
      ? before.slice(marker.index)
      : before.slice(marker.index).replace(/^treated\s+with\b/i, ' '));
  const described = before.slice(marker.index);
  return (
    described.length <= 100 &&
    !/[,;:]/.test(described) &&
    !FOR.test(between) &&
    !AGAINST.test(between) &&
    // "patients initiating methadone" is the recommendation; "patients who deteriorate after
    // starting anticoagulant therapy" describes them
    !STARTS.test(between.replace(/\bafter\s+(?:start|initiat)\w*/gi, ''))
  );
}

/**
 * Inside the reason given before a recommendation ("Due to the toxicity associated with excess of
 * treatment with glucocorticoids, the GDG does not recommend ... prednisone").
 */
export function inLeadingRationale(text: string, span: Span): boolean {
  return /^\s*(?:due to|because of|owing to|in view of|given)\b[^,;]*$/i.test(
    sentenceBefore(text, span.start),
  );
}

/** The sentence (or the part after its last semicolon) up to `pos`. */
function sentenceBefore(text: string, pos: number): string {
  return text
    .slice(0, pos)
    .split(/[.;]\s/)
    .pop()!;
}

/** The head noun a mention is an example of ("an anticonvulsant (e.g., pregabalin"), if any. */
function exampleHead(text: string, span: Span): Span | null {
  const listed = listStart(text, span.start, span.end);
  const ex = EXAMPLES.exec(text.slice(0, listed));
  if (!ex) return null;
  const head = /(?:[\w-]+\s+)?[\w-]+\s*$/.exec(text.slice(0, ex.index));
  return head ? { start: head.index, end: ex.index } : null;
}

/** A mention that names the drug as such, not a lab value or a disorder named after it. */
export function namesTheDrug(text: string, span: Span): boolean {
  return (
    // "Deficiencies to be considered for testing should include ... iron, folic acid"
    !/\bdeficienc(?:y|ies)\b[^.;]{0,80}\binclude\b[^.;]*$/i.test(
      text.slice(Math.max(0, span.start - 160), span.start),
    ) &&
    !NOT_THE_DRUG_AFTER.test(text.slice(span.end, span.end + 40)) &&
    // "Lactate: elevated > 2 mmol/L supports ...": a heading over a lab value
    !/^\s*:\s*(?:elevated|raised|increased|decreased|reduced|low|high|normal)\s*[<>≥≤]/i.test(
      text.slice(span.end, span.end + 24),
    ) &&
    !NOT_THE_DRUG_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) &&
    // "measure calcium, phosphate, parathyroid hormone (PTH) and vitamin D levels": one of a
    // list of lab values
    !/^(?:\s*\([^()]{0,12}\))?(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)*\s*,?\s+(?:and|or)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:levels?|concentrations?)\b/i.test(
      text.slice(span.end, span.end + 80),
    ) &&
    // "Unexplained iron, vitamin B12 or folate deficiency": one of a list of deficiencies
    !/^(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)*\s*,?\s+(?:or|and)\s+[\w-]+(?:\s+[\w-]+)?\s+deficienc/i.test(
      text.slice(span.end, span.end + 80),
    ) &&
    // "A low-dose dobutamine stress study that shows ... at any dobutamine dose": the same name
    // already named as a test in the sentences before is the test's agent here too
    !namedAsTest(text, span) &&
    // "5-ASA" is 5-aminosalicylic acid, not ASA (aspirin); "5-fluorouracil" is the drug
    !(/\b\d-$/.test(text.slice(0, span.start)) && /^[A-Z]+$/.test(text.slice(span.start, span.end)))
  );
}

/** Heads whose examples are the patients' situation, not what is recommended. */
const SITUATION_HEADS =
  'immunosuppression|risk factors?|comorbidit\\w*|causes?|precipitants?|triggers?|cofactors?|co-factors?';
const SITUATION_HEAD = new RegExp(`\\b(?:${SITUATION_HEADS})\\s*$`, 'i');
/** Inside a bracket of such examples (found where the list reader stops, at "[NSAID]"). */
const IN_SITUATION_EXAMPLES = new RegExp(
  `\\b(?:${SITUATION_HEADS})\\s*\\(\\s*(?:e\\.g\\.|eg|such as|including)[^()]*$`,
  'i',
);

/**
 * The drug is what the statement is about at this mention: not the patients' background, not a
 * condition ("if metformin is contraindicated, consider insulin"), not a cross-reference
 * ("see Maternal Corticosteroids below").
 */
export function isSubjectMention(text: string, span: Span): boolean {
  if (isBackground(text, span) || inCitation(text, span) || inPatientDescription(text, span))
    return false;
  // "induced by known precipitants (such as alcohol, caffeine)": examples share their head's place
  const head = exampleHead(text, span);
  if (head && (isBackground(text, head) || inPatientDescription(text, head))) return false;
  const sentence = sentenceBefore(text, span.start);
  // "The evidence review considered the following drugs: darifenacin, ...": what was reviewed
  if (/\b(?:review|evidence)\b[^.;]{0,40}\bconsidered the following\b[^.;]*$/i.test(sentence))
    return false;
  // "EPO should be considered ... to prevent curtailment or dose reduction of ribavirin": the
  // purpose of another drug; "seizures that cannot be reversed by naloxone": a reason given
  const justBefore = text.slice(Math.max(0, span.start - 80), span.start);
  if (
    /\b(?:prevent\w*|avoid\w*)\s+(?:the\s+)?(?:curtailment|interruption|discontinuation|cessation|dose reductions?)(?:\s+or\s+(?:dose\s+)?(?:reductions?|curtailment|interruption|discontinuation))?\s+of\s+$/i.test(
      justBefore,
    ) ||
    /\b(?:cannot|can not|can't|could not|not)\s+be\s+(?:reversed|antagonized)\s+by\s+$/i.test(
      justBefore,
    )
  )
    return false;
  // "Compared to clonidine, guanfacine appears to ...": the comparison's reference; so is the
  // drug another is said to equal ("While propofol has similar efficacy to midazolam, it ...")
  if (
    /^\s*(?:compared (?:to|with)|relative to|unlike)\s+(?:[\w-]+\s+){0,3}$/i.test(sentence) ||
    /\b(?:similar|comparable|equivalent|equal)\s+(?:(?:efficacy|effectiveness|effects?)\s+)?(?:to|with)\s+$/i.test(
      text.slice(Math.max(0, span.start - 60), span.start),
    )
  )
    return false;
  // "the SNRIs were not part of the guideline ...": what the guideline left out
  if (
    /^[^.;]{0,40}?\b(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:part of|included|considered|evaluated|reviewed|assessed|addressed)\b/i.test(
      text.slice(span.end, span.end + 100),
    )
  )
    return false;
  // "patients with a history of a bleeding disorder, severe renal failure, use of an antiplatelet
  // agent, ...": a listed risk factor
  if (
    /\b(?:patients?|those|people|individuals)\s+with\s+(?:a\s+)?(?:history|risk factors?)\b[^.;:]{0,160},\s*(?:(?:current|concomitant|prior|recent|chronic)\s+)?use of\s+(?:an?\s+|the\s+)?$/i.test(
      text.slice(Math.max(0, span.start - 240), span.start),
    )
  )
    return false;
  // "Medications that can cause nocturnal polyuria symptoms include calcium channel blockers":
  // a list of causes; "Refractory ascites diagnosis: failure of spironolactone ... + furosemide":
  // what makes the diagnosis (a dose threshold headed "definition:" stays about the drug)
  if (
    /\b(?:medications?|medicines|drugs?|agents?)\s+(?:that|which)\s+(?:can |may |might |commonly )?(?:cause|induce|worsen|exacerbate|precipitate)\b[^.;:]{0,80}\binclude\b[^.;]*$/i.test(
      sentence,
    ) ||
    /^\s*[^:.;]{0,60}\bdiagnosis\s*:[^:]*$/i.test(sentence)
  )
    return false;
  // "in addition to the first-line agent for T2DM and obesity, metformin.": the drug named as an
  // apposition to what the recommendation is added to
  if (
    /\bin addition to\b[^.;()]{0,60},\s*$/i.test(sentence) &&
    /^\s*(?:\(|\.|;|$)/.test(text.slice(span.end, span.end + 3))
  )
    return false;
  // "only for patients with chronic opioid use greater than 60 MME daily": what the patients
  // already take
  if (
    /\b(?:patients?|people|persons|individuals|those|adults|children|women|men)\s+with\s+(?:(?:chronic|long-term|prior|previous|current|recent|ongoing|daily|regular|heavy|high-dose|prolonged)\s+){0,2}$/i.test(
      text.slice(Math.max(0, span.start - 80), span.start),
    ) &&
    /^\s+(?:use|exposure)\b/i.test(text.slice(span.end, span.end + 12))
  )
    return false;
  // "adults 40–59 being considered for aspirin": who the estimate is for ("being considered for
  // first-line therapy with gefitinib" after a test stays: a test before the drug concerns it)
  if (/\bbeing considered for\s+$/i.test(text.slice(Math.max(0, span.start - 40), span.start)))
    return false;
  // "Fentanyl is a highly potent, lipophilic synthetic opioid that ...": the class names what the
  // drug before it is, not what is recommended
  if (
    /(?:^|[:.]\s*)\s*[A-Z][\w-]+(?:\s+\([^()]{0,40}\))?\s+(?:is|are)\s+an?\s+(?:(?!(?:to|for|with|than|of|over)\b)[\w,-]+\s+){0,4}$/.test(
      sentenceBefore(text, span.start),
    )
  )
    return false;
  // "resistance (i.e., history of prior exposure or primary non-response) to lamivudine,
  // entecavir, adefovir or telbivudine": a long bracket puts the list beyond the background window
  if (
    /\b(?:resistance|resistant)\s*\([^()]{0,120}\)\s+to\s+(?:(?:or|and)\s+)?(?:[\w-]+,?\s+(?:(?:or|and)\s+)?){0,4}$/i.test(
      text.slice(Math.max(0, span.start - 200), span.start),
    )
  )
    return false;
  // "Caution: Relative contraindications include anticoagulant therapy and bleeding disorders"
  if (
    /\bcontraindications?\s+(?:include|are|such as)\s+(?:[\w-]+\s+){0,2}$/i.test(
      text.slice(Math.max(0, span.start - 80), span.start),
    )
  )
    return false;
  // "POCT may help identify coagulopathy or antiplatelet agent use": what a test finds
  if (
    /\b(?:identify|identifying|detect|detecting|screen(?:ing)? for|ask(?:ing)? about|document(?:ing)?)\b[^.;:]{0,60}$/i.test(
      text.slice(Math.max(0, span.start - 80), span.start),
    ) &&
    /^\s+(?:agents?\s+|drugs?\s+|medications?\s+)?use\b/i.test(text.slice(span.end, span.end + 24))
  )
    return false;
  // "PJP prophylaxis triggered by cyclophosphamide, rituximab (...), or prednisone >20 mg/day plus
  // MTX/AZA/MMF": everything in what triggers it
  if (/\btriggered by\b[^.;:]*$/i.test(sentence)) return false;
  // "adults ... who are currently taking an angiotensin-converting enzyme (ACE) inhibitor or an
  // angiotensin II–receptor blocker": every name in what they are already taking
  if (
    /\b(?:currently|already)\s+(?:taking|on)\b(?![^.;:,]*\b(?:should|must|may|might|can|recommend\w*|suggest\w*|consider\w*|offer\w*)\b)[^.;:,]{0,90}$/i.test(
      sentence,
    )
  )
    return false;
  // "In a multi-centre, randomized trial comparing ... porfimer sodium plus a PPI versus a PPI
  // alone": the arms of a trial described as evidence
  if (/\b(?:trial|study)\b[^.;]{0,40}\bcomparing\b[^.;]*$/i.test(sentence)) return false;
  // "the potential augmenting role of cofactors (e.g., exercise, nonsteroidal anti-inflammatory
  // drug [NSAID], omeprazole, alcohol intake)": inside a bracket of examples of such a head
  if (IN_SITUATION_EXAMPLES.test(text.slice(Math.max(0, span.start - 200), span.start)))
    return false;
  // "Underlying immunosuppression (including malignancy, chemotherapy, corticosteroid therapy"
  if (head && SITUATION_HEAD.test(text.slice(head.start, head.end))) return false;
  // "Immunocompromise thresholds excluded from these guidelines: corticosteroids >20 mg/day",
  // "patients who meet all of the following criteria: first-line treatment with gemcitabine":
  // what criteria or exclusions list is not recommended; "... daily during pregnancy if they are:
  // • On diet ... or • Taking ... insulin": the patients the advice is for
  if (
    /(?:\b(?:criteria|excluded|exclusions?|definitions)\b[^:,]{0,40}|\brisk factors?\s*|\bif (?:they|he|she|the (?:person|patient|woman|man)|patients?|people|women|men) (?:is|are|has|have)(?: any of the following)?\s*|\bwho (?:have |has )?(?:had|received|undergone) the following\b[^:.;]{0,200}):[^:]*$/i.test(
      sentence,
    )
  )
    return false;
  const clause = clauseAt(text, span.start);
  if (!clause) return true;
  const before = text.slice(clause.start, span.start);
  const lead = CONDITION_LEAD.exec(clause.text);
  const inLead = lead !== null && span.start < clause.start + lead[0].length;
  // "If metformin is contraindicated ...": the drug's failure is the condition, not the subject;
  // "When opioids are started ..." or "when prescribing opioids" is about the drug.
  const condition = inLead ? lead[0] : (CONDITION_INSIDE.exec(before)?.[0] ?? null);
  const rest = /^[^,;:]*/.exec(text.slice(span.end, clause.end))![0];
  if (condition && FAILURE.test(`${condition} ${rest}`)) return false;
  // "if laxatives, loperamide or antispasmodics have not helped", "where warfarin or one of the
  // alternative new anticoagulants has been declined": a failed drug in a condition's list
  const near = text.slice(Math.max(0, span.start - 80), span.start);
  if (
    (/\b(?:if|when)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+,\s+)+(?:(?:or|and)\s+)?$/i.test(near) ||
      /\bwhere\s+(?:[\w-]+\s+){0,8}$/i.test(near)) &&
    FAILURE.test(rest) &&
    !/[.;:]/.test(near.replace(/^.*\b(?:if|when|where)\b/is, ''))
  )
    return false;
  // "Rituximab ... is recommended ... only if: • Further cyclophosphamide treatment would exceed the
  // maximum cumulative cyclophosphamide dose or • ...": the bullets after "only if:" are conditions
  if (/\bonly\s+if\s*:\s*•[^.]*$/i.test(text.slice(Math.max(0, span.start - 400), span.start)))
    return false;
  // "... only if: • A sulfonylurea is contraindicated or not tolerated", also in a later bullet
  // ("only if: • A DPP-4 inhibitor would otherwise be prescribed and • A sulfonylurea ... is not
  // appropriate")
  if (
    /\b(?:if|unless|when)\s*:\s*(?:[^.:]*•\s*)?(?:•\s*)?(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:or|and)\s+)?$/i.test(
      text.slice(Math.max(0, span.start - 300), span.start),
    ) &&
    FAILURE.test(rest)
  )
    return false;
  if (
    condition &&
    !/^\W*(?:when|if|once|while|before|after)\s+(?:\w+ing|[\w-]+ (?:is|are) (?:started|used|prescribed|given|initiated))\b/i.test(
      condition,
    ) &&
    !inLead
  )
    return false;
  if (
    /\(\s*see\b[^)]*$/i.test(before) ||
    // 'offer treatment as described in "Tocolysis" and "Maternal Corticosteroids" below'
    /\b(?:described|outlined|detailed) (?:in|under)\s+[^.;]{0,60}["“][^"”]*$/i.test(before) ||
    // 'See "Primary Prevention ..." below for advice on treatment with statins'
    /^\s*see\b/i.test(clause.text) ||
    /\b(?:added|add-on) to\s+(?:[\w/-]+\s+){0,2}$/i.test(before) ||
    // "offer them pharmacotherapy in line with ... Varenicline for smoking cessation (NICE
    // technology appraisal guidance 123)": the title of another guidance
    (/\bin line with\b[^.;]{0,120}$/i.test(before) &&
      /^[^.;]{0,80}\b(?:guidance|guideline)\b/i.test(text.slice(span.end, span.end + 100))) ||
    // "... analogous to those in the ... CPIC guideline for CYP2D6 and CYP2C19 genotypes and
    // dosing of selective serotonin reuptake inhibitors": a cross-reference by title
    /\b(?:guidelines?|guidance) (?:for|on) [^.;,:()]{0,80}$/i.test(before) ||
    // "... NICE technology appraisal guidance 155, Ranibizumab and pegaptanib for the treatment of
    // age-related macular degeneration": the title after the guidance's number
    /\b(?:guidance|guideline|appraisal)\s+(?:no\.?\s*)?\d+\s*,\s+[^.;()]{0,80}$/i.test(before) ||
    fromTitleOnly(text, span)
  )
    return false;
  return true;
}

/**
 * "Peginterferon alfa-2a is recommended ... (this recommendation is from Adefovir dipivoxil and
 * peginterferon alfa-2a for the treatment of chronic hepatitis B [NICE technology appraisal
 * guidance 96])": a drug named only in the title the recommendation comes from, when the
 * recommendation names its own subject. (A statement that has lost its subject, "is recommended
 * ... (This recommendation is from 'Rituximab for ...')", is still about the drug of the title.)
 */
function fromTitleOnly(text: string, span: Span): boolean {
  const at = text
    .slice(0, span.start)
    .search(/\b(?:this recommendation is (?:adapted )?from|adapted from)\s+[^.;()[\]]{0,120}$/i);
  if (at < 0) return false;
  const lead = text.slice(0, at);
  const name = text.slice(span.start, span.end).toLowerCase();
  return (
    /^\s*[A-Za-z][^.;]*?\b(?:is|are) recommended\b/.test(lead) && !lead.toLowerCase().includes(name)
  );
}

const FAILURE =
  /\b(?:not (?:effective|tolerated|suitable|appropriate|working)|ineffective|contraindicated|fail\w*|intoleran\w*|poorly tolerated|inadequate\w*|insufficient\w*|not sufficient|unavailable|not available|declined|refused|unresponsive|resistan\w*|dose of|has not|have not|did not|does not)\b/i;

// Names of substances the body makes or that are lab values: in guideline prose they are the
// drug only with a dose or a form beside them ("glucose monitoring", "thyroid ultrasound").
const SUBSTANCES = new Set([
  'plasminogen',
  'sorbitol',
  'inulin',
  'iohexol',
  'serotonin',
  'glucose',
  'dextrose',
  'thyroid',
  'dopamine',
  'histamine',
  'oxygen',
  'water',
  'alcohol',
  'caffeine',
  'fibrinogen',
  'lipase',
  'amylase',
  'fructose',
  'sucrose',
  'lactose',
  'albumin',
  'urea',
  'cholesterol',
  'creatinine',
  'starch',
]);
const DRUG_FORM =
  /^[^.;]{0,40}?\b(?:\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|µg|units?|%|mL)(?!\/d?L)|tablets?|concentrates?|infusion|injection|intravenous|IV|orally|supplement\w*)\b/i;

/** A bare substance word counts as its drug only with a dose or a form beside it. */
export function substanceAsDrug(text: string, span: Span, drugId: string): boolean {
  if (!SUBSTANCES.has(drugId)) return true;
  // "Alcohol limit: 1–2 drinks/day": how much of it to take in daily life, not a drug given
  if (/^\s+(?:limits?|intake)\b/i.test(text.slice(span.end, span.end + 12))) return false;
  return DRUG_FORM.test(text.slice(span.end, span.end + 60));
}

/** Inside a reference in brackets ("(Rowe et al., 1960; "Effect of enalapril," 1992)"). */
function inCitation(text: string, span: Span): boolean {
  const open = text.lastIndexOf('(', span.start);
  if (open < 0 || text.lastIndexOf(')', span.start) > open) return false;
  const close = text.indexOf(')', span.end);
  const inside = text.slice(open, close < 0 ? undefined : close);
  return /\bet al\b|\b(?:19|20)\d{2}\b[^)]*;|"[^"]*,"\s*(?:19|20)\d{2}/.test(inside);
}

/**
 * Whether a statement is about the drug named at these spans: some span names it as what the
 * statement is about. A drug the patients cannot take, named again only as what another drug
 * replaces ("intolerant to ACE inhibitors, an ARB instead of an ACE inhibitor"), is background.
 */
export function concernsDrug(text: string, spans: Span[]): boolean {
  const subjects = spans.filter(
    (span) => isSubjectMention(text, span) && isRecommendationArgument(text, span),
  );
  if (!subjects.length) return false;
  const replacedOnly = subjects.every((span) =>
    /\b(?:instead of|rather than|in place of|replac\w*)\s+(?:an?\s+|the\s+)?$/i.test(
      text.slice(Math.max(0, span.start - 40), span.start),
    ),
  );
  return !(replacedOnly && subjects.length < spans.length);
}

// ---- The drug as an argument of the recommendation ----
// Phrase rules for what is *not* about the drug (background, tests, timing, rationale) did not
// converge on unseen statements: each new sample brought a wording none had met. So a mention
// must also pass a positive, structural test: the recommendation acts on it. That is, an action
// word governs it (the way a for/against cue must govern a drug to tag it, with no test, level
// or timing word between), or it is the clause's subject, a list item under an acting opening,
// an example of a class the recommendation acts on, or it carries a dose.
// Words that act on a treatment: the recommendation's verbs, and the nouns and adjectives
// a statement uses to place a treatment ("the recommended regimen is", "first choice", "harmful").
const ACTION =
  /\b(?:stop(?:ping)?|switch(?:ing)?|reserve[ds]?|taper(?:ing)?|continu\w*|maintain\w*|supplement|follow|choose|select\w*|match|provided?|deliver(?:ed)?|prescri\w*|initiat\w*|start(?:ing|ed)?|begin|treatment|therapy|regimens?|agents?|options?|choices?|alternatives?|preferred|favou?ring|harmful|helpful|safe|efficacious|effective|improves?|reduces?|supported|applies to|limited to|overlap|add(?:ing|ed)?|giv(?:e|en|ing)|administ\w*|used?|dos(?:e|es|ing|age)|course|combination|prophylaxis|premedication|pre-medication|pretreatment|revers\w*|role|indicated|suggest\w*|recommend\w*|consider\w*|offer\w*|avoid\w*|tak(?:e|ing)|consum\w*|receiv\w*|ingest\w*|adjust\w*|titrat\w*|inject\w*)\b/i;
const DOSE_AFTER =
  /^[\s,(]*(?:[-/]?[A-Za-z][\w-]*\s*){0,3}:?\s*[≥≤<>]?\s*\d+(?:[.,/]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:mg|g|mcg|µg|μg|units?|IU|mL|%)\b/i;
const DOSE_BEFORE =
  /\d\s*(?:mg|g|mcg|µg|μg|units?|IU)(?:\/(?:day|d|kg))?\s+(?:of\s+)?(?:[\w-]+\s+){0,2}$/i;
const IMPERATIVE =
  /^\s*(?:(?:also|routinely|only|always|then)\s+)?(?:offer|give|consider|prescribe|use|start|initiate|administer|add|treat|provide|recommend)\b/i;
const SUBJECT_LEAD =
  /^\s*(?:(?:the|a|an|oral|intravenous|IV|low[- ]dose|high[- ]dose|daily|routine|combination|adjunctive|empiric(?:al)?|prophylactic|topical|systemic|inhaled|short-term|long-term|continuous|intermittent|buccal|intravesical|pulse|prescription|\w+ly)\s+)*(?:(?:use|administration|co-?administration|treatment|therapy|initiation|combination|addition|continuation|dose|dosing|dosage|prophylaxis|supplementation|pretreatment|premedication|infusion|prescription|course)\s+(?:of|with)\s+(?:[\w-]+\s+){0,2})?$/i;
const CLAUSE_WORDS =
  /\b(?:for|in|to|of|who|which|that|if|when|because|as|after|before|during|by|from|on|at|than|is|are|was|were|be|been|has|have|patients?|should|may|can|with)\b/i;
const EXAMPLES =
  /(?:[([]\s*(?:e\.g\.|eg|i\.e\.|such as|including|specifically|for example|currently)?,?|\bsuch as|\be\.g\.,?|\bincluding|\bfor example,?|\bspecifically|\bnamely|\blike)\s*$/i;

/** Where a list of names that ends at `pos` starts ("A, B, or C": the start of A). */
function listStart(text: string, pos: number, end: number): number {
  let start = pos;
  // a prefix of the text, so positions in it are positions in the text
  let rest = text.slice(0, pos).replace(/\b(?:a|an|the|either|both)\s+$/i, '');
  for (let i = 0; i < 8; i++) {
    const sep = /(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and|plus|and\/or)\s+|\s*[/+±]\s*)$/i.exec(rest);
    if (!sep) break;
    // a bare comma before the first name is a list only if the list goes on after it
    // ("A, B, or C"), not a clause break ("..., statins should be continued")
    if (
      i === 0 &&
      /^,\s*$/.test(sep[0]) &&
      !/^(?:\s+(?!(?:or|and|whether|if|when|who|which|that|unless|because|is|are|should|may|can)\b)[\w-]+){0,2}\s*(?:\([^)]*\)\s*)?(?:,|\bor\b|\band\b|\/|\+|\))/i.test(
        text.slice(end, end + 60),
      )
    )
      break;
    // "(e.g., pregabalin, gabapentin": the examples' opening is not a word of the first item
    const head = rest
      .slice(0, sep.index)
      .replace(/\b(?:e\.g|i\.e)\.?,?\s*$/i, (m) => ' '.repeat(m.length));
    // the item: up to three words back; a word that starts a phrase or clause ("with
    // pegylated IFN and ribavirin") ends the list just after it
    const words = [...head.matchAll(/[\w-]+\)?/g)].slice(-3);
    const cut = words.findLastIndex((w) => CLAUSE_WORDS.test(w[0]));
    const item = words.slice(cut + 1);
    const last = item[item.length - 1];
    if (!last || last.index + last[0].length !== head.length) break;
    start = item[0]!.index;
    if (cut >= 0) break;
    rest = head.slice(0, start);
  }
  return start;
}

/** The recommendation acts on the drug named at `span` (see above). */
export function isRecommendationArgument(text: string, span: Span): boolean {
  const all = clauses(text);
  const k = all.findIndex((c) => span.start >= c.start && span.start < c.end);
  if (k < 0) return false;
  // "...; or metronidazole plus gentamicin": a clause that opens with "or" goes on the one before
  const clause =
    k > 0 && /^\s*(?:or|and)\b/i.test(all[k]!.text)
      ? {
          start: all[k - 1]!.start,
          end: all[k]!.end,
          text: text.slice(all[k - 1]!.start, all[k]!.end),
        }
      : all[k]!;
  const ct = clause.text;
  let rel = { start: span.start - clause.start, end: span.end - clause.start };
  // "treatment with carmustine wafer ... may influence eligibility in some clinical trials"
  if (
    /^[^.;]{0,80}?\b(?:may|might|could|can|will)\s+(?:influence|affect|impact|limit)\s+(?:eligibility|enrol\w*|participation)\b/i.test(
      ct.slice(rel.end),
    )
  )
    return false;
  if (DOSE_AFTER.test(ct.slice(rel.end, rel.end + 40))) return true;
  // "400 μg/day of folic acid"
  if (DOSE_BEFORE.test(ct.slice(Math.max(0, rel.start - 40), rel.start))) return true;
  // "Offer all people who have had an MI ..., a beta-blocker": an imperative's object may come
  // after a long description of the patients
  const opening = IMPERATIVE.exec(ct);
  if (
    opening &&
    !NOT_AN_ARGUMENT.test(ct.slice(opening[0].length, rel.start)) &&
    rel.start - opening[0].length <= 220 &&
    !/[;:]/.test(ct.slice(0, rel.start))
  )
    return true;
  // Every word in the clause that acts on a treatment; one governing the position acts on it.
  const cues = [FOR, AGAINST, NO_CALL, ACTION].flatMap((re) => cueSpans(ct, re));
  const actedOn = (at: Span) => nearestCue(ct, cues, [at], true, true).distance < Infinity;
  for (let hop = 0; hop < 2; hop++) {
    const start = listStart(ct, rel.start, rel.end);
    const cond = CONDITION_LEAD.exec(ct);
    const lead = cond && cond[0].length <= start ? cond[0].length : 0;
    const at = { start, end: rel.end };
    if (SUBJECT_LEAD.test(ct.slice(lead, start))) {
      // "X should be ...", "Treatment with X ...": the clause's subject
      if (/[a-z]{2}/i.test(ct.slice(rel.end))) return true;
      // "• Fluoxetine": a list item, about what the words that open the list say
      const earlier = text.slice(0, clause.start);
      if (/(?:•|:)\s*$/.test(earlier) || earlier.slice(-3).includes('•')) {
        const firstBullet = earlier.indexOf('•');
        const intro = firstBullet >= 0 ? earlier.slice(0, firstBullet) : earlier;
        if (ACTION.test(intro) || FOR.test(intro) || AGAINST.test(intro)) return true;
      }
    }
    if (actedOn(at) || actedOn(rel)) return true;
    // "an anticonvulsant (e.g., pregabalin, ...)": the examples are what the head noun is
    const ex = EXAMPLES.exec(ct.slice(0, start));
    if (!ex) break;
    rel = { start: ex.index, end: ex.index };
    const head = /(?:[\w-]+\s+){0,3}[\w-]+\s*$/.exec(ct.slice(0, ex.index));
    if (head) rel = { start: head.index, end: ex.index };
  }
  return false;
}

/** The same name, in the 300 characters before, followed by "stress" or "challenge" (a test). */
function namedAsTest(text: string, span: Span): boolean {
  const name = text.slice(span.start, span.end).toLowerCase();
  const before = text.slice(Math.max(0, span.start - 300), span.start).toLowerCase();
  for (let i = before.indexOf(name); i >= 0; i = before.indexOf(name, i + 1)) {
    if (i > 0 && /\w/.test(before[i - 1]!)) continue;
    if (/^[\s-]+(?:stress|challenge)\b/.test(before.slice(i + name.length))) return true;
  }
  return false;
}
