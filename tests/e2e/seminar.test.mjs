// A trainer's seminar at a projector's 1280×720 (issue 19): a real client in the portfolio, the
// presentation view switched on and remembered across a restart, nothing of the client or of
// the installation reachable, a self-check question with its four answers in view, and an
// attendee's quick run with the score in view after 結果を見る. Screenshots of every step go to
// the artifacts folder (seminar-*.png).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSession, sleep } from "./webdriver.mjs";

const app = process.env.MAMORI_E2E_APP;
const artifacts = process.env.MAMORI_E2E_ARTIFACTS;
const CLIENT = "株式会社ひみつ顧客";

/** The viewport and the presentation bar, to check what is in view. */
async function viewport(s) {
  return s.exec(`
    const bar = document.querySelector('[data-testid="presentation-bar"]');
    const r = bar ? bar.getBoundingClientRect() : null;
    return { w: innerWidth, h: innerHeight, barTop: r ? r.top : null, barBottom: r ? r.bottom : 0, barHeight: r ? r.height : 0 };
  `);
}

async function rect(s, css) {
  return s.exec(`const e = document.querySelector(arguments[0]); if (!e) return null;
    const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height };`, [css]);
}

async function projector(s) {
  await s.setWindowSize(1280, 720);
  await sleep(500);
}

test("a seminar at 1280×720 in the presentation view shows no client and fits the screen", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-e2e-seminar-"));
  let s = await startSession(app, ["--data-dir", dataDir]);
  try {
    await projector(s);
    // A trainer with a real client, open as the last organization.
    await s.click('[data-testid="role-trainer"] input');
    await s.type('[data-testid="start-org-name"]', CLIENT);
    await s.click('[data-testid="start-create"]');
    await s.waitForText("#home-title", `${CLIENT} の道のり`);
    await s.click('[data-testid="nav-orgs"]');
    await s.click('[data-testid="open-seminar"]');
    await s.click('[data-testid="presentation-on"]');
    await s.find('[data-testid="presentation-bar"]');
    await s.screenshot(join(artifacts, "seminar-1-presentation-on.png"));
  } finally {
    await s.close();
  }

  // Mamori starts again in the presentation view: the client never shows.
  s = await startSession(app, ["--data-dir", dataDir]);
  try {
    await projector(s);
    await s.find('[data-testid="presentation-bar"]');
    const vp = await viewport(s);
    assert.ok(vp.w >= 1200 && vp.h >= 600 && vp.h <= 720, `viewport ${JSON.stringify(vp)}`);
    // One line, fixed at the top.
    assert.ok(vp.barHeight > 0 && vp.barHeight <= 60, `bar ${vp.barHeight}px`);
    assert.doesNotMatch(await s.text("body"), new RegExp(CLIENT));
    assert.doesNotMatch(await s.title(), new RegExp(CLIENT));
    // Nothing of the installation or other organizations reachable.
    for (const id of ["nav-settings", "nav-about", "nav-orgs"]) {
      assert.equal(await s.exists(`[data-testid="${id}"]`), false, `${id} in the presentation view`);
    }
    await s.screenshot(join(artifacts, "seminar-2-restart.png"));

    // The practice company, reset and opened from the seminar tools.
    await s.click('[data-testid="presentation-tools"]');
    await s.click('[data-testid="seminar-reset-demo"]');
    await s.waitForText("#home-title", "株式会社ミナト精工 の道のり");
    await s.screenshot(join(artifacts, "seminar-3-practice-home.png"));
    assert.equal(await s.exec(`return document.querySelector('[data-testid="nav-org-presenting"]').textContent`), "株式会社ミナト精工");
    assert.match(await s.title(), /株式会社ミナト精工/);

    // A self-check question with its four answers fits below the bar.
    await s.exec(`document.querySelector('[data-testid="stage-selfcheck"] h2 button').click()`);
    await s.find(".current fieldset");
    await s.exec(`document.querySelector(".current").scrollIntoView({ block: "start" });`);
    await sleep(300);
    const q = await rect(s, ".current");
    const v2 = await viewport(s);
    assert.ok(q.height <= v2.h - v2.barHeight, `question ${q.height}px, room ${v2.h - v2.barHeight}px`);
    assert.ok(q.top >= v2.barBottom - 1 && q.bottom <= v2.h + 1, `question in view ${JSON.stringify(q)} ${JSON.stringify(v2)}`);
    const answers = await s.exec(`return [...document.querySelectorAll(".current input[type=radio]")].map((i) => {
      const r = i.closest("label").getBoundingClientRect(); return r.bottom <= innerHeight && r.top >= 0; });`);
    assert.deepEqual(answers, [true, true, true, true]);
    await s.screenshot(join(artifacts, "seminar-4-question.png"));

    // A direction's steps, for the record (screenshot).
    await s.click('[data-testid="nav-home"]');
    await s.exec(`document.querySelector('[data-testid="stage-directions"] h2 button').click()`);
    await s.find("main h1");
    await s.screenshot(join(artifacts, "seminar-4b-direction.png"));
    await s.exec(`const e = document.querySelector('main ol, main .steps, main ul'); if (e) e.scrollIntoView({ block: "start" });`);
    await s.screenshot(join(artifacts, "seminar-4c-direction-steps.png"));

    // The bar stays when the page scrolls; the dashboard's radar fits.
    await s.click('[data-testid="nav-dashboard"]');
    await s.exec("window.scrollTo(0, 400)");
    await sleep(300);
    const v3 = await viewport(s);
    assert.ok(v3.barTop !== null && Math.abs(v3.barTop) < 1, `bar top ${v3.barTop}`);
    const radar = await rect(s, 'svg[data-testid="radar"]');
    assert.ok(radar && radar.height <= v3.h - v3.barHeight, `radar ${JSON.stringify(radar)}`);
    await s.screenshot(join(artifacts, "seminar-5-dashboard.png"));
    await s.exec(`document.querySelector('svg[data-testid="radar"]').scrollIntoView({ block: "start" })`);
    await s.screenshot(join(artifacts, "seminar-5-radar.png"));

    // An attendee's quick run: the score in view after 結果を見る.
    await s.click('[data-testid="presentation-tools"]');
    await s.click('[data-testid="open-quickrun"]');
    for (let q = 1; q <= 25; q++) {
      await s.click(`[data-testid="qr-answer-${q}-partly"]`);
      const next = await s.exists(`[data-testid="qr-answer-${q + 1}-partly"]`);
      if (!next && q < 25) await s.click('[data-testid="qr-next"]');
    }
    await s.click('[data-testid="qr-show-result"]');
    await s.find('[data-testid="qr-score"]');
    await sleep(300);
    const score = await rect(s, '[data-testid="qr-score"]');
    const v4 = await viewport(s);
    assert.ok(score.top >= v4.barBottom - 1 && score.bottom <= v4.h, `score ${JSON.stringify(score)} in ${JSON.stringify(v4)}`);
    assert.equal(await s.text('[data-testid="qr-score"]'), "100 点中 50 点");
    await s.screenshot(join(artifacts, "seminar-6-quickrun-result.png"));

    // The class view from twelve attendees' files (the debug build's dialogs answer from
    // MAMORI_TEST_DIALOGS), one of them twice: its histogram fits below the bar.
    const dialogs = process.env.MAMORI_TEST_DIALOGS;
    const codes = ["done", "partly", "not_done", "dont_know"];
    for (let i = 0; i < 12; i++) {
      const selfcheck = Object.fromEntries(Array.from({ length: 25 }, (_, n) => [String(n + 1), codes[(n * (i + 1) + i) % 4]]));
      const file = JSON.stringify({ format: "mamori-attendee", formatVersion: 1, contentVersions: {}, selfcheck, maturity: {}, run: `5e3a${String(i).padStart(4, "0")}` });
      writeFileSync(join(dialogs, `seminar-attendee-${String(i).padStart(2, "0")}.json`), file);
      if (i === 3) writeFileSync(join(dialogs, "seminar-attendee-03-again.json"), file);
    }
    await s.click('[data-testid="presentation-tools"]');
    await s.click('[data-testid="open-class"]');
    await s.click('[data-testid="cls-load"]');
    assert.match(await s.until(() => s.text('[data-testid="cls-attendees"]'), "attendees"), /12/);
    assert.match(await s.text('[data-testid="cls-skipped"]'), /seminar-attendee-03-again\.json/);
    await s.exec(`document.querySelector("svg.histogram").scrollIntoView({ block: "start" })`);
    await sleep(300);
    const hist = await rect(s, "svg.histogram");
    const v5 = await viewport(s);
    assert.ok(hist.top >= v5.barBottom - 1 && hist.bottom <= v5.h, `histogram ${JSON.stringify(hist)} ${JSON.stringify(v5)}`);
    await s.screenshot(join(artifacts, "seminar-6b-class.png"));
    await s.exec(`document.querySelector('[data-testid="cls-weakest"]').scrollIntoView({ block: "start" })`);
    await s.screenshot(join(artifacts, "seminar-6c-class-weakest.png"));

    // Esc leaves the presentation view; Settings come back.
    await s.keys("\uE00C");
    await s.find('[data-testid="nav-settings"]');
    await s.screenshot(join(artifacts, "seminar-7-left.png"));

    // In English the bar keeps to one line as well.
    await s.click('[data-testid="lang-en"]');
    await s.click('[data-testid="nav-orgs"]');
    await s.click('[data-testid="open-seminar"]');
    await s.click('[data-testid="presentation-on"]');
    await s.click('[data-testid="seminar-reset-demo"]');
    await s.find('[data-testid="nav-org-presenting"]');
    const en = await s.exec(`const b = document.querySelector('[data-testid="presentation-bar"]');
      return { h: b.getBoundingClientRect().height, over: b.scrollWidth - b.clientWidth };`);
    assert.ok(en.h <= 60 && en.over <= 0, `English bar ${JSON.stringify(en)}`);
    await s.screenshot(join(artifacts, "seminar-8-english.png"));
  } finally {
    await s.close();
  }
});
