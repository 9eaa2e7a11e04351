// Issue 7 in the real window, with the file dialogs answered from a test folder (debug builds,
// MAMORI_TEST_DIALOGS set by run.sh): a client's file exported by one installation and imported
// into a fresh one shows the same state; the class view from 10 attendee files (and one that is
// not) shows the right distribution; a damaged data file is replaced by a backup at start-up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSession } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;
const artifacts = process.env.MAMORI_E2E_ARTIFACTS;
const dialogs = process.env.MAMORI_TEST_DIALOGS;

function emptyDialogFolder() {
  assert.ok(dialogs, "run.sh must set MAMORI_TEST_DIALOGS");
  for (const f of readdirSync(dialogs)) rmSync(join(dialogs, f), { force: true, recursive: true });
}

async function firstStart(s, role, demo) {
  await s.click('[data-testid="lang-en"]');
  await s.click(`[data-testid="role-${role}"] input`);
  if (demo) {
    await s.click('[data-testid="start-demo"]');
  } else {
    await s.type('[data-testid="start-org-name"]', "Own Company");
    await s.click('[data-testid="start-create"]');
  }
  await s.find("#home-title");
}

async function dashboard(s) {
  await s.click('[data-testid="nav-dashboard"]');
  await s.find('[data-testid="dash-overall"]');
  return [
    await s.text('[data-testid="dash-overall"]'),
    await s.text('[data-testid="dash-score"]'),
    await s.text('[data-testid="dash-next-actions"]'),
    await s.text('[data-testid="radar-table"]'),
  ].join("\n");
}

test("a client's file goes from one installation to a fresh one with the same state", async () => {
  emptyDialogFolder();
  let s = await startSession(app, ["--data-dir", mkdtempSync(join(tmpdir(), "mamori-e2e-a-"))]);
  let before;
  try {
    await firstStart(s, "contractor", true);
    before = await dashboard(s);
    await s.click('[data-testid="nav-orgs"]');
    await s.click('[data-testid="org-row"] [data-testid="org-save-file"]');
    await s.until(async () => readdirSync(dialogs).some((f) => f.endsWith(".json")), "the client file");
  } finally {
    await s.close();
  }
  s = await startSession(app, ["--data-dir", mkdtempSync(join(tmpdir(), "mamori-e2e-b-"))]);
  try {
    await firstStart(s, "contractor", false);
    await s.click('[data-testid="nav-orgs"]');
    await s.click('[data-testid="import-org"]');
    await s.until(async () => (await s.exec(`return document.querySelectorAll('[data-testid="org-row"]').length`)) === 2, "two organizations");
    const rows = await s.exec(`return [...document.querySelectorAll('[data-testid="org-row"]')].map(r => r.textContent)`);
    const i = rows.findIndex((r) => r.includes("ミナト精工"));
    assert.ok(i >= 0, rows.join("\n"));
    await s.exec(`document.querySelectorAll('[data-testid="org-row"]')[${i}].querySelector('[data-testid="open-org"]').click()`);
    await s.until(async () => (await s.text("#home-title")).includes("ミナト精工"), "the imported client");
    assert.equal(await dashboard(s), before);
  } finally {
    await s.close();
  }
});

test("the class view counts ten attendee files and skips one that is not", async () => {
  emptyDialogFolder();
  for (let i = 0; i < 10; i++) {
    const selfcheck = Object.fromEntries(
      Array.from({ length: 25 }, (_, k) => [String(k + 1), k + 1 <= 2 * i + 4 ? "done" : "not_done"]),
    );
    writeFileSync(
      join(dialogs, `attendee-${String(i).padStart(2, "0")}.json`),
      JSON.stringify({ format: "mamori-attendee", formatVersion: 1, contentVersions: {}, selfcheck, maturity: {} }),
    );
  }
  writeFileSync(join(dialogs, "zz-other.json"), JSON.stringify({ hello: "world" }));
  const s = await startSession(app, ["--data-dir", mkdtempSync(join(tmpdir(), "mamori-e2e-cls-"))]);
  try {
    await firstStart(s, "trainer", true);
    await s.click('[data-testid="nav-orgs"]');
    await s.click('[data-testid="open-seminar"]');
    await s.click('[data-testid="open-class"]');
    await s.click('[data-testid="cls-load"]');
    assert.match(await s.until(() => s.text('[data-testid="cls-attendees"]'), "attendees"), /10/);
    assert.match(await s.text('[data-testid="cls-skipped"]'), /zz-other\.json/);
    // Totals 16, 24, …, 88 (4 × (2i + 4)) in the ranges −25…−1, 0…9, 10…19, …, 90…99, 100.
    const bars = await s.exec(
      `return [...document.querySelectorAll('[data-testid="cls-bar"]')].map(b => b.querySelector('text').textContent)`,
    );
    assert.deepEqual(bars, ["0", "0", "1", "1", "1", "2", "1", "1", "1", "2", "0", "0"]);
    await s.screenshot(join(artifacts, "class-en.png"));
  } finally {
    await s.close();
  }
});

test("a damaged data file is replaced by a backup from the start screen, and kept aside", async () => {
  emptyDialogFolder();
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-rec-"));
  let s = await startSession(app, ["--data-dir", dataDir]);
  try {
    await firstStart(s, "owner", true);
    await s.click('[data-testid="nav-settings"]');
    await s.click('[data-testid="backup-now"]');
    await s.until(async () => readdirSync(dialogs).some((f) => f.endsWith(".db")), "the backup file");
  } finally {
    await s.close();
  }
  const damaged = Buffer.from("this was a Mamori database once ".repeat(200));
  writeFileSync(join(dataDir, "mamori.db"), damaged);
  for (const f of ["mamori.db-wal", "mamori.db-shm"]) rmSync(join(dataDir, f), { force: true });

  s = await startSession(app, ["--data-dir", dataDir]);
  try {
    const banner = await s.until(() => s.text('[data-testid="error-banner"]'), "the error banner");
    assert.match(banner, /壊れているか/);
    assert.match(await s.text('[data-testid="recover-newest"]'), /mamori-\d{4}-\d{2}-\d{2}\.db/);
    await s.click('[data-testid="recover-choose"]');
    const done = await s.until(() => s.text('[data-testid="recovered"]'), "the recovery message");
    assert.match(done, /damaged-\d+\.db/);
    await s.find("#home-title");
    assert.equal(await s.exists('[data-testid="error-banner"]'), false);
    const kept = readdirSync(join(dataDir, "backups")).find((f) => f.startsWith("damaged-"));
    assert.ok(kept, "the damaged file is kept in backups/");
    assert.deepEqual(readFileSync(join(dataDir, "backups", kept)), damaged);
    await s.screenshot(join(artifacts, "recovered-ja.png"));
  } finally {
    await s.close();
  }
});
