// Issue 5 (b) in the real window: walk direction 1, mark its steps done, and see the
// dashboard's progress change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSession } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;
const artifacts = process.env.MAMORI_E2E_ARTIFACTS;

async function overallPercent(s) {
  const t = await s.text('[data-testid="dash-overall"] .big');
  const m = /(\d+)/.exec(t);
  assert.ok(m, `a percentage in "${t}"`);
  return Number(m[1]);
}

test("marking direction 1's steps done moves the dashboard", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-dir-"));
  const s = await startSession(app, ["--data-dir", dataDir]);
  try {
    await s.click('[data-testid="lang-en"]');
    await s.click('[data-testid="role-owner"] input');
    await s.type('[data-testid="start-org-name"]', "Test Works Ltd.");
    await s.click('[data-testid="start-create"]');
    await s.waitForText("#home-title", "Test Works Ltd.: your path");

    await s.click('[data-testid="nav-dashboard"]');
    await s.find('[data-testid="dash-overall"]');
    const before = await overallPercent(s);

    await s.click('[data-testid="nav-home"]');
    await s.click('[data-testid="stage-directions"] h2 button');
    await s.find('[data-testid="dir-progress"]');
    const steps = await s.exec(
      `return [...document.querySelectorAll('[data-testid^="step-csm-d1-"][data-testid$="-status"]')].map(e => e.getAttribute('data-testid'))`,
    );
    assert.ok(steps.length >= 3, `direction 1 has steps (${steps.length})`);
    for (const id of steps) {
      await s.click(`[data-testid="${id}"] input[value="done"]`);
      await s.until(
        () => s.exec(`return document.querySelector('[data-testid="${id}"] input[value="done"]').checked`),
        `${id} done`,
      );
      await s.until(async () => (await s.text('[data-testid="save-state"]')) === "Saved", "saved");
    }
    const progress = await s.text('[data-testid="dir-progress"]');
    assert.match(progress, new RegExp(`${steps.length}\\D+${steps.length}`), progress);
    await s.screenshot(join(artifacts, "direction-walk-en.png"));

    await s.click('[data-testid="nav-dashboard"]');
    await s.find('[data-testid="dash-overall"]');
    const after = await overallPercent(s);
    assert.ok(after > before, `overall progress ${before}% → ${after}%`);
  } finally {
    await s.close();
  }
});
