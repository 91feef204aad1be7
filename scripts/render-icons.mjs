/**
 * Draws the app icons (a triangle of coloured plates with one hole) as SVG and renders the PNG
 * sizes with the local Chromium, then shrinks them to palette PNGs with pngquant (Debian's
 * `pngquant` package: flat discs need few colours; without it the PNGs stay full colour). Run by
 * hand when the design changes; the output is committed in public/icons/.
 * Usage: node scripts/render-icons.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const out = new URL('../public/icons/', import.meta.url);
const COLOURS = [
  '#f4f1ea',
  '#3b82c4',
  '#d9a21b',
  '#c2413b',
  '#d9a21b',
  '#e07b2a',
  '#3f9a5b',
  '#7b4fb3',
  '#3f9a5b',
  '#7b4fb3',
  '#3b82c4',
  '#e07b2a',
  '#c2413b',
  '#7b4fb3',
  '#d9a21b',
];

/** The triangle of 15 discs, scaled to fit `inner` (a fraction of the square) for maskable icons. */
function svg(inner, rounded) {
  const size = 512;
  const pad = (size * (1 - inner)) / 2;
  const span = size - 2 * pad;
  const r = span / 11;
  const step = (span - 2 * r) / 4;
  const height = (step * 4 * Math.sqrt(3)) / 2;
  const top = pad + (span - height - 2 * r) / 2 + r;
  const discs = [];
  let i = 0;
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col <= row; col++, i++) {
      const cx = size / 2 + (col - row / 2) * step;
      const cy = top + (row * step * Math.sqrt(3)) / 2;
      const hole = i === 0;
      discs.push(
        hole
          ? `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${(r * 0.9).toFixed(1)}" fill="none" stroke="#f4f1ea" stroke-width="${(r * 0.18).toFixed(1)}"/>`
          : `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${(r * 0.9).toFixed(1)}" fill="${COLOURS[i]}"/>`,
      );
    }
  }
  const bg = rounded
    ? `<rect width="${size}" height="${size}" rx="96" fill="#2f4858"/>`
    : `<rect width="${size}" height="${size}" fill="#2f4858"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">${bg}${discs.join('')}</svg>\n`;
}

mkdirSync(out, { recursive: true });
const icon = svg(0.86, true);
const maskable = svg(0.66, false);
writeFileSync(new URL('icon.svg', out), icon);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
async function render(source, px, file, transparent) {
  await page.setViewportSize({ width: px, height: px });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${px}px;height:${px}px}</style>${source}`,
  );
  await page.screenshot({ path: new URL(file, out).pathname, omitBackground: transparent });
}
await render(icon, 192, 'icon-192.png', true);
await render(icon, 512, 'icon-512.png', true);
await render(maskable, 512, 'icon-maskable-512.png', false);
await render(maskable, 180, 'apple-touch-icon.png', false);
await browser.close();
const pngs = ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png'].map((f) => new URL(f, out).pathname);
const quant = spawnSync('pngquant', ['--force', '--ext', '.png', '--quality', '70-95', '--speed', '1', ...pngs], { stdio: 'inherit' });
console.log(`icons written to public/icons/${quant.status === 0 ? ', quantised' : ' (pngquant missing: full colour)'}`);
