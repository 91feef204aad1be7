/**
 * Work that waits for the next paint: after the frame (a task queued from its animation frame
 * callback), or on a timer on a hidden page (which draws no frames), and once only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/ui/afterPaint';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('afterPaint', () => {
  it('runs the step in a task after the next frame, not in the caller’s task nor in the frame', () => {
    const frames: FrameRequestCallback[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const step = vi.fn();
    afterPaint(step);
    vi.advanceTimersByTime(0);
    expect(step).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(step).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(step).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });

  it('uses a timer alone on a hidden page', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const frame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frame);
    const step = vi.fn();
    afterPaint(step);
    vi.advanceTimersByTime(0);
    expect(step).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });
});
