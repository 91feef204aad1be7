/**
 * Prerenders the app's first screen into dist/index.html (run by scripts/build.mjs after the app
 * build): src/app/prerender.tsx is built for Node, run once, and its markup put inside
 * <div id="app">, so that the board and buttons paint before any script has run; the app then
 * hydrates it. The page's title is the one the app gives that board. Fails the build if
 * index.html has no empty app element or no title to fill.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const EMPTY_APP = '<div id="app"></div>';
const TITLE = /<title>[^<]*<\/title>/;
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function prerenderApp(root, outDir) {
  const tmp = join(root, outDir, '.prerender');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { ssr: 'src/app/prerender.tsx', outDir: tmp, emptyOutDir: true, target: 'node20', copyPublicDir: false },
  });
  try {
    const { prerender } = await import(pathToFileURL(join(tmp, 'prerender.js')).href);
    const index = join(root, outDir, 'index.html');
    const html = readFileSync(index, 'utf8');
    if (!html.includes(EMPTY_APP)) throw new Error(`prerender: ${index} has no ${EMPTY_APP} to fill`);
    if (!TITLE.test(html)) throw new Error(`prerender: ${index} has no <title> to fill`);
    const page = prerender();
    writeFileSync(
      index,
      // Replacement functions: a `$` in the title or the markup is text, not a replacement pattern.
      html.replace(TITLE, () => `<title>${escapeText(page.title)}</title>`).replace(EMPTY_APP, () => `<div id="app">${page.html}</div>`),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
