// Issue 7 in the real window: a contractor with three clients sees them in the portfolio with
// the right figures and opens one; a trainer's reset of the practice company gives the same
// state twice; the seminar screens open.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSession } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;
const artifacts = process.env.MAMORI_E2E_ARTIFACTS;

async function rows(s) {
  return s.exec(`return [...document.querySelectorAll('[data-testid="org-row"]')].map(r => r.textContent.replace(/\\s+/g, ' ').trim())`);
}

test("a contractor's portfolio of three clients, and the practice company resets to the same state", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-pf-"));
  const s = await startSession(app, ["--data-dir", dataDir]);
  try {
    await s.click('[data-testid="lang-en"]');
    await s.click('[data-testid="role-contractor"] input');
    await s.type('[data-testid="start-org-name"]', "Alpha Works");
    await s.click('[data-testid="start-create"]');
    await s.waitForText("#home-title", "Alpha Works: your path");
    // Two more clients from the portfolio; one of them is the practice company.
    await s.click('[data-testid="nav-orgs"]');
    await s.type('[data-testid="new-org-name"]', "Beta Foods");
    await s.keys("\uE007");
    await s.waitForText("#home-title", "Beta Foods: your path");
    await s.click('[data-testid="nav-orgs"]');
    await s.click('[data-testid="open-demo"]');
    await s.until(async () => (await s.text("#home-title")).includes("ミナト精工"), "the practice company");
    await s.click('[data-testid="nav-orgs"]');
    const list = await s.until(async () => {
      const r = await rows(s);
      return r.length === 3 ? r : undefined;
    }, "three rows");
    const demo = list.find((r) => r.includes("ミナト精工"));
    assert.ok(demo, list.join("\n"));
    // The demo's figures: 15 of 25 answered, 28 points so far, 3 overdue actions.
    assert.match(demo, /28/);
    assert.match(demo, /3/);
    await s.screenshot(join(artifacts, "portfolio-en.png"));

    // Search by reading, then open the client.
    await s.type('[data-testid="org-search"]', "beta");
    await s.until(async () => (await rows(s)).length === 1, "search narrows to one");
    await s.click('[data-testid="org-row"] [data-testid="open-org"]');
    await s.waitForText("#home-title", "Beta Foods: your path");

    // The practice company resets to the same state twice.
    const demoState = async () => {
      await s.click('[data-testid="nav-orgs"]');
      await s.type('[data-testid="org-search"]', "");
      await s.click('[data-testid="open-demo"]');
      if (await s.exists('[data-testid="demo-reset-confirm"]')) await s.click('[data-testid="demo-reset-confirm"]');
      await s.until(async () => (await s.text("#home-title")).includes("ミナト精工"), "the practice company");
      await s.click('[data-testid="nav-dashboard"]');
      await s.find('[data-testid="dash-overall"]');
      return [await s.text('[data-testid="dash-overall"]'), await s.text('[data-testid="dash-score"]'), await s.text('[data-testid="dash-next-actions"]')].join("|");
    };
    const first = await demoState();
    const second = await demoState();
    assert.equal(second, first);

    // Seminar screens: settings, the seminar page, the quick run and the class view open.
    for (const [open, name] of [
      ['[data-testid="nav-settings"]', "settings"],
      ['[data-testid="nav-orgs"]', null],
    ]) {
      await s.click(open);
      await s.find("main h1");
      if (name) await s.screenshot(join(artifacts, `${name}-en.png`));
    }
  } finally {
    await s.close();
  }
});
