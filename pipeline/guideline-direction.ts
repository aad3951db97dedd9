// The direction (for / against) of a guideline statement for one drug. A statement often
// recommends one thing and advises against another ("Do not give IVT ...; use DAPT (clopidogrel
// + aspirin) instead"), so the direction is read clause by clause, only where the drug is named,
// and left off ("neutral") when the clauses disagree or none says.
import type { GuidelineStatement } from '../src/core/index-schema';
import { CLASS_PHRASES } from './class-phrases';
import {
  AGAINST,
  ALTERNATIVE,
  ALTERNATIVE_OR,
  CONDITION_INSIDE,
  CONDITION_LEAD,
  FOR,
  NO_CALL,
  clauses,
  cueSpans,
  nearestCue,
  type Clause,
  type Span,
} from './guideline-cues';
import { isBackground } from './guideline-subject';

type Direction = GuidelineStatement['direction'];

type Reading = 'for' | 'against' | 'no call' | 'no cue';

// A regimen given for a stated condition ("Bacterial vaginosis: metronidazole 500 mg PO BID").
// a dose, not a rate of clearance ("eGFR ≥45 ml/min")
const DOSE = /\b\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|µg|μg|units?|IU|mL)\b(?!\s*\/\s*min)/i;
// "Bacterial vaginosis: " right before the drug ("...: oral fluconazole 200 mg")
// ... or after another drug of the same regimen ("Erysipeloid: penicillin 500 mg QID or
// amoxicillin 500 mg TID", "Epididymitis: ceftriaxone 500 mg IM × 1 + doxycycline 100 mg BID")
const USE_LABEL =
  /[A-Za-z]{3,}[^:]{0,80}:\s*(?:(?:oral|IV|intravenous|topical|inhaled|SC|subcutaneous|IM|low-dose|high-dose)\s+)?(?:[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w-]*)?\s+\d[^:;()]{0,60}?\s(?:or|\+|plus|then|and|OR)\s+(?:(?:oral|IV|topical|SC|IM)\s+)?)?$/;
// "for HoFH", "for stable ASCVD", "for patients with ...", not a duration ("for 2 weeks", "for up
// to 6 months"), a phase ("for maintenance") or a population alone ("for neonates", "for frail")
const USE_AFTER =
  /\bfor (?!(?:\d|up to\b|at least\b|about\b|a (?:total|minimum|maximum|further|period)\b|the (?:first|next|remaining|duration|rest)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\b|(?:[\w-]+ )?(?:days?|weeks?|months?|years?|hours?|doses?|cycles?)\b|(?:maintenance|induction)\b|(?:neonates|infants|children|adults|patients|people|women|men|frail|elderly|older)\b(?!\s+(?:with|in|who|undergoing|at)\b)))(?:TG|[A-Za-z][\w-]*)/i;
// "Enoxaparin IV during PCI: 0.5–0.75 mg/kg": the drug, then its use, then the dose
const USE_THEN_DOSE =
  /^[^:.;]{0,40}?\b(?:for|during)\s+(?!(?:neonates|infants|children|adults|patients|people|women|men|frail|elderly|older)\s*:)[A-Za-z][^:.;]{0,60}:\s*\d/i;
// ... nor a regimen given only "if used" ("Vonoprazan-clarithromycin triple therapy (14 days, if
// used): ...")
const NOT_A_USE =
  /\b(?:definition|defined|target|conversion|trough|threshold|if used|(?<!\b(?:low|high)[- ])-?dose)\b/i;
// "PCSK9 mAb: alirocumab 75–150 mg": a class or a dosing heading, not a condition the drug is for.
const NOT_A_USE_LABEL =
  /\b(?:mAbs?|inhibitors?|agonists?|antagonists?|blockers?|agents?|drugs?|dosing|dosage|doses?|regimens?|formulations?|intensity)\s*(?:\([^()]{0,40}\)\s*)?:\s*$/i;
const isClassLabel = (beforeDrug: string) => {
  // the heading before the colon, also when another drug of the regimen comes between
  const label = /([^:]{0,80}):[^:]*$/.exec(beforeDrug)?.[1] ?? '';
  return NOT_A_USE_LABEL.test(`${label}:`) || CLASS_PHRASES.some((p) => p.pattern.test(label));
};

const STOP_WORDS = /\b(?:discontinu\w*|withdraw\w*|stop\w*|taper\w*|cessation)\b/gi;
/** When a stop is a rule for the drug's course (a condition, timing, a procedure), not a call. */
const STOP_CONDITION =
  /\b(?:if|when|once|until|before|prior to|temporar\w*|in preparation for|for (?:elective |planned |major |minor )?(?:surgery|procedures?|operations?)|at (?:an? )?(?:eGFR|GFR|CrCl|creatinine clearance)\b)/i;

function read(raw: string, beforeDrug = ''): Reading {
  // "should be avoided if possible until stem cells have been collected": a matter of timing
  // (read before the condition is dropped below)
  if (/\bavoid\w*(?: [\w,]+){0,3} until\b/i.test(raw)) return 'no call';
  // "(unless contraindicated)" qualifies the recommendation; it does not turn it round.
  // So does a condition inside it ("when high-intensity statin therapy is contraindicated, ...").
  const body = raw
    .replace(/\(\s*(?:unless|if|except|where)[^)]*\)|,?\s+unless contraindicated/gi, ' ')
    .replace(/\b(?:when|if|unless|in whom|whose|because)\b[^,;.]*/gi, ' ');
  // NICE's rider "People currently receiving X should be able to continue ... until ... stop"
  // follows both positive and negative appraisals: it says nothing for or against X.
  if (/\b(?:have the option|be able) to continue\b/i.test(body)) return 'no cue';
  // "The recommended dose of azacitidine is 75 mg/m2 ...": how to give it, not whether to
  if (/^\W*(?:the )?recommended (?:[\w-]+ ){0,2}dos(?:e|es|age|ing)\b/i.test(body)) return 'no cue';
  // "Sunitinib malate should be given at a dose of 37.5 mg, orally, once daily": how much, unless
  // a use is stated ("... at a dose of 6.25 mg/kg ... for the prevention of VOD")
  if (
    /\b(?:should|must|is to|are to)\s+be\s+(?:given|administered|dosed)\s+at\s+(?:a |the )?(?:[\w-]+ )?doses?\s+of\b/i.test(
      body,
    ) &&
    !/\b(?:for (?:the )?(?:treatment|prevention|management|prophylaxis)|to (?:treat|prevent|reduce))\b/i.test(
      body,
    )
  )
    return 'no cue';
  // "consider opioid therapy only if ...": read before the condition is dropped from the body
  if (
    NO_CALL.test(body) ||
    /\b(?:offer|prescribe|use|give|consider)\s+(?:[\w-]+\s+){1,6}only\s+(?:if|when|unless)\b/i.test(
      raw,
    ) ||
    // "carefully consider whether there is a need to withhold ...": a question to weigh
    /\bconsider(?:ing)?\s+whether\b/i.test(raw)
  )
    return 'no call';
  // "should not be a barrier to statin therapy", "should not delay": a double negative, for.
  if (
    /\b(?:should|must) not (?:be (?:a )?(?:barrier|reason to (?:withhold|delay))|delay|preclude)\b/i.test(
      body,
    )
  )
    return 'for';
  // "continue X rather than discontinuing": the turned-down alternative is not the advice.
  const againstBody = body.replace(/\b(?:rather than|instead of|in preference to)\b[^.;]*/gi, '');
  // "consider glucocorticoids ..., particularly avoiding if eGFR <30": for, with a population it
  // is against in; the statement says both, so no tag.
  // ("Meperidine is not recommended for chronic pain", "The use of sildenafil is not recommended
  // for patients with PD", "not recommended for routine use": the "for" word is inside the
  // "against" cue or a noun, and the statement says one thing.)
  if (
    FOR.test(
      againstBody
        .replace(AGAINST_ALL, ' ')
        .replace(/\buse of\b|\b(?:for|in)\s+(?:[\w-]+\s+)?use\b/gi, ' '),
    ) &&
    /\b(?:avoid\w*|not)\s+(?:\w+\s+)?(?:if|in|when|for)\b/i.test(raw)
  )
    return 'no call';
  if (AGAINST.test(againstBody)) {
    // "Avoid initial prednisone doses ≤7.5 mg/day", "Do not use a loading dose of ...": against a
    // dose, not the drug
    if (
      /\b(?:avoid\w*|not (?:use|exceed)|never exceed)\s+(?:[\w-]+\s+){0,4}doses?\b(?!-)/i.test(
        body,
      ) ||
      // "should not prescribe riluzole 100 mg/day for ...": against that dose
      /\bnot\s+(?:use|prescribe|give|offer)\s+(?:[\w-]+\s+){1,3}\d[\d.,]*\s*(?:mg|g|mcg|µg|μg|units?|IU)\b/i.test(
        body,
      ) ||
      // "Tenecteplase 0.4 mg/kg dose is not recommended"
      /\bdoses?\s+(?:is|are|should)\s+not\b/i.test(body)
    )
      return 'no call';
    // "Abrupt discontinuation of opioids is not recommended": a double negative about stopping
    if (
      /\b(?:abrupt|sudden|rapid)\s+(?:discontinuation|cessation|withdrawal|stopping)\s+of\b/i.test(
        body,
      )
    )
      return 'no call';
    // "consideration of discontinuation of pegvisomant if the transaminases are ...",
    // "discontinued in preparation for surgery": a rule for its course, when the only word
    // against is a stop word
    if (!AGAINST.test(againstBody.replace(STOP_WORDS, ' ')) && STOP_CONDITION.test(raw))
      return 'no call';
    return 'against';
  }
  if (FOR.test(body)) return 'for';
  const afterDrug = raw.startsWith(beforeDrug) ? raw.slice(beforeDrug.length) : '';
  const statedUse =
    ((USE_LABEL.test(beforeDrug) && !isClassLabel(beforeDrug)) ||
      USE_AFTER.test(body) ||
      USE_THEN_DOSE.test(afterDrug.replace(/^\S+/, ''))) &&
    !NOT_A_USE.test(body) &&
    !NOT_A_USE.test(beforeDrug);
  if (DOSE.test(body) && statedUse) return 'for';
  return 'no cue';
}

/**
 * A mention with these words before and/or after it is not called for or against: the clause is
 * about the drug's course, dose, delivery or the situation it stands for.
 */
const NOT_A_CALL_AROUND: { before?: RegExp; after?: RegExp }[] = [
  // Stopping or tapering the drug, or what happens when it stops; a change of its dose ("consider
  // ribavirin dose reduction"); a rule for when to stop it ("docetaxel should be stopped: • at the
  // completion of ...").
  {
    after:
      /^\s*(?:discontinuation|withdrawal|cessation|tapering|taper|dose (?:reduction|adjustment|escalation|modification)|(?:[\w-]+\s+){0,2}(?:should|must|can|may|is|are) be (?:stopped|discontinued|withdrawn|tapered)\s*(?::|•|at\b|after\b|when\b|if\b|once\b|in the presence\b))/i,
  },
  { before: /\btaper(?:ing)?\s+(?:(?:of|off)\s+)?(?:[\w-]+\s+){0,2}$/i },
  // "Consider dose reduction/discontinuation of ACEi/ARB for symptomatic hypotension ...": either a
  // lower dose or a stop, left to the situation (as "tapering to reduced dose or to discontinuation")
  {
    before:
      /\b(?:dose\s+)?reduc\w*\s*(?:\/|\bor\b|\band\/or\b)\s*(?:to\s+)?discontinu\w*\s+of\s+(?:[\w-]+\/)?$/i,
  },
  // "Aspirin: ... maintenance 75–100 mg daily (use ≤100 mg with ticagrelor)": a cap on another
  // drug's dose where this one is given, no call on this one
  { before: /[≤<]\s*\d[\d.,]*\s*(?:mg|mcg|µg|μg|g|units?|IU)(?:\s+[\w-]+)?\s+with\s+$/i },
  // "where effective ART necessitates the use of ritonavir or cobicistat, ... rifabutin is used
  // instead of rifampicin": the drug is the situation the call is made for
  {
    before: /\b(?:necessitat\w*|requir\w*)\s+(?:the\s+)?use\s+of\s+(?:[\w-]+\s+(?:or|and)\s+)?$/i,
  },
  // "techniques are effective in delivering lidocaine to the vocal cords", "tamper-proof
  // formulation for opioids is preferred": the call is on how to deliver it
  { before: /\b(?:deliver(?:ing|y of)|formulations? (?:for|of))\s+(?:the\s+)?$/i },
  // "dosing protamine according to the dose of heparin infused": the measure for another drug
  {
    before:
      /\b(?:according to|based on|depending on|relative to|in proportion to)\s+the\s+(?:dose|amount|quantity)\s+of\s+$/i,
  },
  // "a dose of 0.5 mg of protamine per 1 mg of enoxaparin": the measure of another drug's dose
  { before: /\bper\s+[\d.,]+\s*(?:mg|g|mcg|µg|μg|units?|IU)\s+of\s+$/i },
  // "For enoxaparin: If enoxaparin was given ..., protamine ... should be administered": the
  // heading names the drug the rule is for
  { before: /^\s*for\s+$/i, after: /^\s*:/ },
  // "the choice between NSAIDs and SMRs be individualized": which one is left open
  { before: /\bchoice\s+(?:between|among)\s+(?:[\w-]+\s+(?:and|or)\s+)?$/i },
  // "opioid prescribers check UDS": the people who prescribe it
  { after: /^\s*prescribers?\b/i },
  // "Start allopurinol at ≤100 mg/day ... then titrate", "dosing protamine sulfate at 1 mg for
  // every 100 units": how to dose it, not whether to give it
  {
    // "Start allopurinol at ≤100 mg/day ... and febuxostat at <40 mg/day": the second of the list too
    before:
      /\b(?:start|initiate|begin|dosing|dose)\s+(?:[^.;]{0,80}\bat\s+[^.;]{0,60}\s(?:and|or)\s+)?$/i,
    after: /^\s+at\s+(?:a\s+|the\s+)?(?:low|lower|reduced|starting|[≤<]|\d)/i,
  },
  // "start fingolimod 8–12 weeks (not 16 weeks) after natalizumab discontinuation": when to start it
  {
    before: /\b(?:start|initiate|begin|resume|restart)\s+$/i,
    after:
      /^\s+(?:at least\s+|within\s+|no (?:sooner|earlier) than\s+)?\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?\s*(?:hours?|h|days?|weeks?|months?)\b[^.;]{0,40}?\b(?:after|before|following|from)\b/i,
  },
  // "Avoid nitrates within 24h of sildenafil/vardenafil or 48h of tadalafil": a time after the
  // drug, when the call is on another (not "treatment with 21 days of doxycycline")
  {
    before:
      /\bwithin\s+(?:\d[^.;]{0,60}?\b)?\d[\d.,]*\s*(?:h|hrs?|hours?|days?|weeks?)\s+(?:of|after|before|from)\s+(?:[\w-]+\/)?(?:[\w-]+\s+(?:or|and)\s+)?$/i,
  },
  // "considering weight gain potential in choosing an antiepileptic drug": the call is on how to
  // choose among them, not on them.
  {
    before: /\b(?:in|when|before) (?:choosing|selecting|deciding on) (?:an? |the )?(?:[\w-]+ )?$/i,
  },
  // "Avoid initial prednisone ≤7.5 mg/day; do not exceed 30 mg/day", "recommends against opioid
  // doses over 90 mg morphine equivalent": a bound on its dose
  {
    after:
      /^\s*(?:(?:daily\s+)?doses?\s+)?(?:[≤<>≥]=?|(?:less|more|greater|lower|higher) than|over|above|exceeding|in excess of)\s*\d[\d.,]*\s*(?:mg|g|mcg|µg|μg|units?|IU)\b/i,
  },
  // "platelet transfusion in NSAID-related intracranial hemorrhage", "in nonsteroidal
  // anti-inflammatory drugs (NSAIDs) or glycoprotein IIb/IIIa inhibitor-related ...": the drug
  // names the cause of the condition; the call is on treating that condition.
  {
    after:
      /^(?:\s*\([^()]{0,20}\))?(?:\s+(?:or|and)\s+(?:[\w/-]+\s+){0,3}[\w/]+)?-(?:related|associated|induced)\b/i,
  },
  // "a change in antipsychotic should be considered", "a change to a woman's insulin regimen",
  // "changing of opioids": the call is on changing it, not on it.
  { before: /\b(?:a )?chang(?:e|ing) (?:in|of|to)\s+(?:[\w'’-]+\s+){0,2}$/i },
  // "up titration of epoprostenol": a change of its dose
  { before: /\b(?:up|down)[- ]?titrat\w*\s+(?:of\s+)?(?:the\s+)?$/i },
  // "decreasing insulin dosage"
  {
    before: /\b(?:decreas|reduc|increas|lower|rais|titrat|adjust|optimi[sz])\w*\s+(?:the\s+)?$/i,
    after: /^\s+(?:doses?|dosages?|dosing)\b/i,
  },
];

// A list's opener that says the evidence is lacking ("Data are insufficient to support or refute
// the following:"): no item under it is a call.
const EVIDENCE_LACKING =
  /\b(?:insufficient|inadequate)\s+(?:evidence|data)\b|\b(?:evidence|data)\s+(?:is|are)\s+(?:insufficient|inadequate|lacking|inconclusive)\b|\bsupport or refute\b|\bneither for nor against\b|\bno recommendation\b/i;

const ALTERNATIVE_TO = /\balternatives?\s+(?:[\w-]+\s+){0,3}to\s+(?:the\s+)?$/i;

/** How one clause reads for the drug: null when the clause does not name it as its subject. */
function clauseDirection(clause: Clause, mentions: Span[], lead: string): Reading | null {
  const cond = CONDITION_LEAD.exec(clause.text);
  const leadEnd = clause.start + (cond ? cond[0].length : 0);
  const own = mentions.filter(
    (m) =>
      m.start >= leadEnd &&
      m.start < clause.end &&
      !CONDITION_INSIDE.test(clause.text.slice(0, m.start - clause.start)) &&
      !isBackground(clause.text, { start: m.start - clause.start, end: m.end - clause.start }) &&
      // "quetiapine may be considered as an alternative antipsychotic to clozapine": the call is
      // on the alternative, not on the drug it stands in for
      !ALTERNATIVE_TO.test(clause.text.slice(0, m.start - clause.start)),
  );
  if (own.length === 0) return null;
  // A list item under "Data are insufficient to support or refute the following: • ... • A
  // preferred dose of deflazacort": the opener says no call is made on any item.
  if (lead && EVIDENCE_LACKING.test(lead)) return 'no call';
  // Words around the drug that make the clause a rule for its course, dose or delivery, not a call
  // for or against it (NOT_A_CALL_AROUND, below).
  const before = (m: Span) => clause.text.slice(0, m.start - clause.start);
  const after = (m: Span) => clause.text.slice(m.end - clause.start);
  if (
    own.some((m) =>
      NOT_A_CALL_AROUND.some(
        (r) => (!r.before || r.before.test(before(m))) && (!r.after || r.after.test(after(m))),
      ),
    )
  )
    return 'no call';
  // "switching from tenofovir disoproxil to entecavir, or from entecavir to tenofovir disoproxil":
  // either way, so no call on either
  if (
    /\bfrom\s+([\w-]+(?:\s+[\w-]+)?)\s+to\s+([\w-]+(?:\s+[\w-]+)?),?\s+or\s+from\s+\2\s+to\s+\1\b/i.test(
      clause.text,
    )
  )
    return 'no call';
  // "conversion from tacrolimus to cyclosporine", "Switch hydrochlorothiazide to ...": the drug
  // switched away from. "does not suggest switching from hydrochlorothiazide": the drug kept.
  if (
    own.some(
      (m) =>
        /\b(?:conver\w*|switch\w*|chang\w*|transition\w*)\b[^.;]{0,60}\bfrom\s+(?:(?!to\b)[\w-]+\s+){0,2}$/i.test(
          before(m),
        ) ||
        (/\bswitch(?:ing)?\s+(?:[\w-]+\s+)?$/i.test(before(m)) &&
          /^\s+(?:patients\s+(?:\([^()]*\)\s+)?)?to\b/i.test(after(m))) ||
        // "replacing hydroxychloroquine or chloroquine by quinacrine"
        (/\breplac(?:e|es|ing)\s+(?:[\w-]+\s+){0,2}$/i.test(before(m)) &&
          /^[^.;]{0,60}?\s(?:by|with)\s/i.test(after(m))),
    )
  )
    return /\b(?:not|never|n't)\s+(?:\w+\s+){0,2}(?:conver|switch|chang|transition)\w*/i.test(
      clause.text,
    )
      ? 'for'
      : // "switch from carvedilol to propranolol/nadolol if systolic BP <90": a rule for its course
        /\b(?:if|once|until)\b/i.test(clause.text)
        ? 'no call'
        : 'against';
  // "aspirin used for secondary prevention should not be discontinued": a double negative, kept
  if (
    own.some((m) =>
      /^[^.;]{0,60}?\b(?:should|must) not be (?:discontinued|stopped|withdrawn|interrupted)\b/i.test(
        after(m),
      ),
    )
  )
    return 'for';
  // "stop spironolactone", "avoid efavirenz-containing regimens": the verb acts on the drug itself.
  if (
    own.some((m) =>
      /\b(?:stop|stopping|hold|holding|discontinue|discontinuing|withdraw|withdrawing)\s+(?:\w+ly\s+)?(?:(?:the|all|low-dose|high-dose|low dose|high dose|long-term|oral|IV|intravenous)\s+){0,2}$/i.test(
        before(m),
      ),
    )
  )
    // "Do not stop statins": a double negative keeps the drug going; "stop X if iPTH falls" or
    // "stop PPIs 2-4 weeks before endoscopy" is a rule for its course, not a call on it.
    return /\b(?:not|never|n't)\s+(?:\w+ly\s+)?(?:stop|hold|discontinue)/i.test(clause.text)
      ? 'for'
      : STOP_CONDITION.test(clause.text) || /\bunless\b/i.test(clause.text)
        ? 'no call'
        : 'against';
  // "reversal of the effect of coprescribed anticoagulants should be considered", "for
  // dabigatran reversal": the call is about reversing it
  if (
    own.some(
      (m) =>
        /\brevers\w*\s+(?:of\s+)?(?:the\s+)?(?:effects?\s+of\s+)?(?:[\w-]+\s+){0,2}$/i.test(
          before(m),
        ) || /^[\s-]*(?:reversal|reversing)\b/i.test(after(m)),
    )
  )
    return 'no call';
  if (
    own.some((m) =>
      // "with or without neoadjuvant chemotherapy (with cisplatin or carboplatin ...)", "with or
      // without the combined use of dilute epinephrine injection": optional to what is recommended
      /(?:\bwith or without|±)\s*(?:the\s+)?(?:(?:combined|concomitant|concurrent|additional)\s+)?(?:use\s+of\s+)?(?:[\w-]+\s*\/\s*)*(?:(?:[\w-]+\s+){1,2}|[^.;,()]{0,40}\(\s*(?:with|e\.g\.,?|such as|including)?\s*[^()]*)?$/i.test(
        before(m),
      ),
    )
  )
    return 'no call';
  // "offering buprenorphine alone (i.e., without naloxone)", "consider adding olanzapine (without
  // fluoxetine)": what is recommended leaves it out ("do not give X without Y" is no call on Y)
  if (own.every((m) => /(?<!\bor\s)\bwithout\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i.test(before(m))))
    return FOR.test(clause.text) && !AGAINST.test(clause.text) ? 'against' : 'no call';
  // Named only as the alternative ("metformin rather than sulfonylureas"): cannot tell.
  // "aspirin over no aspirin" is a call for it.
  // ... or inside the brackets that spell the alternative out ("preferred over induction therapy
  // without novel agents (i.e., dexamethasone alone or vincristine, doxorubicin and dexamethasone)")
  const spelledOut = (b: string) => {
    const open = b.lastIndexOf('(');
    return (
      open >= 0 &&
      !b.slice(open).includes(')') &&
      /^\(\s*(?:i\.e\.|e\.g\.|such as)/i.test(b.slice(open)) &&
      ALTERNATIVE.test(b.slice(0, open).trimEnd())
    );
  };
  const isAlternative = (m: Span) =>
    (ALTERNATIVE.test(before(m)) || ALTERNATIVE_OR.test(before(m)) || spelledOut(before(m))) &&
    !/\bno\s+$/i.test(before(m));
  if (own.every(isAlternative)) return 'no call';
  // Named on both sides ("on-demand treatment with NSAIDs over continuous treatment with
  // NSAIDs"): a call for it on one side is none on the whole; "observe rather than treat with
  // IVIG (strong recommendations against IVIG ...)" stays against, but not a call against a
  // combination over the drug alone ("suggests against combination therapy with cholestyramine
  // and mesalamine over mesalamine alone").
  if (own.some(isAlternative)) {
    const rest = clauseDirection(
      clause,
      mentions.filter((m) => !own.includes(m) || !isAlternative(m)),
      lead,
    );
    const alone = own.some(
      (m) => isAlternative(m) && /^\s+(?:alone|monotherapy)\b/i.test(after(m)),
    );
    return rest === 'for' || (rest === 'against' && alone) ? 'no call' : rest;
  }
  const reading = read(
    clause.text.slice(cond ? cond[0].length : 0),
    clause.text.slice(0, own[0]!.start - clause.start),
  );
  // A list item ("• Flecainide or amiodarone if ...") reads as the words that introduce the list.
  if (reading === 'no cue' && lead) return read(lead);
  // A clause about a test or monitoring ("Testing for EGFR mutations should take place for ...
  // therapy with gefitinib") says what to check, not whether to give the drug.
  if (
    /^\s*(?:[\w-]+\s+){0,2}(?:test(?:ing)?|screening|monitoring|measurement)\b/i.test(clause.text)
  )
    return 'no call';
  // A for/against cue counts only where it governs the drug: close before it ("recommend
  // intravenous amifostine") or close after it ("dabigatran ... can be considered"), with no test,
  // level, reversal or stopping in between ("Testing ... should take place for patients ...
  // considered for therapy with gefitinib", "do not recommend routinely reversing ... heparin").
  // A regimen for a stated condition (read from its dose) has no cue word to place.
  if (reading === 'for' || reading === 'against') {
    if (reading === 'for' && !FOR.test(clause.text)) return reading;
    // "Do not routinely offer SSRIs, SNRIs or clonidine as first-line ...": a clause that opens
    // with a negation turns down everything it names.
    // Not what a second verb of its own takes ("Avoid NOACs and use dose-adjusted VKA").
    if (
      reading === 'against' &&
      /^\s*(?:do not|don't|avoid|never)\b/i.test(clause.text.slice(cond ? cond[0].length : 0)) &&
      !own.every((m) =>
        /\b(?:and|then)\s+(?:\w+ly\s+)?(?:use|give|offer|start|consider|prefer|add|switch to|continue)\s+(?!of\b)[^.;,]{0,40}$/i.test(
          before(m),
        ),
      )
    )
      return 'against';
    const rel = own.map((m) => ({ start: m.start - clause.start, end: m.end - clause.start }));
    // A cue inside a leading condition ("If deemed necessary to discontinue clopidogrel ...,
    // aspirin should be continued") is the situation, not the call on the drug after it.
    const leadLength = cond ? cond[0].length : 0;
    const spans = (re: RegExp) => cueSpans(clause.text, re).filter((c) => c.start >= leadLength);
    // "Use TCAs (not SSRIs) ... (e.g., amitriptyline 10 mg)": a bracketed "not" turns down only
    // what the bracket holds
    const negations = spans(AGAINST).filter(
      (n) =>
        !n.text.startsWith('(') ||
        rel.some((r) => r.start > n.start && !clause.text.slice(n.end, r.start).includes(')')),
    );
    // "observe rather than treat with IVIG": the turned-down treatment is an "against" cue
    const turnedDown = spans(TURNED_DOWN);
    const forCues = spans(FOR).filter(
      (c) =>
        // A "for" word under a negation is part of the "against" cue ("recommends against the
        // use of", "should not prescribe"), or of a turned-down treatment.
        // ("discontinue heparin and start a non-heparin anticoagulant": a second verb, its own call)
        !negations.some(
          (n) =>
            n.start <= c.start &&
            c.start <= n.end + 25 &&
            !/\b(?:and|then|but)\s+(?:\w+ly\s+)?$/i.test(clause.text.slice(n.end, c.start)),
        ) &&
        !turnedDown.some((t) => t.start <= c.start && c.start < t.end) &&
        // "the use of X", "Use of MTX ... was inappropriate": a noun, not a call for X
        !(/^us(?:e|ing)$/i.test(c.text) && /^\s+of\b/i.test(clause.text.slice(c.end, c.end + 6))) &&
        // "the patient's recent analgesic use (opioid and nonopioid)": "use" as a noun
        !(
          /^use$/i.test(c.text) &&
          /(?:['’]s|\b(?:recent|prior|previous|current|past|concomitant|analgesic|drug|substance|medication|alcohol))\s+$/i.test(
            clause.text.slice(0, c.start),
          )
        ),
    );
    const againstCues = [
      // "recommended unless contraindicated": the exception is no call against it
      ...negations.filter(
        (c) => !/\b(?:unless|if|except)\s+(?:[\w-]+\s+)?$/i.test(clause.text.slice(0, c.start)),
      ),
      ...turnedDown,
    ];
    const cueFor = nearestCue(clause.text, forCues, rel, true);
    const cueAgainst = nearestCue(clause.text, againstCues, rel, false);
    if (cueFor.distance === Infinity && cueAgainst.distance === Infinity) return 'no call';
    if (cueAgainst.distance < Infinity && cueFor.distance < Infinity) {
      // "suggests that X ... not be used", "Do not offer A, B or X as first-line": the negation
      // is the call; the "for" word only carries it or sits inside what is turned down.
      if (cueFor.carrier || (cueAgainst.before && !cueFor.before)) return 'against';
    }
    // Otherwise the cue nearest the drug is the one about it ("European recommends urea or loop
    // diuretics ... and recommends against vaptans": for loop diuretics).
    return cueFor.distance < cueAgainst.distance
      ? 'for'
      : cueAgainst.distance < cueFor.distance
        ? 'against'
        : reading;
  }
  return reading;
}

const AGAINST_ALL = new RegExp(AGAINST.source, `${AGAINST.flags.replace('g', '')}g`);

const TURNED_DOWN =
  /\b(?:rather than|instead of)\s+(?:treat(?:ing)?|us(?:e|ing)|giv(?:e|ing)|start(?:ing)?)(?:\s+with)?\b/;

/** The direction of the statement for the drug named at `mentions`; "neutral" when it cannot be told. */
export function directionFor(text: string, mentions: Span[]): Direction {
  // "(efficacy uncertain)": the statement does not say whether to give it
  if (UNCERTAIN.test(text)) return 'neutral';
  // NICE's rider "People whose treatment with X is not recommended in this guidance, but was
  // started ..., should be able to continue": its "not recommended" quotes the appraisal; the
  // rider itself says nothing for or against X.
  if (RIDER.test(text)) return 'neutral';
  const parts = clauses(text);
  const clauseOf = (m: Span) => parts.find((c) => m.start >= c.start && m.start < c.end);
  // "neither dopamine nor furosemide is recommended": a recommending verb, negated by "neither"
  if (
    mentions.length &&
    mentions.every((m) => {
      const c = clauseOf(m);
      return (
        c !== undefined &&
        /\bneither\b/i.test(text.slice(c.start, m.start)) &&
        /^[^;]*?\bnor\b/i.test(text.slice(c.start, c.end).replace(/^.*?\bneither\b/i, '')) &&
        // "... nor furosemide is recommended", "recommends neither lamivudine nor ..."
        (NEITHER_VERB.test(text.slice(m.end, c.end)) ||
          /\b(?:recommends?|suggests?|advises?)\s+neither\b/i.test(text.slice(c.start, m.start)))
      );
    })
  )
    return 'against';
  // A list item reads as the words that open the list: back over the bullets before it to the
  // clause that ends with a colon ("Do not use the following ...: • Antibiotics • Albuterol").
  const leadOf = (i: number): string => {
    for (let j = i - 1; j >= 0; j--) {
      const gap = text.slice(parts[j]!.start, parts[j + 1]!.start);
      // "... only if: •", "for people who: •", "relative contraindications such as: •",
      // "information about: •": the items are conditions or topics, not what is recommended
      if (/:\s*(?:•\s*)?$/.test(gap))
        return CONDITIONS_FOLLOW.test(gap.replace(/:\s*(?:•\s*)?$/, '')) ? '' : parts[j]!.text;
      if (!/•\s*$/.test(gap)) return '';
    }
    return '';
  };
  const found = parts
    .map((c, i) => clauseDirection(c, mentions, leadOf(i)))
    .filter((d): d is Reading => d !== null && d !== 'no cue');
  // "Use X preferentially in ...; avoid with seizure disorders": a clause with no subject of its
  // own that advises against is about the drug just named, so the statement says both.
  if (
    found.length &&
    parts.some(
      (c) =>
        !mentions.some((m) => m.start >= c.start && m.start < c.end) &&
        (/^\s*(?:avoid|do not use|not for|contraindicated|(?:strongly |conditionally )?(?:suggest|recommend)s? against|may be (?:administered|used|given|considered|offered))\b/i.test(
          c.text,
        ) ||
          // "..., although it may be offered as second-line", "Aspirin is recommended for ...,
          // however it is no longer recommended for ...": the pronoun is the drug again
          /^\s*(?:it|they)\s+(?:may|can|should|could|might|(?:is|are)\s+(?:no longer|not)|do\s+(?:suggest|recommend))\b/i.test(
            c.text,
          ) ||
          // "In those with a baseline viral load >100,000, it should be used with caution"
          /^[^;]{0,120}?,\s*(?:it|they)\s+(?:may|can|should|could|might)\b/i.test(c.text) ||
          // "X can be used as an alternative to Y but should be used with caution"
          /^\s*(?:but\s+)?(?:should|must|may|is|are)\b[^;]*\b(?:caution|care|carefully|reserved|restricted)\b/i.test(
            c.text,
          )),
    )
  )
    return 'neutral';
  if (found.includes('no call')) return 'neutral';
  // "If ... negative then stop isoniazid (and pyridoxine) ...; if ... positive, ... continue
  // isoniazid (with pyridoxine)": one branch stops the drug, another gives it.
  const stopped = mentions.some((m) => {
    const c = clauseOf(m);
    return (
      c !== undefined &&
      // (not "Do not stop insulin", "do not empirically discontinue heparin": those give it)
      /(?<!\b(?:not|never)\s+(?:\w+ly\s+)?)\b(?:stop|discontinue|withdraw|cease)\w*\s+(?:[\w-]+\s+){0,3}\(?(?:and\s+|with\s+)?$/i.test(
        text.slice(c.start, m.start),
      )
    );
  });
  if (stopped && found.includes('for')) return 'neutral';
  const decided = [...new Set(found)] as Direction[];
  return decided.length === 1 ? decided[0]! : 'neutral';
}

const CONDITIONS_FOLLOW =
  /(?:\b(?:if|who|whom|whose|when|unless|where|whether)|\bcontraindications?\b[^:]*|\b(?:information|advice|education)\s+(?:about|on))\s*(?:\[[^\]]*\]\s*)?$/i;
const RIDER = /\bnot recommended in this\b[^.;]{0,100}?\bguidance\b/i;
const UNCERTAIN =
  /\b(?:(?:efficacy|benefit|effectiveness)\s+(?:is\s+|remains\s+)?(?:uncertain|unclear|unknown|unproven)|(?:uncertain|unclear|unproven)\s+(?:efficacy|benefit))\b/i;
const NEITHER_VERB =
  /^[^;]*?\b(?:(?:is|are)\s+(?:\w+ly\s+)?(?:recommended|indicated|suggested|advised|supported)|(?:should|must)\s+(?:\w+ly\s+)?be\s+(?:used|given|offered|prescribed|administered|started|initiated))\b/i;
