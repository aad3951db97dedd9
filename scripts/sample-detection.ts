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

/** Distinct items drawn at random until N of them give a line (the draw order is the seed's). */
function draw<T>(items: T[], pick: (item: T) => string | null): string[] {
  const picked: string[] = [];
  const seen = new Set<number>();
  while (picked.length < N && seen.size < items.length) {
    const i = Math.floor(rand() * items.length);
    if (seen.has(i)) continue;
    seen.add(i);
    const line = pick(items[i]!);
    if (line) picked.push(line);
  }
  return picked;
}

const picked =
  process.argv[2] === 'abstracts'
    ? draw(jsonl('../shared/data/research/evidence-inference.jsonl.gz'), (r) => {
        const f = r.findings?.[0];
        if (!f) return null;
        const words = `${f.intervention} ${f.comparator}`
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w: string) => w.length >= 5 && !/^(placebo|group|control|usual|treatment|therapy|standard|patients)$/.test(w));
        const text = (r.abstract ?? []).map((s: { text: string }) => s.text).join(' ');
        const hit = sentences(text).find((s) => words.some((w: string) => s.toLowerCase().includes(w)));
        return hit ? `# PMID ${r.pmid ?? r.pmcid ?? ''}\n${mark(hit)}` : null;
      })
    : draw(
        jsonl('../shared/data/labels/labels.jsonl.gz').filter((l) => l.sections?.drug_interactions),
        (l) => {
          const all = sentences([l.sections.drug_interactions].flat().join(' '));
          return all.length ? `# label ${l.set_id}\n${mark(all[Math.floor(rand() * all.length)]!)}` : null;
        },
      );
console.log(picked.join('\n'));
