/**
 * The board editor, loaded with the editor's panel rather than with the store: the draft (the
 * two codes as typed, the engine's verdict, the colours worth offering) and the solver's par
 * for a valid draft, asked in the jobs' editor lane so that the game's own questions are never
 * cancelled by it. Shuffling uses the store's injected randomness. Must not import UI code or
 * solver runtime code.
 */
import type { Board, Position } from '../engine';
import { HOLE, SIZE, parseBoard, parseLayout, sameBoard } from '../engine';
import { failureOf } from './answers';
import type { StoreContext } from './context';
import { contextOf } from './context';
import type { GameStore } from './createGameStore';
import type { EditorDraft } from './types';

export interface EditorActions {
  /** Replaces either code of the draft (typed codes are read in capitals, trimmed). */
  editCodes(codes: { readonly plates?: string; readonly pebbles?: string }): void;
  /** Sets one plate's or pebble's letter in the draft (`-` for the hole). */
  paint(field: 'plates' | 'pebbles', pos: Position, letter: string): void;
  /**
   * The draft's pebbles in a new random order (with the injected randomness); a draft that is no
   * board yet but whose plates are a layout of pairs gets a random board of that layout.
   */
  shuffleDraft(): void;
  /** Starts the draft over from the board being played. */
  editCurrent(): void;
  /** Plays the draft when it is a valid board; false when it is not. */
  playDraft(): boolean;
  /**
   * The editor opened: its draft starts from the board being played, or a draft kept from before
   * asks again for a par it has not got (a close may have cancelled the question).
   */
  openEditor(): void;
  /** The editor closed: its question to the solver is no longer wanted. */
  closeEditor(): void;
}

/**
 * The colours of the standard game (kept here, not taken from engine/random, so that the editor
 * does not pull the engine's random boards into the app's first load).
 */
const STANDARD = 'BCGOPRYW';

/** The standard colours, and any other letter the codes use, in order. */
function coloursOf(plates: string, pebbles: string): string[] {
  const letters = `${STANDARD}${plates}${pebbles}`.replace(/[^A-Z]/g, '');
  return [...new Set(letters)].sort();
}

/** A draft of two codes, checked by the engine; par not asked yet. */
export function draftOf(plates: string, pebbles: string): EditorDraft {
  return {
    plates,
    pebbles,
    check: parseBoard(plates, pebbles),
    colours: coloursOf(plates, pebbles),
    perPosition: plates.length === SIZE && pebbles.length === SIZE,
    par: null,
    failure: null,
  };
}

/** The draft the editor shows: the one being edited, or else the board being played. */
export function draftIn(state: { readonly editor: EditorDraft | null; readonly game: { readonly start: Board } }): EditorDraft {
  return state.editor ?? draftOf(state.game.start.plates, state.game.start.pebbles);
}

const isDraft = (ctx: StoreContext, board: Board): boolean => {
  const check = ctx.get().editor?.check;
  return check !== undefined && check.ok && sameBoard(check.value, board);
};

/** Puts a new draft in place and, when it is a valid board, asks the solver for its par. */
function setDraft(ctx: StoreContext, plates: string, pebbles: string): void {
  const draft = draftOf(plates, pebbles);
  ctx.update({ editor: draft });
  if (!draft.check.ok) {
    ctx.jobs.cancel('editor');
    return;
  }
  const board = draft.check.value;
  ctx.jobs.solve(board, 'editor').then(
    (result) => {
      if (result && isDraft(ctx, board)) ctx.update({ editor: { par: result.distance } });
    },
    (error: unknown) => {
      if (isDraft(ctx, board)) ctx.update({ editor: { failure: failureOf(error, 'solve') } });
    },
  );
}

/**
 * Pebbles that make a board of a layout of pairs: each plate's own colour, the hole on a plate
 * the engine accepts it on (the odd colour's); null when the plates are no such layout.
 */
function pebblesOfLayout(plates: string): string | null {
  if (!parseLayout(plates).ok) return null;
  for (let pos = 0; pos < SIZE; pos++) {
    const pebbles = plates.slice(0, pos) + HOLE + plates.slice(pos + 1);
    if (parseBoard(plates, pebbles).ok) return pebbles;
  }
  return null;
}

/** Codes as a player types them: capitals, no surrounding spaces. */
const typed = (code: string): string => code.toUpperCase().trim();

/** The editor's actions on a game store. */
export function editorActions(store: GameStore): EditorActions {
  const ctx = contextOf(store);
  const draft = (): EditorDraft => draftIn(ctx.get());
  return {
    editCodes(codes) {
      const { plates, pebbles } = draft();
      setDraft(
        ctx,
        codes.plates === undefined ? plates : typed(codes.plates),
        codes.pebbles === undefined ? pebbles : typed(codes.pebbles),
      );
    },
    paint(field, pos, letter) {
      const current = draft();
      const code = current[field];
      if (!Number.isInteger(pos) || pos < 0 || pos >= code.length) return;
      const painted = code.slice(0, pos) + letter + code.slice(pos + 1);
      setDraft(ctx, field === 'plates' ? painted : current.plates, field === 'pebbles' ? painted : current.pebbles);
    },
    shuffleDraft() {
      const { plates, pebbles, check } = draft();
      const pieces = [...(check.ok ? pebbles : (pebblesOfLayout(plates) ?? ''))];
      if (pieces.length === 0) return;
      for (let i = pieces.length - 1; i > 0; i--) {
        const j = Math.floor(ctx.random() * (i + 1));
        [pieces[i], pieces[j]] = [pieces[j]!, pieces[i]!];
      }
      setDraft(ctx, plates, pieces.join(''));
    },
    editCurrent() {
      const { start } = ctx.get().game;
      setDraft(ctx, start.plates, start.pebbles);
    },
    playDraft() {
      const { check, par } = draft();
      if (!check.ok) return false;
      store.getState().newGame(check.value, { kind: 'custom' }, par);
      return true;
    },
    openEditor() {
      const { editor, game } = ctx.get();
      if (editor === null) setDraft(ctx, game.start.plates, game.start.pebbles);
      else if (editor.check.ok && editor.par === null && editor.failure === null) setDraft(ctx, editor.plates, editor.pebbles);
    },
    closeEditor() {
      ctx.jobs.cancel('editor');
    },
  };
}
