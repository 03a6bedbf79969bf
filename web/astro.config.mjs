import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

/** Static site: every page is pre-rendered; islands hydrate in the browser. No network at build or run time. */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto', assets: '_assets' },
  integrations: [preact()],
  devToolbar: { enabled: false },
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
  },
});
