// Studies from every research file whose schema SOURCES.md documents, linked to the drugs
// they name. Findings are the abstract's own sentences, quoted with their citation.
import { basename } from 'node:path';
import type { DrugMatcher } from '../src/core/drug-matcher';
import type { Study } from '../src/core/index-schema';
import { sentences } from './label-text';
import { listFiles, readJsonl } from './sources';

/** A study before it is linked to drugs, with the text that linking and findings read. */
export interface StudyDraft extends Omit<Study, 'finding' | 'findingSource' | 'question'> {
  abstract: string;
  conclusion: string | null;
  abstractComplete: boolean;
  pubTypes: string[];
}

type Design = Study['design'];
export const DESIGN_RANK: Record<Design, number> = {
  'meta-analysis': 0,
  'systematic review': 1,
  'randomized controlled trial': 2,
  'controlled trial': 3,
  'observational study': 4,
  study: 5,
};

function designFrom(pubTypes: string[], title: string, declared?: string): Design {
  const types = pubTypes.map((t) => t.toLowerCase());
  if (types.includes('meta-analysis')) return 'meta-analysis';
  if (types.includes('systematic review')) return 'systematic review';
  if (types.includes('randomized controlled trial') || declared === 'randomized controlled trial')
    return 'randomized controlled trial';
  if (/\brandomi[sz]ed\b/i.test(title)) return 'randomized controlled trial';
  if (/\b(double-blind|placebo-controlled|controlled trial)\b/i.test(title))
    return 'controlled trial';
  if (types.includes('observational study')) return 'observational study';
  return 'study';
}

const CONCLUSION_LABEL =
  /(?:^|\s)(?:CONCLUSIONS?|Conclusions?|INTERPRETATION|Interpretation)\s*[:.]\s*/;

/** The abstract's conclusion section, when it has one. */
function conclusionOf(abstract: string): string | null {
  const m = CONCLUSION_LABEL.exec(abstract);
  if (!m) return null;
  return (
    abstract
      .slice(m.index + m[0].length)
      .split(/\s(?:[A-Z][A-Za-z ]{2,30}):\s/)[0]!
      .trim() || null
  );
}

interface PubmedRecord {
  pmid: string | null;
  doi: string | null;
  citation?: string;
  title: string;
  journal: string | null;
  year: number | null;
  pub_types: string[];
  abstract: string;
  abstract_complete: boolean;
  url: string;
}
interface PubmedQaRecord {
  pmid: string;
  question: string;
  sections: { label: string; text: string }[];
  conclusion: string;
  year: string;
  mesh: string[];
  source: string;
}
interface EvidenceInferenceRecord {
  pmid: string;
  pmcid: string;
  doi: string;
  title: string;
  journal: string;
  year: number;
  authors: string[];
  design: string;
  license: { url: string; text: string };
  abstract: { label: string; text: string }[];
}
interface ClassReviewRecord {
  pmid: string;
  title: string;
  authors: string[];
  year: number | null;
  mesh: string[];
  abstract: string;
  reviews: string[];
}

const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

export interface ResearchRead {
  studies: StudyDraft[];
  files: { name: string; records: number }[];
  /** PubMed records typed "Practice Guideline": they belong to the guideline section */
  guidelineRecords: StudyDraft[];
}

export function readResearch(dir: string): ResearchRead {
  const studies: StudyDraft[] = [];
  const files: { name: string; records: number }[] = [];
  const add = (file: string, drafts: StudyDraft[]) => {
    files.push({ name: basename(file), records: drafts.length });
    studies.push(...drafts);
  };
  for (const file of listFiles(dir, /^pubmed-records.*\.jsonl(\.gz)?$/)) {
    add(
      file,
      readJsonl<PubmedRecord>(file).map((r, i) => ({
        id: r.pmid ? `pmid:${r.pmid}` : `${basename(file)}:${i + 1}`,
        pmid: r.pmid,
        pmcid: null,
        doi: r.doi,
        title: r.title,
        titleIsQuestion: false,
        journal: r.journal,
        year: r.year,
        authors: r.citation ? [r.citation.split('.')[0]!] : [],
        design: designFrom(r.pub_types, r.title),
        mesh: [],
        url: r.pmid ? pubmedUrl(r.pmid) : r.url,
        license: null,
        source: basename(file),
        abstract: r.abstract,
        conclusion: conclusionOf(r.abstract),
        abstractComplete: r.abstract_complete,
        pubTypes: r.pub_types,
      })),
    );
  }
  for (const file of listFiles(dir, /^pubmedqa.*\.jsonl(\.gz)?$/)) {
    add(
      file,
      readJsonl<PubmedQaRecord>(file).map((r) => ({
        id: `pmid:${r.pmid}`,
        pmid: r.pmid,
        pmcid: null,
        doi: null,
        title: r.question,
        titleIsQuestion: true,
        journal: null,
        year: Number(r.year) || null,
        authors: [],
        design: designFrom([], r.question),
        mesh: r.mesh ?? [],
        url: pubmedUrl(r.pmid),
        license: 'MIT (PubMedQA annotations); abstract text: its publisher',
        source: basename(file),
        abstract: r.sections.map((s) => s.text).join(' '),
        conclusion: r.conclusion || null,
        abstractComplete: true,
        pubTypes: [],
      })),
    );
  }
  for (const file of listFiles(dir, /^evidence-inference.*\.jsonl(\.gz)?$/)) {
    add(
      file,
      readJsonl<EvidenceInferenceRecord>(file).map((r) => {
        const conclusion = r.abstract
          .filter((s) => /conclusion|interpretation/i.test(s.label))
          .map((s) => s.text)
          .join(' ');
        return {
          id: r.pmid ? `pmid:${r.pmid}` : `pmc:${r.pmcid}`,
          pmid: r.pmid || null,
          pmcid: r.pmcid || null,
          doi: r.doi || null,
          title: r.title,
          titleIsQuestion: false,
          journal: r.journal || null,
          year: r.year ?? null,
          authors: r.authors ?? [],
          design: designFrom([], r.title, r.design),
          mesh: [],
          url: r.pmid ? pubmedUrl(r.pmid) : `https://www.ncbi.nlm.nih.gov/pmc/articles/${r.pmcid}/`,
          license: r.license?.url || null,
          source: basename(file),
          abstract: r.abstract.map((s) => s.text).join(' '),
          conclusion: conclusion || null,
          abstractComplete: true,
          pubTypes: [],
        };
      }),
    );
  }
  for (const file of listFiles(dir, /^drug-class-reviews.*\.jsonl(\.gz)?$/)) {
    add(
      file,
      readJsonl<ClassReviewRecord>(file).map((r) => ({
        id: `pmid:${r.pmid}`,
        pmid: r.pmid,
        pmcid: null,
        doi: null,
        title: r.title,
        titleIsQuestion: false,
        journal: null,
        year: r.year,
        authors: r.authors ?? [],
        design: designFrom([], r.title),
        mesh: r.mesh ?? [],
        url: pubmedUrl(r.pmid),
        license: null,
        source: `${basename(file)} (${r.reviews.join('; ')})`,
        abstract: r.abstract ?? '',
        conclusion: conclusionOf(r.abstract ?? ''),
        abstractComplete: true,
        pubTypes: [],
      })),
    );
  }
  // One record per study: the first file (sorted) that has it wins.
  const seen = new Set<string>();
  const unique = studies.filter((s) => !seen.has(s.id) && seen.add(s.id));
  const isGuideline = (s: StudyDraft) =>
    s.pubTypes.some((t) => /practice guideline|^guideline$/i.test(t));
  return {
    studies: unique.filter((s) => !isGuideline(s)),
    guidelineRecords: unique.filter(isGuideline),
    files,
  };
}

/** Sentences of the abstract that can be quoted: a cut abstract loses its last sentence. */
function quotableSentences(s: StudyDraft): string[] {
  const all = sentences(s.abstract.replace(/\s+/g, ' '));
  return s.abstractComplete ? all : all.slice(0, -1);
}

const SAFETY =
  /\b(safety|adverse|harm|risk|toxicit|tolerab|death|abuse|withdrawal|overdose|bleeding|side effects?)/i;
const COMPARISON = /\b(vs\.?|versus|compared|comparison|comparative|head-to-head)\b/i;

export interface DrugStudyLink {
  study: Study;
  titleMention: boolean;
  mentions: number;
}

/** Links each study to the drugs it names (in the title, or at least twice in the abstract). */
export function linkStudies(
  studies: StudyDraft[],
  matcher: DrugMatcher,
): Map<string, DrugStudyLink[]> {
  const byDrug = new Map<string, DrugStudyLink[]>();
  for (const s of studies) {
    const inTitle = new Set(matcher.find(s.title).flatMap((m) => m.drugIds));
    const counts = new Map<string, number>();
    for (const m of matcher.find(s.abstract))
      for (const id of m.drugIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ids = new Set([...inTitle, ...[...counts].filter(([, n]) => n >= 2).map(([id]) => id)]);
    const quotable = quotableSentences(s);
    for (const drugId of ids) {
      const finding = findingFor(s, quotable, drugId, matcher);
      if (!finding) continue;
      const text = `${s.title} ${finding.text}`;
      const question = COMPARISON.test(s.title)
        ? 'comparison'
        : SAFETY.test(s.title)
          ? 'safety'
          : SAFETY.test(finding.text) && !/efficac|effective/i.test(text)
            ? 'safety'
            : 'efficacy';
      const { abstract: _a, conclusion: _c, abstractComplete: _ac, pubTypes: _p, ...base } = s;
      const link: DrugStudyLink = {
        study: { ...base, question, finding: finding.text, findingSource: finding.source },
        titleMention: inTitle.has(drugId),
        mentions: counts.get(drugId) ?? 0,
      };
      const list = byDrug.get(drugId) ?? [];
      list.push(link);
      byDrug.set(drugId, list);
    }
  }
  return byDrug;
}

const MAX_FINDING = 600;

function findingFor(
  s: StudyDraft,
  quotable: string[],
  drugId: string,
  matcher: DrugMatcher,
): { text: string; source: Study['findingSource'] } | null {
  if (s.conclusion && (s.abstractComplete || quotable.join(' ').includes(s.conclusion))) {
    const text = clip(s.conclusion);
    if (text) return { text, source: 'conclusion' };
  }
  // No conclusion section: quote the sentences that name the drug, results first.
  const naming = quotable.filter((sentence) =>
    matcher.find(sentence).some((m) => m.drugIds.includes(drugId)),
  );
  const text = clip(naming.slice(-2).join(' '));
  return text ? { text, source: 'sentences naming the drug' } : null;
}

function clip(text: string): string {
  if (text.length <= MAX_FINDING) return text;
  const parts = sentences(text);
  let out = '';
  for (const p of parts) {
    if (out.length + p.length + 1 > MAX_FINDING) break;
    out = out ? `${out} ${p}` : p;
  }
  return out;
}

/** Strongest designs first, then studies about the drug (title), then recency. */
export function rankStudies(links: DrugStudyLink[], max: number): Study[] {
  return [...links]
    .sort(
      (a, b) =>
        DESIGN_RANK[a.study.design] - DESIGN_RANK[b.study.design] ||
        Number(b.titleMention) - Number(a.titleMention) ||
        (b.study.year ?? 0) - (a.study.year ?? 0) ||
        a.study.id.localeCompare(b.study.id),
    )
    .slice(0, max)
    .map((l) => l.study);
}
