// Page shapes for npm run bench: the content script's longest slice must stay bounded whatever
// the page looks like (issue #15), so each shape stresses one unit of work: one huge text node,
// very deep nesting, many tiny nodes, a big table, and the demo chart as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SIG = 'Continue metformin 500 mg PO BID and lisinopril 10 mg daily; baclofen 10 mg TID for spasticity. ';

export interface Shape {
  name: string;
  html: string;
}

export function pageShapes(root: string, scale = 1): Shape[] {
  const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  const hugeText = SIG.repeat(Math.round((2_000_000 * scale) / SIG.length));
  const depth = Math.round(3000 * scale);
  const deep = Array.from({ length: depth }, (_, i) => `<div>${i % 10 === 0 ? SIG : 'note '}`).join('') + '</div>'.repeat(depth);
  const tiny = Array.from({ length: Math.round(100_000 * scale) }, (_, i) => `<span>${i % 7 === 0 ? 'HCTZ' : 'w'}</span>`).join('');
  const rows = Array.from(
    { length: Math.round(5000 * scale) },
    (_, i) => `<tr><td>${i}</td><td>metoprolol tartrate</td><td>25 mg</td><td>PO</td><td>BID</td><td>atorvastatin 40 mg nightly</td></tr>`,
  ).join('');
  const table = `<table><caption>Medications</caption><thead><tr><th>#</th><th>Drug</th><th>Dose</th><th>Route</th><th>Freq</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table>`;
  return [
    { name: 'one huge text node (2 MB)', html: page(`<p>${hugeText}</p>`) },
    { name: `deep nesting (${depth.toLocaleString('en-US')} levels)`, html: page(deep) },
    { name: `many tiny nodes (${Math.round(100_000 * scale).toLocaleString('en-US')} spans)`, html: page(`<div>${tiny}</div>`) },
    { name: `big table (${Math.round(5000 * scale).toLocaleString('en-US')} rows)`, html: page(table) },
    { name: 'demo chart', html: readFileSync(join(root, 'test', 'fixtures', 'ehr', 'demo-chart.html'), 'utf8') },
  ];
}
