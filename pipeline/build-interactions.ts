// The pairwise interaction table, read from label text: where one drug's label (boxed
// warning, contraindications, warnings, drug interactions) names another drug or a class it
// belongs to, the sentence, its section and its severity as the label words it. Class
// membership comes from the data (label EPC classes, studies that list members), never
// from memory. Nothing is reworded; a long sentence is cut around the mention, marked "…".
import type { DrugMatcher } from '../src/core/drug-matcher';
import type {
  InteractionFile,
  Severity,
  ClassesFile,
  INTERACTION_SECTIONS,
} from '../src/core/index-schema';
import { asTransmitter } from './body-substances';
import type { ClassMembership } from './build-classes';
import { CLASS_PHRASES } from './class-phrases';
import { cleanSection, sentences } from './label-text';
import type { RawLabel } from './label-types';

type Section = (typeof INTERACTION_SECTIONS)[number];

/** openFDA keys read for each section; every present key is read. */
const SECTION_KEYS: [Section, string[]][] = [
  ['boxedWarning', ['boxed_warning']],
  ['contraindications', ['contraindications']],
  // (an OTC label's Drug Facts warnings: "Do not use", "Ask a doctor or pharmacist before use if
  // you are taking ...")
  [
    'warnings',
    [
      'warnings_and_cautions',
      'warnings',
      'precautions',
      'general_precautions',
      'do_not_use',
      'ask_doctor',
      'ask_doctor_or_pharmacist',
    ],
  ],
  ['interactions', ['drug_interactions']],
];

/** Outside the interactions section a sentence must be about using drugs together. */
const COMBINED_USE =
  /\b(?:concomitant|concurrent|co-?administ|coadminist|combin|together with|in addition to|interact|taking|receiving|treated with|use with|used with|given with|with other|plus)\w*/i;
/** Cross-sensitivity ("asthma after taking aspirin or other NSAIDs") is not an interaction. */
const CROSS_SENSITIVITY = /\bhypersensitiv|\ballerg|\banaphyla|\burticaria|\bbronchospas/i;
/** The label reports that there is no interaction worth acting on. */
const NO_INTERACTION =
  /\bfalse-positive\b|\bno (?:clinically |apparent |pharmacokinetic )*(?:significant|relevant|meaningful|important|interaction|effect|dose adjustment|dosage adjustment)\b|\bdid not (?:significantly )?(?:alter|affect|change|influence|increase|decrease)\b|\bnot (?:clinically )?significant(?:ly)?\b|\bhad no\b|\bwas not (?:affected|altered|changed)\b|\bno (?:change|changes)\b/i;

const CONTRAINDICATED =
  /\bcontraindicat|\bdo not (?:use|administer|co-?administer|coadminister|take|start|initiate|prescribe)\b|\bmust not\b/i;
const AVOID = /\bavoid|\bnot recommended\b|\bshould not\b|\bdo not\b/i;
const MONITOR =
  /\bmonitor|\bcaution|\bclosely\b|\bobserve\b|\badjust|\breduc(?:e|ing) the (?:dose|dosage)|\bdose reduction|\bconsider\b|\blower (?:dose|dosage)|\bassess\b|\bevaluat|\bmeasure\b|\bcheck\b|\breserve\b|\blimit\b|\bfollow patients\b/i;

export function severityOf(sentence: string, section: Section): Severity {
  if (CONTRAINDICATED.test(sentence)) return 'contraindicated';
  if (AVOID.test(sentence)) return 'avoid';
  if (section === 'contraindications') return 'contraindicated';
  if (MONITOR.test(sentence)) return 'monitor';
  return 'noted';
}

const MAX_TEXT = 600;
/** Of a long table row, the opening kept before the words around a later mention. */
const HEAD = 240;

/**
 * The sentence, or, when it is very long, as much of it as shows the mention: its opening, where
 * the mention falls in it; else the opening (a table row's heading and clinical impact) and the
 * words around the mention, "…" between. Each mention gets its own cut, so the quote shown for a
 * pair always names the other drug ("Table 2 ... amiodarone, capecitabine, ..." cut after
 * amiodarone named no ritonavir).
 */
function excerpt(sentence: string, at: number, end: number): string {
  if (sentence.length <= MAX_TEXT) return sentence;
  const wordEnd = (i: number) =>
    i >= sentence.length ? sentence.length : sentence.lastIndexOf(' ', i);
  if (end <= MAX_TEXT - 40) return `${sentence.slice(0, wordEnd(MAX_TEXT)).trim()} …`;
  const head = sentence.slice(0, wordEnd(HEAD)).trim();
  const from = sentence.indexOf(' ', Math.max(HEAD, at - 120)) + 1;
  const to = Math.max(wordEnd(from + MAX_TEXT - HEAD), end);
  const gap = from > head.length + 1 ? ' … ' : ' ';
  return `${head}${gap}${sentence.slice(from, to).trim()}${to < sentence.length ? ' …' : ''}`;
}

/**
 * The units to read: sentences, except in the PLR interaction table ("<drug or class>
 * Clinical Impact: … Intervention: … Examples: …"), flattened to text by openFDA, where
 * sentence splitting would give one row's "Avoid" to the next row's drugs. There each row
 * is one unit: its heading, clinical impact, intervention and examples.
 */
export function units(text: string, matcher: DrugMatcher): string[] {
  const impacts = [...text.matchAll(/Clinical Impact:/g)].map((m) => m.index);
  if (impacts.length < 2) return sentences(text);
  let start = headingStart(text.slice(0, impacts[0]), matcher, false);
  const out = sentences(text.slice(0, start));
  for (let k = 0; k < impacts.length; k++) {
    const next = impacts[k + 1];
    const end = next === undefined ? text.length : headingStart(text.slice(0, next), matcher, true);
    out.push(text.slice(start, end).trim());
    start = end;
  }
  return out.filter(Boolean);
}

/**
 * Where the row heading that ends `before` starts: after the previous row's "Examples:" list
 * (its last comma-separated item is a drug name, the heading follows it), or after the
 * previous sentence.
 */
function headingStart(before: string, matcher: DrugMatcher, afterRow: boolean): number {
  const examples = before.lastIndexOf('Examples');
  const sentenceEnd = Math.max(before.lastIndexOf('. '), before.lastIndexOf(': '));
  if (afterRow && examples > sentenceEnd - 12) {
    const lastComma = before.lastIndexOf(',');
    const from = Math.max(lastComma + 1, before.indexOf(' ', examples + 8) + 1);
    const tail = before.slice(from);
    const lead = tail.match(/^\s*/)![0].length;
    const first = matcher.find(tail.slice(lead), { medicationContext: true })[0];
    const itemEnd =
      first && first.start === 0 ? first.end : tail.slice(lead).search(/\s/) + 1 || tail.length;
    return from + lead + itemEnd;
  }
  return sentenceEnd >= 0 ? sentenceEnd + 2 : 0;
}

/**
 * "certain muscle relaxants (i.e., cyclobenzaprine, metaxalone)", "NSAIDs -Fenamates": the label
 * means the drugs it lists or the subgroup it names, not the whole class, so the class is not
 * expanded to its members.
 */
function qualifiedClass(sentence: string, m: RegExpExecArray): boolean {
  const before = sentence.slice(Math.max(0, m.index - 30), m.index);
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
  return (
    /\b(?:certain|some|select|selected|specific|particular)\s+(?:[\w-]+\s+)?$/i.test(before) ||
    /^\s*\(\s*i\.e\./i.test(after) ||
    // (a subgroup after a dash: levothyroxine's "Non-Steroidal Anti-inflammatory Drugs -Fenamates")
    /^\s*[-–]\s*[A-Z][a-z]+s\b/.test(after)
  );
}

/** Words of something taken, near a name that needs them (see takenNear). */
const TAKEN =
  /\b(?:supplement\w*|contain\w*|preparations?|products?|antacids?|salts?|oral|orally|intravenous\w*|IV|infusions?|solutions?|fortified|multivitamins?|cations?|chelat\w*|based|administ\w*|doses?|given|taking|taken|binders?)\b/i;

/** A word of something taken within a few words of the mention. */
function takenNear(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 40);
  return TAKEN.test(`${before} \u0000 ${after}`);
}

/**
 * The sentence names members of the class it heads as what it speaks of, not as examples: "(A)
 * HMG-CoA Reductase Inhibitors: The concomitant administration of gemfibrozil with simvastatin is
 * contraindicated" contraindicates simvastatin, not every statin; "Anticoagulant: Warfarin" speaks
 * of warfarin. (Examples stand for the class, "Phosphate binders (e.g., calcium carbonate, ...)",
 * "Examples of Drugs Within Class"; so does "clarithromycin (or other macrolides)"; a name that
 * is the class's own word, "insulin", is no member named; and a member named before the class
 * or joined to it, "MAO inhibitors or linezolid", is named beside it, not as what it means.)
 */
function namesItsOwnMembers(
  sentence: string,
  classMatch: RegExpExecArray,
  named: { start: number; end: number; drugIds: string[] }[],
  members: string[],
): boolean {
  const from = classMatch.index;
  const to = from + classMatch[0].length;
  if (/\b(?:or|and|and\/or)\s+other\s+$/i.test(sentence.slice(Math.max(0, from - 20), from)))
    return false;
  // (a class joined to a drug as another subject: "MAO inhibitors or linezolid")
  if (/^\s*(?:,|or|and|and\/or)\s/i.test(sentence.slice(to, to + 8))) return false;
  const set = new Set(members);
  const word = classMatch[0].toLowerCase();
  // (or a member the class describes: "concurrent verapamil, a calcium-channel blocker")
  const own = named.filter(
    (m) =>
      m.drugIds.some((d) => set.has(d)) &&
      (m.start >= to || APPOSITION.test(sentence.slice(m.end, from))) &&
      !word.includes(sentence.slice(m.start, m.end).toLowerCase()),
  );
  // (the examples are the class's own: "Ergot derivatives, e.g. dihydroergotamine" earlier in
  // a list does not make "PDE-5 inhibitor: sildenafil ..." an example)
  const examples =
    EXAMPLES_HEADER.test(sentence.slice(0, from)) ||
    own.some((m) => EXAMPLES.test(sentence.slice(to, m.start)));
  return own.length > 0 && !examples;
}
const EXAMPLES = /\b(?:e\.\s?g\.?|such as|including|for example|for instance|examples?)(?![\w])/i;
const APPOSITION = /^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;
const EXAMPLES_HEADER = /\bExamples? of (?:Concomitant )?Drugs? Within (?:the )?Class\b/i;

export interface InteractionInput {
  /** every drug id: drugs without a label get an empty row, so a missing file means a broken index */
  drugIds: string[];
  /** drug id → its chosen label and that label's ingredient ids */
  labels: Map<
    string,
    {
      label: RawLabel;
      ingredients: string[];
      title: string;
      url: string;
      effectiveDate: string | null;
    }
  >;
  classes: Map<string, ClassMembership>;
  /** group id ("calcium") → its member drug ids */
  groups: Map<string, string[]>;
  matcher: DrugMatcher;
  schemaVersion: number;
}

export function buildClassesFile(
  classes: Map<string, ClassMembership>,
  schemaVersion: number,
): ClassesFile {
  const out: ClassesFile['classes'] = {};
  for (const phrase of CLASS_PHRASES) {
    const members: Record<string, string> = {};
    const notInGuidelines: Record<string, string> = {};
    for (const [id, m] of [...classes].sort(([a], [b]) => a.localeCompare(b))) {
      const source = m.phrases.get(phrase.key);
      if (source) members[id] = source;
      const why = m.notInGuidelines?.get(phrase.key);
      if (why) notInGuidelines[id] = why;
    }
    out[phrase.key] = {
      label: phrase.label,
      members,
      ...(Object.keys(notInGuidelines).length ? { notInGuidelines } : {}),
    };
  }
  return { schemaVersion: schemaVersion as ClassesFile['schemaVersion'], classes: out };
}

export function buildInteractions(input: InteractionInput): Map<string, InteractionFile> {
  const membersOf = new Map<string, string[]>();
  for (const phrase of CLASS_PHRASES) membersOf.set(phrase.key, []);
  for (const [id, m] of [...input.classes].sort(([a], [b]) => a.localeCompare(b)))
    for (const key of m.phrases.keys()) membersOf.get(key)?.push(id);

  const out = new Map<string, InteractionFile>();
  for (const id of input.drugIds) {
    const chosen = input.labels.get(id);
    if (!chosen) {
      out.set(id, {
        schemaVersion: input.schemaVersion as InteractionFile['schemaVersion'],
        id,
        label: null,
        statements: [],
        pairs: {},
      });
      continue;
    }
    const { label, ingredients, title, url, effectiveDate } = chosen;
    // (a calcium salt's label naming "calcium" speaks of itself)
    const own = new Set([id, ...ingredients]);
    const groups = [...input.groups].filter(([, m]) => m.some((d) => own.has(d)));
    const self = new Set([...own, ...groups.map(([g]) => g)]);
    const ownClasses = new Set(
      [...membersOf].filter(([, ids]) => ids.some((d) => self.has(d))).map(([key]) => key),
    );
    const file: InteractionFile = {
      schemaVersion: input.schemaVersion as InteractionFile['schemaVersion'],
      id,
      label: { setId: label.set_id, title, effectiveDate, url },
      statements: [],
      pairs: {},
    };
    const seenText = new Map<string, number>();
    const add = (other: string, statement: number, via: string) => {
      if (self.has(other)) return;
      const row = (file.pairs[other] ??= []);
      if (!row.some(([s]) => s === statement)) row.push([statement, via]);
    };
    for (const [section, keys] of SECTION_KEYS) {
      for (const key of keys) {
        const raw = label.sections[key];
        if (!raw?.trim()) continue;
        for (const sentence of units(cleanSection(raw), input.matcher)) {
          if (sentence.length < 12 || NO_INTERACTION.test(sentence)) continue;
          // A contraindication that names another drug is about using them together.
          if (
            section !== 'interactions' &&
            section !== 'contraindications' &&
            !COMBINED_USE.test(sentence)
          )
            continue;
          if (
            CROSS_SENSITIVITY.test(sentence) &&
            !/concomitant|coadminist|co-administ/i.test(sentence)
          )
            continue;
          // (a name that is also a word, a lab or a mineral is a drug here only beside a word of
          // something taken: "calcium supplements", "antacids containing ... calcium", not "serum
          // electrolytes (potassium, calcium)", "calcium oxalate calculi" or "Perform a
          // cardiovascular evaluation" (Perform, a menthol gel); alcohol, in a label's warnings, is
          // the drink: "CNS depressants, including alcohol")
          const plain = new Set(input.matcher.find(sentence).map((m) => m.start));
          const named = input.matcher
            .find(sentence, { medicationContext: true })
            .filter(
              (m) =>
                m.drugIds.some((d) => !self.has(d)) &&
                !asTransmitter(sentence, m.start, m.end) &&
                (plain.has(m.start) ||
                  m.drugIds.includes('alcohol') ||
                  takenNear(sentence, m.start, m.end)),
            );
          const classHits = CLASS_PHRASES.map((p) => ({ p, m: p.pattern.exec(sentence) })).filter(
            (c): c is { p: (typeof CLASS_PHRASES)[number]; m: RegExpExecArray } =>
              c.m !== null &&
              !qualifiedClass(sentence, c.m) &&
              !namesItsOwnMembers(sentence, c.m, named, membersOf.get(c.p.key) ?? []) &&
              // A label naming its own drug's class ("opioids" in an opioid's label) speaks of
              // the drug itself, unless it says "other opioids" or "additional opioids".
              (!ownClasses.has(c.p.key) ||
                /\b(?:other|another|additional|multiple)\s+$/i.test(sentence.slice(0, c.m.index))),
          );
          const hits = [
            ...named.map((m) => ({ at: m.start, end: m.end, ids: m.drugIds, via: 'drug' })),
            ...classHits.map(({ p, m }) => ({
              at: m.index,
              end: m.index + m[0].length,
              ids: membersOf.get(p.key) ?? [],
              via: p.key,
            })),
          ];
          // (a drug named twice in one long sentence is quoted where it is first named; a name before
          // a class that holds it)
          const quoted = new Set<string>();
          for (const hit of hits) {
            const text = excerpt(sentence, hit.at, hit.end);
            let index = seenText.get(text);
            if (index === undefined) {
              index = file.statements.length;
              file.statements.push({ section, severity: severityOf(sentence, section), text });
              seenText.set(text, index);
            }
            for (const d of hit.ids) {
              if (quoted.has(`${d} ${hit.via}`)) continue;
              quoted.add(`${d} ${hit.via}`);
              add(d, index, hit.via);
            }
          }
        }
      }
    }
    out.set(id, file);
  }
  return out;
}
