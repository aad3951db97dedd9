// One-off: a seeded sample of statement-drug pairs no fact-check set has annotated yet (not part
// of the build). Nearly every linked statement text has been annotated once, for one drug; this
// draws from the pairs still unread: each named drug of a statement on its own, and each class
// once per statement (one member at random) where no member of that class was annotated.
// SEED=73 N=55 npx tsx scripts/sample-unannotated-pairs.ts > /tmp/sample.tsv
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGuidelines, statementLinks } from '../pipeline/build-guidelines';
import { openIndex } from './cli/node-index';

const FIXTURES = 'test/fixtures/factcheck';
const index = openIndex();
const matcher = await index.getMatcher();
const classes = JSON.parse(readFileSync('public/data/classes.json', 'utf8')).classes as Record<
  string,
  { members: Record<string, string> }
>;
const members = new Map(Object.entries(classes).map(([k, c]) => [k, Object.keys(c.members)]));
const { statements } = readGuidelines(join('..', 'shared', 'data', 'guidelines'), []);

const annotated = new Set<string>();
for (const file of readdirSync(FIXTURES).filter((f) => f.startsWith('guideline-pairs')))
  for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c[5]) annotated.add(`${c[5]}\t${c[2]}`);
  }

type Row = string[];
const groups = new Map<string, Row[]>();
const classRead = new Set<string>();
const rows: Row[] = [];
for (const s of statements) {
  const text = s.text.replace(/\s+/g, ' ');
  for (const [id, l] of statementLinks(s.text, matcher, members)) {
    const row = [s.guidelineId, s.number ?? '', id, l.via, l.direction, text];
    rows.push(row);
    if (l.via !== 'drug' && annotated.has(`${text}\t${id}`)) classRead.add(`${text}\t${l.via}`);
  }
}
for (const row of rows) {
  const [, , id, via, , text] = row as [string, string, string, string, string, string];
  if (annotated.has(`${text}\t${id}`) || classRead.has(`${text}\t${via}`)) continue;
  const key = via === 'drug' ? `${text}\t${id}` : `${text}\t${via}`;
  groups.set(key, [...(groups.get(key) ?? []), row]);
}

let seed = Number(process.env.SEED ?? 20261126);
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const keys = [...groups.keys()];
console.error(`${keys.length} unannotated statement-drug groups`);
for (let i = 0; i < Math.min(Number(process.env.N ?? 55), keys.length); i++) {
  const j = i + Math.floor(rand() * (keys.length - i));
  [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  const group = groups.get(keys[i]!)!;
  console.log(group[Math.floor(rand() * group.length)]!.join('\t'));
}
