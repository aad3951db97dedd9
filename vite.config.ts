import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import chromeManifest from './manifest.json' with { type: 'json' };

type Manifest = typeof chromeManifest & Record<string, unknown>;

/**
 * Firefox gets the same source with its manifest differences: an event page (background
 * scripts) instead of a service worker, the sidebar instead of Chrome's side panel, and a
 * gecko id. `vite build --mode firefox` writes dist-firefox/.
 */
function firefoxManifest(m: Manifest): Manifest {
  const { side_panel: panel, permissions, background, ...rest } = m;
  return {
    ...rest,
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: panel.default_path,
      default_title: 'Rx Evidence Lens',
      default_icon: m.action.default_icon,
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'rx-evidence-lens@rx-evidence-lens.invalid',
        strict_min_version: '142.0',
        // Nothing is collected or transmitted (Firefox's data consent declaration).
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as Manifest;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = firefox ? firefoxManifest(chromeManifest as Manifest) : chromeManifest;
  return {
    plugins: [preact(), crx({ manifest, browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Extension pages load from disk; no need for preload polyfills or source maps in the package.
      modulePreload: false,
      sourcemap: false,
      target: firefox ? 'firefox142' : 'chrome120',
      // Firefox's sidebar page is not a manifest field the crx plugin builds: name it here.
      rollupOptions: firefox ? { input: { sidebar: 'src/sidepanel/index.html' } } : {},
    },
    server: { port: 5199, strictPort: true, hmr: false },
  };
});
