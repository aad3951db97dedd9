// @ts-nocheck
// temporary: raw label evidence for hand annotation
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const lines = gunzipSync(readFileSync('/work/shared/data/labels/labels.jsonl.gz')).toString().split('\n');
const bySet = new Map(); for (const l of lines) { if (!l) continue; const j = JSON.parse(l); bySet.set(j.set_id, j); }
const classes = JSON.parse(readFileSync('public/data/classes.json','utf8')).classes;
const pairs = process.argv.slice(2).map(p => p.split('+'));
for (const [a,b] of pairs) {
  console.log(`##### ${a} + ${b}`);
  for (const [x,y] of [[a,b],[b,a]]) {
    const row = JSON.parse(readFileSync(`public/data/interactions/${x}.json`,'utf8'));
    if (!row.label) { console.log(`  ${x}: no single label`); continue; }
    const lab = bySet.get(row.label.setId);
    const ye = JSON.parse(readFileSync(`public/data/drugs/${y}.json`,'utf8'));
    const names = [y, ...ye.brands].map(n=>n.toLowerCase());
    const cls = Object.entries(classes).filter(([k,c]: any)=>c.members[y]).map(([k,c]: any)=>c.label);
    const text = ['boxed_warning','contraindications','warnings_and_cautions','warnings','precautions','drug_interactions'].map(k=>lab.sections[k]??'').join(' ').replace(/\s+/g,' ');
    const low = text.toLowerCase();
    let shown=0;
    for (const n of names) { let i = low.indexOf(n); if (i>=0 && shown<2) { console.log(`  ${x} label names ${n}: …${text.slice(Math.max(0,i-200), i+150)}…`); shown++; } }
    if (!shown) console.log(`  ${x} label: no name of ${y}; ${y} classes: ${cls.join('; ')}`);
  }
}
