// Starts Debian's Chromium with the built extension (dist/) and serves fixture pages on
// 127.0.0.1. Records every network request from every context, so tests can assert that
// nothing left the machine. Shared by the e2e tests, `npm start` and the benchmarks.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface FixtureServer {
  origin: string;
  close: () => Promise<void>;
  /** extra routes: path -> body, or body and response headers (generated pages) */
  routes: Map<string, string | { body: string; headers: Record<string, string> }>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const routes: FixtureServer['routes'] = new Map();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes.get(path);
    if (route !== undefined) {
      const { body, headers } = typeof route === 'string' ? { body: route, headers: {} } : route;
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...headers });
      res.end(body);
      return;
    }
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    routes,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** every request URL seen, from pages and the service worker */
  requests: string[];
  close: () => Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /**
   * Load the extension through CDP (Extensions.loadUnpacked) instead of the command line, so
   * that a test can update or uninstall it under open pages (lifecycle tests).
   */
  viaCdp?: boolean;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? DIST;
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir} is missing: run npm run build first`);
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  const userDataDir = mkdtempSync(join(tmpdir(), 'rxlens-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...(options.viaCdp
        ? ['--enable-unsafe-extension-debugging']
        : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
    viewport: { width: 1200, height: 900 },
    ...(options.viaCdp ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
  });
  if (options.viaCdp) await cdpExtensions(context).load(dir);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Install, update (load the same path again) or uninstall the extension through CDP. */
export function cdpExtensions(context: BrowserContext) {
  const session = () => context.browser()!.newBrowserCDPSession();
  return {
    async load(path: string): Promise<string> {
      const cdp = await session();
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path } as never)) as {
        id: string;
      };
      await cdp.detach();
      return id;
    },
    async uninstall(id: string): Promise<void> {
      const cdp = await session();
      await cdp.send('Extensions.uninstall' as never, { id } as never);
      await cdp.detach();
    },
  };
}

/** Requests that went anywhere but the local test server or the extension itself. */
export function foreignRequests(requests: string[], origin: string, extensionId: string): string[] {
  return requests.filter(
    (u) =>
      !u.startsWith(`${origin}/`) &&
      !u.startsWith(`chrome-extension://${extensionId}/`) &&
      !u.startsWith('data:') &&
      u !== 'about:blank',
  );
}

export const popupUrl = (b: ExtensionBrowser, query = '') =>
  `chrome-extension://${b.extensionId}/src/popup/index.html${query}`;

/** The id of the tab a page was most recently opened in (the active tab of the last window). */
export async function activeTabId(b: ExtensionBrowser): Promise<number> {
  const id = await b.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** Text of every painted drug highlight in a page or frame (CSS Custom Highlight API). */
export const PAINTED = () =>
  [
    ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
      'rx-lens-drug',
    ) ?? []),
  ].map((r) => r.toString());

/** Records, from the next navigation on, every error the page sees (read with pageErrors). */
export async function recordPageErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { pageErrors: string[] };
    w.pageErrors = [];
    addEventListener('error', (e) => w.pageErrors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.pageErrors.push(String(e.reason)));
  });
}

export const pageErrors = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors);
