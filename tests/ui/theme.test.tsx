/**
 * Light and dark: the app puts the player's theme on its root (auto follows the system), mount()
 * takes a theme and switches it without drawing again; and the colours of both themes stay
 * readable, checked from the stylesheet's own light-dark() pairs, with every palette's letters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '../../src/embed/mount';
import type { MountedGame } from '../../src/embed/mount';
import { App } from '../../src/ui/app/App';
import { PALETTES, boardColours, swatchOf } from '../../src/ui/palette';
import { fakeSolver, memoryStorage } from '../support/fakeSolver';
import { settle } from '../support/game';

const mounted: MountedGame[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) act(() => m.unmount());
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-theme');
});

function place(options: Partial<Parameters<typeof mount>[1]> = {}) {
  const target = document.createElement('div');
  document.body.append(target);
  let game!: MountedGame;
  act(() => {
    game = mount(target, { storage: null, connect: () => fakeSolver(), ...options });
  });
  mounted.push(game);
  return { root: target.querySelector<HTMLElement>('.tp-root')!, game };
}

describe('the theme', () => {
  it("follows the system unless the player chose, in the app's root and page", async () => {
    const { root, game } = place({ shell: App });
    await settle();
    expect(root).toHaveAttribute('data-theme', 'auto');
    act(() => game.store.getState().updateSettings({ theme: 'dark', guideSeen: true }));
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    act(() => game.store.getState().updateSettings({ theme: 'light' }));
    expect(root).toHaveAttribute('data-theme', 'light');
  });

  it('opens the app in the theme saved before', async () => {
    const storage = memoryStorage();
    place({ shell: App, storage }).game.store.getState().updateSettings({ theme: 'dark', guideSeen: true });
    const { root } = place({ shell: App, storage });
    await settle();
    expect(root).toHaveAttribute('data-theme', 'dark');
  });

  it('is an option of mount, switched on the game root without a new game', async () => {
    const { root, game } = place({ theme: 'dark' });
    await settle();
    expect(root).toHaveAttribute('data-theme', 'dark');
    act(() => void game.store.getState().moveFrom(3));
    const drawn = root.querySelector('svg.tp-board');
    game.setTheme('light');
    expect(root).toHaveAttribute('data-theme', 'light');
    expect(root.querySelector('svg.tp-board')).toBe(drawn);
    expect(game.store.getState().game.past).toEqual([3]);
    expect(place().root).toHaveAttribute('data-theme', 'auto');
  });
});

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = (i: number) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const CSS = readFileSync(join(process.cwd(), 'src/ui/game.css'), 'utf8');
/** The light and dark value of each colour variable, from its light-dark() pair in the stylesheet. */
const colours = (() => {
  const root = CSS.slice(CSS.indexOf('@supports (color: light-dark'));
  const pairs = new Map<string, { light: string; dark: string }>();
  for (const m of root.matchAll(/--(tp-[a-z-]+): light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/g)) {
    if (!pairs.has(m[1]!)) pairs.set(m[1]!, { light: m[2]!, dark: m[3]! });
  }
  return pairs;
})();

describe('readable in both themes', () => {
  const themes = ['light', 'dark'] as const;
  const colour = (name: string, theme: (typeof themes)[number]) => {
    const pair = colours.get(name);
    if (!pair) throw new Error(`no light-dark() pair for --${name}`);
    return pair[theme];
  };

  it.each(themes)('text on every surface in the %s theme', (theme) => {
    for (const surface of ['tp-paper', 'tp-page', 'tp-info', 'tp-good', 'tp-warning', 'tp-error', 'tp-hover']) {
      expect(contrast(colour('tp-ink', theme), colour(surface, theme)), `ink on ${surface}`).toBeGreaterThanOrEqual(7);
      expect(contrast(colour('tp-muted', theme), colour(surface, theme)), `muted on ${surface}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast('#ffffff', colour('tp-accent', theme)), 'the primary button').toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour('tp-star', theme), colour('tp-paper', theme)), 'stars').toBeGreaterThanOrEqual(3);
  });

  it.each(themes)('focus ring and hint on the board in the %s theme', (theme) => {
    for (const mark of ['tp-focus', 'tp-hint']) {
      expect(contrast(colour(mark, theme), colour('tp-halo', theme)), `${mark} on its halo`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour(mark, theme), colour('tp-wood', theme)), `${mark} on the wood`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour(mark, theme), colour('tp-paper', theme)), `${mark} on paper`).toBeGreaterThanOrEqual(3);
    }
  });

  it('letters on every plate and pebble of every palette (the same in both themes)', () => {
    for (const palette of PALETTES) {
      for (const letter of 'BCGOPRYWKNM') {
        const { fill, ink } = swatchOf(letter, palette);
        expect(contrast(ink, fill), `${letter} in ${palette}`).toBeGreaterThanOrEqual(3);
      }
      // Letters without a colour of their own borrow one the board does not use (A–G and Z here).
      for (const [letter, { fill, ink }] of Object.entries(boardColours('ABCDEFGZ', palette))) {
        expect(contrast(ink, fill), `${letter} of a custom board in ${palette}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
