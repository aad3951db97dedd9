// The Firefox build (dist-firefox/) in Debian's Firefox ESR: the content script highlights the
// demo chart as in Chromium, leaves the page unchanged, and the hover card gets its facts from
// the background event page. (The popup and the sidebar cannot be opened here: WebDriver BiDi
// refuses to navigate a tab to a moz-extension: page.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firefox } from './firefox-bidi';
import { ROOT, serveFixtures, type FixtureServer } from './harness';

const DIST_FIREFOX = join(ROOT, 'dist-firefox');
let firefox: Firefox;
let server: FixtureServer;

beforeAll(async () => {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json')))
    throw new Error('dist-firefox/ is missing: run npm run build:firefox');
  server = await serveFixtures();
  firefox = await Firefox.launch();
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  it('installs the Firefox build and highlights the chart without changing it', async () => {
    expect(await firefox.installExtension(DIST_FIREFOX)).toBe(
      'rx-evidence-lens@rx-evidence-lens.invalid',
    );
    const tab = await firefox.newTab(`${server.origin}/ehr/demo-chart.html`);
    const scanned = await firefox.waitFor<string | null>(
      tab,
      `return document.documentElement.getAttribute('data-rx-lens-scanned');`,
      (v) => v !== null,
    );
    expect(Number(scanned)).toBeGreaterThan(10);
    const painted = await firefox.waitFor<string[]>(
      tab,
      `return [...(CSS.highlights.get('rx-lens-drug') ?? [])].map((r) => r.toString());`,
      (v) => v.length === Number(scanned),
    );
    expect(painted.length).toBe(Number(scanned));
    for (const name of ['Baclofen', 'LISINOPRIL', 'HCTZ', 'insulin glargine', 'Lantus', 'Flexeril'])
      expect(painted).toContain(name);
    for (const name of ['tizanidine', 'ibuprofen', 'Heather', 'warfarin'])
      expect(painted).not.toContain(name);
    const same = await firefox.evaluate<boolean>(
      tab,
      `const x = new XMLHttpRequest(); x.open('GET', location.href, false); x.send();
       const pristine = new DOMParser().parseFromString(x.responseText, 'text/html');
       return document.body.innerHTML === pristine.body.innerHTML && document.body.textContent === pristine.body.textContent;`,
    );
    expect(same).toBe(true);

    // A click on a highlight: the card asks the background for the drug's facts.
    const box = await firefox.evaluate<{ x: number; y: number }>(
      tab,
      `const td = [...document.querySelectorAll('td')].find((t) => t.textContent.startsWith('Baclofen'));
       const r = document.createRange(); r.setStart(td.firstChild, 0); r.setEnd(td.firstChild, 8);
       const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 };`,
    );
    await firefox.click(tab, box.x, box.y);
    const cards = await firefox.waitFor<number>(
      tab,
      `return document.querySelectorAll('rx-lens-card').length;`,
      (n) => n === 1,
    );
    expect(cards).toBe(1);
  }, 60_000);
});
