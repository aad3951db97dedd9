// Chrome's side panel API, which webextension-polyfill does not wrap; null where the browser
// has none (Firefox has its sidebar instead). And the hand-over of a lookup to the panel.
// Shared by the background and the popup.
import browser from 'webextension-polyfill';
import { LOOKUP_KEY } from '../core/lookup-handoff';

export interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

export function chromeSidePanel(): SidePanelApi | null {
  const api = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  return typeof api?.open === 'function' ? api : null;
}

/** The panel shows this lookup (read on open, or on change when already open). Memory only. */
export async function handOverLookup(target: { drugId?: string; query?: string }): Promise<void> {
  await browser.storage.session.set({ [LOOKUP_KEY]: { ...target, at: Date.now() } });
}
