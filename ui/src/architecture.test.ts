// Rules about how the UI is put together, checked on the source files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Test code (*.test.ts and the helpers under test/) may use the mocks of @tauri-apps/api.
const sources = files(SRC).filter(
  (f) => /\.(ts|svelte)$/.test(f) && !f.endsWith(".test.ts") && !relative(SRC, f).startsWith(`test${"/"}`),
);

describe("architecture", () => {
  it("only lib/ipc.ts imports @tauri-apps/api", () => {
    const offenders = sources
      .filter((f) => relative(SRC, f) !== join("lib", "ipc.ts"))
      .filter((f) => /from\s+["']@tauri-apps\//.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("components take their visible text from t(), not from literals", () => {
    // A crude but useful guard: no Japanese characters in component markup.
    const offenders = sources
      .filter((f) => f.endsWith(".svelte"))
      .filter((f) => /[\u3040-\u30ff\u4e00-\u9faf]/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
