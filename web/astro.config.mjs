import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { cspHashes } from './integrations/csp-hashes.ts';
import { fieldServiceWorker } from './integrations/field-sw.ts';
import { interactionDirective } from './integrations/interaction-directive.ts';
import { islandPreload } from './integrations/island-preload.ts';

/** Static site: every page is pre-rendered; islands hydrate in the browser. No network at build or run time. */
export default defineConfig({
  output: 'static',
  // TANDEM_WEB_DIST lets two builds live side by side (the local runtime reads the same variable).
  ...(process.env.TANDEM_WEB_DIST ? { outDir: process.env.TANDEM_WEB_DIST } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto', assets: '_assets' },
  // cspHashes: the inline scripts' and styles' hashes for the Content-Security-Policy (shared/src/security-headers.ts).
  // fieldServiceWorker: each commune's /{c}/terrain/sw.js, with the field page's files to precache (docs/field-app.md).
  // interactionDirective: client:interaction, an island hydrated on the first use of it (docs/report-form.md).
  // islandPreload: the files of the islands hydrated at load, preloaded from the head (docs/page-budgets.md).
  integrations: [preact(), interactionDirective(), islandPreload(), cspHashes(), fieldServiceWorker()],
  devToolbar: { enabled: false },
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
  },
});
