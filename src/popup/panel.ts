// The side panel runs the popup's app and stays open: it follows the active tab and takes
// lookups handed over by the context menu and the hover card (through storage.session, which
// lives in memory only and is readable by extension pages alone).
import browser from 'webextension-polyfill';
import { chromeSidePanel, handOverLookup } from '../platform/side-panel';
import { isValidLookup, LOOKUP_KEY, type Lookup } from '../core/lookup-handoff';

export const PANEL = document.documentElement.dataset.context === 'panel';

/** A lookup handed over in the last few seconds (the panel was opened for it), once. */
export async function consumeLookup(): Promise<Lookup | null> {
  try {
    const stored = (await browser.storage.session.get(LOOKUP_KEY))[LOOKUP_KEY];
    if (!isValidLookup(stored) || Date.now() - stored.at > 10_000) return null;
    await browser.storage.session.remove(LOOKUP_KEY);
    return stored;
  } catch {
    return null;
  }
}

export function onLookup(handle: (target: Lookup) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const next = changes[LOOKUP_KEY]?.newValue;
    if (area === 'session' && isValidLookup(next)) handle(next);
  });
}

/** The active tab changed, or the active tab loaded a new page. */
export function onTabChange(handle: () => void): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(handle, 300);
  };
  browser.tabs.onActivated.addListener(later);
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    if (tab.active && change.status === 'complete') later();
  });
}

export const canOpenPanel = (): boolean => chromeSidePanel() !== null;

// Known before any click: the panel must open in the click's own task (a user gesture).
let windowId: number | undefined;
if (!PANEL && canOpenPanel())
  void browser.windows.getCurrent().then(
    (w) => (windowId = w.id),
    () => undefined,
  );

/** From a click in the popup (a user gesture): open the panel, handing it the current lookup. */
export async function openPanelFromPopup(target: {
  drugId?: string;
  query?: string;
}): Promise<boolean> {
  const api = chromeSidePanel();
  if (!api || windowId === undefined) return false;
  try {
    await api.open({ windowId });
    if (target.drugId || target.query) await handOverLookup(target);
    return true;
  } catch {
    return false;
  }
}
