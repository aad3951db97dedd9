// Lifecycle and broken data, in real Chromium: the extension updated or removed under open
// pages (the orphaned content script detaches without a sound), the service worker stopped mid-session
// (the next lookup is answered), and an index that is truncated or from another schema
// version (a clear message in the popup, no highlights rather than wrong ones).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST,
  FIXTURES,
  PAINTED,
  cdpExtensions,
  launchWithExtension,
  pageErrors,
  popupUrl,
  recordPageErrors,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

async function openChart(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  // Count anything the extension might throw into the page.
  await recordPageErrors(page);
  await page.goto(`${server.origin}/ehr/demo-chart.html`);
  return page;
}
const scanned = (page: Page) =>
  page.waitForFunction(() => document.documentElement.hasAttribute('data-rx-lens-scanned'), null, {
    timeout: 15_000,
  });

describe('lifecycle, settings and other extensions (one browser)', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension({ viaCdp: true });
  }, 60_000);
  afterAll(async () => {
    await b?.close();
  });

  it('answers the next lookup after the service worker is stopped', async () => {
    const page = await openChart(b);
    await scanned(page);
    const popup = await b.context.newPage();
    await popup.goto(popupUrl(b, '?window=1'));
    await popup.waitForSelector('html[data-ready="true"]');
    const cdp = await b.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The next request wakes a new worker, which loads the index afresh and answers.
    const card = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'getCard', payload: { drugId: 'baclofen' } }),
    );
    expect(card).toMatchObject({ ok: true, card: { id: 'baclofen', name: 'baclofen' } });
    const lexicon = (await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'getLexicon', payload: {} }),
    )) as { ok: boolean };
    expect(lexicon.ok).toBe(true);
    await popup.close();
    await page.close();
  });

  it('turning highlighting off removes every trace; on again highlights once', async () => {
    const page = await openChart(b);
    await scanned(page);
    const count = Number(await page.getAttribute('html', 'data-rx-lens-scanned'));
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await b.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { enabled: false, disabledSites: [], reader: 'clinician' },
      }),
    );
    await expect.poll(() => page.evaluate(PAINTED).then((p) => p.length)).toBe(0);
    expect(await page.getAttribute('html', 'data-rx-lens-scanned')).toBeNull();
    // No attribute, element, style or highlight of ours is left (the page's markup as it was,
    // less our data attribute).
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(html.replace(/ data-rx-lens-scanned="\d+"/, ''));
    expect(
      await page.evaluate(
        () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      ),
    ).toBe(0);
    await b.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { enabled: true, disabledSites: [], reader: 'clinician' },
      }),
    );
    await scanned(page);
    expect(Number(await page.getAttribute('html', 'data-rx-lens-scanned'))).toBe(count);
    await page.close();
  });

  it('corrupted settings fall back to the defaults with a notice, and nothing breaks', async () => {
    await b.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { enabled: 'yes', disabledSites: 42, reader: { x: 1 } },
      }),
    );
    const page = await openChart(b);
    await scanned(page); // defaults: highlighting on
    const popup = await b.context.newPage();
    await popup.goto(popupUrl(b));
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await popup.textContent('.notice')).toContain('reset to the defaults');
    await popup.fill('#q', 'baclofen');
    await popup.waitForSelector('#results li');
    expect(await pageErrors(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('another extension gets nothing', async () => {
    const otherId = await cdpExtensions(b.context).load(join(FIXTURES, 'other-extension'));
    const other = await expect
      .poll(
        () =>
          b.context
            .serviceWorkers()
            .find((w) => w.url().startsWith(`chrome-extension://${otherId}/`)) ?? null,
      )
      .not.toBeNull()
      .then(() =>
        b.context
          .serviceWorkers()
          .find((w) => w.url().startsWith(`chrome-extension://${otherId}/`))!,
      );
    const result = await other.evaluate(
      (id) => (self as unknown as { ask: (id: string) => Promise<unknown> }).ask(id),
      b.extensionId,
    );
    // No onMessageExternal listener: Chrome reports that nothing received it.
    expect(result).toEqual({
      error: expect.stringMatching(/Receiving end does not exist|Could not establish connection/),
    });
  });

  // Last: it removes the extension from this browser.
  it('detaches quietly when the extension is updated or removed under an open page', async () => {
    const page = await openChart(b);
    await scanned(page);
    const count = Number(await page.getAttribute('html', 'data-rx-lens-scanned'));
    await expect.poll(() => page.evaluate(PAINTED).then((p) => p.length)).toBe(count);
    const text = await page.evaluate(() => document.body.textContent);
    const html = await page.evaluate(() => document.body.innerHTML);
    const extensions = cdpExtensions(b.context);
    // An update: the same unpacked extension loaded again. The old content script is orphaned
    // and, within its 2 s check, removes every trace without a sound.
    expect(await extensions.load(DIST)).toBe(b.extensionId);
    await expect
      .poll(() => page.evaluate(PAINTED).then((p) => p.length), { timeout: 5000 })
      .toBe(0);
    expect(await page.getAttribute('html', 'data-rx-lens-scanned')).toBeNull();
    expect(await pageErrors(page)).toEqual([]);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(html);
    // The updated extension's script, after a page reload: the same highlights, once each.
    await page.reload();
    await scanned(page);
    expect(Number(await page.getAttribute('html', 'data-rx-lens-scanned'))).toBe(count);
    await expect.poll(() => page.evaluate(PAINTED).then((p) => p.length)).toBe(count);
    // Removed: the same quiet exit.
    await extensions.uninstall(b.extensionId);
    await expect
      .poll(() => page.evaluate(PAINTED).then((p) => p.length), { timeout: 5000 })
      .toBe(0);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('a broken index', () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    [
      'truncated name list',
      (dir) => {
        const file = join(dir, 'data', 'lexicon.json');
        const body = readFileSync(file, 'utf8');
        writeFileSync(file, body.slice(0, body.length / 2));
      },
      /lexicon\.json/,
    ],
    [
      'index from an older schema version',
      (dir) => {
        const file = join(dir, 'data', 'meta.json');
        writeFileSync(
          file,
          JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: 1 }),
        );
      },
      /schema version 1/,
    ],
  ];
  for (const [name, breakIt, message] of cases) {
    it(`${name}: a clear message in the popup, no highlights`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rxlens-broken-'));
      cpSync(DIST, dir, { recursive: true });
      breakIt(dir);
      const b = await launchWithExtension({ extensionDir: dir });
      try {
        const page = await openChart(b);
        await page.waitForTimeout(1000);
        expect(await page.getAttribute('html', 'data-rx-lens-scanned')).toBeNull();
        expect(await page.evaluate(PAINTED)).toEqual([]);
        expect(await pageErrors(page)).toEqual([]);
        const popup = await b.context.newPage();
        await popup.goto(popupUrl(b));
        await popup.waitForSelector('main.fatal');
        expect(await popup.textContent('main.fatal')).toMatch(message);
        expect(await popup.textContent('main.fatal')).toContain('highlighting is off');
      } finally {
        await b.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
