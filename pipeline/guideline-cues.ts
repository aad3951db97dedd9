// The words a guideline statement uses to make a call (for, against, no call) and to set a
// situation (a leading condition), how a statement splits into clauses, and which cue governs a
// drug's name. Shared by the reader of what a statement is about (guideline-subject.ts) and the
// reader of its direction (guideline-direction.ts).
export interface Span {
  start: number;
  end: number;
}

export const NO_CALL =
  /\b(?:neither (?:recommends?|suggests?) for nor (?:(?:recommends?|suggests?) )?against|maximum (?:recommended |daily )?dose|consider (?:an? )?(?:alternate|alternative|other|different) |may or may not|or (?:might|may|can) not (?:offer|use|give|prescribe)|should not (?:affect|preclude|prevent|deter|delay)|within \d+ (?:days|hours|weeks) of [\w-]+(?: (?:or|and) [\w-]+)? administration|only (?:offer|prescribe|use|give|consider)|temporary (?:interruption|cessation|discontinuation|withdrawal)|delayed (?:initiation|start)|duration of (?:the )?(?:treatment|therapy) should be|extrapolat\w*|apply (?:this|these|the) (?:guideline|recommendations?)|(?:suggests?|recommends?)\s+patient education\b|educat\w* (?:patients?|people|families|carers)\b|only in (?:select|selected|specific|certain) (?:patient )?(?:populations|patients|groups|cases)|(?:many|some|most) clinicians (?:may |might |would )?(?:prefer|use|choose)|(?:begin|start|commence|initiat)\w*\s+(?:after|no earlier than)\b|standard doses? of|(?:lower|higher|smaller|larger) doses? than|doses? (?:no|not) (?:greater|higher|more) than\b|referral to (?:a )?(?:sub)?specialist|(?:regimen|schedule) of [\w-]+(?: [\w-]+)? \d+(?:\.\d+)? ?(?:mg|g|mcg|µg|units?)\b|be re-?(?:started|initiated|introduced) (?:until|after|when|once)|no more than \d|(?:suggests?|recommends?) the following (?:[\w-]+ ){0,2}(?:doses?|dosing|dosages?)\b|(?:is|are) not (?:a |the )?first[- ]line\b|(?:stop|discontinu|hold|withhold)\w* [^.;]{0,80}\b(?:before|prior to|for (?:elective |planned )?(?:surgery|procedures?))\b|(?:not|never) (?:be )?(?:used|offered|given|prescribed|recommended) as (?:the |a )?(?:standard |routine |initial )?first[- ]line\b|(?:at|with) (?:a |an )?(?:once|twice|three times)[- ](?:a[- ])?(?:day|daily) dos\w*|reduction (?:in|of) [^.;]{0,60}\bdos(?:e|es|age|ing)\b|but (?:may|might|can) (?:provide|offer|be of|have) (?:[\w-]+ ){0,2}benefit|(?:used?|prescribed|given) with (?:great |particular |extra )?care|prescribed with (?:strict|clear|defined|definitive)\b|should not (?:represent|constitute|be) (?:a |an )?(?:justification|reason|excuse)\b|in preference to (?:higher|lower|larger|smaller) (?:[\w-]+ )?doses?\b|re-?(?:introduction|initiation|start) of (?:[\w-]+ ){0,4}(?:after|until|once)\b|(?:should|must|may) be (?:deferred|postponed)\b|(?:continu|us|treat|giv|prescrib)\w*\s+(?:[\w-]+\s+){0,3}for (?:longer|more) than (?:\d+|one|two|three|four|six|eight|twelve) (?:days?|weeks?|months?|years?)\b|(?:offer|prescribe|use|give|consider)\s+[\w-]+(?:\s+[\w-]+)?\s+only\s+(?:for|in|if|when|where)\b|(?:use|prescribe|give)\s+(?:[\w-]+\s+){1,2}with (?:great |particular |extra )?care\b|target\w*\s+(?:[\w-]+\s+){0,4}to\s+(?:a\s+)?(?:lower|higher)\s+(?:international normali[sz]ed ratio|INR)\b|(?:do not|don't|should not) (?:routinely )?(?:exclude|withhold|deny)\b|for (?:\d+|one|two|three|four|six|eight|twelve|twenty-four|forty-eight) (?:weeks?|months?) of (?:treatment|therapy)\b|route (?:for|of) (?:[\w-]+ ){0,2}(?:delivery|administration)\b|(?:versus|vs\.?|over|rather than) ["“]?(?:as[- ]requested|as[- ]needed|PRN|on[- ]demand|intermittent|continuous)\b|(?:does|do|did) not suggest that|only (?:in|within) (?:the )?(?:context of )?(?:an? )?(?:clinical )?(?:research|trials?)|in the context of (?:an? )?(?:clinical )?(?:research|trials?)|over (?:\d+|one|two|three|six|nine|twelve) (?:months?|weeks?|years?) of (?:therapy|treatment)|over extended (?:therapy|treatment)|(?:only (?:in|under) )?(?:select|selected|specific|certain|exceptional|limited|rare) circumstances only|only (?:in|under) (?:select|selected|specific|certain|exceptional|limited|rare) circumstances|less (?:favou?red|preferred|efficacious|effective)|not recommend (?:any|a) particular|there (?:is|are|remains?) insufficient data|no evidence of (?:an |any )?effect|(?:has|have) not been shown to|switch(?:ing)? from (?:oral|intravenous|IV|subcutaneous|SC|intramuscular|IM|topical) to (?:oral|intravenous|IV|subcutaneous|SC|intramuscular|IM|topical)|insufficient evidence|inconclusive|no recommendation|(?:cannot|unable to) (?:make a )?recommend\w*|advis\w+ (?:[\w-]+ ){0,10}to avoid|obviate\w*|(?:not|no) (?:a )?substitute|(?:does|do) not replace|neither for nor against|for or against|support or refute|evidence is (?:lacking|limited|insufficient)|no evidence (?:to suggest|that)|data (?:are|is) (?:extremely )?(?:scarce|limited|lacking|conflicting)|stop or continue|no preference|(?:may|can) be omitted|(?:do|does|did) not (?:require|need)|should only be (?:offered|used|given|prescribed|considered)|supervised by|under the supervision|cautious(?:ly)?|caution|restrict\w*|reserv\w* (?:[^;]{0,60}?\b)?(?:for|to)\b|(?:decreas|reduc|lower)\w* (?:the )?(?:\w+ )?dose|lowest (?:effective |recommended )?dose|decision to (?:initiate|start|use|stop|continue)[^.;]{0,300}(?:individual|shared)|individual (?:decision|one)|continue or stop|whether (?:or not )?to|no need to|(?:should|must) be reserved for|use caution|with caution|preferred over \d+|(?:avoid|not exceed(?:ing)?)\s+(?:increasing\s+)?(?:the\s+|a\s+)?dos(?:e|es|age|ing)|(?:not|never)\s+(?:be\s+)?(?:use[ds]?|give[ns]?|offer(?:ed)?|prescribe[ds]?)\s+(?:[\w-]+\s+){0,3}as\s+(?:a\s+)?monotherapy|(?:studies|trials|research)\b[^.;]{0,160}\b(?:be (?:conducted|performed|undertaken)|(?:is|are) needed)|(?:analysis|study|trial|studies|trials)\s+(?:showed|found|demonstrated|reported|observed)|only (?:patients|people|those|adults|children|women|men)\b[^.;]{0,80}\bshould (?:receive|be given|be offered|be treated with))\b/i;
export const AGAINST =
  /\b(?:(?:choose|decide)s? not to (?:prescribe|use|offer|give)|(?:there is )?no indication for (?:offering|using|giving|prescribing|starting|the use of)|(?:might|may) not be (?:considered|used|offered))\b|(?:\(\s*not\s+(?!in\b|for\b|during\b|if\b|when\b|recommended\b|available\b|currently\b|yet\b|always\b)(?=[^()]{1,40}\)))|\b(?:can ?not be recommended|(?:does|do|did) not (?:\w+ly )?(?:recommend|suggest(?!\s+that))(?!\s+(?:any particular|a particular|for or against|either))|recommend(?:s|ed)? against|suggest(?:s|ed)? against|advise(?:s|d)? against|(?:should|must) (?:\w+ly )?not|shall not|no (?:additional|further)|not (?:\w+ly )?(?:be )?(?:recommended|indicated|advised|routinely)|(?:do )?not (?:\w+ly )?(?:[\w-]+ or )?(?:use|give|administer|prescribe|start|offer|initiate|routinely|add|adding|combine|treat|using|starting|initiating|prescribing|offering|giving|administering|switch(?:ing)? to)|don't|not to (?:use|add|give|start|offer|prescribe|administer|initiate|combine)|(?:(?<=\b(?:recommends?|suggests?|advises?|try|aim|important|best|prudent|reasonable)\s+to\s)|(?<!\bto\s))avoid(?:ed|ing)?|no role|not be (?:used|given|offered|prescribed|initiated|started|included|added|administered|continued)|is not (?:indicated|recommended)|contraindicated|discontinu(?:e|ed|ation|ing)|withhold\w*|withdraw(?:ing)?|taper(?:ed)? (?:off|and discontinue)|against the use|discourag\w*|inappropriate|not appropriate|(?:is|are|be) not (?:used|given|co-?administered|combined))\b/i;
export const FOR =
  /\b(?:discussed as an? (?:alternative|option)|switch(?:ing)? to(?! (?:a different|another|an alternative)\b)|recommends?|recommended|suggests?|should (?:be )?(?:select|use|consider|receive|offer|given|used|offered|started|treated|prescribed|initiated|continued|added|administered|provided|commenced|considered|included|maintained|preferred|employed|tried)|should receive|use|using|give|giving|start|initiate|administer|prefer(?:red|ably)?|first-line|second-line|first line|consider(?:ed)?(?!\s+to be\b)|offer(?:ed)?|continue|treat(?:ed)? with|prescribe|add|is (?:an )?(?:effective|reasonable|appropriate|indicated)|are (?:effective|reasonable|appropriate|indicated)|may be (?:used|given|considered|offered|beneficial|prescribed|added)|can be (?:used|given|considered|offered|prescribed)|is beneficial|are beneficial|(?:is|are) (?:a |an )?(?:treatment )?options?|(?:is|are) (?:an? )?(?:efficacious|effective|reasonable|acceptable|suitable|safe) (?:treatment |therapeutic )?(?:alternatives?|options?)|treatment options? (?:for|include)|alternatives?(?: (?:regimens?|agents?|antimicrobials?|drugs?))?(?: for [^.;:]{0,60})? include|reasonable to (?:try|use|give|offer|consider)|may be (?:appropriate|reasonable)|treat\b[^;.]{0,60}\bwith|optimi[sz]e|ensure adequate|(?:is|are) warranted)\b/i;
// "rather than X", "instead of X", "over X": X is the alternative, not what is recommended
// (an "i.e." or "e.g." inside does not end it).
export const ALTERNATIVE =
  /\b(?:rather than|(?<!\b(?:more|less|greater|fewer|longer|other|no)\s)than(?=\s+the\b)|instead of|in preference to|(?:preferable|preferred|superior) to|ahead of|in place of|in substitution for|in lieu of|(?:as (?:a )?|\ba )(?:substitute|replacement) for|over|versus|vs\.?|compared with|(?:concomitant(?:ly)?|co-?administered|coadministered|together) with)\b(?:[^.;]|\b(?:i\.e|e\.g)\.){0,60}$/i;
// The turned-down alternative runs on past an "or" to another regimen: "... is recommended rather
// than six cycles of cyclophosphamide, methotrexate and 5-fluorouracil (CMF) or four cycles of
// adriamycin, cyclophosphamide (AC)" (no verb on the way: "rather than a TNFi and conditionally
// recommend using ... abatacept or tocilizumab" is a new call).
export const ALTERNATIVE_OR =
  /\b(?:rather than|instead of|in preference to)\b(?:(?!\b(?:recommends?|suggests?|use|using|consider|offer|give|should|must|may)\b)[^.;]){0,80}\bor\s+(?:(?!(?:use|using|give|giving|consider|offer|start|add|switch|prescribe|treat)\b)[\w-]+,?\s+){0,4}$/i;
// A leading condition ("If baclofen is not effective, consider tizanidine"): a drug named there
// is the situation, not the recommendation.
// The condition runs on over ", or ..." ("If there is no response to adding X, or adding Y, stop").
export const CONDITION_LEAD =
  /^\s*(?:if|when|where|unless|for|in|among|after|before|during|once|at(?!\s+(?:least|most)\b))\b(?:(?!\b(?:should|must|recommends?|suggests?)\b)[^,;:])*?(?:,\s*(?:or|and)\s+(?:(?!\b(?:should|must|recommends?|suggests?)\b)[^,;:])*?)*(?:,|\bthen\b)/i;
// A condition inside the clause ("..., if the dose of warfarin is greater than 5 mg").
export const CONDITION_INSIDE = /\b(?:if|unless|when|in whom|whose)\b[^,;:]*$/i;

export interface Clause {
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

/** The clause of `text` that holds position `pos`, if any. */
export function clauseAt(text: string, pos: number): Clause | undefined {
  return clauses(text).find((c) => pos >= c.start && pos < c.end);
}

/** Where a cue pattern matches in `text`, every match (the pattern's own flags aside). */
export function cueSpans(text: string, re: RegExp): { start: number; end: number; text: string }[] {
  return [...text.matchAll(new RegExp(re.source, 'gi'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/**
 * The governing cue nearest the drug, among `cues`: close before it ("recommend intravenous
 * amifostine"), or close after it for a cue that states a call ("dabigatran ... can be
 * considered"); none when a test, level, reversal, dose change or stop sits between, or is the
 * drug's own predicate. `carrier`: a "recommends that ..." verb, which carries the rest.
 */
/**
 * The length of the words between a mention and a cue after it, brackets left out: in
 * "formulations (arginine with other agents, including eicosapentaenoic acid [EPA], ...) should
 * not be used" the rest of the bracket the drug sits in is an aside, not distance from the verb.
 */
function spokenLength(between: string): number {
  let s = between.replace(/\[[^[\]]*\]/g, '');
  const close = s.indexOf(')');
  if (close >= 0 && !s.slice(0, close).includes('(')) s = s.slice(close + 1);
  return s.replace(/\([^()]*\)/g, '').length;
}

export function nearestCue(
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
        // "use dose-adjusted VKA": the adjective is how to use it, not a dose change
        const between = text.slice(c.end, m.start).replace(/\bdose-adjusted\s+$/i, '');
        // "... the ribavirin should be weight-based dose-adjusted": the drug's own predicate
        // is a dose change, a level or a stop, whatever verb came before
        const predicate = text.slice(m.end, m.end + 40);
        if (
          between.length <= 80 &&
          !notGoverned.test(between) &&
          // "to use it for the emergency management of suspected opioid overdose"
          (forArgument || !/^\s*(?:overdose|toxicity|poisoning|intoxication)\b/i.test(predicate)) &&
          // "recommends a dosage of 12.5-25 mg/day of chlorthalidone": the cue is about the dose
          (forArgument || !/\bdos(?:age|e) of \d/i.test(between)) &&
          (forArgument || !PREDICATE_NOT_A_CALL.test(predicate))
        )
          distance = between.length;
      } else if (c.start >= m.end) {
        const between = text.slice(m.end, c.start);
        // what follows the cue counts too ("should be weight-based dose-adjusted"), but not a
        // purpose further on ("not be included in PN admixtures for reducing the risk")
        const object = text.slice(c.end, c.end + 25);
        if (
          spokenLength(between) <= 90 &&
          !notGoverned.test(between) &&
          // "factor VIIa (90 mcg/kg IV) if protamine is contraindicated": a cue inside a condition
          // about another drug
          !/\bif\s+(?:[\w-]+\s+){1,3}(?:is|are)\s*$/i.test(between) &&
          // "Vancomycin dosage should be administered and adjusted ...", "Opioid risk assessment
          // tools ... should be used": the cue is about what follows the name
          (forArgument ||
            !/^\s*-?(?:dos(?:age|ing)|overdose|toxicity|poisoning|intoxication|risk assessment|related|associated|induced)\b/i.test(
              between,
            )) &&
          !notGoverned.test(object) &&
          (forArgument ||
            (CUE_AFTER.test(c.text) &&
              // "may be useful in delaying or sometimes totally avoiding intervention": the
              // avoiding has its own object
              !(
                /^avoid/i.test(c.text) &&
                /^\s+(?!(?:it|them|this|these|its|their|use|using|in|if|when|during|for|unless|except|with)\b)[a-z]/i.test(
                  object,
                )
              )))
        )
          distance = spokenLength(between);
      } else distance = 0;
      if (distance < best.distance) best = { distance, before: c.end <= m.start, carrier };
    }
  }
  return best;
}

// Between a cue and the drug: the cue is about a test, a level, a reversal or a stop, not the drug.
export const NOT_GOVERNED =
  /\b(?:load|burden|TDM|to guide|test(?:s|ing)?|screen\w*|monitor\w*|revers\w*|increas\w*|levels?(?!\s+(?:of evidence|[A-UI-V0-9]{1,3}\b))|concentrations?|stopp\w*|discontinu\w*|reduc\w*|measur\w*|deficien\w*|withdraw\w*|taper\w*|dose[- ](?:reduc\w*|adjust\w*|escalat\w*)|weight-based|patients? (?:who are )?prescribed|(?<!\bat\s(?:the\s)?)minim(?:um|al) (?:effective )?(?:[\w-]+ )?dose|upon|before|prior to|after|since)\b/i;
// For whether the statement is about the drug at all: a test, a level or a timing reference
// between the verb and the drug (stopping, reversing or adjusting it is still about it).
export const NOT_AN_ARGUMENT =
  /\b(?:test(?:s|ing)?|screen\w*|monitor\w*|levels?(?!\s+(?:of evidence|[A-UI-V0-9]{1,3}\b))|concentrations?|measur\w*|deficien\w*|upon|before|prior to|after)\b/i;
export const PREDICATE_NOT_A_CALL =
  /^[^.;]*?\b(?:dose[- ](?:reduc\w*|adjust\w*|escalat\w*)|(?:be )?adjusted|weight-based|levels?(?!\s+(?:of evidence|[A-UI-V0-9]{1,3}\b))|concentrations?|stopp\w*|discontinu\w*|taper\w*|revers\w*)\b/i;
// After the drug, only a cue that states a recommendation about it ("X is recommended", "X can
// be considered"); a bare "use" or "give" there belongs to something else ("talc preparations
// has resulted in more frequent use of IPCs").
export const CUE_AFTER =
  /^(?:recommend\w*|suggest\w*|consider\w*|should|must|may|can|is|are|be|prefer\w*|first-line|first line|second-line|indicated|effective|reasonable|appropriate|option|not|avoid\w*|contraindicated|discourag\w*|inappropriate)/i;
