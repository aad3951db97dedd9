// One-off: seeded samples of text none of us wrote, pre-marked by the matcher for hand annotation
// (test/fixtures/detection/README.md). Abstracts: sentences of Evidence Inference trial abstracts
// that contain a word of the trial's own intervention or comparator (chosen by the dataset's
// annotators, not by our matcher). Labels: sentences of drug-interaction sections.
// Run: SEED=… N=… npx tsx scripts/sample-detection.ts abstracts|labels
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DrugMatcher } from '../src/core/drug-matcher';
import { lexiconFromFile } from '../src/core/lexicon-file';

const lexicon = lexiconFromFile(JSON.parse(readFileSync('public/data/lexicon.json', 'utf8')));
const matcher = new DrugMatcher(lexicon);
let seed = Number(process.env.SEED ?? 4242);
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const N = Number(process.env.N ?? 60);
const jsonl = (path: string) =>
  gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const sentences = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;])\s+(?=[A-Z(])/)
    .filter((s) => s.length > 40 && s.length < 400);
const mark = (s: string) => {
  let out = '';
  let last = 0;
  for (const m of matcher.find(s)) {
    out += `${s.slice(last, m.start)}[[${m.text}|${m.drugId}]]`;
    last = m.end;
  }
  return out + s.slice(last);
};

const kind = process.argv[2];
const picked: string[] = [];
if (kind === 'abstracts') {
  const records = jsonl('../shared/data/research/evidence-inference.jsonl.gz');
  const seen = new Set<number>();
  while (picked.length < N && seen.size < records.length) {
    const i = Math.floor(rand() * records.length);
    if (seen.has(i)) continue;
    seen.add(i);
    const r = records[i];
    const f = r.findings?.[0];
    if (!f) continue;
    const words = `${f.intervention} ${f.comparator}`
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w: string) => w.length >= 5 && !/^(placebo|group|control|usual|treatment|therapy|standard|patients)$/.test(w));
    const text = (r.abstract ?? []).map((s: { text: string }) => s.text).join(' ');
    const hit = sentences(text).find((s) => words.some((w: string) => s.toLowerCase().includes(w)));
    if (hit) picked.push(`# PMID ${r.pmid ?? r.pmcid ?? ''}\n${mark(hit)}`);
  }
} else {
  const labels = jsonl('../shared/data/labels/labels.jsonl.gz').filter((l) => l.sections?.drug_interactions);
  const seen = new Set<number>();
  while (picked.length < N && seen.size < labels.length) {
    const i = Math.floor(rand() * labels.length);
    if (seen.has(i)) continue;
    seen.add(i);
    const l = labels[i];
    const text = [l.sections.drug_interactions].flat().join(' ');
    const all = sentences(text);
    if (!all.length) continue;
    picked.push(`# label ${l.set_id}\n${mark(all[Math.floor(rand() * all.length)]!)}`);
  }
}
console.log(picked.join('\n'));
