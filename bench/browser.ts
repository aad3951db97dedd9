// The in-browser half of npm run bench: real Chromium with the built extension, generated
// EHR pages of a given size, and the popup and service worker timed from outside.
import type { Page } from 'playwright-core';
import { launchWithExtension, popupUrl, serveFixtures, type ExtensionBrowser, type FixtureServer } from '../test/e2e/harness';

export interface ShapeTiming {
  name: string;
  highlights: number;
  longestSliceMs: number;
  mainThreadMs: number;
  /** from navigation start to the scan's end (its first idle mark) */
  lastHighlightMs: number;
  slices: number;
  maxSliceChars: number;
  longestSliceIndex: number;
}

export interface PageTiming {
  textBytes: number;
  highlights: number;
  firstHighlightMs: number;
  mainThreadMs: number;
  longestTaskMs: number;
  slices: number;
  settleAfterBurstMs: number;
  /** content script time spent on the burst */
  burstMainThreadMs: number;
  burstIdles: number;
  contentHeapMB: number | null;
  /** long tasks (over 50 ms, any cause, including rendering) the browser saw from load to idle */
  browserLongTasks: number;
  browserLongestTaskMs: number;
}

/** A chart page with `bytes` of text: medication tables, notes and results, as an EHR prints them. */
export function chartPage(bytes: number, paragraphs: string[]): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    const chunk =
      i % 5 === 0
        ? `<table class="meds"><tr><th>Medication</th><th>Sig</th></tr><tr><td>${escapeHtml(p.slice(0, 120))}</td><td>1 tab PO daily</td></tr></table>`
        : `<p>${escapeHtml(p)}</p>`;
    rows.push(chunk);
    size += p.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Chart ${bytes}</title></head><body><main id="chart">${rows.join('\n')}</main><div id="live"></div></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface IdleDetail {
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  firstHighlightAt: number;
  highlights: number;
}

async function idleMarks(page: Page): Promise<IdleDetail[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('rx-lens-idle').map((e) => (e as PerformanceMark).detail as IdleDetail),
  );
}

export class BrowserBench {
  private constructor(
    readonly browser: ExtensionBrowser,
    readonly server: FixtureServer,
  ) {}

  static async start(): Promise<BrowserBench> {
    const server = await serveFixtures();
    const browser = await launchWithExtension();
    return new BrowserBench(browser, server);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }

  /** Loads a generated chart, waits for the content script to settle, then a burst of 1,000 mutations. */
  async chart(bytes: number, paragraphs: string[]): Promise<PageTiming> {
    const path = `/bench/chart-${bytes}.html`;
    this.server.routes.set(path, chartPage(bytes, paragraphs));
    const page = await this.browser.context.newPage();
    await page.goto(`${this.server.origin}${path}`, { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('rx-lens-idle').length > 0, null, {
      timeout: 120_000,
      polling: 50,
    });
    const [first] = await idleMarks(page);
    // The browser's own record of tasks over 50 ms: it also sees rendering work (painting
    // highlights), which the content script's slice clock cannot.
    const longTasks = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries().map((e) => e.duration));
          }).observe({ type: 'longtask', buffered: true });
          setTimeout(() => resolve([]), 300);
        }),
    );
    const navStart = 0; // performance.now() counts from navigation start
    // A burst: 1,000 nodes added in one task, as an SPA re-render does.
    const burst = await page.evaluate(async () => {
      const before = performance.getEntriesByName('rx-lens-idle').length;
      const live = document.getElementById('live')!;
      const started = performance.now();
      for (let i = 0; i < 1000; i++) {
        const p = document.createElement('p');
        p.textContent = `Order ${i}: metoprolol tartrate 25 mg PO BID; atorvastatin 40 mg nightly`;
        live.append(p);
      }
      // (No named helpers inside evaluate: the bundler's __name wrapper does not exist in the page.)
      while (performance.getEntriesByName('rx-lens-idle').length <= before)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const marks = performance.getEntriesByName('rx-lens-idle') as PerformanceMark[];
      const last = marks.at(-1)!;
      return {
        settle: last.startTime - started,
        busy: (last.detail as { busyMs: number }).busyMs - (marks[before - 1]!.detail as { busyMs: number }).busyMs,
        longest: (last.detail as { longestSliceMs: number }).longestSliceMs,
        idles: marks.length - before,
      };
    });
    const heap = await this.heapMB(page);
    await page.close();
    this.server.routes.delete(path);
    return {
      textBytes: bytes,
      highlights: first!.highlights,
      firstHighlightMs: first!.firstHighlightAt - navStart,
      mainThreadMs: first!.busyMs,
      longestTaskMs: first!.longestSliceMs,
      slices: first!.slices,
      settleAfterBurstMs: burst.settle,
      burstMainThreadMs: burst.busy,
      burstIdles: burst.idles,
      contentHeapMB: heap,
      browserLongTasks: longTasks.length,
      browserLongestTaskMs: Math.max(0, ...longTasks),
    };
  }

  /** One page shape: the content script's longest slice, its main-thread total, and when it was done. */
  async shape(name: string, html: string): Promise<ShapeTiming> {
    const path = `/bench/shape-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.html`;
    this.server.routes.set(path, html);
    const page = await this.browser.context.newPage();
    await page.goto(`${this.server.origin}${path}`, { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('rx-lens-idle').length > 0, null, {
      timeout: 120_000,
      polling: 50,
    });
    const detail = await page.evaluate(() => {
      const mark = performance.getEntriesByName('rx-lens-idle')[0] as PerformanceMark;
      return { ...(mark.detail as { busyMs: number; slices: number; longestSliceMs: number; maxSliceChars: number; maxNodeChars: number; highlights: number; longestSliceIndex: number }), at: mark.startTime };
    });
    await page.close();
    this.server.routes.delete(path);
    return {
      name,
      highlights: detail.highlights,
      longestSliceMs: detail.longestSliceMs,
      mainThreadMs: detail.busyMs,
      lastHighlightMs: detail.at,
      slices: detail.slices,
      maxSliceChars: detail.maxSliceChars,
      longestSliceIndex: detail.longestSliceIndex,
    };
  }

  /** The page's renderer heap in MB after a GC (CDP Runtime.getHeapUsage), or null where CDP is unavailable. */
  private async heapMB(page: Page): Promise<number | null> {
    try {
      const cdp = await this.browser.context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage'); // what stays, not what awaits collection
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.detach();
      return usage.usedSize / 1e6;
    } catch {
      return null;
    }
  }

  /** Heap of a renderer with the chart but highlighting off for the site, for the memory delta. */
  async chartHeapWithoutExtension(bytes: number, paragraphs: string[]): Promise<number | null> {
    const path = `/bench/plain-${bytes}.html`;
    // Same page served as text/html but the content script is told to stay off via settings.
    await this.browser.worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: { enabled: false, disabledSites: [], reader: 'clinician' } });
    });
    this.server.routes.set(path, chartPage(bytes, paragraphs));
    const page = await this.browser.context.newPage();
    await page.goto(`${this.server.origin}${path}`, { timeout: 120_000 });
    await page.waitForTimeout(1500);
    const heap = await this.heapMB(page);
    await page.close();
    await this.browser.worker.evaluate(async () => {
      await chrome.storage.local.remove('settings');
    });
    return heap;
  }

  /** Popup: time to interactive (index validated, input ready) and keystroke to first result. */
  async popup(queries: string[]): Promise<{ interactiveMs: number; firstResultMs: number[]; heapMB: number | null }> {
    const page = await this.browser.context.newPage();
    await page.goto(popupUrl(this.browser));
    await page.waitForSelector('html[data-ready="true"]');
    const interactiveMs = await page.evaluate(
      () => performance.getEntriesByName('rx-lens-popup-ready')[0]?.startTime ?? NaN,
    );
    const firstResultMs: number[] = [];
    for (const q of queries) {
      await page.fill('#q', '');
      await page.waitForFunction(() => !document.querySelector('#results li'));
      const ms = await page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>('#q')!;
        const started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (!document.querySelector('#results li'))
          await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - started;
      }, q);
      firstResultMs.push(ms);
    }
    const heapMB = await this.heapMB(page);
    await page.close();
    return { interactiveMs, firstResultMs, heapMB };
  }

  /**
   * The service worker's JS heap in MB after a garbage collection. Playwright opens no CDP
   * session on an extension worker, so this attaches to it through the browser's own session
   * (Target.attachToTarget, messages relayed with Target.sendMessageToTarget).
   */
  async backgroundHeapMB(): Promise<number | null> {
    const browser = this.browser.context.browser();
    if (!browser) return null;
    const cdp = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const sw = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${this.browser.extensionId}/`),
      );
      if (!sw) return null;
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as {
        sessionId: string;
      };
      const pending = new Map<number, (result: unknown) => void>();
      cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: unknown };
        if (e.sessionId === sessionId && m.id !== undefined) pending.get(m.id)?.(m.result);
      });
      let nextId = 1;
      const call = (method: string) =>
        new Promise<unknown>((resolve) => {
          const id = nextId++;
          pending.set(id, resolve);
          void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
        });
      await call('HeapProfiler.collectGarbage');
      const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.send('Target.detachFromTarget', { sessionId });
      return usage.usedSize / 1e6;
    } catch {
      return null;
    } finally {
      await cdp.detach();
    }
  }

  /** Stops the service worker, then times a lookup from the popup until the worker answers. */
  async serviceWorkerColdStart(): Promise<number | null> {
    const page = await this.browser.context.newPage();
    await page.goto(popupUrl(this.browser, '?window=1'));
    await page.waitForSelector('html[data-ready="true"]');
    try {
      const cdp = await this.browser.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    } catch {
      await page.close();
      return null;
    }
    const ms = await page.evaluate(async () => {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'getCard', payload: { drugId: 'baclofen' } });
      if (!reply?.ok) throw new Error('no answer from the service worker');
      return performance.now() - started;
    });
    await page.close();
    return ms;
  }
}
