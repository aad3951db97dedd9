// Sends typed requests to the background. After the extension is reloaded or updated, this
// script is orphaned: sends fail with "Extension context invalidated" and it detaches quietly.
import browser from 'webextension-polyfill';
import type { MessageMap, MessageType } from '../core/messages';
import { request } from '../core/messages';

export class OrphanedError extends Error {}

export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export async function send<T extends MessageType>(
  type: T,
  payload: MessageMap[T]['payload'],
): Promise<MessageMap[T]['reply']> {
  if (!extensionAlive()) throw new OrphanedError('extension context invalidated');
  try {
    return (await browser.runtime.sendMessage(request(type, payload))) as MessageMap[T]['reply'];
  } catch (error) {
    if (!extensionAlive() || /context invalidated/i.test(String(error)))
      throw new OrphanedError(String(error));
    throw error;
  }
}
