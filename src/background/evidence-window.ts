// Opens the evidence view for a lookup from the context menu or the hover card: in the side
// panel where the browser has one (Chrome's sidePanel, Firefox's sidebar), else in a small
// window of its own. The panel gets the lookup through storage.session (memory only).
import browser from 'webextension-polyfill';
import { chromeSidePanel, handOverLookup } from '../platform/side-panel';

export interface EvidenceTarget {
  drugId?: string;
  query?: string;
}

/**
 * Must run before any other await in a user-gesture handler: both browsers open panels only
 * in direct response to a user action.
 */
async function openPanel(tabId: number | undefined): Promise<boolean> {
  const sidePanel = chromeSidePanel();
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  try {
    if (sidePanel && tabId !== undefined) await sidePanel.open({ tabId });
    else if (sidebar?.open) await sidebar.open();
    else return false;
    return true;
  } catch {
    return false; // no user gesture (or no panel support): the window opens instead
  }
}

export async function openEvidence(
  target: EvidenceTarget,
  tabId?: number,
): Promise<'panel' | 'window'> {
  if (await openPanel(tabId)) {
    await handOverLookup(target);
    return 'panel';
  }
  await openEvidenceWindow(target);
  return 'window';
}

export async function openEvidenceWindow(target: EvidenceTarget): Promise<void> {
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
