// What a guideline statement says about one drug: whether it concerns the drug at all, and
// the direction (for / against) of the clause that names it. A statement often recommends one
// thing and advises against another ("Do not give IVT ...; use DAPT (clopidogrel + aspirin)
// instead"), so the direction is read clause by clause, only where the drug is named, and left
// off ("neutral") when the clauses disagree or none says.
import type { GuidelineStatement } from '../src/core/index-schema';
import { CLASS_PHRASES } from './class-phrases';

export interface Span {
  start: number;
  end: number;
}

const NO_CALL =
  /\b(?:may or may not|or (?:might|may|can) not (?:offer|use|give|prescribe)|should not (?:affect|preclude|prevent|deter|delay)|within \d+ (?:days|hours|weeks) of [\w-]+(?: (?:or|and) [\w-]+)? administration|only (?:offer|prescribe|use|give|consider)|less (?:favou?red|preferred|efficacious|effective)|not recommend (?:any|a) particular|there (?:is|are|remains?) insufficient data|no evidence of (?:an |any )?effect|(?:has|have) not been shown to|switch(?:ing)? from (?:oral|intravenous|IV|subcutaneous|SC|intramuscular|IM|topical) to (?:oral|intravenous|IV|subcutaneous|SC|intramuscular|IM|topical)|insufficient evidence|inconclusive|no recommendation|(?:cannot|unable to) (?:make a )?recommend\w*|advis\w+ (?:[\w-]+ ){0,10}to avoid|obviate\w*|(?:not|no) (?:a )?substitute|(?:does|do) not replace|neither for nor against|for or against|support or refute|evidence is (?:lacking|limited|insufficient)|no evidence (?:to suggest|that)|data (?:are|is) (?:extremely )?(?:scarce|limited|lacking|conflicting)|stop or continue|no preference|(?:may|can) be omitted|(?:do|does|did) not (?:require|need)|should only be (?:offered|used|given|prescribed|considered)|supervised by|under the supervision|cautious(?:ly)?|caution|restrict\w*|reserve\w* (?:for|to)|(?:decreas|reduc|lower)\w* (?:the )?(?:\w+ )?dose|lowest (?:effective |recommended )?dose|decision to (?:initiate|start|use|stop|continue)[^.;]{0,300}(?:individual|shared)|individual (?:decision|one)|continue or stop|whether (?:or not )?to|no need to|(?:should|must) be reserved for|use caution|with caution|preferred over \d+|(?:avoid|not exceed)\s+(?:increasing\s+)?(?:the\s+)?dos(?:e|es|age|ing))\b/i;
const AGAINST =
  /\b(?:(?:choose|decide)s? not to (?:prescribe|use|offer|give)|(?:might|may) not be (?:considered|used|offered))\b|(?:\(\s*not\s+(?!in\b|for\b|during\b|if\b|when\b|recommended\b|available\b|currently\b|yet\b|always\b)(?=[^()]{1,40}\)))|\b(?:can ?not be recommended|(?:does|do|did) not (?:\w+ly )?recommend(?!\s+(?:any particular|a particular|for or against|either))|recommends? against|suggests? against|advises? against|(?:should|must) (?:\w+ly )?not|shall not|no (?:additional|further)|not (?:\w+ly )?(?:be )?(?:recommended|indicated|advised|routinely)|(?:do )?not (?:use|give|administer|prescribe|start|offer|initiate|routinely|add|adding|combine|treat|using|starting|switch(?:ing)? to)|don't|(?:(?<=\b(?:recommends?|suggests?|advises?|try|aim|important|best|prudent|reasonable)\s+to\s)|(?<!\bto\s))avoid(?:ed|ing)?|no role|not be (?:used|given|offered|prescribed|initiated|started|included|added|administered|continued)|is not (?:indicated|recommended)|contraindicated|discontinu(?:e|ed|ation|ing)|withhold\w*|withdraw(?:ing)?|taper(?:ed)? (?:off|and discontinue)|against the use|discourag\w*|inappropriate|not appropriate|(?:is|are|be) not (?:used|given|co-?administered|combined))\b/i;
const FOR =
  /\b(?:discussed as an? (?:alternative|option)|switch(?:ing)? to(?! (?:a different|another|an alternative)\b)|recommends?|recommended|suggests?|should (?:be )?(?:select|use|consider|receive|offer|given|used|offered|started|treated|prescribed|initiated|continued|added|administered|provided|commenced|considered|included|maintained|preferred|employed|tried)|should receive|use|using|give|giving|start|initiate|administer|prefer(?:red|ably)?|first-line|second-line|first line|consider(?:ed)?(?!\s+to be\b)|offer(?:ed)?|continue|treat(?:ed)? with|prescribe|add|is (?:an )?(?:effective|reasonable|appropriate|indicated)|are (?:effective|reasonable|appropriate|indicated)|may be (?:used|given|considered|offered|beneficial|prescribed|added)|can be (?:used|given|considered|offered|prescribed)|is beneficial|are beneficial|(?:is|are) (?:a |an )?(?:treatment )?options?|treatment options? (?:for|include)|reasonable to (?:try|use|give|offer|consider)|may be (?:appropriate|reasonable)|treat\b[^;.]{0,60}\bwith|optimi[sz]e|ensure adequate|(?:is|are) warranted)\b/i;
// "rather than X", "instead of X", "over X": X is the alternative, not what is recommended.
const ALTERNATIVE =
  /\b(?:rather than|instead of|in preference to|over|versus|vs\.?|compared with|(?:concomitant(?:ly)?|co-?administered|coadministered|together) with)\b[^.;]{0,60}$/i;
// A leading condition ("If baclofen is not effective, consider tizanidine"): a drug named there
// is the situation, not the recommendation.
// The condition runs on over ", or ..." ("If there is no response to adding X, or adding Y, stop").
const CONDITION_LEAD =
  /^\s*(?:if|when|where|unless|for|in|among|after|before|during|once)\b(?:(?!\b(?:should|must|recommends?|suggests?)\b)[^,;:])*?(?:,\s*(?:or|and)\s+(?:(?!\b(?:should|must|recommends?|suggests?)\b)[^,;:])*?)*(?:,|\bthen\b)/i;
// A condition inside the clause ("..., if the dose of warfarin is greater than 5 mg").
const CONDITION_INSIDE = /\b(?:if|unless|when|in whom|whose)\b[^,;:]*$/i;

interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Clauses: sentences, semicolon and bullet parts, and "but"/"instead" turns. */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re =
    /(?:[.!?](?=\s+[A-Z•(])|;|•|\n|,?\s+but\s+|,?\s+whereas\s+|,?\s+(?:although|though|however)\s+|,\s+(?=(?:use|consider|offer|give|start|prefer|add)\b)|,\s+(?=(?:they|it)\s+(?:do|does)\s))/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: last, end: m.index, text: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: text.length, text: text.slice(last) });
  return out.filter((c) => c.text.trim());
}

type Direction = GuidelineStatement['direction'];

type Reading = 'for' | 'against' | 'no call' | 'no cue';

// A regimen given for a stated condition ("Bacterial vaginosis: metronidazole 500 mg PO BID").
const DOSE = /\b\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|µg|μg|units?|IU|mL)\b/i;
const USE_LABEL = /[A-Za-z]{3,}[^:]{0,80}:\s*$/; // "Bacterial vaginosis: " right before the drug
const USE_AFTER = /\bfor (?:TG|patients|adults|children|people|[a-z]+ (?:with|in))\b/i;
const NOT_A_USE = /\b(?:definition|defined|target|conversion|trough|threshold|-?dose)\b/i;
// "PCSK9 mAb: alirocumab 75–150 mg": a class or a dosing heading, not a condition the drug is for.
const NOT_A_USE_LABEL =
  /\b(?:mAbs?|inhibitors?|agonists?|antagonists?|blockers?|agents?|drugs?|dosing|dosage|doses?|regimens?|formulations?|intensity)\s*:\s*$/i;
const isClassLabel = (beforeDrug: string) => {
  const label = /([^:]{0,80}):\s*$/.exec(beforeDrug)?.[1] ?? '';
  return NOT_A_USE_LABEL.test(`${label}:`) || CLASS_PHRASES.some((p) => p.pattern.test(label));
};

function read(raw: string, beforeDrug = ''): Reading {
  // "(unless contraindicated)" qualifies the recommendation; it does not turn it round.
  // So does a condition inside it ("when high-intensity statin therapy is contraindicated, ...").
  const body = raw
    .replace(/\(\s*(?:unless|if|except|where)[^)]*\)|,?\s+unless contraindicated/gi, ' ')
    .replace(/\b(?:when|if|unless|in whom|whose|because)\b[^,;.]*/gi, ' ');
  if (NO_CALL.test(body)) return 'no call';
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
  if (FOR.test(againstBody) && /\b(?:avoid\w*|not)\s+(?:\w+\s+)?(?:if|in|when|for)\b/i.test(raw))
    return 'no call';
  if (AGAINST.test(againstBody)) return 'against';
  if (FOR.test(body)) return 'for';
  const statedUse =
    ((USE_LABEL.test(beforeDrug) && !isClassLabel(beforeDrug)) || USE_AFTER.test(body)) &&
    !NOT_A_USE.test(body) &&
    !NOT_A_USE.test(beforeDrug);
  if (DOSE.test(body) && statedUse) return 'for';
  return 'no cue';
}

/** How one clause reads for the drug: null when the clause does not name it as its subject. */
function clauseDirection(clause: Clause, mentions: Span[], lead: string): Reading | null {
  const cond = CONDITION_LEAD.exec(clause.text);
  const leadEnd = clause.start + (cond ? cond[0].length : 0);
  const own = mentions.filter(
    (m) =>
      m.start >= leadEnd &&
      m.start < clause.end &&
      !CONDITION_INSIDE.test(clause.text.slice(0, m.start - clause.start)) &&
      !isBackground(clause.text, { start: m.start - clause.start, end: m.end - clause.start }),
  );
  if (own.length === 0) return null;
  // Stopping or tapering the drug, or what happens when it stops: about its course, not for/against.
  // So is a change of its dose ("consider ribavirin dose reduction"), or a rule for when to stop
  // it ("docetaxel should be stopped: • at the completion of ...").
  if (
    own.some((m) =>
      /^\s*(?:discontinuation|withdrawal|cessation|tapering|taper|dose (?:reduction|adjustment|escalation|modification)|(?:[\w-]+\s+){0,2}(?:should|must|can|may|is|are) be (?:stopped|discontinued|withdrawn|tapered)\s*(?::|•|at\b|after\b|when\b|if\b|once\b|in the presence\b))/i.test(
        clause.text.slice(m.end - clause.start),
      ),
    )
  )
    return 'no call';
  if (
    own.some((m) =>
      /\btaper(?:ing)?\s+(?:(?:of|off)\s+)?(?:[\w-]+\s+){0,2}$/i.test(
        clause.text.slice(0, m.start - clause.start),
      ),
    )
  )
    return 'no call';
  // "a change in antipsychotic should be considered", "a change to a woman's insulin regimen",
  // "decreasing insulin dosage": the call is on changing it, not on it.
  if (
    own.some(
      (m) =>
        /\b(?:a )?change (?:in|of|to)\s+(?:[\w'’-]+\s+){0,2}$/i.test(
          clause.text.slice(0, m.start - clause.start),
        ) ||
        (/\b(?:decreas|reduc|increas|lower|rais|titrat|adjust)\w*\s+(?:the\s+)?$/i.test(
          clause.text.slice(0, m.start - clause.start),
        ) &&
          /^\s+(?:doses?|dosages?|dosing)\b/i.test(clause.text.slice(m.end - clause.start))),
    )
  )
    return 'no call';
  // "conversion from tacrolimus to cyclosporine", "Switch hydrochlorothiazide to ...": the drug
  // switched away from.
  if (
    own.some(
      (m) =>
        /\b(?:conver\w*|switch\w*|chang\w*|transition\w*)\b[^.;]{0,60}\bfrom\s+(?:[\w-]+\s+){0,2}$/i.test(
          clause.text.slice(0, m.start - clause.start),
        ) ||
        (/\bswitch(?:ing)?\s+(?:[\w-]+\s+)?$/i.test(clause.text.slice(0, m.start - clause.start)) &&
          /^\s+to\b/i.test(clause.text.slice(m.end - clause.start))),
    )
  )
    return 'against';
  // "stop spironolactone", "avoid efavirenz-containing regimens": the verb acts on the drug itself.
  if (
    own.some((m) =>
      /\b(?:stop|stopping|hold|holding|discontinue|discontinuing)\s+(?:\w+ly\s+)?(?:(?:the|all|low-dose|high-dose|low dose|high dose|long-term|oral|IV|intravenous)\s+){0,2}$/i.test(
        clause.text.slice(0, m.start - clause.start),
      ),
    )
  )
    // "Do not stop statins": a double negative keeps the drug going; "stop X if iPTH falls" is a
    // rule for its course, not a call on it.
    return /\b(?:not|never|n't)\s+(?:\w+ly\s+)?(?:stop|hold|discontinue)/i.test(clause.text)
      ? 'for'
      : /\b(?:if|when|once|until|unless)\b/i.test(clause.text)
        ? 'no call'
        : 'against';
  if (
    own.some((m) =>
      /\b(?:with or without|±)\s*$/i.test(clause.text.slice(0, m.start - clause.start)),
    )
  )
    return 'no call';
  // Named only as the alternative ("metformin rather than sulfonylureas"): cannot tell.
  // "aspirin over no aspirin" is a call for it.
  const isAlternative = (m: Span) => {
    const before = clause.text.slice(0, m.start - clause.start);
    return ALTERNATIVE.test(before) && !/\bno\s+$/i.test(before);
  };
  if (own.every(isAlternative)) return 'no call';
  // Named on both sides ("on-demand treatment with NSAIDs over continuous treatment with
  // NSAIDs"): a call for it on one side is none on the whole; "observe rather than treat with
  // IVIG (strong recommendations against IVIG ...)" stays against.
  if (own.some(isAlternative)) {
    const rest = clauseDirection(
      clause,
      mentions.filter((m) => !own.includes(m) || !isAlternative(m)),
      lead,
    );
    return rest === 'for' ? 'no call' : rest;
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
    if (
      reading === 'against' &&
      /^\s*(?:do not|don't|avoid|never)\b/i.test(clause.text.slice(cond ? cond[0].length : 0))
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
        !negations.some((n) => n.start <= c.start && c.start <= n.end + 25) &&
        !turnedDown.some((t) => t.start <= c.start && c.start < t.end) &&
        // "the use of X", "Use of MTX ... was inappropriate": a noun, not a call for X
        !(/^us(?:e|ing)$/i.test(c.text) && /^\s+of\b/i.test(clause.text.slice(c.end, c.end + 6))),
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

/** Where a cue pattern matches in `text`, every match (the pattern's own flags aside). */
function cueSpans(text: string, re: RegExp): { start: number; end: number; text: string }[] {
  return [...text.matchAll(new RegExp(re.source, 'gi'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

const TURNED_DOWN =
  /\b(?:rather than|instead of)\s+(?:treat(?:ing)?|us(?:e|ing)|giv(?:e|ing)|start(?:ing)?)(?:\s+with)?\b/;

/**
 * The governing cue nearest the drug, among `cues`: close before it ("recommend intravenous
 * amifostine"), or close after it for a cue that states a call ("dabigatran ... can be
 * considered"); none when a test, level, reversal, dose change or stop sits between, or is the
 * drug's own predicate. `carrier`: a "recommends that ..." verb, which carries the rest.
 */
function nearestCue(
  text: string,
  cues: { start: number; end: number; text: string }[],
  mentions: Span[],
  isFor: boolean,
  forArgument = false,
): { distance: number; before: boolean; carrier: boolean } {
  const notGoverned = forArgument ? NOT_AN_ARGUMENT : NOT_GOVERNED;
  let best = { distance: Infinity, before: false, carrier: false };
  for (const c of cues) {
    const carrier = isFor && /^\s+that\b/i.test(text.slice(c.end, c.end + 6));
    for (const m of mentions) {
      let distance = Infinity;
      if (c.end <= m.start) {
        const between = text.slice(c.end, m.start);
        // "... the ribavirin should be weight-based dose-adjusted": the drug's own predicate
        // is a dose change, a level or a stop, whatever verb came before
        const predicate = text.slice(m.end, m.end + 40);
        if (
          between.length <= 80 &&
          !notGoverned.test(between) &&
          (forArgument || !PREDICATE_NOT_A_CALL.test(predicate))
        )
          distance = between.length;
      } else if (c.start >= m.end) {
        const between = text.slice(m.end, c.start);
        // what follows the cue counts too ("should be weight-based dose-adjusted"), but not a
        // purpose further on ("not be included in PN admixtures for reducing the risk")
        const object = text.slice(c.end, c.end + 25);
        if (
          between.length <= 90 &&
          !notGoverned.test(between) &&
          !notGoverned.test(object) &&
          (forArgument || CUE_AFTER.test(c.text))
        )
          distance = between.length;
      } else distance = 0;
      if (distance < best.distance) best = { distance, before: c.end <= m.start, carrier };
    }
  }
  return best;
}

// Between a cue and the drug: the cue is about a test, a level, a reversal or a stop, not the drug.
const NOT_GOVERNED =
  /\b(?:load|burden|test(?:s|ing)?|screen\w*|monitor\w*|revers\w*|increas\w*|levels?(?!\s+(?:of evidence|[A-UI-V0-9]{1,3}\b))|concentrations?|stopp\w*|discontinu\w*|reduc\w*|measur\w*|deficien\w*|withdraw\w*|taper\w*|dose[- ](?:reduc\w*|adjust\w*|escalat\w*)|weight-based|upon|before|prior to|after)\b/i;
// For whether the statement is about the drug at all: a test, a level or a timing reference
// between the verb and the drug (stopping, reversing or adjusting it is still about it).
const NOT_AN_ARGUMENT =
  /\b(?:test(?:s|ing)?|screen\w*|monitor\w*|levels?(?!\s+(?:of evidence|[A-UI-V0-9]{1,3}\b))|concentrations?|measur\w*|deficien\w*|upon|before|prior to|after)\b/i;
const PREDICATE_NOT_A_CALL =
  /^[^.;]*?\b(?:dose[- ](?:reduc\w*|adjust\w*|escalat\w*)|(?:be )?adjusted|weight-based|levels?(?!\s+(?:of evidence|[A-UI-V0-9]{1,3}\b))|concentrations?|stopp\w*|discontinu\w*|taper\w*|revers\w*)\b/i;
// After the drug, only a cue that states a recommendation about it ("X is recommended", "X can
// be considered"); a bare "use" or "give" there belongs to something else ("talc preparations
// has resulted in more frequent use of IPCs").
const CUE_AFTER =
  /^(?:recommend\w*|suggest\w*|consider\w*|should|must|may|can|is|are|be|prefer\w*|first-line|first line|second-line|indicated|effective|reasonable|appropriate|option|not|avoid\w*|contraindicated|discourag\w*|inappropriate)/i;

/** The direction of the statement for the drug named at `mentions`; "neutral" when it cannot be told. */
export function directionFor(text: string, mentions: Span[]): Direction {
  // "(efficacy uncertain)": the statement does not say whether to give it
  if (UNCERTAIN.test(text)) return 'neutral';
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
  const found = parts
    .map((c, i) => {
      const previous = parts[i - 1];
      const lead =
        previous && /:\s*$/.test(text.slice(previous.start, c.start)) ? previous.text : '';
      return clauseDirection(c, mentions, lead);
    })
    .filter((d): d is Reading => d !== null && d !== 'no cue');
  // "Use X preferentially in ...; avoid with seizure disorders": a clause with no subject of its
  // own that advises against is about the drug just named, so the statement says both.
  if (
    found.length &&
    parts.some(
      (c) =>
        !mentions.some((m) => m.start >= c.start && m.start < c.end) &&
        (/^\s*(?:avoid|do not use|not for|contraindicated|may be (?:administered|used|given|considered|offered))\b/i.test(
          c.text,
        ) ||
          // "..., although it may be offered as second-line", "Aspirin is recommended for ...,
          // however it is no longer recommended for ...": the pronoun is the drug again
          /^\s*(?:it|they)\s+(?:may|can|should|could|might|(?:is|are)\s+(?:no longer|not)|do\s+(?:suggest|recommend))\b/i.test(
            c.text,
          ) ||
          // "In those with a baseline viral load >100,000, it should be used with caution"
          /^[^;]{0,120}?,\s*(?:it|they)\s+(?:may|can|should|could|might)\b/i.test(c.text)),
    )
  )
    return 'neutral';
  if (found.includes('no call')) return 'neutral';
  const decided = [...new Set(found)] as Direction[];
  return decided.length === 1 ? decided[0]! : 'neutral';
}

const UNCERTAIN =
  /\b(?:(?:efficacy|benefit|effectiveness)\s+(?:is\s+|remains\s+)?(?:uncertain|unclear|unknown|unproven)|(?:uncertain|unclear|unproven)\s+(?:efficacy|benefit))\b/i;
const NEITHER_VERB =
  /^[^;]*?\b(?:is|are)\s+(?:\w+ly\s+)?(?:recommended|indicated|suggested|advised|supported)\b/i;

// Words right after a drug name that make it a lab value, a physiology term or a disorder
// ("heparin-induced", "vitamin D deficiency", "opioid use disorder"), not the drug given.
const NOT_THE_DRUG_AFTER =
  /^(?:\s*\([^()]{0,12}\))?(?:[\s\-–—]+)(?:or\s+[^.;]{0,60}?-(?:associated|induced|related)|laser|sensitive|susceptible|antagonists?|inhibitors?|agonists?|blockers?|effects?|activity|target|goal|carbonate|citrate|gluconate|acetate|phosphate|chloride|sulfate|induced|associated|deficien\w*|levels?|concentrations?|resistance|assays?|testing|tests?|status|screening|receptors?|reuptake|releasing|hormone|withdrawal management|use disorders?|dependence|misuse|abuse|addiction|exposure in utero|antibod\w*|allerg\w*|suppl(?:y|ies)|storage|pneumoperitoneum|insufflation|style|like|tolerance test\w*|requirements?|kinases?|hydroxylase|synthase|reductase|oxidase|transferase|deaminase|dehydrogenase|gradient|stimulation|storm|crisis|(?:matrix\s+)?dressings?|treatment programs?|(?:dose\s+)?conversion|thresholds?|consumption|(?:[\w-]+\s+)?(?:mutations?|variants?|polymorphisms?|genes?|genotypes?))\b/i;

// Words right before it that make it a measurement ("measuring serum testosterone", "low vitamin D").
const NOT_THE_DRUG_BEFORE =
  /\bnon-?\s*$|\bdefects? (?:of|in) (?:the )?$|\bother than\s+$|\(\s*(?:except|excluding)\s+(?:for\s+)?(?:[^()]{0,40}?(?:,|\band\b|\bor\b)\s+)?$|\bdiet\s*\(?\s*(?:with|rich in|including|high in)\s+$|\bexhaled\s*$|\bmonitor(?:ing)?\s+(?:for\s+)?$|\bdyes?\s+(?:such as|like|e\.g\.,?)?\s*$|\bof type [0-9IVX]+\s*$|\b(?:lupus|(?:low|high|elevated|raised|reduced)(?: brain| cerebral| tissue| blood| serum| plasma)?|(?:serum|plasma|blood|urine|urinary|salivary)(?: total| free)?|measur\w*(?: serum| plasma)?|(?:levels?|concentrations?) of(?: serum)?(?:\s+25\s*\(?OH\)?)?)\s+$/i;

// Words before a name that make it the patients' background, not the recommendation.
const BACKGROUND_BEFORE =
  /\b(?:(?:do|does|did) not tolerate|secondary to|due to|caused by|induced by|triggered by|non-?responders? to|despite (?:[\w-]+ ){0,2}(?:management|treatment|therapy|use|doses?) (?:with|of|on)|allergic to|(?:allergy|hypersensitivity) to|(?:for every|per)\s+\d[\d,.]*\s*(?:units?|mg|mcg)\s+of|dependen(?:ce|t) on|addiction to|(?:ab|mis)use of|withdrawal from|(?<!may |might |will )needs? to (?:take|use|be on|continue)|with (?:each|every) dose of|candidates? for|unable to (?:tolerate|receive|take|use)|defined as|interact(?:s|ing)? with|alternative(?:s| drugs?| agents?| treatments?)? to|(?:considered )?(?:inappropriate|unsuitable|ineligible|not eligible|not fit) for|stopped|currently using|(?:patients?|people|adults|children|women|men|those|individuals|users?)\s+(?:who\s+)?(?:are\s+|were\s+)?(?:on|taking|using|who take|who use)|(?<!be |been )treated with|receiving|received|already (?:on|taking|receiving)|currently (?:on|taking)|prior(?!\s+\d)|previous(?:ly)?|history of|failure of|failed|fail(?:ing|ure)? (?:on|to respond to)|cannot (?:tolerate|use|take)|(?:refuse|decline)s? (?:or cannot use )?|intoleran\w* (?:of|to)|adjunct(?:ive)?(?: therapies| therapy)? to|in addition to|not on|despite|exposed to|(?:who|that) (?:received|failed)|experienced (?:in|with)|familiar with|trained in|response to|recommendations on|guidance on|section on|not (?:taking|on|receiving|using)|cannot (?:receive|be given)|requiring|(?:have |has )?completed|after(?: a trial of| treatment with| the)?|following (?:initial |first-line |prior )?(?:treatment|therapy) with|(?:compliance|adherence) (?:with|to)|contraindicated with|interactions? with|(?:with )?(?:concurrent|concomitant)(?!\s+(?:prescri|use\b|administ))|(?:un|non-?)responsive to|refractory to),?\s+((?:(?:(?:or|and)\s+)?(?:[\w-]+,?[\s/]+|\([^()]{0,30}\),?\s+)){0,4})\(?$/i;
const BACKGROUND_AFTER =
  /^(?:\/[\w-]+)*(?:[\s-]+)(?:(?:[\w-]+[\s-]+){0,3}(?:resistance|resistant|failure)|(?:in)?tolerant|intolerance|treated|maintained|naive|naïve|experienced|intake|(?:or|and)\s+[\w-]+\s+(?:intake|use)\b|(?:[\w-]+\s+)?use(?=\s*[,.;()]|\s*$))/i;
// "initiating ... on methadone" puts the drug in the recommendation, not the background.
const STARTS = /\b(?:initiat\w*|start\w*|switch\w*|transition\w*|convert\w*|rotat\w*)\b[^.;]*$/i;

/** The drug is named as the patients' background or history, not as what is recommended. */
export function isBackground(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // "patients with elevated triglycerides on statin therapy": what they already take
  if (
    /(?<!\b(?:based|focus\w*|depend\w*|rel(?:y|ies|ying)|effects?|impact|start\w*|switch\w*|put|placed)\s)\bon\s+$/i.test(
      before,
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
      /\b(?:those|patients|people|individuals|adults|children|women|men)\s+(?:who\s+are\s+)?(?:using|taking|on|receiving)\b/i.test(
        lead,
      )
    )
      return true;
  }
  // "consider adding lamivudine to tenofovir disoproxil", "adding a sulfonylurea, a TZD, ... or a
  // DPP-4 inhibitor to metformin", "the addition of an oral NSAID to paracetamol": what is added
  // to is what they take
  if (
    /\b(?:add(?:ing|ed)?|addition of)\s+[^.;:]{0,200}?\bto\s+(?:[\w-]+\s+){0,2}$/i.test(
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
    !/,\s.*\b(?:with|for|who|which|that|if|when|is|are|should|may|can)\b/i.test(background[1]!)
  );
}

const POPULATION =
  /\b(?:patients?|people|persons?|adults?|children|infants|neonates|women|men|individuals|those|survivors|recipients|users)\b/gi;
const DESCRIBES =
  /\b(?:who|whom|whose|receiving|taking|having|treated|using|while|unresponsive|refractory|resistant|intolerant|exposed|undergoing|despite|following|on)\b/gi;

/**
 * Named inside the description of the patients ("patients who are having antiplatelet agents",
 * "patients who develop neutropenia while receiving pegylated IFN and ribavirin", "episodes ...
 * unresponsive to antiplatelet therapy"): a relative or participial phrase after a word for
 * the patients, with no recommendation and no clause break between it and the drug's list.
 */
function inPatientDescription(text: string, span: Span): boolean {
  const clause = clauses(text).find((c) => span.start >= c.start && span.start < c.end);
  if (!clause) return false;
  const listed =
    clause.start + listStart(clause.text, span.start - clause.start, span.end - clause.start);
  const before = text.slice(clause.start, listed);
  // the last relative or participial word before the drug ("who", "while receiving", "on")
  const marker = [...before.matchAll(DESCRIBES)].pop();
  if (!marker) return false;
  const people = [...before.slice(0, marker.index).matchAll(POPULATION)].pop();
  if (!people || marker.index - people.index > 160) return false;
  const between = before.slice(people.index + people[0].length);
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
    !NOT_THE_DRUG_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))
  );
}

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
  // "Immunocompromise thresholds excluded from these guidelines: corticosteroids >20 mg/day",
  // "patients who meet all of the following criteria: first-line treatment with gemcitabine":
  // what criteria or exclusions list is not recommended
  // "The evidence review considered the following drugs: darifenacin, ...": what was reviewed
  if (
    /\b(?:review|evidence)\b[^.;]{0,40}\bconsidered the following\b[^.;]*$/i.test(
      sentenceBefore(text, span.start),
    )
  )
    return false;
  // "Compared to clonidine, guanfacine appears to ...": the comparison's reference
  if (
    /^\s*(?:compared (?:to|with)|relative to|unlike)\s+(?:[\w-]+\s+){0,3}$/i.test(
      sentenceBefore(text, span.start),
    )
  )
    return false;
  // "Underlying immunosuppression (including malignancy, chemotherapy, corticosteroid therapy"
  if (
    head &&
    /\b(?:immunosuppression|risk factors?|comorbidit\w*|causes?|precipitants?|triggers?)\s*$/i.test(
      text.slice(head.start, head.end),
    )
  )
    return false;
  if (
    /(?:\b(?:criteria|excluded|exclusions?)\b[^:,]{0,40}|\brisk factors?\s*):[^:]*$/i.test(
      sentenceBefore(text, span.start),
    )
  )
    return false;
  const clause = clauses(text).find((c) => span.start >= c.start && span.start < c.end);
  if (!clause) return true;
  const before = text.slice(clause.start, span.start);
  const lead = CONDITION_LEAD.exec(clause.text);
  const inLead = lead !== null && span.start < clause.start + lead[0].length;
  // "If metformin is contraindicated ...": the drug's failure is the condition, not the subject;
  // "When opioids are started ..." or "when prescribing opioids" is about the drug.
  const condition = inLead ? lead[0] : (CONDITION_INSIDE.exec(before)?.[0] ?? null);
  const rest = /^[^,;:]*/.exec(text.slice(span.end, clause.end))![0];
  if (condition && FAILURE.test(`${condition} ${rest}`)) return false;
  // "... only if: • A sulfonylurea is contraindicated or not tolerated"
  if (
    /\b(?:if|unless|when)\s*:\s*(?:•\s*)?(?:an?\s+|the\s+)?$/i.test(
      text.slice(Math.max(0, span.start - 40), span.start),
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
    // 'See "Primary Prevention ..." below for advice on treatment with statins'
    /^\s*see\b/i.test(clause.text) ||
    /\b(?:added|add-on) to\s+(?:[\w/-]+\s+){0,2}$/i.test(before) ||
    // "offer them pharmacotherapy in line with ... Varenicline for smoking cessation (NICE
    // technology appraisal guidance 123)": the title of another guidance
    (/\bin line with\b[^.;]{0,120}$/i.test(before) &&
      /^[^.;]{0,80}\b(?:guidance|guideline)\b/i.test(text.slice(span.end, span.end + 100)))
  )
    return false;
  return true;
}

const FAILURE =
  /\b(?:not (?:effective|tolerated|suitable|appropriate|working)|ineffective|contraindicated|fail\w*|intoleran\w*|poorly tolerated|inadequate\w*|insufficient\w*|not sufficient|unresponsive|resistan\w*|dose of|has not|have not|did not|does not)\b/i;

// Names of substances the body makes or that are lab values: in guideline prose they are the
// drug only with a dose or a form beside them ("glucose monitoring", "thyroid ultrasound").
const SUBSTANCES = new Set([
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
  /^[^.;]{0,40}?\b(?:\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|µg|units?|%|mL)(?!\/d?L)|tablets?|infusion|injection|intravenous|IV|orally|supplement\w*)\b/i;

/** A bare substance word counts as its drug only with a dose or a form beside it. */
export function substanceAsDrug(text: string, span: Span, drugId: string): boolean {
  if (!SUBSTANCES.has(drugId)) return true;
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
  /(?:\(\s*(?:e\.g\.|eg|i\.e\.|such as|including|specifically|for example|currently)?,?|\bsuch as|\be\.g\.,?|\bincluding|\bfor example,?|\bspecifically|\bnamely|\blike)\s*$/i;

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
