// Issue 2: a first start follows the OS locale (Japanese here), switching to English re-renders
// at once, and the choice survives a restart of the real app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSession } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;
const artifacts = process.env.MAMORI_E2E_ARTIFACTS;

test("language follows the OS on first start and the switch survives a restart", async () => {
  // tauri-driver starts the app with its own environment; run.sh exports these before it starts.
  assert.ok(process.env.MAMORI_DATA_DIR, "run.sh must set MAMORI_DATA_DIR");
  assert.match(process.env.LANG ?? "", /^ja/, "run.sh must start the driver with a Japanese LANG");

  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-lang-"));
  let s = await startSession(app, ["--data-dir", dataDir]);
  try {
    assert.equal(await s.waitForText('[data-testid="welcome-title"]', "まもりへようこそ"), "まもりへようこそ");
    assert.equal(await s.attribute('[data-testid="lang-ja"]', "aria-pressed"), "true");
    await s.screenshot(join(artifacts, "welcome-ja.png"));

    await s.click('[data-testid="lang-en"]');
    assert.equal(await s.waitForText('[data-testid="welcome-title"]', "Welcome to Mamori"), "Welcome to Mamori");
    assert.equal(await s.waitForText('[data-testid="save-state"]', "Saved"), "Saved");
    await s.screenshot(join(artifacts, "welcome-en.png"));
  } finally {
    await s.close();
  }

  s = await startSession(app, ["--data-dir", dataDir]);
  try {
    assert.equal(await s.waitForText('[data-testid="welcome-title"]', "Welcome to Mamori"), "Welcome to Mamori");
    assert.equal(await s.attribute('[data-testid="lang-en"]', "aria-pressed"), "true");
  } finally {
    await s.close();
  }
});
