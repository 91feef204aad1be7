/** A value as the page last drew it (ui/useAfterPaint.ts): a change shows after the next paint. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../src/ui/useAfterPaint';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function Shown(props: { value: string }) {
  return <p data-testid="shown">{useAfterPaint(props.value)}</p>;
}

describe('useAfterPaint', () => {
  it('shows the first value at once and a new one only after the next frame, the latest of several', () => {
    const frames: FrameRequestCallback[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const view = render(<Shown value="a" />);
    expect(screen.getByTestId('shown')).toHaveTextContent('a');
    view.rerender(<Shown value="b" />);
    view.rerender(<Shown value="c" />);
    act(() => vi.advanceTimersByTime(0));
    expect(screen.getByTestId('shown')).toHaveTextContent('a');
    act(() => {
      for (const frame of frames.splice(0)) frame(0);
      vi.advanceTimersByTime(0);
    });
    expect(screen.getByTestId('shown')).toHaveTextContent('c');
  });
});
