// The assembled evidence summary: what the popup shows and `npm run evidence` prints.
import type { ReviewStatus } from './index-schema';

export type Reader = 'clinician' | 'patient';

export interface Reference {
  n: number;
  type: 'guideline' | 'label' | 'study';
  /** the citation as text: issuer and year, label title and set id, or journal, year, PMID */
  text: string;
  url: string | null;
}

export interface GuidelineItem {
  text: string;
  issuer: string;
  year: number | null;
  strength: string | null;
  direction: 'for' | 'against' | 'neutral';
  /** "published" is quoted as published; "summary" is a third party's unverified summary */
  kind: 'published' | 'summary';
  /** "drug", or the class phrase through which the statement concerns the drug */
  via: string;
  conditions: string[];
  superseded: boolean;
  supersededBy: string | null;
  aboutCondition: boolean;
  refs: number[];
}

export interface LabelItem {
  key: string;
  heading: string;
  text: string;
  truncated: boolean;
  refs: number[];
}

export interface ResearchItem {
  finding: string;
  findingSource: string;
  title: string;
  design: string;
  year: number | null;
  pmid: string | null;
  /** what the study asks: efficacy, comparison or safety (in the reader's words) */
  question: string;
  /** participants as the abstract states them */
  participants: number | null;
  /** the drug is an arm of the study or its subject */
  role: 'arm' | 'subject';
  /** false: the data has no results or conclusions for this record; only its title is shown */
  resultsInData: boolean;
  aboutCondition: boolean;
  refs: number[];
}

export interface EvidenceSummary {
  query: string;
  drug: {
    id: string;
    name: string;
    brands: string[];
    classes: string[];
    /** when the name is a group of drugs ("insulin"): the members, each with its own label */
    groupOf?: { id: string; name: string }[];
  };
  focus: {
    condition: string | null;
    /** true: the indications name the condition or a narrower one; false: read in full, they do not; null: nothing said */
    labelIndicationsMention: boolean | null;
    /** the label's words that name the condition */
    labelQuote: string | null;
    /**
     * for a question about harm ("is metformin safe in kidney disease", "propranolol asthma"):
     * the first place the label's boxed warning, contraindications, warnings or most common
     * adverse reactions name the condition; null where none of the bundled text does
     */
    labelSafety: { section: string; quote: string } | null;
    /**
     * for a question naming another drug ("can I take ibuprofen with warfarin"): that drug, and the
     * most serious place one's label names the other, as the interactions panel reads them (null
     * where neither does); null where no other drug was named
     */
    labelInteraction: {
      with: { id: string; name: string };
      /** where one label names the other: whose label, its section, the quote, and the drug it
       * names (a member of a group asked about: "calcium carbonate" for "calcium") */
      finding: {
        labelOf: string;
        section: string;
        quote: string;
        names: { id: string; name: string };
      } | null;
    } | null;
    /**
     * a question about pregnancy, breastfeeding, children or older adults ("is sertraline safe
     * in pregnancy", "doxycycline in children"): the
     * label's section on it, or the first place its warnings name it; null where neither is in
     * the bundled copy
     */
    labelPopulation: {
      asked: 'pregnancy' | 'lactation' | 'pediatricUse' | 'geriatricUse';
      /** section: "pregnancy", "lactation", "pediatric use", "geriatric use", or the warning
       * that names them ("boxed warning", "contraindications", "warnings and precautions",
       * "pregnancy section" for breastfeeding) */
      finding: { section: string; quote: string } | null;
    } | null;
    /**
     * a question about one part of the label and no condition ("metformin side effects",
     * "sertraline black box warning"): that section's opening, or null where the bundled copy
     * has none
     */
    labelAspect: {
      asked: 'boxedWarning' | 'contraindications' | 'adverseReactions' | 'interactions' | 'dosing';
      section: string;
      quote: string | null;
    } | null;
    /** the vocabulary concepts the condition resolved to */
    concepts: { id: string; name: string }[];
    note: string | null;
  };
  reader: Reader;
  lastUpdated: { labelEffectiveDate: string | null; indexBuildDate: string };
  reviewStatus: ReviewStatus;
  guidelines: { items: GuidelineItem[]; empty: string | null };
  label: {
    title: string | null;
    combination: boolean;
    keyPoints: string[];
    items: LabelItem[];
    /** what the label section does not show, and whose words the reader sees */
    notes: string[];
    empty: string | null;
  };
  research: {
    groups: { question: string; items: ResearchItem[] }[];
    /** studies in all groups, and how many the view shows before "show more" */
    total: number;
    shown: number;
    empty: string | null;
  };
  references: Reference[];
  followUps: { label: string; query: string }[];
  disclaimer: string;
}
