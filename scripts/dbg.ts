import { readFileSync } from 'node:fs';
import { statementLinks } from '../pipeline/build-guidelines';
import { openIndex } from './cli/node-index';
const index = openIndex();
const matcher = await index.getMatcher();
const classes = JSON.parse(readFileSync('public/data/classes.json', 'utf8')).classes as Record<string, { members: Record<string, string> }>;
const members = new Map(Object.entries(classes).map(([k, c]) => [k, Object.keys(c.members)]));
const t = process.argv[2]!;
console.log([...statementLinks(t, matcher, members)].filter(([id]) => !process.argv[3] || id === process.argv[3]));
