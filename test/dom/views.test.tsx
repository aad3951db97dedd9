// @vitest-environment happy-dom
// Component tests for the popup's views, rendered with Preact into happy-dom from real
// summaries of the bundled index: order of sections, citations that resolve, the reader
// toggle, keyboard search, empty states, the interactions list, and data shown only as text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../src/core/drug-search';
import type { EvidenceIndex } from '../../src/core/evidence-index';
import type { EvidenceSummary } from '../../src/core/evidence-types';
import { EvidenceView } from '../../src/popup/evidence-view';
import { InteractionsPanel } from '../../src/popup/interactions-panel';
import { PageDrugsPanel } from '../../src/popup/page-drugs-panel';
import { SearchBox } from '../../src/popup/search-box';
import { openIndex } from '../../scripts/cli/node-index';

let index: EvidenceIndex;
let root: HTMLElement;

beforeAll(() => {
  index = openIndex();
});

afterEach(() => {
  if (root) render(null, root);
  document.body.innerHTML = '';
});

function mount(vnode: preact.VNode): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

async function summary(
  drugId: string,
  reader: 'clinician' | 'patient' = 'clinician',
): Promise<EvidenceSummary> {
  const s = await index.summaryFor(drugId, { reader });
  if (!s.ok) throw new Error(s.error);
  return s.summary;
}

describe('EvidenceView', () => {
  it('shows the three sections in order, and every citation resolves to a reference', async () => {
    const s = await summary('baclofen');
    const el = mount(<EvidenceView summary={s} onReader={() => {}} onFollow={() => {}} />);
    expect(el.querySelector('h1')!.textContent).toBe('baclofen');
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent).slice(0, 4)).toEqual([
      'From the Guidelines',
      'From the FDA Drug Label',
      'From the Research',
      'References',
    ]);
    const cites = [...el.querySelectorAll<HTMLAnchorElement>('a.cite')];
    expect(cites.length).toBeGreaterThan(3);
    for (const a of cites) {
      const target = el.querySelector(a.getAttribute('href')!);
      expect(target, a.getAttribute('href')!).not.toBeNull();
      expect(a.getAttribute('aria-label')).toMatch(/^Reference \d+$/);
    }
    // External links only open when clicked, in a new tab, without an opener.
    for (const a of el.querySelectorAll<HTMLAnchorElement>('.references a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('href')).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    }
    expect(el.querySelector('.meta')!.textContent).toMatch(
      /Review status: (Submitted|Under review|Approved)/,
    );
    expect(el.querySelector('.disclaimer')!.textContent).toContain('not medical advice');
  });

  it('heads the focus note with the condition asked, or the other drug asked with', async () => {
    for (const [query, head] of [
      ['baclofen for back pain', 'About back pain:'],
      ['can I take ibuprofen with warfarin', 'With warfarin:'],
      // (pregnancy is no condition: the label's pregnancy section answers, shown first)
      ['is sertraline safe in pregnancy', 'In pregnancy:'],
      ['sertraline while breastfeeding', 'While breastfeeding:'],
      ['amlodipine in the elderly', 'In older adults:'],
      ['metformin side effects', 'Side effects:'],
    ] as const) {
      const r = await index.lookup(query);
      if (!r.ok) throw new Error(r.error);
      const el = mount(
        <EvidenceView summary={r.summary} onReader={() => {}} onFollow={() => {}} />,
      );
      expect(el.querySelector('.focus strong')!.textContent, query).toBe(head);
      if (r.summary.focus.labelPopulation)
        expect(el.querySelector('.label-item dt')?.textContent, query).toBe(
          {
            pregnancy: 'Pregnancy',
            lactation: 'Lactation',
            pediatricUse: 'Pediatric use',
            geriatricUse: 'Geriatric use',
          }[r.summary.focus.labelPopulation.asked],
        );
      render(null, root);
    }
  });

  it('says plainly when a section has nothing in the bundled data', async () => {
    // lisinopril: no FDA label in the staged data.
    const s = await summary('lisinopril');
    const el = mount(<EvidenceView summary={s} onReader={() => {}} onFollow={() => {}} />);
    const empties = [...el.querySelectorAll('.empty')].map((p) => p.textContent);
    expect(empties.some((t) => /nothing in the bundled data|no FDA label/i.test(t ?? ''))).toBe(
      true,
    );
  });

  it('switches reader with the radio group, and follow-up questions call back', async () => {
    const s = await summary('baclofen');
    const onReader = vi.fn();
    const onFollow = vi.fn();
    const el = mount(<EvidenceView summary={s} onReader={onReader} onFollow={onFollow} />);
    const radios = [...el.querySelectorAll<HTMLInputElement>('fieldset.reader input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(['clinician', 'patient']);
    expect(el.querySelector('fieldset.reader legend')!.textContent).toBe(
      'Which best describes you?',
    );
    act(() => {
      radios[1]!.click();
    });
    expect(onReader).toHaveBeenCalledWith('patient');
    const follow = el.querySelector<HTMLButtonElement>('.followups button');
    expect(follow).not.toBeNull();
    act(() => follow!.click());
    expect(onFollow).toHaveBeenCalledWith(s.followUps[0]!.query);
  });

  it('uses plain headings for patients', async () => {
    const s = await summary('baclofen', 'patient');
    const el = mount(<EvidenceView summary={s} onReader={() => {}} onFollow={() => {}} />);
    expect(el.querySelector('#h-label')!.textContent).toBe('From the official drug label');
    expect((el.querySelector('input[value=patient]') as HTMLInputElement).checked).toBe(true);
  });

  it("gives patients the label's Medication Guide verbatim, and says when a label has none", async () => {
    const s = await summary('sertraline', 'patient');
    const el = mount(<EvidenceView summary={s} onReader={() => {}} onFollow={() => {}} />);
    const items = [...el.querySelectorAll('.label-item')];
    expect(items.map((i) => i.querySelector('dt')!.textContent)).toEqual(['Medication Guide']);
    expect(items[0]!.textContent).toContain(
      'What is the most important information I should know about sertraline',
    );
    expect(el.querySelector('.label-note')!.textContent).toMatch(
      /Medication Guide, written for patients/,
    );
    // A label without patient text: the clinician text, said to be so.
    const b = await summary('baclofen', 'patient');
    const el2 = mount(<EvidenceView summary={b} onReader={() => {}} onFollow={() => {}} />);
    expect(el2.textContent).toMatch(
      /no patient leaflet in the bundled data: the text below is the prescribing information, written for clinicians/,
    );
    expect([...el2.querySelectorAll('.label-item dt')].map((d) => d.textContent)).toContain(
      'What it is used for',
    );
  });

  it('shows the most common adverse reactions as the label states them, or says they are not in the bundled copy', async () => {
    const s = await summary('metformin');
    const el = mount(<EvidenceView summary={s} onReader={() => {}} onFollow={() => {}} />);
    const ar = el.querySelector('.item-adverseReactions')!;
    expect(ar.querySelector('dt')!.textContent).toBe('Most common adverse reactions');
    expect(ar.textContent).toMatch(
      /most common adverse reactions \(>5\.0%\) are diarrhea, nausea\/vomiting/,
    );
    const b = mount(
      <EvidenceView summary={await summary('baclofen')} onReader={() => {}} onFollow={() => {}} />,
    );
    expect(b.querySelector('.item-adverseReactions')).toBeNull();
    expect(b.textContent).toMatch(/bundled copy of this label has no adverse reactions section/);
  });

  it('shows the best five studies, strongest first, then the rest on request', async () => {
    const s = await summary('metformin');
    expect(s.research.total).toBeGreaterThan(5);
    const el = mount(<EvidenceView summary={s} onReader={() => {}} onFollow={() => {}} />);
    expect(el.querySelectorAll('li.study').length).toBe(5);
    const more = el.querySelector<HTMLButtonElement>('button.more-studies')!;
    expect(more.textContent).toBe(`Show ${s.research.total - 5} more studies`);
    // Reviews and meta-analyses come first.
    expect(el.querySelector('li.study .source')!.textContent).toMatch(
      /systematic review|meta-analysis/,
    );
    act(() => more.click());
    expect(el.querySelectorAll('li.study').length).toBe(s.research.total);
    expect(el.querySelector('button.more-studies')).toBeNull();
  });

  it('shows a record whose results are not in the data by its title, last', async () => {
    const r = await index.lookup('baclofen for back pain');
    if (!r.ok) throw new Error(r.error);
    const items = r.summary.research.groups.flatMap((g) => g.items);
    const titleOnly = items.filter((i) => !i.resultsInData);
    expect(titleOnly.map((i) => i.pmid)).toContain('30955985');
    expect(items.slice(-titleOnly.length).every((i) => !i.resultsInData)).toBe(true);
    const el = mount(<EvidenceView summary={r.summary} onReader={() => {}} onFollow={() => {}} />);
    act(() => el.querySelector<HTMLButtonElement>('button.more-studies')?.click());
    const li = [...el.querySelectorAll('li.no-results')].find((x) =>
      x.textContent!.includes('Ibuprofen Plus Metaxalone'),
    )!;
    expect(li.textContent).toMatch(/results not in the bundled data/);
    expect(li.querySelector('q')).toBeNull();
  });

  it('renders data containing markup as text, never as HTML', async () => {
    const s = await summary('baclofen');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const tampered: EvidenceSummary = {
      ...s,
      drug: { ...s.drug, name: hostile },
      label: { ...s.label, items: s.label.items.map((i) => ({ ...i, text: hostile })) },
    };
    const el = mount(<EvidenceView summary={tampered} onReader={() => {}} onFollow={() => {}} />);
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.querySelector('h1')!.textContent).toBe(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('SearchBox', () => {
  const results: SearchResult[] = [
    {
      drugId: 'baclofen',
      name: 'baclofen',
      matched: 'baclofen',
      kind: 'generic',
      cls: 'skeletal muscle relaxants',
      score: 0.1,
    },
    {
      drugId: 'cyclobenzaprine',
      name: 'cyclobenzaprine',
      matched: 'Flexeril',
      kind: 'brand',
      cls: '',
      score: 0.2,
    },
  ] as SearchResult[];

  it('is a labelled combobox driven by arrows, Enter and Escape', () => {
    const onChoose = vi.fn();
    const onQuery = vi.fn();
    const onEscape = vi.fn();
    const el = mount(
      <SearchBox
        query="bac"
        results={results}
        onQuery={onQuery}
        onChoose={onChoose}
        onEscape={onEscape}
      />,
    );
    const input = el.querySelector<HTMLInputElement>('#q')!;
    expect(el.querySelector('label[for=q]')!.textContent).toContain('Search a drug');
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-controls')).toBe('results');
    expect(el.querySelector('#results')!.getAttribute('role')).toBe('listbox');
    const key = (k: string) =>
      act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    expect(input.getAttribute('aria-activedescendant')).toBe('r-0');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('r-1');
    expect(el.querySelector('#r-1')!.getAttribute('aria-selected')).toBe('true');
    key('Enter');
    expect(onChoose).toHaveBeenCalledWith(results[1]);
    key('Escape'); // with a query: clears it
    expect(onQuery).toHaveBeenCalledWith('');
    expect(el.querySelector('#r-1 .r-matched')!.textContent).toContain('Flexeril');
  });

  it('Escape with an empty field closes', () => {
    const onEscape = vi.fn();
    const el = mount(
      <SearchBox
        query=""
        results={[]}
        onQuery={() => {}}
        onChoose={() => {}}
        onEscape={onEscape}
      />,
    );
    act(
      () =>
        void el
          .querySelector('#q')!
          .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(onEscape).toHaveBeenCalled();
  });
});

describe('InteractionsPanel and PageDrugsPanel', () => {
  it('lists pairs most serious first, each with its label source', async () => {
    const report = await index.interactions(['warfarin', 'ibuprofen', 'baclofen', 'oxycodone']);
    const el = mount(<InteractionsPanel report={report} error={null} names={new Map()} />);
    const pairs = [...el.querySelectorAll('.int-pair')];
    expect(pairs.length).toBe(report.pairs.length);
    expect(pairs.length).toBeGreaterThan(0);
    const order = ['contraindicated', 'avoid', 'monitor', 'noted'];
    const ranks = pairs.map((p) => order.findIndex((sev) => p.classList.contains(`sev-${sev}`)));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(pairs.map((p) => p.querySelector('.int-names')!.textContent)).toContain(
      'warfarin + ibuprofen',
    );
    for (const p of pairs)
      expect(p.querySelector('.int-source a')?.getAttribute('href')).toMatch(/^https:\/\/dailymed/);
    const head = pairs[0]!.querySelector<HTMLButtonElement>('.int-head')!;
    expect(head.getAttribute('aria-expanded')).toBe('false');
    act(() => head.click());
    expect(head.getAttribute('aria-expanded')).toBe('true');
  });

  it('says exactly what was checked when nothing is found', async () => {
    const report = await index.interactions(['tamsulosin', 'allopurinol']);
    const el = mount(<InteractionsPanel report={report} error={null} names={new Map()} />);
    expect(el.querySelector('.empty')!.textContent).toContain(
      'No interactions found: none of the 1 pairs',
    );
  });

  it('names each page drug with its count for screen readers', () => {
    const onOpen = vi.fn();
    const el = mount(
      <PageDrugsPanel
        drugs={[
          { drugId: 'baclofen', name: 'baclofen', names: ['Baclofen', 'baclofen'], count: 3 },
        ]}
        onOpen={onOpen}
      />,
    );
    expect(el.querySelector('.count')!.getAttribute('aria-label')).toBe('3 mentions');
    act(() => el.querySelector('button')!.click());
    expect(onOpen).toHaveBeenCalledWith('baclofen');
  });
});
