import { afterEach, describe, expect, it, vi } from "vitest";
import { autosave, TYPING_PAUSE_MS } from "./autosave";

afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("saves once after a pause in typing, and at once when the field is left", () => {
    vi.useFakeTimers();
    const persist = vi.fn();
    const a = autosave(persist);
    a.typed();
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    a.typed();
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(persist).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(persist).toHaveBeenCalledTimes(1);
    a.left(); // nothing pending
    expect(persist).toHaveBeenCalledTimes(1);
    a.typed();
    a.left();
    expect(persist).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(persist).toHaveBeenCalledTimes(2);
    a.typed();
    a.cancel();
    a.left();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(persist).toHaveBeenCalledTimes(2);
  });
});
