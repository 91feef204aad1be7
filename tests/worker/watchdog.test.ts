/**
 * watchWorker on fake timers: a ping at once and every heartbeat, silence judged after the
 * silence period without a sign of life (a longer one once the worker has answered, since it
 * may be deep in a slice of a hard solve), signs of life push it back, a call that cannot answer
 * pings gets its deadline once the worker is known alive, and a timer that fires late because
 * the page itself was busy gives the worker one more period.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WatchOptions } from '../../src/worker/watchdog';
import { watchWorker } from '../../src/worker/watchdog';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function watched(options: Partial<WatchOptions> = {}) {
  const ping = vi.fn();
  const onSilent = vi.fn();
  const watch = watchWorker({
    ping,
    onSilent,
    heartbeatMs: 300,
    silenceMs: 1_500,
    busySilenceMs: 2_000,
    deadlineMs: null,
    heard: false,
    now: Date.now,
    ...options,
  });
  return { ping, onSilent, watch };
}

describe('watchWorker', () => {
  it('pings at once and every heartbeat, and calls a worker silent after the silence period', () => {
    const { ping, onSilent } = watched();
    expect(ping).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_499);
    expect(ping).toHaveBeenCalledTimes(5);
    expect(onSilent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSilent).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(10_000);
    expect(onSilent).toHaveBeenCalledOnce();
    expect(ping).toHaveBeenCalledTimes(5);
  });

  it('counts the silence from the last sign of life', () => {
    const { onSilent, watch } = watched();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(1_000);
      watch.alive();
    }
    expect(onSilent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_999);
    expect(onSilent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSilent).toHaveBeenCalledOnce();
  });

  it('allows a worker that has answered the longer silence of a busy solver', () => {
    const { onSilent, watch } = watched();
    vi.advanceTimersByTime(100);
    watch.alive();
    vi.advanceTimersByTime(1_999);
    expect(onSilent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSilent).toHaveBeenCalledOnce();
  });

  it('judges a worker known alive before the call by the longer silence from the start', () => {
    const { onSilent } = watched({ heard: true });
    vi.advanceTimersByTime(1_999);
    expect(onSilent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSilent).toHaveBeenCalledOnce();
  });

  it('stops for good', () => {
    const { ping, onSilent, watch } = watched();
    watch.stop();
    vi.advanceTimersByTime(10_000);
    expect(onSilent).not.toHaveBeenCalled();
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('gives a call that cannot answer pings its deadline once the worker answers, and no more pings', () => {
    const { ping, onSilent, watch } = watched({ deadlineMs: 8_000 });
    vi.advanceTimersByTime(200);
    watch.alive();
    vi.advanceTimersByTime(7_999);
    expect(onSilent).not.toHaveBeenCalled();
    expect(ping).toHaveBeenCalledTimes(1);
    watch.alive(); // nothing pushes a deadline back
    vi.advanceTimersByTime(1);
    expect(onSilent).toHaveBeenCalledOnce();
  });

  it('goes straight to the deadline for a worker known alive, and judges a fresh one by its silence', () => {
    const known = watched({ deadlineMs: 8_000, heard: true });
    expect(known.ping).not.toHaveBeenCalled();
    const fresh = watched({ deadlineMs: 8_000 });
    vi.advanceTimersByTime(1_500);
    expect(fresh.onSilent).toHaveBeenCalledOnce();
    expect(known.onSilent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(6_500);
    expect(known.onSilent).toHaveBeenCalledOnce();
  });

  it('gives the worker one more period when its timer fired late because the page was busy', () => {
    let clock = 0;
    const { ping, onSilent } = watched({ now: () => clock });
    clock = 4_000; // the page's thread was blocked for four seconds: the timers below fire late
    vi.advanceTimersByTime(1_500);
    expect(onSilent).not.toHaveBeenCalled();
    expect(ping).toHaveBeenCalledTimes(7);
    clock += 1_500;
    vi.advanceTimersByTime(1_500);
    expect(onSilent).toHaveBeenCalledOnce();
  });
});
