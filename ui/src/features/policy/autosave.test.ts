import { afterEach, describe, expect, it, vi } from "vitest";
import { Autosave } from "./autosave";

afterEach(() => vi.useRealTimers());

function deferred() {
  let resolve!: (ok: boolean) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  return { promise, resolve };
}

describe("Autosave", () => {
  it("saves once after a pause in typing", async () => {
    vi.useFakeTimers();
    const run = vi.fn(() => Promise.resolve(true));
    const a = new Autosave(run, 500);
    a.touch();
    await vi.advanceTimersByTimeAsync(300);
    a.touch();
    await vi.advanceTimersByTimeAsync(300);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(run).toHaveBeenCalledTimes(1);
    expect(a.pending).toBe(false);
  });

  it("never overlaps saves, and saves again what was typed during one", async () => {
    const first = deferred();
    const run = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValue(true);
    const a = new Autosave(run, 10_000);
    const one = a.flush(); // nothing dirty: no save
    await one;
    expect(run).not.toHaveBeenCalled();
    a.touch();
    const saving = a.flush();
    a.touch(); // typed while the first save is in flight
    const again = a.flush();
    expect(run).toHaveBeenCalledTimes(1);
    first.resolve(true);
    await saving;
    await again;
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("stays dirty after a failed save so the next flush tries again", async () => {
    const run = vi.fn().mockResolvedValueOnce(false).mockResolvedValue(true);
    const a = new Autosave(run, 10_000);
    a.touch();
    await a.flush();
    expect(a.pending).toBe(true);
    await a.flush();
    expect(run).toHaveBeenCalledTimes(2);
    expect(a.pending).toBe(false);
  });
});
