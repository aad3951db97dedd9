// npm start: opens Debian Chromium with the built extension on the bundled demo chart.
// Without a display (a server, CI) it runs the same demo headless, prints what the
// extension found, and saves screenshots of the chart and of the popup.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT, launchWithExtension, popupUrl, serveFixtures } from '../test/e2e/harness';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const root = process.getuid?.() === 0;
  if (root && process.env.RXLENS_NO_APT !== '1') {
    console.log('Chromium is missing: installing Debian\'s chromium (apt-get install -y chromium)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    return;
  }
  throw new Error('Chromium is missing. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
}

async function main(): Promise<void> {
  ensureChromium();
  const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');
  const server = await serveFixtures();
  const browser = await launchWithExtension({ headless });
  const chartUrl = `${server.origin}/ehr/demo-chart.html`;
  const page = await browser.context.newPage();
  await page.goto(chartUrl);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-rx-lens-scanned'), null, { timeout: 20_000 });
  if (!headless) {
    console.log(`Rx Evidence Lens is loaded in Chromium on ${chartUrl}. Close the browser window to stop.`);
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
    return;
  }
  const found = await page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('rx-lens-drug');
    return [...(h ?? [])].map((r) => ({ text: r.toString(), where: r.startContainer.parentElement?.closest('section')?.id ?? 'page' }));
  });
  const outDir = join(ROOT, '.tmp');
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, 'demo-chart.png') });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 480, height: 900 });
  await popup.goto(popupUrl(browser, '?q=baclofen%20for%20back%20pain'));
  await popup.waitForSelector('article.evidence');
  const popupShot = join(outDir, 'popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`Demo chart: ${chartUrl}`);
  console.log(`The extension highlighted ${found.length} drug mentions:`);
  for (const f of found) console.log(`  ${f.text.padEnd(20)} (${f.where})`);
  console.log(`Screenshots: ${popupShot} (popup: "baclofen for back pain") and ${join(outDir, 'demo-chart.png')}`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${(error as Error).message}`);
  process.exit(1);
});
