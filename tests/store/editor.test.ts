/**
 * The board editor's draft in the store: the engine's verdict as data, par from the solver in
 * its own lane (never cancelling the game's questions), painting, shuffling with the injected
 * randomness, and playing the draft.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, parseBoard, sameBoard } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import type { GameStoreOptions } from '../../src/store';
import { draftIn, editorActions } from '../../src/store/editor';
import type { FakeSolver } from '../support/fakeSolver';
import { fakeSolver } from '../support/fakeSolver';
import { makeStore, settle } from '../support/store';

/** A store with its editor opened: `editor()` is the draft it shows, the actions are the editor's. */
function make(options: Partial<Omit<GameStoreOptions, 'solver'>> & { solver?: FakeSolver } = {}) {
  const { store, game } = makeStore(options);
  const actions = editorActions(store);
  actions.editCurrent();
  return { game, editor: () => draftIn(store.getState()), ...actions };
}

describe('the draft', () => {
  it('is the board being played until edited, and again once a new game starts', async () => {
    const e = make();
    await settle();
    expect(e.editor()).toMatchObject({ ...EXAMPLE_BOARD, check: { ok: true }, par: 16, perPosition: true });
    e.paint('pebbles', 1, 'C');
    e.game().loadLevel(1);
    expect(e.game().editor).toBeNull();
    expect(e.editor()).toMatchObject({ plates: LEVELS[0]!.plates, pebbles: LEVELS[0]!.pebbles });
  });

  it('carries the engine’s verdict on what is typed, in capitals and trimmed', () => {
    const e = make();
    e.editCodes({ pebbles: ' -pcbryogygbcorr ' });
    expect(e.editor().pebbles).toBe('-PCBRYOGYGBCORR');
    expect(e.editor().check).toEqual(parseBoard(EXAMPLE_BOARD.plates, '-PCBRYOGYGBCORR'));
    expect(e.editor().check.ok).toBe(false);
    e.editCodes({ pebbles: '-PC' });
    expect(e.editor()).toMatchObject({ check: { ok: false, error: { code: 'length', field: 'pebbles', length: 3 } }, perPosition: false });
  });

  it('offers the standard colours and any other letter the codes use', () => {
    const e = make();
    e.editCodes({ plates: 'ABCDEFGHIJKLMNO' });
    expect(e.editor().colours).toEqual([...new Set([...'BCGOPRYW', ...'ABCDEFGHIJKLMNO', ...'PCBRYOGYGBCORP'])].sort());
  });

  it('paints one plate or pebble', () => {
    const e = make();
    e.paint('pebbles', 1, 'C');
    e.paint('pebbles', 2, 'P');
    expect(e.editor().pebbles).toBe('-CPBRYOGYGBCORP');
    expect(e.editor().check.ok).toBe(true);
    e.paint('plates', 40, 'X');
    expect(e.editor().plates).toBe(EXAMPLE_BOARD.plates);
  });

  it('asks par in its own lane: editing never cancels the game’s questions', async () => {
    const solver = fakeSolver({ manual: true });
    const e = make({ solver });
    await settle();
    e.paint('pebbles', 1, 'C');
    e.paint('pebbles', 2, 'P');
    expect(solver.cancelled).toEqual([]);
    await solver.flush();
    expect(e.game().answers.par).toBe(16);
    expect(e.editor().par).not.toBeNull();
  });

  it('drops the par of a draft that was edited further', async () => {
    const solver = fakeSolver({ manual: true });
    const e = make({ solver });
    await settle();
    e.paint('pebbles', 1, 'C');
    e.paint('pebbles', 2, 'P');
    const draft = e.editor().check;
    e.paint('pebbles', 2, 'C');
    expect(draft.ok && solver.cancelled.some((b) => sameBoard(b, draft.value))).toBe(true);
    await solver.flush();
    expect(e.editor().par).toBeNull();
  });

  it('shuffles the pebbles of a layout of pairs with the injected randomness, and refuses other layouts', () => {
    const a = make({ random: () => 0.25 });
    const b = make({ random: () => 0.25 });
    a.shuffleDraft();
    b.shuffleDraft();
    expect(a.editor().pebbles).toBe(b.editor().pebbles);
    expect(a.editor().pebbles).not.toBe(EXAMPLE_BOARD.pebbles);
    expect(a.editor().check.ok).toBe(true);
    // Plates of pairs under pebbles that do not fit them: a random board of those plates.
    a.editCodes({ plates: 'ZABCDEFGABCDEFG' });
    expect(a.editor().check.ok).toBe(false);
    a.shuffleDraft();
    expect(a.editor().check.ok).toBe(true);
    expect([...a.editor().pebbles].sort().join('')).toBe([...'-ABCDEFGABCDEFG'].sort().join(''));
    a.editCodes({ plates: 'ABCDEFGHIJKLMNO' });
    const before = a.editor().pebbles;
    a.shuffleDraft();
    expect(a.editor().pebbles).toBe(before);
  });

  it('plays a valid draft with its par, and refuses an invalid one', async () => {
    const e = make();
    await settle();
    e.paint('pebbles', 1, 'C');
    e.paint('pebbles', 2, 'P');
    await settle();
    const par = e.editor().par;
    expect(par).not.toBeNull();
    expect(e.playDraft()).toBe(true);
    expect(e.game().game).toMatchObject({ source: { kind: 'custom' }, start: { pebbles: '-CPBRYOGYGBCORP' } });
    expect(e.game().answers.par).toBe(par);
    e.editCodes({ pebbles: '-' });
    expect(e.playDraft()).toBe(false);
    e.editCurrent();
    expect(e.editor().pebbles).toBe('-CPBRYOGYGBCORP');
  });
});
