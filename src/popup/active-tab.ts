// Talks to the content script of the tab the popup was opened over.
import browser, { type Runtime } from 'webextension-polyfill';
import type { MessageMap, MessageType, PageDrug } from '../core/messages';
import { isValidRequest, request } from '../core/messages';

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
  frameId?: number,
): Promise<MessageMap[T]['reply'] | null> {
  try {
    return (await browser.tabs.sendMessage(
      tabId,
      request(type, payload),
      frameId === undefined ? undefined : { frameId },
    )) as MessageMap[T]['reply'];
  } catch {
    return null; // no content script there (a browser page, or the page is still loading)
  }
}

/**
 * Child frames' drug lists, reported after a listPageDrugs request reaches them. Only messages
 * from our own content scripts in the target tab count. Returns a function that stops listening.
 */
export function onFrameDrugs(
  tabId: number,
  handle: (frameId: number, drugs: PageDrug[]) => void,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId || !sender.frameId) return;
    if (!isValidRequest(message) || message.type !== 'frameDrugs') return;
    handle(sender.frameId, (message.payload as { drugs: PageDrug[] }).drugs);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
