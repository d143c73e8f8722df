// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://partners.polynya.example',
  output: 'static',
  // The directory benchmark builds 10,000 generated partners into a folder of its own.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [react(), sitemap()],
});
