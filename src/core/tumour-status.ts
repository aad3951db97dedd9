// A tumour's receptor status, as a question names it before the cancer: "hr-positive breast
// cancer", "er+ breast cancer", "her2-negative metastatic breast cancer", "hr+/her2- breast
// cancer". The vocabularies hold none of these as a condition (DO's one "estrogen-receptor
// positive breast cancer" is named by no label, which write "hormone receptor (HR)-positive"), so
// the question was read as no condition and every label was silent. The status is read apart from
// the cancer: a label covers the question only where it names the same status beside the cancer.

// (the markers as the folded question names them, and the status each is)
const MARKERS = [
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
// (longest first, so that "er pr positive" is one status, not "pr positive" after a lone "er")
const STATUS = new RegExp(
  String.raw`\b(?:${[...MARKERS].sort((a, b) => b.length - a.length).join('|')}) (?:positive|negative)\b`,
  'g',
);
const CANCER = /\b(?:cancers?|neoplasms?|carcinomas?|adenocarcinomas?|tumou?rs?)\b/;

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
    const marker = MARKER_OF[words.replace(/ (?:positive|negative)$/, '')]!;
    return receptorForm(RECEPTORS[marker]!, negative ? NEGATIVE : POSITIVE);
  });
}
