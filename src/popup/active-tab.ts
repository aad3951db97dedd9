// Talks to the content script of the tab the popup was opened over.
import browser from 'webextension-polyfill';
import type { MessageMap, MessageType } from '../core/messages';
import { request } from '../core/messages';

/**
 * The tab the popup speaks for: the one named by ?tab= (the evidence window opened from a
 * page), else the active tab of this window. No tab URL is read, so no host permission is
 * needed: the page's content script says which site it is on.
 */
export async function targetTabId(params: URLSearchParams): Promise<number | null> {
  const named = params.get('tab');
  if (named !== null) return /^\d{1,10}$/.test(named) ? Number(named) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function askTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: MessageMap[T]['payload'],
): Promise<MessageMap[T]['reply'] | null> {
  try {
    return (await browser.tabs.sendMessage(
      tabId,
      request(type, payload),
    )) as MessageMap[T]['reply'];
  } catch {
    return null; // no content script there (a browser page, or the page is still loading)
  }
}
