// The bundled index read from the extension's own files (never the network), shared by the
// service worker and the popup.
import browser from 'webextension-polyfill';
import { EvidenceIndex } from '../core/evidence-index';

export function openExtensionIndex(): EvidenceIndex {
  return new EvidenceIndex(async (path) => {
    const response = await fetch(browser.runtime.getURL(`data/${path}`));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    try {
      return await response.json();
    } catch {
      throw new Error('not valid JSON');
    }
  });
}
