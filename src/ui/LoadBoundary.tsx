/**
 * Keeps the game on the page when a lazily loaded part (a panel, the settings) fails to load, as
 * it can on a flaky network or in a tab left open across an update of the site: it says so and
 * offers a reload, instead of React taking the whole app down with it.
 */
import { Component } from 'react';
import type { ReactNode } from 'react';
import { LOAD_FAILED } from './messages';

interface State {
  readonly failed: boolean;
}

export class LoadBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="tp-message tp-error" role="alert">
        <span>{LOAD_FAILED.text}</span>
        <button type="button" onClick={() => location.reload()}>
          {LOAD_FAILED.reload}
        </button>
      </p>
    );
  }
}
