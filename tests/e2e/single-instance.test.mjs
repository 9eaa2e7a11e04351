// Issue 14: one Mamori window at a time. A second start ends at once (after handing its
// arguments to the running app, which brings its window to the front and, for another data
// folder, says so: the banner itself is tested in ui/src/App.test.ts).
//
// The single-instance plugin finds the running app through the D-Bus session bus on Linux.
// This test starts its own private bus and both instances itself, so the other e2e tests
// (whose app processes may outlive their WebDriver session under strace) run without one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sleep } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;

function privateBus() {
  const out = execFileSync("dbus-daemon", ["--session", "--fork", "--print-address=1", "--print-pid=1"], {
    encoding: "utf8",
  }).trim().split("\n");
  return { address: out[0], pid: Number(out[1]) };
}

/** Starts the app; resolves to its exit code, or null if it still runs after `ms`. */
function run(args, env, ms) {
  return new Promise((resolve) => {
    const p = spawn(app, args, { stdio: "ignore", env });
    const timer = setTimeout(() => resolve(null), ms);
    p.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test("a second start ends and hands over to the running window, whatever data folder it names", async () => {
  const bus = privateBus();
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address };
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-single-"));
  const otherDir = mkdtempSync(join(tmpdir(), "mamori-e2e-other-"));
  const first = spawn(app, ["--data-dir", dataDir], { stdio: "ignore", env });
  let firstExit = null;
  first.on("exit", (code) => (firstExit = code));
  try {
    // Running once the name is taken on the bus.
    const owned = () =>
      execFileSync("dbus-send", ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner", "string:jp.mamori.Mamori.SingleInstance"], { encoding: "utf8", env });
    for (let i = 0; i < 300 && !owned().includes("boolean true"); i++) await sleep(100);
    assert.ok(owned().includes("boolean true"), "the first Mamori never took its name on the bus");
    assert.ok(existsSync(join(dataDir, "mamori.db")));

    // The same folder, and another one: both second starts end at once with success.
    assert.equal(await run(["--data-dir", dataDir], env, 20000), 0);
    assert.equal(await run(["--data-dir", otherDir], env, 20000), 0);
    // The running one goes on.
    await sleep(500);
    assert.equal(firstExit, null, "the running Mamori ended");
  } finally {
    // The app runs under run.sh's strace wrapper: end the app itself, then the wrapper.
    try {
      const kids = execFileSync("pgrep", ["-P", String(first.pid)], { encoding: "utf8" }).trim().split("\n");
      for (const k of kids.filter(Boolean)) process.kill(Number(k));
    } catch {}
    first.kill();
    try {
      process.kill(bus.pid);
    } catch {}
  }
});
