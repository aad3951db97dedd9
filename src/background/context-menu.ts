// "Look up '%s' in Rx Evidence Lens" on selected text.
import browser from 'webextension-polyfill';
import { openEvidence } from './evidence-window';

export const MENU_ID = 'rx-evidence-lens-lookup';

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: "Look up '%s' in Rx Evidence Lens",
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab?.id));
}

export async function onContextMenuClick(
  info: { menuItemId: string | number; selectionText?: string },
  tabId?: number,
): Promise<'panel' | 'window' | null> {
  if (info.menuItemId !== MENU_ID) return null;
  const query = (info.selectionText ?? '').trim().slice(0, 200);
  return query ? openEvidence({ query }, tabId) : null;
}
