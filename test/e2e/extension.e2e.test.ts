// End to end in Debian's Chromium with the built extension: highlights on a fixture chart,
// the page untouched, the card, popup search, the evidence view, the context-menu path,
// and no network request beyond 127.0.0.1 and the extension itself.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAINTED,
  activeTabId,
  foreignRequests,
  launchWithExtension,
  popupUrl,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openChart(path = '/ehr/demo-chart.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(
    () => document.documentElement.hasAttribute('data-rx-lens-scanned'),
    null,
    { timeout: 15_000 },
  );
  return page;
}

/** The page's DOM and form state compared with a fresh parse of the same HTML. */
async function pageUnchanged(page: Page) {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const pristine = new DOMParser().parseFromString(html, 'text/html');
    const input = document.querySelector<HTMLInputElement>('#order-input');
    const textarea = document.querySelector<HTMLTextAreaElement>('#order-comment');
    const select = document.querySelector<HTMLSelectElement>('#order-route');
    return {
      text: document.body.textContent === pristine.body.textContent,
      markup: document.body.innerHTML === pristine.body.innerHTML,
      input:
        input?.value ===
        pristine.querySelector<HTMLInputElement>('#order-input')?.getAttribute('value'),
      textarea: textarea?.value === pristine.querySelector('#order-comment')?.textContent,
      select: select?.value === 'IV',
    };
  });
}

describe('content script on a synthetic EHR chart', () => {
  it('highlights drug names without changing the page', async () => {
    const page = await openChart();
    // The highlight registry belongs to the document: the ranges are painted, the DOM is not touched.
    // Painting follows an IntersectionObserver callback, a frame after the scan: every mention
    // of this one-screen chart is near the viewport, so all are painted.
    const scannedCount = Number(await page.getAttribute('html', 'data-rx-lens-scanned'));
    await expect.poll(() => page.evaluate(PAINTED).then((p) => p.length)).toBe(scannedCount);
    const highlighted = await page.evaluate(PAINTED);
    for (const name of [
      'Baclofen',
      'LISINOPRIL',
      'HCTZ',
      'Metformin',
      'insulin glargine',
      'Lantus',
      'Omeprazole',
      'Flexeril',
      'lisinopril',
    ]) {
      expect(highlighted).toContain(name);
    }
    // Not in form fields, not in the note being typed, not a person's name without drug context.
    expect(highlighted).not.toContain('warfarin');
    expect(highlighted).not.toContain('tizanidine');
    expect(highlighted).not.toContain('ibuprofen');
    expect(highlighted).not.toContain('Heather');
    expect(await pageUnchanged(page)).toEqual({
      text: true,
      markup: true,
      input: true,
      textarea: true,
      select: true,
    });
    await page.close();
  });

  it('shows a card for a highlighted drug on click, and it opens with the keyboard', async () => {
    const page = await openChart();
    const box = await page.evaluate(() => {
      const td = [...document.querySelectorAll('td')].find((t) =>
        t.textContent?.startsWith('Baclofen'),
      )!;
      const range = document.createRange();
      range.setStart(td.firstChild!, 0);
      range.setEnd(td.firstChild!, 8);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const card = page.locator('rx-lens-card');
    await expect.poll(async () => card.count(), { timeout: 5000 }).toBe(1);
    // The card (in a closed shadow root) is drawn below the mention.
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y + 30)?.tagName,
      box,
    );
    expect(hit).toBe('RX-LENS-CARD');
    await page.keyboard.press('Escape');
    // Keyboard: Alt+Shift+N moves to the first mention and focuses "Open evidence".
    await page.mouse.click(5, 5);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => card.count(), { timeout: 5000 }).toBe(1);
    expect((await pageUnchanged(page)).markup).toBe(true);
    await page.close();
  });
});

describe('popup', () => {
  it('finds "baclophen" and shows its evidence with citations', async () => {
    const page = await browser.context.newPage();
    await page.goto(popupUrl(browser));
    await page.waitForSelector('html[data-ready="true"]');
    await page.fill('#q', 'baclophen');
    await page.waitForSelector('#results li');
    expect(await page.textContent('#results li:first-child .r-name')).toBe('baclofen');
    await page.keyboard.press('Enter');
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('article.evidence h1')).toBe('baclofen');
    const sections = await page.locator('article.evidence h2').allTextContents();
    expect(sections.slice(0, 4)).toEqual([
      'From the Guidelines',
      'From the FDA Drug Label',
      'From the Research',
      'References',
    ]);
    expect(await page.textContent('.item-indications dd')).toContain(
      'spasticity resulting from multiple sclerosis',
    );
    // A citation links to an existing reference: a PubMed record or a Cochrane review.
    const href = await page.getAttribute('.research-group .cite >> nth=0', 'href');
    expect(href).toMatch(/^#ref-\d+$/);
    const ref = page.locator(href!);
    expect(await ref.textContent()).toMatch(/PMID \d+|Cochrane review CD\d+/);
    await page.close();
  });

  it('focuses a question on its condition and toggles the reader', async () => {
    const page = await browser.context.newPage();
    await page.goto(popupUrl(browser, '?q=baclofen%20for%20back%20pain'));
    await page.waitForSelector('article.evidence');
    // The label names spasticity with "concomitant pain": it neither covers back pain nor can be
    // said not to list it, so the note says nothing of the label.
    expect(await page.textContent('.focus')).toMatch(
      /guideline statements about back pain shown first/,
    );
    expect(await page.textContent('.focus')).not.toContain('label');
    expect(await page.textContent('.guideline >> nth=0')).toContain('skeletal muscle relaxants');
    await page.goto(popupUrl(browser, '?q=sertraline%20for%20depression'));
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('.focus')).toContain(
      'The FDA label\'s indications include Major depressive disorder, which the condition vocabulary files under depression: "Sertraline hydrochloride tablets are indicated for the treatment of the following: … Major depressive disorder (MDD)".',
    );
    // A question about harm is answered from the label's warnings, two drugs from their labels.
    await page.goto(popupUrl(browser, '?q=propranolol%20asthma'));
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('.focus')).toContain(
      'The label\'s contraindications name asthma: "Propranolol is contraindicated in',
    );
    await page.goto(popupUrl(browser, '?q=can%20I%20take%20ibuprofen%20with%20warfarin'));
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('.focus strong')).toBe('With warfarin:');
    expect(await page.textContent('.focus')).toContain(
      "The warfarin label's drug interactions name ibuprofen",
    );
    await page.goto(popupUrl(browser, '?q=is%20sertraline%20safe%20in%20pregnancy'));
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('.focus strong')).toBe('In pregnancy:');
    expect(await page.textContent('.focus')).toContain(
      'From the pregnancy section of the FDA label (Sertraline Hydrochloride, oral): "Based on data from published observational studies',
    );
    await page.goto(popupUrl(browser, '?q=baclofen%20for%20back%20pain'));
    await page.waitForSelector('article.evidence');
    await page.check('input[value="patient"]');
    await page.waitForSelector('text=What it is used for');
    expect(await page.textContent('.disclaimer')).toContain('not medical advice');
    await page.close();
  });

  it('lists the drugs on the page and the interactions their labels state', async () => {
    const chart = await openChart();
    const tabId = await activeTabId(browser);
    const page = await browser.context.newPage();
    await page.goto(popupUrl(browser, `?tab=${tabId}`));
    await page.waitForSelector('.page-drugs li');
    const listed = await page.locator('.page-drugs .r-name').allTextContents();
    expect(listed.slice(0, 3)).toEqual(['baclofen', 'lisinopril', 'hydrochlorothiazide']);
    expect(await page.textContent('.site-toggle')).toContain('127.0.0.1');
    await page.waitForSelector('.int-pair');
    const pairs = await page.locator('.int-names').allTextContents();
    // Checked against `npm run -s interactions` on the same drugs (tizanidine, only in the
    // order field, is not on the list). Insulin glargine's label lists ACE inhibitors among the
    // drugs that may increase the risk of hypoglycemia; a Cochrane review lists lisinopril as one.
    expect(pairs).toEqual([
      'hydrochlorothiazide + metformin',
      'metformin + insulin glargine',
      'lisinopril + insulin glargine',
    ]);
    const pair = page.locator('.int-pair', { hasText: 'metformin + insulin glargine' });
    expect(await pair.locator('.int-source a').first().textContent()).toBe('metformin label');
    expect(await page.textContent('.int-checked')).toMatch(
      /Checked \d+ pairs of \d+ drugs.*No label in the bundled data for lisinopril/,
    );
    // Clicking a drug opens its evidence and flashes its first mention on the page.
    await page.locator('.page-drugs button', { hasText: 'hydrochlorothiazide' }).click();
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('article.evidence h1')).toBe('hydrochlorothiazide');
    const flashed = await chart.evaluate(() =>
      [
        ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'rx-lens-flash',
        ) ?? []),
      ].map((r) => r.toString()),
    );
    expect(flashed).toEqual(['HCTZ']);
    await page.close();
    await chart.close();
  });

  it('gives a drug with no label in the data a card and an evidence view that say so', async () => {
    const page = await browser.context.newPage();
    // Captopril is known from RxNorm and the Orange Book; no FDA label of it is bundled.
    await page.goto(popupUrl(browser, '?q=captopril'));
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('article.evidence h1')).toBe('captopril');
    expect(await page.textContent('section[aria-labelledby="h-label"] .empty')).toBe(
      'No FDA label for captopril is in the bundled data.',
    );
    const card = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'getCard', payload: { drugId: 'captopril' } }),
    );
    // The hover card shows "No FDA label indication in the bundled data." for a null indication.
    expect(card).toMatchObject({
      ok: true,
      card: { id: 'captopril', name: 'captopril', indication: null, boxedWarning: false },
    });
    // Gliclazide is known only from DrugBank (a human trial in the research data gives it as an arm).
    await page.goto(popupUrl(browser, '?q=gliclazide'));
    await page.waitForSelector('article.evidence h1');
    expect(await page.textContent('article.evidence h1')).toBe('gliclazide');
    expect(await page.textContent('section[aria-labelledby="h-label"] .empty')).toBe(
      'No FDA label for gliclazide is in the bundled data.',
    );
    // "insulin" alone names a group: its card and view name the members, each with its own label.
    await page.goto(popupUrl(browser, '?q=insulin'));
    await page.waitForSelector('article.evidence h1');
    expect(await page.textContent('section[aria-labelledby="h-label"] .empty')).toMatch(
      /names a group of drugs, so no single FDA label covers it.*insulin glargine/,
    );
    const group = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'getCard', payload: { drugId: 'insulin' } }),
    );
    expect(group).toMatchObject({
      ok: true,
      card: {
        id: 'insulin',
        indication: expect.stringMatching(
          /^A group of drugs, each with its own label: .*insulin glargine/,
        ),
      },
    });
    await page.close();
  });

  it('says plainly when a name is not in the index', async () => {
    const page = await browser.context.newPage();
    await page.goto(popupUrl(browser, '?q=qwxyzzyq'));
    await page.waitForSelector('.not-found');
    expect(await page.textContent('.not-found')).toContain('not in the index');
    await page.close();
  });
});

describe('context menu', () => {
  it('opens the evidence for the selected text (in a window when no panel can open)', async () => {
    const opened = browser.context.waitForEvent('page');
    // Called from the test, not a real menu click: no user gesture, so Chrome refuses to open
    // the side panel and the window opens instead.
    const where = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { rxLens: { onContextMenuClick: (i: unknown) => Promise<string> } }
      ).rxLens.onContextMenuClick({
        menuItemId: 'rx-evidence-lens-lookup',
        selectionText: 'Flexeril',
      }),
    );
    expect(where).toBe('window');
    const page = await opened;
    await page.waitForSelector('article.evidence');
    expect(await page.textContent('article.evidence h1')).toBe('cyclobenzaprine');
    await page.close();
  });
});

describe('side panel', () => {
  it('lists the page drugs and takes lookups handed over by the context menu', async () => {
    const chart = await openChart();
    const tabId = await activeTabId(browser);
    // The panel page is the popup's app in panel mode; loaded in a tab here, aimed at the chart.
    const panel = await browser.context.newPage();
    await panel.goto(
      `chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}`,
    );
    await panel.waitForSelector('.page-drugs li');
    expect(await panel.getAttribute('html', 'data-context')).toBe('panel');
    // What the context menu does once the panel is open: hand the lookup over.
    await browser.worker.evaluate(() =>
      chrome.storage.session.set({ rxLensLookup: { query: 'Flexeril', at: Date.now() } }),
    );
    await panel.waitForSelector('article.evidence');
    expect(await panel.textContent('article.evidence h1')).toBe('cyclobenzaprine');
    // A malformed hand-over is ignored.
    await browser.worker.evaluate(() =>
      chrome.storage.session.set({
        rxLensLookup: { query: '<img src=x>', drugId: 'NOT AN ID', at: 1 },
      }),
    );
    await panel.waitForTimeout(200);
    expect(await panel.textContent('article.evidence h1')).toBe('cyclobenzaprine');
    // The panel says what the label section lacks, and gives patients the label's own words.
    expect(await panel.textContent('.label-note')).toContain('no adverse reactions section');
    await browser.worker.evaluate(() =>
      chrome.storage.session.set({ rxLensLookup: { query: 'metformin', at: Date.now() } }),
    );
    await panel.waitForSelector('article.evidence h1:text("metformin")');
    expect(await panel.textContent('.item-adverseReactions dd')).toMatch(
      /most common adverse reactions \(>5\.0%\) are diarrhea/,
    );
    await panel.check('input[value="patient"]');
    await panel.waitForSelector('.label-note:text("written for patients")');
    await panel.close();
    await chart.close();
  });
});

describe('privacy', () => {
  it('made no network request outside 127.0.0.1 and the extension', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(browser.requests, server.origin, browser.extensionId)).toEqual([]);
  });
});
