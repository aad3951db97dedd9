// Talks to the content script of the tab the popup was opened over.
import browser from 'webextension-polyfill';
import type { MessageMap, MessageType } from '../core/messages';
import { request } from '../core/messages';

export async function activeTab(): Promise<{ id: number; host: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !tab.url) return null;
  try {
    const url = new URL(tab.url);
    return /^https?:$/.test(url.protocol) ? { id: tab.id, host: url.hostname } : null;
  } catch {
    return null;
  }
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
