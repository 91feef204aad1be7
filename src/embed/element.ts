/**
 * The <tripebble-board> custom element: an open shadow root, attributes read into mount options,
 * game events re-dispatched as DOM events. Owns no game logic and imports no React or solver:
 * the game comes in through `deps.mount`, so tests can hand it a fake.
 */
import { EMBED_ERROR, numberedGameLabel, optionErrorText } from '../ui/messages';
import type { HostEvent, MountOptions } from './mount';
import { OBSERVED_ATTRIBUTES, readAttributes } from './attributes';
import { adoptStyles, stylesheetLink } from './styles';

export interface BoardView {
  unmount(): void;
}

export interface ElementDeps {
  /** Renders a game into the target; the embed entry passes the real mount(). */
  readonly mount: (target: HTMLElement, options: MountOptions) => BoardView;
  /** Options every board gets: how it connects to its solver, and any others. */
  readonly options: () => Pick<MountOptions, 'connect'> & Partial<MountOptions>;
  /** The URL of the game's stylesheet, linked in every board's shadow root. */
  readonly stylesheet?: string;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' ? error : EMBED_ERROR.unknown;
}

/** Defines the element once per tag name and returns its class. */
export function defineTripebbleBoard(deps: ElementDeps, tagName = 'tripebble-board'): CustomElementConstructor {
  const existing = customElements.get(tagName);
  if (existing) return existing;

  class TripebbleBoardElement extends HTMLElement {
    static readonly observedAttributes = [...OBSERVED_ATTRIBUTES];
    static #made = 0;
    /** Numbers the boards of a page, so that each has its own accessible name. */
    readonly #number = ++TripebbleBoardElement.#made;
    readonly #root: ShadowRoot;
    /** What stays in the shadow root whatever is shown: the link to the game's stylesheet. */
    readonly #kept: Node[] = [];
    #view: BoardView | null = null;
    #scheduled = false;
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
      if (!this.#view || this.#stale) this.#schedule();
    }

    /** Waits a microtask, so a board moved elsewhere in the page keeps its game. */
    disconnectedCallback(): void {
      queueMicrotask(() => {
        if (!this.isConnected) this.#teardown();
      });
    }

    attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
      if (before === after) return;
      if (this.isConnected) this.#schedule();
      else this.#stale = true;
    }

    /** Batches several attribute changes made in one task into one re-render. */
    #schedule(): void {
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        if (!this.isConnected) return;
        this.#stale = false;
        this.#render();
      });
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
      this.#emit({ type: 'error', message });
    }

    #emit(event: HostEvent): void {
      const { type, ...detail } = event;
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
  }

  customElements.define(tagName, TripebbleBoardElement);
  return TripebbleBoardElement;
}
