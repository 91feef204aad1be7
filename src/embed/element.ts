/**
 * The <tripebble-board> custom element: an open shadow root, attributes read into mount options,
 * game events re-dispatched as DOM events, and the host API of tripebble-board.d.ts (properties
 * that read the game and write attributes, methods that play it). Owns no game logic and imports
 * no React or solver: the game comes in through `deps.mount`, so tests can hand it a fake.
 */
import { EMBED_ERROR, numberedGameLabel, optionErrorText } from '../ui/messages';
import type { ThemeName } from '../ui/options';
import type { HostEvent, MountOptions } from './mount';
import { OBSERVED_ATTRIBUTES, readAttributes, readTheme } from './attributes';
import type { HostGame } from './host';
import { adoptStyles, stylesheetLink } from './styles';
import type { TripebbleBoardApi, TripebbleCodes, TripebbleHint, TripebbleResult } from './tripebble-board';

export interface BoardView {
  unmount(): void;
  /** The game in play, for the host API (a fake mount may have none). */
  readonly game?: HostGame;
  /** Recolours the game without drawing it again. */
  setTheme?(theme: ThemeName): void;
}

export interface ElementDeps {
  /** Renders a game into the target; the embed entry passes the real mount(). */
  readonly mount: (target: HTMLElement, options: MountOptions) => BoardView;
  /** Options every board gets: how it connects to its solver, and any others. */
  readonly options: () => Pick<MountOptions, 'connect'> & Partial<MountOptions>;
  /** The URL of the game's stylesheet, linked in every board's shadow root. */
  readonly stylesheet?: string;
}

/** The properties a page may set before embed.js has upgraded the element. */
const SETTABLE = ['plates', 'pebbles', 'level', 'daily', 'theme'] as const;
/** The attributes that name a board: setting one by property removes the others. */
const SOURCES = { codes: ['level', 'daily'], level: ['plates', 'pebbles', 'daily'], daily: ['plates', 'pebbles', 'level'] } as const;

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' ? error : EMBED_ERROR.unknown;
}

/** Defines the element once per tag name and returns its class. */
export function defineTripebbleBoard(deps: ElementDeps, tagName = 'tripebble-board'): CustomElementConstructor {
  const existing = customElements.get(tagName);
  if (existing) return existing;

  class TripebbleBoardElement extends HTMLElement implements TripebbleBoardApi {
    static readonly observedAttributes = [...OBSERVED_ATTRIBUTES];
    static #made = 0;
    /** Numbers the boards of a page, so that each has its own accessible name. */
    readonly #number = ++TripebbleBoardElement.#made;
    readonly #root: ShadowRoot;
    /** What stays in the shadow root whatever is shown: the link to the game's stylesheet. */
    readonly #kept: Node[] = [];
    #view: BoardView | null = null;
    /** The message shown instead of a game. */
    #error: string | null = null;
    /** A render is due: several attribute changes in one task make one. */
    #due = false;
    /** An attribute changed while the element was out of the page. */
    #stale = false;

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open' });
      adoptStyles(this.#root);
      if (deps.stylesheet) this.#kept.push(stylesheetLink(deps.stylesheet));
      this.#root.append(...this.#kept);
    }

    connectedCallback(): void {
      // A value set as a plain property before this element was upgraded hides the accessor: pass it on.
      for (const name of SETTABLE) {
        if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
        const value: unknown = Reflect.get(this, name);
        Reflect.deleteProperty(this, name);
        Reflect.set(this, name, value);
      }
      if (!this.#view || this.#stale) this.#schedule();
    }

    /** Waits a microtask, so a board moved elsewhere in the page keeps its game. */
    disconnectedCallback(): void {
      queueMicrotask(() => {
        if (!this.isConnected) this.#teardown();
      });
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after || (name === 'theme' && this.#recolour(after))) return;
      if (this.isConnected) this.#schedule();
      else this.#stale = true;
    }

    /** A new theme for the game on show, when nothing else is about to change: no new game. */
    #recolour(value: string | null): boolean {
      const theme = readTheme(value);
      if (this.#due || !this.#view?.setTheme || !theme.ok) return false;
      this.#view.setTheme(theme.value ?? 'auto');
      return true;
    }

    #schedule(): void {
      if (this.#due) return;
      this.#due = true;
      queueMicrotask(() => this.#flush());
    }

    /** Renders now if a render is due (the host API brings it forward, so it acts on the board just set). */
    #flush(): void {
      if (!this.#due) return;
      this.#due = false;
      if (!this.isConnected) return;
      this.#stale = false;
      this.#render();
    }

    #render(): void {
      this.#teardown();
      const read = readAttributes((name) => this.getAttribute(name));
      if (!read.ok) {
        this.#fail(optionErrorText(read.error));
        return;
      }
      const target = document.createElement('div');
      target.className = 'board';
      this.#root.append(target);
      try {
        this.#view = deps.mount(target, {
          ...deps.options(),
          label: numberedGameLabel(this.#number),
          ...read.value,
          onEvent: (event) => this.#emit(event),
        });
      } catch (error) {
        this.#teardown();
        this.#fail(messageOf(error));
      }
    }

    #teardown(): void {
      const view = this.#view;
      this.#view = null;
      this.#error = null;
      try {
        view?.unmount();
      } finally {
        this.#root.replaceChildren(...this.#kept);
      }
    }

    #fail(message: string): void {
      const box = document.createElement('p');
      box.className = 'error';
      box.setAttribute('role', 'alert');
      box.textContent = EMBED_ERROR.shown(message);
      this.#root.replaceChildren(...this.#kept, box);
      this.#error = message;
      this.#emit({ type: 'error', message });
    }

    #emit(event: HostEvent): void {
      const { type, ...detail } = event;
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    // The host API (tripebble-board.d.ts).

    #game(): HostGame | null {
      this.#flush();
      return this.#view?.game ?? null;
    }

    /** Sets (or, for null and undefined, removes) an attribute that names the board, and removes the ones it replaces. */
    #name(name: string, value: string | null | undefined, replaces: readonly string[]): void {
      if (value === null || value === undefined) return this.removeAttribute(name);
      for (const other of replaces) this.removeAttribute(other);
      this.setAttribute(name, value);
    }

    get plates(): string | null {
      return this.#game()?.plates ?? null;
    }
    set plates(value: string | null) {
      this.#name('plates', value, SOURCES.codes);
    }
    get pebbles(): string | null {
      return this.#game()?.pebbles ?? null;
    }
    set pebbles(value: string | null) {
      this.#name('pebbles', value, SOURCES.codes);
    }
    get level(): number | null {
      return this.#game()?.level ?? null;
    }
    set level(value: number | null) {
      this.#name('level', value === null || value === undefined ? value : String(value), SOURCES.level);
    }
    get daily(): string | null {
      return this.#game()?.daily ?? null;
    }
    set daily(value: boolean | string | null) {
      this.#name('daily', value === true ? 'today' : value === false ? null : value, SOURCES.daily);
    }
    get theme(): ThemeName {
      const theme = readTheme(this.getAttribute('theme'));
      return (theme.ok && theme.value) || 'auto';
    }
    set theme(value: ThemeName) {
      this.#name('theme', value, []);
    }
    get start(): TripebbleCodes | null {
      return this.#game()?.start ?? null;
    }
    get moves(): number {
      return this.#game()?.moves ?? 0;
    }
    get par(): number | null {
      return this.#game()?.par ?? null;
    }
    get solved(): boolean {
      return this.#game()?.solved ?? false;
    }
    get result(): TripebbleResult | null {
      return this.#game()?.result ?? null;
    }
    get error(): string | null {
      this.#flush();
      return this.#error;
    }
    move(position: number): boolean {
      return this.#game()?.move(position) ?? false;
    }
    hint(): Promise<TripebbleHint | null> {
      return this.#game()?.hint() ?? Promise.resolve(null);
    }
    undo(): void {
      this.#game()?.undo();
    }
    redo(): void {
      this.#game()?.redo();
    }
    restart(): void {
      this.#game()?.restart();
    }
  }

  customElements.define(tagName, TripebbleBoardElement);
  return TripebbleBoardElement;
}
