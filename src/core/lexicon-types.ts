// The compact name list that detection and search share (public/data/names.json).
// Kept separate from the evidence shards so that the content script never loads evidence.

export type NameKind = 'generic' | 'brand' | 'synonym' | 'salt' | 'abbreviation';

export const NAME_KINDS: readonly NameKind[] = [
  'generic',
  'brand',
  'synonym',
  'salt',
  'abbreviation',
];

/** Bit flags on a name. */
export const NameFlag = {
  /** also an ordinary English word ("Today", "Plan B"): highlight only with clinical context */
  commonWord: 1,
  /** also a common personal name ("Heather", "Allegra") */
  personName: 2,
  /** match only in capitals or exactly as written ("ASA", "KCl") */
  caseSensitive: 4,
} as const;

export interface LexiconDrug {
  id: string;
  name: string;
  /** display class (EPC) or "" */
  cls: string;
  /** rank among the 300 most-prescribed drugs, 0 when not among them */
  rank: number;
}

export interface LexiconName {
  /** the name as written ("Flexeril", "HCTZ", "insulin glargine") */
  text: string;
  /** indexes into drugs; several for a combination product */
  drugs: number[];
  kind: NameKind;
  flags: number;
}

export interface Lexicon {
  drugs: LexiconDrug[];
  names: LexiconName[];
  /** phrases that start like a drug name but are not one ("insulin resistance"): never matched */
  stops?: string[];
}
