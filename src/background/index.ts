// Service worker: owns the bundled index (loaded lazily, on the first request), answers
// messages, and registers the context menu.
import browser from 'webextension-polyfill';
import { onContextMenuClick, registerContextMenu } from './context-menu';
import { openExtensionIndex } from '../platform/extension-index';
import { createRouter } from './message-router';

const index = openExtensionIndex();
browser.runtime.onMessage.addListener(createRouter(index));
registerContextMenu();

// For the end-to-end tests, which cannot click a native context menu: the same handler the
// menu calls. Reachable only from the extension's own service worker console.
(globalThis as { rxLens?: unknown }).rxLens = { onContextMenuClick };
