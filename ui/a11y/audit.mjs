// Accessibility audit: axe-core over every main screen, in Japanese and English, in the light and
// the dark colour scheme. The built UI (ui/dist) is served by Vite's preview server in this
// process and opened in Debian's Chromium (headless, driven by playwright-core); the Tauri IPC is
// mocked with the real backend responses in src/test/fixtures (the practice company, role
// "owner"). Screens are reached by clicking, as a user would.
//
// Prints a table of screens × violations by impact and exits 1 on any serious or critical
// violation (docs/ACCESSIBILITY.md). Usage: npm run a11y -w ui  (builds ui/dist if missing)
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { chromium } from "playwright-core";

const ui = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const content = JSON.parse(readFileSync(join(ui, "src/test/fixtures/content.json"), "utf8"));
const journey = JSON.parse(readFileSync(join(ui, "src/test/fixtures/demo-journey.json"), "utf8"));

// The app's Content Security Policy, as the Tauri shell sends it, so a screen that needs more
// (an inline style or script) shows up here as a violation.
const conf = JSON.parse(readFileSync(join(ui, "../src-tauri/tauri.conf.json"), "utf8"));
const CSP = Object.entries(conf.app.security.csp).map(([k, v]) => `${k} ${v}`).join("; ");

const CHROMIUM = process.env.MAMORI_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

// Each main screen and how to reach it from the journey (home) screen.
const home = '[data-testid="nav-home"]';
const SCREENS = [
  { name: "journey", steps: [home] },
  { name: "basics", steps: [home, '[data-testid="stage-basics"] h2 button'] },
  { name: "selfcheck", steps: [home, '[data-testid="stage-selfcheck"] h2 button'] },
  { name: "policy", steps: [home, ".more-links li:nth-child(1) button"] },
  { name: "profile", steps: [home, ".more-links li:nth-child(2) button"] },
  { name: "direction", steps: [home, '[data-testid="stage-directions"] h2 button'] },
  { name: "maturity", steps: [home, '[data-testid="stage-maturity"] h2 button'] },
  { name: "dashboard", steps: ['[data-testid="nav-dashboard"]'] },
  { name: "actions", steps: ['[data-testid="nav-actions"]'] },
  { name: "partners", steps: ['[data-testid="nav-partners"]'] },
  { name: "incident", steps: ['[data-testid="nav-incident"]'] },
  { name: "orgs", steps: ['[data-testid="nav-orgs"]'] },
  { name: "about", steps: ['[data-testid="nav-about"]'] },
  { name: "settings", steps: ['[data-testid="nav-settings"]'] },
  { name: "seminar", steps: ['[data-testid="nav-orgs"]', "details.more summary", '[data-testid="open-seminar"]'] },
  { name: "quickrun", steps: ['[data-testid="open-quickrun"]'] },
  { name: "class", steps: ['[data-testid="nav-orgs"]', "details.more summary", '[data-testid="open-seminar"]', '[data-testid="open-class"]'] },
];

/** The mocked backend, installed before the app's scripts run. */
function mockScript({ startup, content, journey }) {
  const orgSummary = {
    id: journey.org.id, name: journey.org.name, nameReading: journey.org.nameReading, archived: false,
    latestRound: { id: journey.round.id, frameworkVersion: journey.round.frameworkVersion,
      startedAt: journey.round.startedAt, closedAt: journey.round.closedAt },
    selfcheckAnswered: journey.selfcheck.answered, selfcheckScore: journey.selfcheck.score ?? 0,
    selfcheckDontKnow: 0, overdueActions: journey.overdueActions?.length ?? 0, openActions: 0,
    lastActivity: journey.org.updatedAt,
  };
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__csp.push(`${e.violatedDirective} ${e.blockedURI || "inline"} ${e.sourceFile}:${e.lineNumber}`);
  });
  let callbacks = 0;
  const answers = {
    get_startup: () => startup,
    get_content: () => content,
    open_org: () => journey,
    list_orgs: () => ({ orgs: [orgSummary] }),
    get_branding: () => ({ contractorName: "Sakura IT", contactLine: "03-1234-5678", logoDataUrl: null }),
    get_backups: () => ({ dailyDir: "/data/backups/daily", daily: ["mamori-2026-11-25.db", "mamori-2026-11-24.db"], kept: 7 }),
    set_locale: (req) => ({ locale: req.locale }),
    set_preferences: (req) => ({ ...startup.preferences, ...req }),
    "plugin:event|listen": () => 1,
    "plugin:event|unlisten": () => null,
  };
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
    transformCallback: () => ++callbacks,
    unregisterCallback: () => {},
    invoke: async (cmd, args) => {
      const answer = answers[cmd];
      if (!answer) {
        window.__unexpected = [...(window.__unexpected ?? []), cmd];
        throw { code: "internal", messageId: "error-internal", args: {}, detail: `mock: ${cmd}` };
      }
      return structuredClone(answer(args?.req ?? args));
    },
  };
}

function startup(role, dbError = null) {
  return {
    locale: "ja", localeSource: "os", dbPath: "/data/mamori.db", version: "0.1.0", dbError,
    preferences: { role, textScale: 100, lastOrgId: role ? journey.org.id : null, startView: "last-org", presentation: false },
  };
}

// A damaged data file at start-up: the error and the way back to a backup.
const damaged = { code: "db-corrupt", messageId: "error-db-corrupt", args: { path: "/data/mamori.db" }, detail: "file is not a database" };

async function audit(page) {
  // Let transitions finish so colours are final.
  await page.waitForTimeout(250);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    const contrast = (list) => list.find((x) => x.id === "color-contrast")?.nodes.length ?? 0;
    return {
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
      })),
      // Proof that contrast was measured, and against which page colour (light or dark theme).
      contrastChecked: contrast(r.passes) + contrast(r.violations),
      contrastUnsure: contrast(r.incomplete),
      rulesPassed: r.passes.length,
      background: getComputedStyle(document.documentElement).backgroundColor,
    };
  });
}

async function heading(page) {
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent?.trim(), null, { timeout: 10000 });
}

async function main() {
  if (!existsSync(join(ui, "dist/index.html"))) {
    await build({ root: ui, logLevel: "warn" });
  }
  const server = await preview({ root: ui, logLevel: "warn", preview: { port: 0, host: "127.0.0.1", open: false, headers: { "Content-Security-Policy": CSP } },
  });
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const rows = [];
  const details = [];
  let unexpected = [];
  let cspViolations = [];
  try {
    for (const scheme of ["light", "dark"]) {
      // First start (no role chosen yet): the welcome screen, in both languages.
      const runs = [
        { role: null, screens: [{ name: "welcome", steps: [] }] },
        { role: null, dbError: damaged, screens: [{ name: "recover", steps: [] }] },
        { role: "owner", screens: SCREENS },
      ];
      for (const run of runs) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        page.on("pageerror", (e) => details.push(`page error: ${e.message}`));
        await page.emulateMedia({ colorScheme: scheme });
        await page.addInitScript(mockScript, { startup: startup(run.role, run.dbError), content, journey });
        await page.addInitScript(axeSource);
        await page.goto(url);
        await heading(page);
        for (const lang of ["ja", "en"]) {
          await page.click(`[data-testid="lang-${lang}"]`);
          await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 5000 })
            .catch(() => {});
          for (const sc of run.screens) {
            for (const s of sc.steps) await page.click(s);
            await heading(page);
            const { violations, contrastChecked, contrastUnsure, rulesPassed, background } = await audit(page);
            const count = { critical: 0, serious: 0, moderate: 0, minor: 0 };
            for (const v of violations) count[v.impact] = (count[v.impact] ?? 0) + v.nodes.length;
            rows.push({ screen: sc.name, lang, scheme, ...count, "rules passed": rulesPassed,
              "contrast checked": contrastChecked, "contrast unsure": contrastUnsure, background });
            for (const v of violations) {
              details.push(`${sc.name} ${lang} ${scheme}: [${v.impact}] ${v.id} — ${v.help}`);
              for (const n of v.nodes.slice(0, 5)) details.push(`    ${n.target}: ${n.summary.replace(/\n/g, " ")}`);
            }
          }
        }
        unexpected = unexpected.concat(await page.evaluate(() => window.__unexpected ?? []));
        cspViolations = cspViolations.concat(await page.evaluate(() => window.__csp));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.httpServer.close(r));
  }

  const cols = ["screen", "lang", "scheme", "critical", "serious", "moderate", "minor", "rules passed",
    "contrast checked", "contrast unsure", "background"];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (r) => cols.map((c, i) => String(r[c]).padEnd(width[i])).join(" | ");
  console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
  console.log(width.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) console.log(line(r));
  if (details.length) console.log("\n" + details.join("\n"));
  if (unexpected.length) console.log(`\nmocked backend: unexpected commands ${[...new Set(unexpected)].join(", ")}`);
  console.log(`\nContent-Security-Policy (from tauri.conf.json): ${CSP}`);
  console.log(`CSP violations: ${cspViolations.length}`);
  for (const v of new Set(cspViolations)) console.log(`    ${v}`);
  const bad = rows.reduce((n, r) => n + r.critical + r.serious, 0);
  const total = rows.reduce((n, r) => n + r.critical + r.serious + r.moderate + r.minor, 0);
  console.log(`\na11y: ${rows.length} screen views, ${bad} serious or critical, ${total} in all`);
  process.exit(bad > 0 || cspViolations.length > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
