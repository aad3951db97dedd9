// Readers for every research file whose schema research/SOURCES.md documents. Each record
// becomes a StudyDraft: its citation, its abstract split into labelled sections where the
// source labels them, and what it says about its own design, species and arms.
import { basename } from 'node:path';
import type { Study } from '../src/core/index-schema';
import { listFiles, readJsonl } from './sources';

export interface Section {
  /** the section's label as the source gives it, lower case ("results", "conclusions"), or "" */
  label: string;
  text: string;
}

/** A study before it is linked to drugs, with the text that linking and findings read. */
export interface StudyDraft extends Omit<
  Study,
  'finding' | 'findingSource' | 'question' | 'participants' | 'role'
> {
  /** the whole abstract as one text (class lists and drug mentions are read from it) */
  abstract: string;
  sections: Section[];
  /** the abstract's conclusion, when the source gives one */
  conclusion: string | null;
  abstractComplete: boolean;
  pubTypes: string[];
  /** Evidence Inference prompts: the arms compared and the sentences that support the result */
  arms: { intervention: string; comparator: string; evidence: string[] }[];
}

type Design = Study['design'];

// A study that says it looked back at records ("We undertook a retrospective chart review of 86
// consecutive ... patients"), and nowhere that patients were randomized, is no trial, whatever
// the corpus that collected it declares (Evidence Inference calls every article an RCT).
const LOOKED_BACK =
  /\bretrospective(?:ly)? (?:chart review|cohort|study|review|observational|case|analysis of (?:the )?(?:medical |patient |hospital |electronic )?(?:records|charts|data))|\bwe (?:undertook|conducted|performed) a retrospective/i;
const RANDOMIZED =
  /\b(?:were|was|are|being|been)\s+(?:\w+\s+)?randomi[sz]ed|\brandomly\s+(?:\w+\s+)?(?:assigned|allocated|divided|selected|distributed)|\brandomi[sz]ation\b|\bwe randomi[sz]ed\b|\brandomi[sz]ed,? (?:\w+,? ){0,3}(?:trial|study) (?:of|in|comparing|was|were|with)\b|\b(?:prospective|double[- ]blind(?:ed)?|placebo[- ]controlled),? randomi[sz]ed/i;

export function designFrom(
  pubTypes: string[],
  title: string,
  declared?: string,
  abstract = '',
): Design {
  const types = pubTypes.map((t) => t.toLowerCase());
  const text = `${title} ${abstract}`;
  if (declared && LOOKED_BACK.test(text) && !RANDOMIZED.test(text)) return 'observational study';
  if (types.includes('meta-analysis') || /\bmeta-?analys[ie]s\b/i.test(title))
    return 'meta-analysis';
  if (types.includes('systematic review') || /\bsystematic review\b/i.test(title))
    return 'systematic review';
  if (types.includes('randomized controlled trial') || declared === 'randomized controlled trial')
    return 'randomized controlled trial';
  if (/\brandomi[sz]ed\b/i.test(title)) return 'randomized controlled trial';
  if (/\b(double-blind|placebo-controlled|controlled trial)\b/i.test(title))
    return 'controlled trial';
  if (types.includes('observational study')) return 'observational study';
  return 'study';
}

const INLINE_LABEL =
  /(?:^|\s)(?:(BACKGROUND|Background|OBJECTIVES?|Objectives?|AIMS?|Aims?|PURPOSE|Purpose|INTRODUCTION|Introduction|METHODS?|Methods?|DESIGN|Design|SETTING|Setting|PATIENTS|Patients|PARTICIPANTS|Participants|INTERVENTIONS?|Interventions?|MEASUREMENTS|MAIN OUTCOME MEASURES|FINDINGS|Findings|RESULTS?|Results?|CONCLUSIONS?|Conclusions?|INTERPRETATION|Interpretation)\s*:|(TRIAL REGISTRATION(?: NUMBER)?|Trial [Rr]egistration(?: [Nn]umber)?|Electronic supplementary material)\s*:?)\s+/g;

/** "Background: ... Results: ... Conclusion: ..." -> labelled sections; unlabelled text is one "" section. */
export function splitInlineSections(abstract: string): Section[] {
  const text = abstract.replace(/\s+/g, ' ').trim();
  const marks = [...text.matchAll(INLINE_LABEL)];
  if (marks.length < 2) return text ? [{ label: '', text }] : [];
  const out: Section[] = [];
  if (marks[0]!.index! > 0) out.push({ label: '', text: text.slice(0, marks[0]!.index!).trim() });
  marks.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    out.push({ label: (m[1] ?? m[2]!).toLowerCase(), text: text.slice(start, end).trim() });
  });
  return out.filter((s) => s.text);
}

const isConclusionLabel = (label: string) =>
  /conclusion|interpretation|authors' conclusions|implications/i.test(label);
const conclusionIn = (sections: Section[]) =>
  sections
    .filter((s) => isConclusionLabel(s.label))
    .map((s) => s.text)
    .join(' ') || null;

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
  findings?: { intervention: string; comparator: string; evidence?: string[] }[];
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
interface SystematicReviewRecord {
  doi: string | null;
  cochrane_id: string;
  title: string | null;
  year: number | null;
  journal: string;
  conclusion: string;
  abstract_sections: Record<string, string>;
  abstract_complete: boolean;
  authors: string | null;
  review_type: string;
  license: string;
}

const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
const none = { pmid: null, pmcid: null, doi: null, journal: null, license: null } as const;

export interface ResearchRead {
  studies: StudyDraft[];
  files: { name: string; records: number }[];
  /** PubMed records typed "Practice Guideline": they belong to the guideline section */
  guidelineRecords: StudyDraft[];
}

export function readResearch(dir: string): ResearchRead {
  const studies: StudyDraft[] = [];
  const files: { name: string; records: number }[] = [];
  const read = <T>(pattern: RegExp, make: (r: T, i: number, file: string) => StudyDraft) => {
    for (const file of listFiles(dir, pattern)) {
      const drafts = readJsonl<T>(file).map((r, i) => make(r, i, basename(file)));
      files.push({ name: basename(file), records: drafts.length });
      studies.push(...drafts);
    }
  };
  read<PubmedRecord>(/^pubmed-records.*\.jsonl(\.gz)?$/, (r, i, file) => {
    const sections = splitInlineSections(r.abstract);
    return {
      ...none,
      id: r.pmid ? `pmid:${r.pmid}` : `${file}:${i + 1}`,
      pmid: r.pmid,
      doi: r.doi,
      title: r.title,
      titleIsQuestion: false,
      journal: r.journal,
      year: r.year,
      authors: r.citation ? [r.citation.split('.')[0]!] : [],
      design: designFrom(r.pub_types, r.title),
      mesh: [],
      url: r.pmid ? pubmedUrl(r.pmid) : r.url,
      source: file,
      abstract: r.abstract,
      sections,
      conclusion: conclusionIn(sections),
      abstractComplete: r.abstract_complete,
      pubTypes: r.pub_types,
      arms: [],
    };
  });
  read<PubmedQaRecord>(/^pubmedqa.*\.jsonl(\.gz)?$/, (r, _i, file) => ({
    ...none,
    id: `pmid:${r.pmid}`,
    pmid: r.pmid,
    title: r.question,
    titleIsQuestion: true,
    year: Number(r.year) || null,
    authors: [],
    design: designFrom([], r.question),
    mesh: r.mesh ?? [],
    url: pubmedUrl(r.pmid),
    license: 'MIT (PubMedQA annotations); abstract text: its publisher',
    source: file,
    abstract: r.sections.map((s) => s.text).join(' '),
    sections: [
      ...r.sections.map((s) => ({ label: s.label.toLowerCase(), text: s.text })),
      ...(r.conclusion ? [{ label: 'conclusions', text: r.conclusion }] : []),
    ],
    conclusion: r.conclusion || null,
    abstractComplete: true,
    pubTypes: [],
    arms: [],
  }));
  read<EvidenceInferenceRecord>(/^evidence-inference.*\.jsonl(\.gz)?$/, (r, _i, file) => {
    const sections = r.abstract.flatMap((s) =>
      s.label
        ? [{ label: s.label.replace(/:$/, '').toLowerCase(), text: s.text }]
        : splitInlineSections(s.text),
    );
    return {
      ...none,
      id: r.pmid ? `pmid:${r.pmid}` : `pmc:${r.pmcid}`,
      pmid: r.pmid || null,
      pmcid: r.pmcid || null,
      doi: r.doi || null,
      title: r.title,
      titleIsQuestion: false,
      journal: r.journal || null,
      year: r.year ?? null,
      authors: r.authors ?? [],
      design: designFrom([], r.title, r.design, (r.abstract ?? []).map((a) => a.text).join(' ')),
      mesh: [],
      url: r.pmid ? pubmedUrl(r.pmid) : `https://www.ncbi.nlm.nih.gov/pmc/articles/${r.pmcid}/`,
      license: r.license?.url || null,
      source: file,
      abstract: r.abstract.map((s) => s.text).join(' '),
      sections,
      conclusion: conclusionIn(sections),
      abstractComplete: true,
      pubTypes: [],
      arms: (r.findings ?? []).map((f) => ({
        intervention: f.intervention ?? '',
        comparator: f.comparator ?? '',
        evidence: f.evidence ?? [],
      })),
    };
  });
  read<ClassReviewRecord>(/^drug-class-reviews.*\.jsonl(\.gz)?$/, (r, _i, file) => {
    const sections = splitInlineSections(r.abstract ?? '');
    return {
      ...none,
      id: `pmid:${r.pmid}`,
      pmid: r.pmid,
      title: r.title,
      titleIsQuestion: false,
      year: r.year,
      authors: r.authors ?? [],
      design: designFrom([], r.title),
      mesh: r.mesh ?? [],
      url: pubmedUrl(r.pmid),
      source: `${file} (${r.reviews.join('; ')})`,
      abstract: r.abstract ?? '',
      sections,
      conclusion: conclusionIn(sections),
      abstractComplete: true,
      pubTypes: [],
      arms: [],
    };
  });
  read<SystematicReviewRecord>(/^systematic-reviews.*\.jsonl(\.gz)?$/, (r, _i, file) => {
    const sections = Object.entries(r.abstract_sections ?? {}).map(([label, text]) => ({
      label: label.toLowerCase(),
      text,
    }));
    if (!sections.some((s) => isConclusionLabel(s.label)) && r.conclusion)
      sections.push({ label: "authors' conclusions", text: r.conclusion });
    return {
      ...none,
      id: `cochrane:${r.cochrane_id}`,
      doi: r.doi,
      // 788 reviews have no title in the data: named by their review number, never invented.
      title: r.title ?? `Cochrane review ${r.cochrane_id} (title not in the bundled data)`,
      titleIsQuestion: false,
      journal: r.journal,
      year: r.year,
      authors: r.authors ? [r.authors.split(';')[0]!.trim()] : [],
      design: 'systematic review',
      mesh: [],
      url: r.doi
        ? `https://doi.org/${r.doi}`
        : `https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.${r.cochrane_id}`,
      license: r.license || null,
      source: file,
      abstract: sections.map((s) => s.text).join(' '),
      sections,
      conclusion: r.conclusion || null,
      abstractComplete: true,
      pubTypes: ['Systematic Review'],
      arms: [],
    };
  });
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
