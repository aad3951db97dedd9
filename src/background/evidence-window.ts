// Opens the evidence view in its own small window (from the hover card or the context menu).
import browser from 'webextension-polyfill';

export async function openEvidenceWindow(target: {
  drugId?: string;
  query?: string;
}): Promise<void> {
  const params = new URLSearchParams();
  if (target.drugId) params.set('drug', target.drugId);
  if (target.query) params.set('q', target.query);
  params.set('window', '1');
  await browser.windows.create({
    url: browser.runtime.getURL(`src/popup/index.html?${params.toString()}`),
    type: 'popup',
    width: 480,
    height: 720,
  });
}
