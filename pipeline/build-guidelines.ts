// Guideline statements linked to the drugs they name, directly or by class.
import { basename } from 'node:path';
import { isEnglishWord } from './ambiguity';
import type { DrugMatcher } from '../src/core/drug-matcher';
import type { GuidelineStatement } from '../src/core/index-schema';
import type { ClassMembership } from './build-classes';
import type { StudyDraft } from './read-research';
import { CLASS_PHRASES } from './class-phrases';
import type { Span } from './guideline-cues';
import { directionFor } from './guideline-direction';
import {
  concernsDrug,
  inLeadingRationale,
  namesTheDrug,
  substanceAsDrug,
} from './guideline-subject';
import { listFiles, readJsonl } from './sources';

type Draft = Omit<GuidelineStatement, 'via' | 'direction'>;

interface PublishedGuideline {
  id: string;
  title: string;
  issuer: string;
  year: number;
  citation: string;
  pmid: string | null;
  doi: string | null;
  conditions: string[];
  grading?: string;
  superseded_by?: string;
  source_urls?: string[];
  recommendations: {
    number: number | string;
    population?: string;
    strength?: string;
    evidence?: string;
    text: string;
  }[];
}
interface DeckGuideline {
  id: string;
  title: string;
  issuer: string;
  year: number;
  url: string;
  pmid: string | null;
  topic: string;
  system: string;
  recommendations: { text: string }[];
  thresholds_doses?: string[];
  superseded: boolean;
  provenance: string;
}

export interface GuidelinesRead {
  statements: Draft[];
  files: { name: string; records: number }[];
}

export function readGuidelines(dir: string, guidelineRecords: StudyDraft[]): GuidelinesRead {
  const statements: Draft[] = [];
  const files: { name: string; records: number }[] = [];
  const published = new Set<string>();
  for (const file of listFiles(dir, /^guidelines.*\.jsonl$/)) {
    const rows = readJsonl<PublishedGuideline>(file);
    files.push({ name: basename(file), records: rows.length });
    for (const g of rows) {
      published.add(`${g.issuer}|${g.year}|${g.conditions[0] ?? ''}`.toLowerCase());
      const url = g.pmid
        ? `https://pubmed.ncbi.nlm.nih.gov/${g.pmid}/`
        : g.doi
          ? `https://doi.org/${g.doi}`
          : ((g.source_urls ?? []).find((u) => u.startsWith('http')) ?? null);
      for (const r of g.recommendations) {
        statements.push({
          guidelineId: g.id,
          title: g.title,
          issuer: g.issuer,
          year: g.year,
          kind: 'published',
          number: String(r.number),
          strength: r.strength ?? null,
          evidence: r.evidence ?? null,
          population: r.population ?? null,
          text: r.text,
          conditions: g.conditions,
          url,
          citation: g.citation,
          superseded: Boolean(g.superseded_by),
          supersededBy: g.superseded_by ?? null,
          provenance: null,
        });
      }
    }
  }
  for (const file of listFiles(dir, /^im-rec-deck.*\.jsonl$/)) {
    const rows = readJsonl<DeckGuideline>(file);
    files.push({ name: basename(file), records: rows.length });
    for (const g of rows) {
      const condition = g.topic.replace(/-/g, ' ');
      const successor = g.superseded
        ? rows.find(
            (o) => o.topic === g.topic && o.system === g.system && !o.superseded && o.year > g.year,
          )
        : undefined;
      const items = [
        ...g.recommendations.map((r, i) => ({ text: r.text, number: String(i + 1) })),
        ...(g.thresholds_doses ?? []).map((t, i) => ({ text: t, number: `dose ${i + 1}` })),
      ];
      for (const item of items) {
        statements.push({
          guidelineId: g.id,
          title: g.title,
          issuer: g.issuer,
          year: g.year,
          kind: 'summary',
          number: item.number,
          strength: strengthIn(item.text),
          evidence: null,
          population: null,
          text: item.text,
          conditions: [condition],
          url: g.url || (g.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${g.pmid}/` : null),
          citation: `${g.issuer}. ${g.title}. ${g.year}.`,
          superseded: g.superseded,
          supersededBy: successor?.id ?? null,
          provenance: g.provenance,
        });
      }
    }
  }
  // PubMed records typed "Practice Guideline" among the research files: their conclusion is the statement.
  for (const r of guidelineRecords) {
    if (!r.conclusion) continue;
    statements.push({
      guidelineId: r.id,
      title: r.title,
      issuer: r.journal ?? 'PubMed record',
      year: r.year,
      kind: 'published',
      number: null,
      strength: null,
      evidence: null,
      population: null,
      text: r.conclusion,
      conditions: [],
      url: r.url,
      citation: r.title,
      superseded: false,
      supersededBy: null,
      provenance: 'PubMed abstract conclusion',
    });
  }
  return { statements, files };
}

function strengthIn(text: string): string | null {
  const m =
    /\b(Class (?:I{1,3}|IIa|IIb|III)[^,;)]*|strong recommendation|weak recommendation|conditional recommendation|Grade [A-D]|COR \w+)/i.exec(
      text,
    );
  return m ? m[1]! : null;
}

/**
 * "calcium" alone is not calcium chloride: a bare base name the lexicon gives to one salt. A
 * prodrug ester is the exception: "dabigatran" is what clinicians write for dabigatran etexilate.
 */
function bareBaseOfSalt(written: string, drugId: string): boolean {
  const word = written.toLowerCase();
  return (
    !word.includes(' ') &&
    drugId.startsWith(`${word}-`) &&
    !drugId.includes(word + '-' + word) &&
    !PRODRUG_ESTER.test(drugId)
  );
}
const PRODRUG_ESTER = /-(?:etexilate|etabonate)$/;

// Names that are only a salt ("Tafamidis 61 mg daily (or 80 mg meglumine)"): beside another
// drug's name they are its salt, not the salt given as a drug of its own.
const SALT_ONLY = new Set(['meglumine', 'tromethamine', 'benzoate']);

export type ClassMembers = Map<string, string[]>;

/** Class phrase key -> member drug ids, from the class memberships the data gives. */
export function classMembers(classes: Map<string, ClassMembership>): ClassMembers {
  const members: ClassMembers = new Map();
  for (const [id, m] of classes)
    for (const key of m.phrases.keys())
      if (!m.notInGuidelines?.has(key)) members.set(key, [...(members.get(key) ?? []), id]);
  return members;
}

const QUALIFIED =
  /\b(?:newer|novel|weak|rate-limiting|(?:non-?)?dihydropyridine)\s+$|\bnon-heparin\s+$|\b[a-z]+-(?:neutral|sparing|free|based|containing|inducing)\s+$|\b(?:these|those|such|both)\s+$|\b(?:first|second|third)[- ]generation\s+$|\b(?:typical|atypical|conventional|low-potency|high-potency|parenteral|systemic|oral|inhaled|topical|local|synthetic|universal|NPH|isophane|pre-?mixed|biphasic|soluble|intra-?articular|intralesional|intravenous|IV|SC|subcutaneous|high-intensity|moderate-intensity|low-intensity|injectable|long-acting|short-acting|immediate-release|extended-release|sustained-release|rapid-acting|intermediate-acting|ultra-long-acting|basal|prandial|regular|human|analogue?|selective|non-?selective|cardioselective|stress[- ]dose|thienopyridine|depot),?\s+(?:\(?[\w-]+\)?\s+){0,2}$/i;

/** "short‑acting insulin" is often written with a non-breaking hyphen. */
const qualified = (text: string, span: Span) =>
  QUALIFIED.test(text.slice(0, span.start).replace(/[\u2010\u2011]/g, '-'));

const PHRASES = CLASS_PHRASES.map((p) => ({
  ...p,
  global: new RegExp(p.pattern.source, 'gi'),
  anchored: new RegExp(`^(?:${p.pattern.source})`, 'i'),
}));

/**
 * The drugs one statement concerns, with how (named as a drug, or through a class it belongs to)
 * and the direction of the clauses that name it.
 */
export function statementLinks(
  text: string,
  matcher: DrugMatcher,
  members: ClassMembers,
): Map<string, { via: string; direction: GuidelineStatement['direction'] }> {
  const out = new Map<string, { via: string; direction: GuidelineStatement['direction'] }>();
  // A key question ("In adults with ... (P), does paravertebral block (I) versus ... analgesics
  // such as opioids (C) improve ...?") asks; it recommends nothing about the drugs it names.
  if (/\?\s*$/.test(text.trim()) && !/\b(?:recommend|suggest|should)\w*\b/i.test(text)) return out;
  const spansByDrug = new Map<string, Span[]>();
  // Guideline prose is not a medication list: a name that is also a word ("Perform") counts
  // only with a dose or route beside it.
  const named = matcher.find(text, { medicationContext: false });
  for (const m of named) {
    // Guidelines capitalise brands: "tandem fluorochromes" is the word, not the brand Tandem
    // ("adriamycin", no English word, is still the brand); so is "Perform HRM" opening a sentence.
    if (
      m.kind === 'brand' &&
      isEnglishWord(m.text) &&
      (m.text === m.text.toLowerCase() || /(?:^|[.;:•]\s*)$/.test(text.slice(0, m.start)))
    )
      continue;
    if (!namesTheDrug(text, m)) continue;
    for (const id of m.drugIds) {
      if (!substanceAsDrug(text, m, id) || bareBaseOfSalt(m.text, id)) continue;
      if (SALT_ONLY.has(id) && named.some((o) => o !== m && !o.drugIds.includes(id))) continue;
      spansByDrug.set(id, [...(spansByDrug.get(id) ?? []), m]);
    }
  }
  // A drug named only as the patients' background ("patients treated with opioids", "prior
  // docetaxel", "raltegravir resistance") is not what the statement recommends about.
  for (const [id, spans] of spansByDrug) {
    if (!concernsDrug(text, spans)) continue;
    out.set(id, { via: 'drug', direction: directionFor(text, spans) });
  }
  // "Selective serotonin reuptake inhibitor (except fluvoxamine)": named as left out of a class
  const leftOut = new Set(
    named
      .filter((m) =>
        // "non-tramadol opioids": the class without it
        /\b(?:except|excluding|other than)\s+(?:for\s+)?$|\bnon-$/i.test(text.slice(0, m.start)),
      )
      .flatMap((m) => m.drugIds),
  );
  for (const phrase of PHRASES) {
    const spans = [...text.matchAll(phrase.global)]
      .map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
      // "topical non-steroidal anti-inflammatory drugs (NSAIDs)": the bracketed short form
      // carries the qualifier of the phrase it abbreviates
      .filter(
        (span, i, all) =>
          !(
            i > 0 &&
            /^\s*\(\s*$/.test(text.slice(all[i - 1]!.end, span.start)) &&
            qualified(text, all[i - 1]!)
          ),
      )
      .filter((span) => namesTheClass(text, span, named))
      .filter((span) => out.size === 0 || !standsForNamedDrug(text, span))
      // "the SSRIs paroxetine and fluoxetine": the class is named for the drugs that follow it
      .filter((span) => !named.some((m) => /^\s+$/.test(text.slice(span.end, m.start))));
    // "give DAPT with aspirin + clopidogrel ...; do not continue DAPT long-term": the statement
    // says which members it means, so it is not about the others
    const narrowed = spans.some((span) => {
      // "opioid maintenance therapy with either methadone or buprenorphine" too
      const w =
        /^\s+(?:(?:maintenance|substitution|replacement|agonist)\s+)?(?:(?:therapy|treatment)\s+)?with\s+(?:either\s+)?(?:an?\s+)?/i.exec(
          text.slice(span.end, span.end + 48),
        );
      if (!w) return false;
      // "Anticoagulant therapy with a vitamin K antagonist": a subclass narrows it too (not another
      // class given with it: "aldosterone antagonist therapy with ACEi therapy")
      const at = span.end + w[0].length;
      const own = members.get(phrase.key) ?? [];
      return (
        named.some((m) => m.start === at && namesTheDrug(text, m)) ||
        PHRASES.some(
          (p) =>
            p.key !== phrase.key &&
            p.anchored.test(text.slice(at)) &&
            (members.get(p.key)?.length ?? 0) > 0 &&
            members.get(p.key)!.every((id) => own.includes(id)),
        )
      );
    });
    // "selected anticonvulsants with evidence of analgesic efficacy (such as ... gabapentin and
    // pregabalin)": only some members are meant, and the statement names them after it
    const selected =
      spans.length > 0 &&
      spans.every(
        (span) =>
          /\b(?:selected|certain|some|specific|particular)\s+(?:[\w-]+\s+)?$/i.test(
            text.slice(Math.max(0, span.start - 40), span.start),
          ) && named.some((m) => m.start > span.end && m.start - span.end < 200),
      );
    const classMembers = members.get(phrase.key) ?? [];
    if (narrowed || selected || !concernsDrug(text, spans)) continue;
    for (const id of classMembers)
      if (!out.has(id) && !leftOut.has(id))
        out.set(id, { via: phrase.label, direction: directionFor(text, spans) });
  }
  return out;
}

/**
 * In a statement that names a drug, a class word that stands for that drug rather than the
 * class: the reason before the recommendation ("Due to ... glucocorticoids, ... prednisone"),
 * "liraglutide ... as an alternative GLP-1 RA option", "Fondaparinux should not be used as the
 * sole anticoagulant".
 */
function standsForNamedDrug(text: string, span: Span): boolean {
  const before = text.slice(0, span.start);
  return (
    inLeadingRationale(text, span) ||
    /\b(?:an\s+alternative|another|a\s+different)\s+$/i.test(before) ||
    // "To initiate treatment of hypertension with a thiazide-type diuretic, ... suggests the use of
    // chlorthalidone or indapamide": a leading purpose clause the named drugs answer
    /^\s*To\s+(?:initiate|start|begin)\b[^,;.]*$/i.test(before) ||
    // "Zoledronic acid and clodronate are the recommended bisphosphonates", "Either prednisone or
    // dexamethasone is acceptable for initial corticosteroid therapy"
    /\b(?:is|are) the (?:recommended|preferred) $/i.test(before) ||
    /\b(?:is|are) (?:an? )?(?:acceptable|recommended|preferred|reasonable|appropriate) (?:options? |choices? )?(?:for|as) (?:the |an? )?(?:initial |first[- ]line |maintenance )?$/i.test(
      before,
    ) ||
    // "as long-term (ﬁrst 3 months) anticoagulant therapy, the panel suggests LMWH over ..."
    /(?<!\bsuch\s)\bas\s+(?:the\s+|an?\s+)?(?:sole\s+|only\s+|initial\s+|first[- ]line\s+|preferred\s+|long-term\s+(?:\([^()]*\)\s+)?)?$/i.test(
      before,
    )
  );
}

/**
 * Whether a class phrase at `span` names the class as such: not a lab value or a disorder, not a
 * qualified part of the class the data cannot split ("first-generation antipsychotics",
 * "systemic corticosteroids", "glucocorticoid replacement"), not an imaging abbreviation
 * ("CTA/MRA/PET"), and not a word inside a drug's name ("insulin" in "insulin aspart"; "insulin"
 * alone names the class and the group drug "insulin" alike).
 */
function namesTheClass(text: string, span: Span, named: Span[]): boolean {
  return (
    namesTheDrug(text, span) &&
    !qualified(text, span) &&
    !/^\s*(?:replacement|excess|injections?|infiltrations?|properties)\b/i.test(
      text.slice(span.end, span.end + 20),
    ) &&
    // "LMWH in full anticoagulant doses": the dose of another drug, not the class
    !(
      /\b(?:full|therapeutic|prophylactic|intermediate)[- ]$|\b(?:full|therapeutic|prophylactic|intermediate)\s+$/i.test(
        text.slice(Math.max(0, span.start - 15), span.start),
      ) && /^\s*(?:doses?|dosing|intensity)\b/i.test(text.slice(span.end, span.end + 12))
    ) &&
    // "an additional anticoagulant with anti-IIa activity": only some members
    !/^\s+with\s+[\w-]+\s+activity\b/i.test(text.slice(span.end, span.end + 40)) &&
    // "other TCAs also metabolized by CYP2D6": only the members with a property the data lacks
    !/^\s*(?:that are |which are )?(?:also )?(?:metaboli[sz]ed|cleared|eliminated) (?:by|through|via)\b/i.test(
      text.slice(span.end, span.end + 40),
    ) &&
    !/\b(?:CTA|CT|MRI|PET|US|DSA)\/\s*$/.test(
      text.slice(Math.max(0, span.start - 8), span.start),
    ) &&
    !/^\/(?:CTA|CT|MRI|PET|US|DSA)\b/.test(text.slice(span.end, span.end + 6)) &&
    !named.some(
      (m) =>
        span.start < m.end && m.start < span.end && !(m.start === span.start && m.end === span.end),
    ) &&
    !specifiedAsOne(text, span, named)
  );
}

/**
 * "a corticosteroid (dexamethasone intravenously at a dose of ...)": the parenthesis names the
 * one member meant, so the statement is about that drug, not the class. A list of examples
 * ("NSAIDs (ibuprofen, naproxen)") leaves the class standing. A heading before the members it
 * is about ("TCA starting dose: amitriptyline or desipramine 10 mg") is about those only.
 */
function specifiedAsOne(text: string, span: Span, named: Span[]): boolean {
  // "Corticosteroid adjunct option for cellulitis in nondiabetic adults: prednisone 40 mg"
  const heading =
    /^(?:\s+(?!(?:is|are|should|may|can|recommended|suggested)\b)[\w-]+){0,8}\s*:\s*/.exec(
      text.slice(span.end, span.end + 80),
    );
  if (
    heading &&
    !/\bexamples?\b/i.test(heading[0]) &&
    named.some((m) => m.start === span.end + heading[0].length)
  )
    return true;
  // "glucocorticoid doses (prednisone)": a word for its dosing may come between
  const open = /^\s*(?:(?:doses?|dosing|therapy|treatment)\s*)?\(\s*/i.exec(
    text.slice(span.end, span.end + 20),
  );
  if (!open) return false;
  const one = named.find((m) => m.start === span.end + open[0].length);
  return one !== undefined && !/^\s*(?:[,/;]|or\b|and\b)/i.test(text.slice(one.end, one.end + 6));
}

/** Statements that concern each drug (see statementLinks). */
export function linkGuidelines(
  statements: Draft[],
  matcher: DrugMatcher,
  classes: Map<string, ClassMembership>,
): Map<string, GuidelineStatement[]> {
  const byDrug = new Map<string, GuidelineStatement[]>();
  const members = classMembers(classes);
  for (const s of statements) {
    for (const [id, link] of statementLinks(s.text, matcher, members)) {
      const list = byDrug.get(id) ?? [];
      if (list.some((x) => x.guidelineId === s.guidelineId && x.number === s.number)) continue;
      list.push({ ...s, ...link });
      byDrug.set(id, list);
    }
  }
  return byDrug;
}
