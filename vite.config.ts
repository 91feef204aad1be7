/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { moduleGraph } from './scripts/module-graph.mjs';

/**
 * Icon links for index.html, relative like every URL of the build (the icons are in public/).
 * PNG, not the SVG: a browser draws an SVG icon as a document of its own on the page's main
 * thread, a long task during the first load; a small PNG is only decoded.
 */
function iconLinks(): Plugin {
  return {
    name: 'tripebble:icon-links',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'icon', href: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: 'icons/apple-touch-icon.png' }, injectTo: 'head' },
    ],
  };
}

/**
 * The app's entry script at low fetch priority: the page paints from its prerendered HTML and
 * stylesheet, and the script (needed only to hydrate) should not take bandwidth from them.
 */
function entryAtLowPriority(): Plugin {
  return {
    name: 'tripebble:entry-low-priority',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module" crossorigin src=/g, '<script type="module" crossorigin fetchpriority="low" src='),
    },
  };
}

// The app build. `npm run build` (scripts/build.mjs) runs it after the embed builds, so the
// service worker's precache list also holds embed.js and its worker. base './' makes every URL
// relative, so dist/ works from the site root or any sub-folder.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    iconLinks(),
    entryAtLowPriority(),
    // The module graph the budget check reads (scripts/check-budget.mjs).
    moduleGraph('app'),
    VitePWA({
      registerType: 'autoUpdate',
      // No registration script in the page: the app registers the worker itself once the page
      // has settled (src/app/main.tsx), so that its install does not compete with the first load.
      injectRegister: false,
      // The glob below already precaches every icon; listing them again only doubled the entries.
      includeManifestIcons: false,
      manifest: {
        name: 'tripebble',
        short_name: 'tripebble',
        description: 'A triangle of plates, fourteen pebbles and one hole: sort the pebbles in the fewest moves.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f1e7',
        theme_color: '#0b6e69',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precached: what the app itself uses (its page, every chunk and stylesheet, the small
        // icons); the plugin adds manifest.webmanifest. The large icons are fetched by the
        // browser when it installs the app. Embed files (embed.js, its worker and stylesheet,
        // the example page) are cached on demand, the first time a page uses them.
        globPatterns: ['index.html', 'assets/*.{js,css}', 'icons/icon-192.png'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/embed[^/]*$/],
        runtimeCaching: [
          {
            urlPattern: /\/embed[^/]*$/,
            handler: 'NetworkFirst',
            options: { cacheName: 'tripebble-embed', networkTimeoutSeconds: 5 },
          },
        ],
        cleanupOutdatedCaches: true,
        // A new version takes over open tabs at once, and the first visit is cached for offline.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  worker: { format: 'es', plugins: () => [moduleGraph('app-worker')] },
  build: {
    target: 'es2022',
    // No preload list: a lazy chunk loads its own imports when it runs. The list of every lazy
    // chunk's imports (and the code that preloads them) cost 0.2 KB of the first load's
    // JavaScript; without it a lazy part's first use may wait one more round trip on a first
    // visit (none once the service worker has the app). Stylesheets of lazy chunks still load
    // with them.
    modulePreload: false,
    rolldownOptions: {
      // Everything the first load needs in one chunk (the entry's): left alone, the bundler may
      // split the modules the lazy panels share with the board into a second, eagerly loaded
      // chunk, which costs a request and compresses worse. Lazy chunks still load on demand.
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{engine,solver,cli,worker,levels,lint,scripts}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/{ui,store,embed,app}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The server's API in-process and in child processes, against SQLite and PostgreSQL
          // (a throwaway cluster unless DATABASE_URL names one; see tests/server/setup.ts).
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts', 'tests/online/**/*.test.ts'],
          globalSetup: ['tests/server/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium against dist/: run after `npm run build` (npm test does).
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
