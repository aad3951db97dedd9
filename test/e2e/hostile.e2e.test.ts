// Hostile and huge pages in real Chromium: many randomly generated pages (fast-check), 10 MB
// of text, 50,000 nodes nested deep, a page that replaces document.body, iframes added and
// removed, and a page with a strict CSP. The content script never throws into the page,
// keeps its slices short, and the page's text, markup and form values stay byte-identical.
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLICE_MAX_CHARS } from '../../src/content/scan-scheduler';
import {
  PAINTED,
  foreignRequests,
  launchWithExtension,
  pageErrors,
  recordPageErrors,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await recordPageErrors(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page that records its own errors, and waits for the content script to settle. */
async function load(
  path: string,
  html: string | { body: string; headers: Record<string, string> },
  settle = true,
): Promise<void> {
  server.routes.set(path, html);
  served = typeof html === 'string' ? html : html.body;
  await page.goto(`${server.origin}${path}`, { timeout: 60_000 });
  if (settle)
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-rx-lens-scanned'),
      null,
      { timeout: 60_000, polling: 50 },
    );
}

let served = '';

/** The page as served, parsed afresh, against the live page: text, markup and form values. */
function unchanged() {
  return page.evaluate((html) => {
    const pristine = new DOMParser().parseFromString(html, 'text/html');
    const fields = (d: Document) =>
      [
        ...d.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
          'input, textarea, select',
        ),
      ].map((f) => (f instanceof HTMLSelectElement ? f.selectedIndex : f.value));
    return {
      text: document.body.textContent === pristine.body.textContent,
      markup: document.body.innerHTML === pristine.body.innerHTML,
      fields: JSON.stringify(fields(document)) === JSON.stringify(fields(pristine)),
      errors: (window as unknown as { pageErrors: string[] }).pageErrors,
    };
  }, served);
}

/** The scheduler's own counts, summed over its idle marks: work units, never durations. */
const sliceWork = () =>
  page.evaluate(() => {
    const marks = (performance.getEntriesByName('rx-lens-idle') as PerformanceMark[]).map(
      (m) => m.detail as { maxSliceChars: number; maxNodeChars: number; slices: number },
    );
    return {
      maxSliceChars: Math.max(0, ...marks.map((m) => m.maxSliceChars)),
      maxNodeChars: Math.max(0, ...marks.map((m) => m.maxNodeChars)),
      slices: Math.max(0, ...marks.map((m) => m.slices)),
    };
  });
const longestSlice = () =>
  page.evaluate(() =>
    Math.max(
      0,
      ...(performance.getEntriesByName('rx-lens-idle') as PerformanceMark[]).map(
        (m) => (m.detail as { longestSliceMs: number }).longestSliceMs,
      ),
    ),
  );

// Random pages: drug names (plain, capitals, glued to doses, hyphenated across lines), ordinary
// words, markup-like and script-like text, entities, inside tables, lists, form fields,
// editable regions, scripts, styles and templates.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const word = fc.constantFrom(
  'baclofen',
  'BACLOFEN',
  'Flexeril',
  'HCTZ',
  'insulin glargine',
  'baclo-\nfen',
  'metformin500mg',
  'Lasix 40mg PO BID',
  'warfarin',
  'the',
  'patient',
  'Heather',
  'Today',
  'water',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '&amp;',
  '"quoted"',
  "it's",
  '—',
  'ünïcödé',
  '🙂',
  '   ',
  '\n',
  'TMP-SMX',
  'KCl 20 mEq',
);
const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => escape(ws.join(' ')));
const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc.oneof(
        text,
        fc
          .tuple(
            fc.constantFrom('div', 'p', 'span', 'li', 'td', 'section', 'b'),
            fc.array(node(depth - 1), { maxLength: 4 }),
          )
          .map(([tag, kids]) =>
            tag === 'td'
              ? `<table><tr><td>${kids.join('')}</td></tr></table>`
              : tag === 'li'
                ? `<ul><li>${kids.join('')}</li></ul>`
                : `<${tag}>${kids.join('')}</${tag}>`,
          ),
        text.map((t) => `<input value="${t.replace(/"/g, '&quot;')}">`),
        text.map((t) => `<textarea>${t}</textarea>`),
        text.map((t) => `<select><option>${t}</option><option selected>${t} 2</option></select>`),
        text.map((t) => `<div contenteditable="true">${t}</div>`),
        text.map((t) => `<script>/* ${t.replace(/\*\//g, '')} */</script>`),
        text.map((t) => `<style>/* ${t.replace(/\*\//g, '')} */</style>`),
        text.map((t) => `<template>${t}</template>`),
      ),
);

describe('randomly generated pages', () => {
  it('leave text, markup and form values byte-identical, with no error in the page', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(node(4), { minLength: 1, maxLength: 8 }), async (parts) => {
        await load(
          `/random-${n++}.html`,
          `<!doctype html><html><head><meta charset="utf-8"></head><body>${parts.join('\n')}</body></html>`,
        );
        expect(await unchanged()).toEqual({ text: true, markup: true, fields: true, errors: [] });
      }),
      { numRuns: 25, seed: 20261125, endOnFailure: true },
    );
  }, 120_000);
});

describe('huge and hostile pages', () => {
  it('10 MB of text: highlighted in short slices, page unchanged', async () => {
    const para =
      '<p>Day note: continued baclofen 10 mg PO TID and metformin 500 mg BID; BP stable, ambulating with a walker.</p>';
    const body = para.repeat(Math.ceil(10_000_000 / 100));
    await load('/ten-mb.html', `<!doctype html><html><body>${body}</body></html>`);
    const slice = await longestSlice();
    const work = await sliceWork();
    console.log(
      `10 MB page: longest content-script slice ${slice.toFixed(1)} ms (reported, not asserted), ${work.slices} slices, at most ${work.maxSliceChars} characters in one, ${await page.getAttribute('html', 'data-rx-lens-scanned')} mentions`,
    );
    // Bounded by design: a slice matches at most SLICE_MAX_CHARS plus one text node.
    expect(work.slices).toBeGreaterThan(10_000_000 / (SLICE_MAX_CHARS + work.maxNodeChars));
    expect(work.maxSliceChars).toBeLessThanOrEqual(SLICE_MAX_CHARS + work.maxNodeChars);
    expect(Number(await page.getAttribute('html', 'data-rx-lens-scanned'))).toBe(200_000);
    expect(await unchanged()).toEqual({ text: true, markup: true, fields: true, errors: [] });
  }, 120_000);

  it('50,000 nodes, 2,000 levels deep', async () => {
    const deep = '<div>'.repeat(2000) + 'Deep: Lasix 20 mg PO daily' + '</div>'.repeat(2000);
    const wide = Array.from(
      { length: 12_000 },
      (_, i) => `<span>row ${i}</span><i>HCTZ</i><b> </b>`,
    ).join('');
    await load('/many-nodes.html', `<!doctype html><html><body>${deep}${wide}</body></html>`);
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(nodes).toBeGreaterThan(38_000); // and as many text nodes again
    const work = await sliceWork();
    console.log(
      `many nodes: longest content-script slice ${(await longestSlice()).toFixed(1)} ms (reported, not asserted), ${work.slices} slices`,
    );
    expect(work.maxSliceChars).toBeLessThanOrEqual(SLICE_MAX_CHARS + work.maxNodeChars);
    expect(Number(await page.getAttribute('html', 'data-rx-lens-scanned'))).toBe(12_001);
    expect(await unchanged()).toEqual({ text: true, markup: true, fields: true, errors: [] });
  }, 60_000);

  it('follows a page that replaces document.body, and adds and removes iframes', async () => {
    await load(
      '/replace-body.html',
      '<!doctype html><html><body><p>Old body: aspirin 81 mg daily</p></body></html>',
    );
    await expect.poll(() => page.evaluate(PAINTED)).toEqual(['aspirin']);
    await page.evaluate(() => {
      const body = document.createElement('body');
      body.innerHTML = '<p>New body: warfarin 5 mg PO daily</p>';
      document.body.replaceWith(body);
      for (let i = 0; i < 20; i++) {
        const f = document.createElement('iframe');
        f.srcdoc = `<p>Frame ${i}: furosemide 20 mg PO</p>`;
        document.body.append(f);
        if (i % 2) f.remove();
      }
    });
    await expect.poll(() => page.evaluate(PAINTED)).toEqual(['warfarin']);
    const frames = page.frames().filter((f) => f.url() === 'about:srcdoc');
    expect(frames.length).toBe(10);
    await expect.poll(() => frames[0]!.evaluate(PAINTED)).toEqual(['furosemide']);
    expect(await pageErrors(page)).toEqual([]);
  });

  it('works under a strict page CSP, hover card included', async () => {
    await load('/strict-csp.html', {
      body: '<!doctype html><html><body><p id="p">Continue baclofen 10 mg PO TID.</p></body></html>',
      headers: {
        'content-security-policy':
          "default-src 'none'; style-src 'none'; script-src 'none'; frame-ancestors 'none'",
      },
    });
    await expect.poll(() => page.evaluate(PAINTED)).toEqual(['baclofen']);
    const box = await page.evaluate(() => {
      const t = document.getElementById('p')!.firstChild!;
      const r = document.createRange();
      r.setStart(t, 9);
      r.setEnd(t, 17);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => page.locator('rx-lens-card').count()).toBe(1);
    // The card is styled although the page forbids styles: it floats just below the mention
    // (unstyled, it would fall into the flow at the end of the document).
    const below = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y + 30)?.tagName,
      box,
    );
    expect(below).toBe('RX-LENS-CARD');
    expect(await unchanged()).toMatchObject({ text: true, markup: true, fields: true });
  });
});

describe('messages from the page', () => {
  it('a web page cannot reach the extension, by runtime message or window message', async () => {
    await load(
      '/messenger.html',
      '<!doctype html><html><body><p>Continue baclofen 10 mg PO TID.</p></body></html>',
    );
    const result = await page.evaluate(async (id) => {
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } })
        .chrome?.runtime;
      let reply: unknown = 'no runtime API';
      if (typeof runtime?.sendMessage === 'function') {
        try {
          reply = await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, {
            type: 'getLexicon',
            payload: {},
          });
        } catch (error) {
          reply = `refused: ${(error as Error).message}`;
        }
      }
      // Our request shapes posted to the window: nobody listens for them.
      window.postMessage({ type: 'revealDrug', payload: { drugId: 'baclofen' } }, '*');
      window.postMessage({ type: 'openEvidence', payload: { query: 'baclofen' } }, '*');
      await new Promise((r) => setTimeout(r, 300));
      return {
        reply: String(reply),
        flash: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(
          'rx-lens-flash',
        ),
      };
    }, browser.extensionId);
    expect(result.reply).toMatch(/^(no runtime API|refused)/);
    expect(result.flash).toBe(false);
    expect(browser.context.pages().filter((p) => p.url().includes('src/popup')).length).toBe(0);
  });

  it('made no network request outside 127.0.0.1 and the extension', () => {
    expect(foreignRequests(browser.requests, server.origin, browser.extensionId)).toEqual([]);
  });
});
