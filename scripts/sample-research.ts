// One-off: a seeded sample of the studies shown under top-300 drugs, to annotate by hand.
import { readFileSync } from 'node:fs';
const lex = JSON.parse(readFileSync('public/data/lexicon.json', 'utf8'));
const top = (lex.drugs as [string, string, string, number][]).filter((d) => d[3] > 0).map((d) => d[0]).sort();
let seed = Number(process.env.SEED ?? 314);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const picked = new Set<string>();
while (picked.size < Number(process.env.N ?? 24)) picked.add(top[Math.floor(rand() * top.length)]!);
for (const id of [...picked].sort()) {
  const e = JSON.parse(readFileSync(`public/data/drugs/${id}.json`, 'utf8'));
  // (FROM=3 draws the studies a reader sees only after expanding the list)
  const from = Number(process.env.FROM ?? 0);
  for (const s of e.research.slice(from, from + 3))
    console.log([id, s.id, s.design, s.findingSource, s.role, s.title.replace(/\s+/g, ' '), s.finding.replace(/\s+/g, ' ')].join('\t'));
}
