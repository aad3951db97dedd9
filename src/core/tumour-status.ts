// A tumour's receptor status or gene alteration, as a question names it before the cancer:
// "hr-positive breast cancer", "er+ breast cancer", "her2-negative metastatic breast cancer",
// "hr+/her2- breast cancer", "alk-positive nsclc", "braf v600e melanoma", "flt3-mutated aml". The
// vocabularies hold none of these as a condition (DO's one "estrogen-receptor positive breast
// cancer" is named by no label, which write "hormone receptor (HR)-positive"), so the question was
// read as no condition and every label was silent. The status is read apart from the cancer: a
// label covers the question only where it names the same status beside the cancer.

import { anyCase } from './label-case';

// (the receptors as the folded question names them, positive or negative)
const RECEPTOR_MARKERS = [
  'hormone receptor',
  'hr',
  'estrogen receptor',
  'oestrogen receptor',
  'er',
  'progesterone receptor',
  'pr',
  'er pr',
  'her 2',
  'her 2 neu',
];
// (the genes, and the ways a question says one is altered: "egfr-mutated", "alk-positive",
// "braf v600e", "kras g12c", "braf wild-type", "ph+")
const GENE_LABEL: Record<string, string> = {
  alk: 'ALK',
  'ros 1': 'ROS-?1',
  ret: 'RET',
  ntrk: 'NTRK\\d?',
  egfr: 'EGFR',
  braf: 'BRAF',
  kras: 'KRAS',
  nras: 'NRAS',
  'flt 3': 'FLT3',
  'idh 1': 'IDH1',
  'idh 2': 'IDH2',
  brca: 'BRCA[12]?',
  'brca 1': 'BRCA1?',
  'brca 2': 'BRCA2?',
  met: 'MET',
  'pd l 1': 'PD-?L1',
  ph: 'Ph|Philadelphia\\s+chromosome',
  'philadelphia chromosome': 'Ph|Philadelphia\\s+chromosome',
};
const GENE_STATUS = String.raw`positive|negative|mutated|mutation|mutations|mutant|fusion|fusions|rearranged|rearrangement|altered|alteration|wild type|wildtype|v 600(?: [ek])?|g 12 [cdv]`;
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
// (longest first, so that "er pr positive" is one status, not "pr positive" after a lone "er")
const STATUS = new RegExp(
  String.raw`\b(?:(?:${byLength(RECEPTOR_MARKERS)}) (?:positive|negative)|(?:${byLength(Object.keys(GENE_LABEL))}) (?:${GENE_STATUS})(?: (?:mutated|mutation|mutant|positive))?)\b`,
  'g',
);
const CANCER =
  /\b(?:cancers?|neoplasms?|carcinomas?|adenocarcinomas?|tumou?rs?|melanomas?|leuka?emias?|lymphomas?|myelomas?|sarcomas?|gliomas?|nsclc|aml|cml|all|mds|crc|gist)\b/;

/**
 * The status a question's folded words name before or beside a cancer ("hr positive her 2
 * negative") and the words without it ("metastatic breast cancer"), or null.
 */
export function statusNamed(key: string): { status: string; rest: string } | null {
  const found = [...key.matchAll(STATUS)];
  if (!found.length) return null;
  const rest = key.replace(STATUS, ' ').replace(/\s+/g, ' ').trim();
  if (!CANCER.test(rest)) return null;
  return { status: found.map((m) => m[0]).join(' '), rest };
}

// The status in the words labels use, beside the cancer.
// (HER2: "HER2-positive", "HER2 overexpressing", "tumors overexpress the human epidermal receptor
// type 2 (HER2)", "(HER2)-negative"; not the "HR-positive" beside a HER2-negative)
const HER2_STATUS = String.raw`\bHER[\s-]?2(?:\/neu)?\)?[\s\-\u2010-\u2013]*`;
const HER2_POSITIVE = new RegExp(
  String.raw`${HER2_STATUS}(?:positive|overexpress)|\boverexpress\w*\s+(?:the\s+)?(?:[\w\s]{0,50}\()?HER[\s-]?2\b`,
  'i',
);
const HER2_NEGATIVE = new RegExp(`${HER2_STATUS}negative`, 'i');
// (hormone receptors: "hormone receptor (HR)-positive", "HR positive", "estrogen-receptor
// positive", "estrogen receptor- positive", "ER/PR negative". A tumour positive for either
// receptor is hormone receptor positive, one negative for both is hormone receptor negative: a
// label's status covers the question's where one holds the other, "HR-positive" an "ER-positive"
// question and "ER-positive" an "HR-positive" one, never "ER-positive" a "PR-positive" one, nor
// any positive a negative one.)
const HR = String.raw`\bhormone[\s-]+receptors?(?:\s*\(HR\))?|\bHR\b`;
const ER = String.raw`\bo?estrogen[\s-]+receptors?(?:\s*\(ER\))?|\bER\b`;
const PR = String.raw`\bprogesterone[\s-]+receptors?(?:\s*\(PR\))?|\bPR\b`;
const BOTH = String.raw`\bo?estrogen\s+and\s+progesterone[\s-]+receptors?|\bER\/PR\b`;
const receptorForm = (markers: string[], sign: string) =>
  new RegExp(String.raw`(?:${markers.join('|')})\)?[\s\-\u2010-\u2013]*${sign}`, 'i');
const POSITIVE = String.raw`(?:positive\b|\+)`;
const NEGATIVE = String.raw`negative\b`;
// (for each marker a question names, the markers of a label that hold it or that it holds)
const RECEPTORS: Record<string, string[]> = {
  hr: [HR, ER, PR, BOTH],
  er: [HR, ER, BOTH],
  pr: [HR, PR, BOTH],
  both: [HR, ER, PR, BOTH],
};
const MARKER_OF: Record<string, string> = {
  'hormone receptor': 'hr',
  hr: 'hr',
  'estrogen receptor': 'er',
  'oestrogen receptor': 'er',
  er: 'er',
  'progesterone receptor': 'pr',
  pr: 'pr',
  'er pr': 'both',
};

/** For each status a question names, the words a label must hold for it beside the cancer. */
export function statusForms(status: string): RegExp[] {
  return [...status.matchAll(STATUS)].map(([words]) => {
    const negative = words.endsWith('negative');
    if (words.startsWith('her ')) return negative ? HER2_NEGATIVE : HER2_POSITIVE;
    const marker = MARKER_OF[words.replace(/ (?:positive|negative)$/, '')];
    if (marker) return receptorForm(RECEPTORS[marker]!, negative ? NEGATIVE : POSITIVE);
    return geneForm(words);
  });
}

// (not where the label says the tumour has none: "no known epidermal growth factor receptor (EGFR)
// mutations or anaplastic lymphoma kinase (ALK) rearrangements", "without ...")
const NOT_NONE = String.raw`(?<!\b(?:${anyCase('no')}|${anyCase('without')}|${anyCase('not')})\s+(?:[^\s.;:]+\s+){0,12}\(?)`;
const ALTERED = [
  'mutat\\w*',
  'mutant',
  'deletions?',
  'insertions?',
  'substitutions?',
  'alterations?',
  'altered',
].map(anyCase);

/**
 * A gene's status in the words labels use: an alteration ("epidermal growth factor receptor
 * (EGFR) exon 19 deletions or exon 21 L858R mutations", "KRAS G12C-mutated", "anaplastic lymphoma
 * kinase (ALK)-positive", "FLT3 mutation"), a named variant ("BRAF V600E"), a gene without one
 * ("wild-type BRAF") or none named ("no EGFR or ALK genomic tumor aberrations").
 */
function geneForm(words: string): RegExp {
  const gene = Object.keys(GENE_LABEL)
    .sort((a, b) => b.length - a.length)
    .find((g) => words.startsWith(`${g} `))!;
  // (the gene's symbol as labels print it, in capitals: "MET" is no "met", "EGFR" no kidney "eGFR")
  const G = String.raw`\b(?:${GENE_LABEL[gene]})\b`;
  const status = words.slice(gene.length + 1);
  const variant = /^(v|g) (\d+)(?: ([a-z]))?/.exec(status);
  if (variant)
    return new RegExp(
      String.raw`${NOT_NONE}${G}[\s-]+${variant[1]!.toUpperCase()}${variant[2]}${variant[3]?.toUpperCase() ?? '[A-Z]?'}\b`,
    );
  if (/^wild ?type/.test(status))
    return new RegExp(
      String.raw`${anyCase('wild')}[\s-]*${anyCase('type')}\s+${G}|${G}[\s-]+${anyCase('wild')}[\s-]*${anyCase('type')}`,
    );
  if (status === 'negative')
    return new RegExp(
      String.raw`${G}\)?[\s-]*${anyCase('negative')}|\b${anyCase('no')}\s+(?:${anyCase('known')}\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}?${G}`,
    );
  // (altered in any way the question says: a mutation, a fusion, a positive test)
  return new RegExp(
    String.raw`${NOT_NONE}${G}\)?[\s-]*(?:${anyCase('positive')}|\+|${anyCase('fusion')}|${anyCase('gene')}\s+${anyCase('fusion')}|${anyCase('rearrange\\w*')})|${NOT_NONE}${G}\)?[^.;:]{0,60}?\b(?:${ALTERED.join('|')})\b`,
  );
}
