import { afterEach, describe, expect, it, vi } from "vitest";
import { autosave, TYPING_PAUSE_MS } from "./autosave";

afterEach(() => vi.useRealTimers());

function deferred() {
  let resolve!: (ok: boolean) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  return { promise, resolve };
}

describe("autosave", () => {
  it("saves once after a pause in typing, and at once when the field is left", async () => {
    vi.useFakeTimers();
    const persist = vi.fn();
    const a = autosave(persist);
    a.typed();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1);
    a.typed();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1);
    expect(persist).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(persist).toHaveBeenCalledTimes(1);
    await a.left(); // nothing pending
    expect(persist).toHaveBeenCalledTimes(1);
    a.typed();
    await a.left();
    expect(persist).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2);
    expect(persist).toHaveBeenCalledTimes(2);
    a.typed();
    a.cancel();
    await a.left();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2);
    expect(persist).toHaveBeenCalledTimes(2);
    expect(a.pending).toBe(false);
  });

  it("never overlaps saves, and saves again what was typed during one", async () => {
    const first = deferred();
    const persist = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValue(true);
    const a = autosave(persist);
    await a.left(); // nothing typed: no save
    expect(persist).not.toHaveBeenCalled();
    a.typed();
    const saving = a.left();
    a.typed(); // typed while the first save is in flight
    const again = a.left();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(a.pending).toBe(true);
    first.resolve(true);
    await saving;
    await again;
    expect(persist).toHaveBeenCalledTimes(2);
    expect(a.pending).toBe(false);
  });

  it("stays pending after a failed save, so the next blur tries again", async () => {
    const persist = vi.fn().mockResolvedValueOnce(false).mockRejectedValueOnce(new Error("x")).mockResolvedValue(true);
    const a = autosave(persist);
    a.typed();
    await a.left();
    expect(a.pending).toBe(true);
    await a.left();
    expect(a.pending).toBe(true);
    await a.left();
    expect(persist).toHaveBeenCalledTimes(3);
    expect(a.pending).toBe(false);
  });
});
