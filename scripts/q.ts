import { readFileSync } from 'node:fs';
import { openIndex } from './cli/node-index';
const index = openIndex();
for (const q of readFileSync('/tmp/q.txt', 'utf8').trim().split('\n')) {
  const r = await index.lookup(q);
  if (!r.ok) { console.log(`${q} :: ERROR ${r.error}`); continue; }
  const f = r.summary.focus;
  console.log(`${q} :: [${r.summary.drug.id}] ${f.concepts.map((c) => c.name).join('/')} :: ${f.labelIndicationsMention} :: ${(f.note ?? '').split(' No guideline')[0]!.split(/ \d+ guideline/)[0]!.slice(0, 260)}`);
}
