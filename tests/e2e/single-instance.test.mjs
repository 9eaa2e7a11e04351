// Issue 14: one Mamori window at a time. A second start ends at once and brings the running
// window to the front; a second start with another data folder is told in the running window
// that this data is open and the other was not opened (and opens no second window).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sleep, startSession } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;
const artifacts = process.env.MAMORI_E2E_ARTIFACTS;

/** Starts the app a second time; resolves to its exit code, or null if it still runs after 20 s. */
function startAgain(args) {
  return new Promise((resolve) => {
    const p = spawn(app, args, { stdio: "ignore" });
    const timer = setTimeout(() => {
      p.kill();
      resolve(null);
    }, 20000);
    p.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test("a second start ends and leaves the running window; another data folder is reported", async () => {
  // run.sh gives the run a private D-Bus session bus, which the single-instance plugin uses on
  // Linux (without one it cannot find the running window and starts normally).
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, "run.sh must provide a D-Bus session bus");
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-single-"));
  const otherDir = mkdtempSync(join(tmpdir(), "mamori-e2e-other-"));
  const s = await startSession(app, ["--data-dir", dataDir]);
  try {
    await s.find('[data-testid="welcome-title"]');
    // The same data folder: the second process ends at once, nothing is said.
    assert.equal(await startAgain(["--data-dir", dataDir]), 0);
    // Another data folder: it ends too, and this window says why.
    assert.equal(await startAgain(["--data-dir", otherDir]), 0);
    const said = await s.text('[data-testid="already-open"]');
    assert.ok(said.includes(dataDir) && said.includes(otherDir), said);
    assert.ok(said.includes("開きませんでした"), said);
    await s.screenshot(join(artifacts, "already-open.png"));
    // The running window still works.
    await s.click('[data-testid="lang-en"]');
    let en = "";
    for (let i = 0; i < 50 && !en.includes("already open"); i++) {
      en = await s.text('[data-testid="already-open"]');
      await sleep(100);
    }
    assert.ok(en.includes("already open"), en);
  } finally {
    await s.close();
  }
});
