// @vitest-environment happy-dom
// The content script's scan on a synthetic chart: what it reads, what it skips, and that
// the fallback wrappers (used where the Highlight API is missing) leave no trace when cleared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DrugMatcher } from '../../src/core/drug-matcher';
import { lexiconFromFile } from '../../src/core/lexicon-file';
import { Highlighter } from '../../src/content/highlighter';
import {
  collectTextNodes,
  inMedicationContext,
  shadowRootsUnder,
  SkipCheck,
  textWalk,
} from '../../src/content/text-scanner';

const ROOT = join(import.meta.dirname, '..', '..');
let matcher: DrugMatcher;

beforeAll(() => {
  matcher = new DrugMatcher(
    lexiconFromFile(JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'lexicon.json'), 'utf8'))),
  );
  const html = readFileSync(join(ROOT, 'test', 'fixtures', 'ehr', 'demo-chart.html'), 'utf8');
  document.documentElement.innerHTML = html
    .replace(/^<!doctype html>/i, '')
    .replace(/<\/?html[^>]*>/g, '');
});

describe('text scanning', () => {
  it('skips form fields and the editable note', () => {
    const texts = collectTextNodes(document.body, []).map((t) => t.data);
    expect(texts.some((t) => t.includes('tizanidine'))).toBe(false);
    expect(texts.some((t) => t.includes('ibuprofen'))).toBe(false);
    expect(texts.some((t) => t.includes('Baclofen 10 mg tablet'))).toBe(true);
  });

  it('walks text nodes only, and asks the ancestors of a node whether it may be read', () => {
    const box = document.createElement('div');
    box.innerHTML =
      '<div></div>'.repeat(2000) +
      '<p>baclofen</p><script>var x = "warfarin"</script><textarea>tizanidine</textarea>' +
      '<div contenteditable="true"><p>ibuprofen</p></div><div contenteditable="false">HCTZ</div>';
    document.body.append(box);
    const next = textWalk(box);
    const texts: Text[] = [];
    for (let t = next(); t !== null; t = next()) texts.push(t);
    expect(texts.map((t) => t.data)).toEqual([
      'baclofen',
      'var x = "warfarin"',
      'tizanidine',
      'ibuprofen',
      'HCTZ',
    ]);
    const skip = new SkipCheck();
    expect(texts.filter((t) => !skip.inside(t)).map((t) => t.data)).toEqual(['baclofen', 'HCTZ']);
    box.remove();
  });

  it('remembers clean ancestors and still sees a skipped element under them', () => {
    let html = '';
    for (let i = 0; i < 300; i++) html += '<div>';
    html += '<span>baclofen</span><textarea>warfarin</textarea><span>HCTZ</span>';
    for (let i = 0; i < 300; i++) html += '</div>';
    const box = document.createElement('section');
    box.innerHTML = html;
    document.body.append(box);
    const skip = new SkipCheck();
    const spans = [...box.querySelectorAll('span')];
    expect(skip.inside(spans[0]!.firstChild!)).toBe(false);
    expect(skip.inside(box.querySelector('textarea')!.firstChild!)).toBe(true);
    expect(skip.inside(spans[1]!.firstChild!)).toBe(false);
    box.remove();
  });

  it('finds the open shadow roots of custom elements, nested ones by walking each root', () => {
    const host = document.createElement('med-list');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>sertraline</p><allergy-card></allergy-card>';
    const inner = shadow.querySelector('allergy-card')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>codeine</p>';
    document.body.append(host);
    expect(shadowRootsUnder(document.body)).toEqual([shadow]);
    expect(shadowRootsUnder(shadow)).toEqual([inner]);
    host.remove();
  });

  it('knows a medication table', () => {
    const cell = [...document.querySelectorAll('td')].find(
      (td) => td.textContent === 'HCTZ 25 mg',
    )!;
    expect(inMedicationContext(cell.firstChild!)).toBe(true);
    const problem = document.querySelector('#problems li')!;
    expect(inMedicationContext(problem.firstChild!)).toBe(false);
  });

  it('wraps mentions removably where the Highlight API is missing', () => {
    const before = document.body.innerHTML;
    const beforeText = document.body.textContent;
    const highlighter = new Highlighter(document);
    expect(highlighter.usesHighlightApi).toBe(false);
    for (const node of collectTextNodes(document.body, []))
      highlighter.setMentions(
        node,
        matcher.find(node.data, { medicationContext: inMedicationContext(node) }),
      );
    const marks = [...document.querySelectorAll('mark.rx-lens-mark')].map((m) => m.textContent);
    expect(marks).toEqual(
      expect.arrayContaining(['Baclofen', 'HCTZ', 'insulin glargine', 'Flexeril', 'lisinopril']),
    );
    expect(document.body.textContent).toBe(beforeText);
    highlighter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });
});
