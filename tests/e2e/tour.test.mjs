// A tour of every main screen with the practice company, in both languages: each screen shows
// its heading and no error, and a screenshot of each is written to the artifacts folder
// (`scripts/screenshots` copies them to docs/screenshots/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSession } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;
const artifacts = process.env.MAMORI_E2E_ARTIFACTS;

const SCREENS = [
  { name: "journey", open: '[data-testid="nav-home"]' },
  { name: "basics", open: '[data-testid="stage-basics"] h2 button', from: '[data-testid="nav-home"]' },
  { name: "selfcheck", open: '[data-testid="stage-selfcheck"] h2 button', from: '[data-testid="nav-home"]' },
  { name: "direction", open: '[data-testid="stage-directions"] h2 button', from: '[data-testid="nav-home"]' },
  { name: "maturity", open: '[data-testid="stage-maturity"] h2 button', from: '[data-testid="nav-home"]' },
  { name: "dashboard", open: '[data-testid="nav-dashboard"]' },
  { name: "actions", open: '[data-testid="nav-actions"]' },
  { name: "partners", open: '[data-testid="nav-partners"]' },
  { name: "incident", open: '[data-testid="nav-incident"]' },
  { name: "about", open: '[data-testid="nav-about"]' },
  { name: "portfolio", open: '[data-testid="nav-orgs"]' },
  { name: "settings", open: '[data-testid="nav-settings"]' },
  { name: "seminar", open: '[data-testid="open-seminar"]', from: ['[data-testid="nav-orgs"]'] },
  { name: "quickrun", open: '[data-testid="open-quickrun"]', from: ['[data-testid="nav-orgs"]', '[data-testid="open-seminar"]'] },
  { name: "class", open: '[data-testid="open-class"]', from: ['[data-testid="nav-orgs"]', '[data-testid="open-seminar"]'] },
];

test("every main screen of the practice company renders in Japanese and English", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-tour-"));
  const s = await startSession(app, ["--data-dir", dataDir]);
  try {
    await s.click('[data-testid="role-trainer"] input');
    await s.click('[data-testid="start-demo"]');
    await s.waitForText("#home-title", "株式会社ミナト精工 の道のり");
    for (const lang of ["ja", "en"]) {
      await s.click(`[data-testid="lang-${lang}"]`);
      for (const sc of SCREENS) {
        for (const f of [sc.from ?? []].flat()) await s.click(f);
        await s.click(sc.open);
        const h1 = await s.until(async () => {
          const t = await s.text("main h1");
          return t && t.trim() ? t : undefined;
        }, `${sc.name} heading`);
        assert.ok(h1.length > 1, `${sc.name}: heading`);
        assert.equal(await s.exists('[data-testid="error-banner"]'), false, `${sc.name} (${lang}) shows an error`);
        // No raw message ids on screen (a missing message shows its id).
        const body = await s.text("main");
        assert.doesNotMatch(body, /\b(?:sme|csm|mat|sa|inc|src|role|effort)-[a-z0-9-]+-(?:title|text|body|name)\b/, `${sc.name} (${lang})`);
        await s.screenshot(join(artifacts, `${sc.name}-${lang}.png`));
      }
    }
  } finally {
    await s.close();
  }
});
