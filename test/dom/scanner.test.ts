// @vitest-environment happy-dom
// The content script's scan on a synthetic chart: what it reads, what it skips, and that
// the fallback wrappers (used where the Highlight API is missing) leave no trace when cleared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DrugMatcher } from '../../src/core/drug-matcher';
import { lexiconFromFile } from '../../src/core/lexicon-file';
import { Highlighter } from '../../src/content/highlighter';
import { collectTextNodes, inMedicationContext, textWalk } from '../../src/content/text-scanner';

const ROOT = join(import.meta.dirname, '..', '..');
let matcher: DrugMatcher;

beforeAll(() => {
  matcher = new DrugMatcher(lexiconFromFile(JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'lexicon.json'), 'utf8'))));
  const html = readFileSync(join(ROOT, 'test', 'fixtures', 'ehr', 'demo-chart.html'), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<\/?html[^>]*>/g, '');
});

describe('text scanning', () => {
  it('skips form fields and the editable note', () => {
    const texts = collectTextNodes(document.body, []).map((t) => t.data);
    expect(texts.some((t) => t.includes('tizanidine'))).toBe(false);
    expect(texts.some((t) => t.includes('ibuprofen'))).toBe(false);
    expect(texts.some((t) => t.includes('Baclofen 10 mg tablet'))).toBe(true);
  });

  it('walks a run of elements without text a bounded step at a time', () => {
    const grid = document.createElement('div');
    grid.innerHTML = '<div></div>'.repeat(2000) + '<p>baclofen</p>';
    document.body.append(grid);
    const next = textWalk(grid, () => {});
    const results: (Text | null | undefined)[] = [];
    for (let r = next(); r !== null; r = next()) results.push(r);
    // 2,001 elements before the text: several calls return no text, then the text, then the end
    expect(results.filter((r) => r === undefined).length).toBeGreaterThanOrEqual(3);
    expect(results.filter((r) => r).map((t) => t!.data)).toEqual(['baclofen']);
    grid.remove();
  });

  it('knows a medication table', () => {
    const cell = [...document.querySelectorAll('td')].find((td) => td.textContent === 'HCTZ 25 mg')!;
    expect(inMedicationContext(cell.firstChild!)).toBe(true);
    const problem = document.querySelector('#problems li')!;
    expect(inMedicationContext(problem.firstChild!)).toBe(false);
  });

  it('wraps mentions removably where the Highlight API is missing', () => {
    const before = document.body.innerHTML;
    const beforeText = document.body.textContent;
    const highlighter = new Highlighter(document);
    expect(highlighter.usesHighlightApi).toBe(false);
    for (const node of collectTextNodes(document.body, [])) highlighter.setMentions(node, matcher.find(node.data, { medicationContext: inMedicationContext(node) }));
    const marks = [...document.querySelectorAll('mark.rx-lens-mark')].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Baclofen', 'HCTZ', 'insulin glargine', 'Flexeril', 'lisinopril']));
    expect(document.body.textContent).toBe(beforeText);
    highlighter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });
});
