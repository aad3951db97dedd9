import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Extension pages load from disk; no need for preload polyfills or source maps in the package.
    modulePreload: false,
    sourcemap: false,
    target: 'chrome120',
  },
  server: { port: 5199, strictPort: true, hmr: false },
});
