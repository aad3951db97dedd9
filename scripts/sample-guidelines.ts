// One-off: a seeded sample of statement-drug pairs to annotate by hand (not part of the build).
import { join } from 'node:path';
import { readGuidelines, statementLinks } from '../pipeline/build-guidelines';
import { openIndex } from './cli/node-index';
import { readFileSync } from 'node:fs';
const index = openIndex();
const matcher = await index.getMatcher();
const classes = JSON.parse(readFileSync('public/data/classes.json', 'utf8')).classes as Record<string, { members: Record<string, string> }>;
const members = new Map(Object.entries(classes).map(([k, c]) => [k, Object.keys(c.members)]));
const { statements } = readGuidelines(join('..', 'shared', 'data', 'guidelines'), []);
let seed = Number(process.env.SEED ?? 20261126);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const picked = new Set<number>();
while (picked.size < Number(process.env.N ?? 170)) picked.add(Math.floor(rand() * statements.length));
for (const i of [...picked].sort((a, b) => a - b)) {
  const s = statements[i]!;
  const links = [...statementLinks(s.text, matcher, members)];
  if (!links.length) continue;
  const drug = links.find(([, l]) => l.via === 'drug') ?? links[0]!;
  const cls = links.find(([, l]) => l.via !== 'drug');
  for (const [id, l] of [drug, ...(cls && cls !== drug ? [cls] : [])])
    console.log([s.guidelineId, s.number ?? '', id, l.via, l.direction, s.text.replace(/\s+/g, ' ')].join('\t'));
}
