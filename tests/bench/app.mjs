// Figures for docs/PERFORMANCE.md ("The app"): drives the real Mamori window through tauri-driver
// (started by scripts/bench) and prints, each over 5 runs:
//  - cold start: a new app process (a new WebDriver session) until the journey screen's heading
//    of the practice company is in the page; also the webview's own time from its document start;
//  - memory: RSS (and PSS) summed over the mamori process and its WebKit child processes, idle on
//    the dashboard for 3 s;
//  - answer save round trip: save_selfcheck_answer called 200 times from the page through the
//    app's IPC (window.__TAURI_INTERNALS__.invoke), each timed with performance.now();
//  - portfolio of 1,000 organizations: 1,000 copies of the practice company (new ids) imported,
//    then list_orgs through the IPC, and the organizations screen until its 1,000th card shows.
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sleep, startSession } from "../e2e/webdriver.mjs";

const app = process.env.MAMORI_BENCH_APP;
const appReal = realpathSync(app);
const RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (xs, unit = "ms", d = 0) => `${xs.map((x) => x.toFixed(d)).join(", ")} ${unit}`;

/** mamori processes started from our binary, and all their descendants. */
function appProcesses() {
  const procs = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      let exe = "";
      try { exe = readlinkSync(`/proc/${d}/exe`); } catch { /* kernel thread or gone */ }
      procs.push({ pid: Number(d), ppid, exe, name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) });
    } catch { /* gone */ }
  }
  const roots = procs.filter((p) => p.exe === appReal);
  const tree = new Set(roots.map((p) => p.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) { tree.add(p.pid); grew = true; }
  }
  return procs.filter((p) => tree.has(p.pid));
}

function memory() {
  let rss = 0, pss = 0;
  const names = [];
  const per = {};
  for (const p of appProcesses()) {
    try {
      const s = readFileSync(`/proc/${p.pid}/smaps_rollup`, "utf8");
      const r = Number(s.match(/^Rss:\s+(\d+)/m)[1]);
      const q = Number(s.match(/^Pss:\s+(\d+)/m)[1]);
      rss += r;
      pss += q;
      names.push(p.name);
      per[p.name] = `${(r / 1024).toFixed(0)}/${(q / 1024).toFixed(0)}`;
    } catch { /* gone */ }
  }
  return { rssMb: rss / 1024, pssMb: pss / 1024, names: Object.entries(per).map(([k, v]) => `${k} ${v} MB`) };
}

/** When a process started, in ms since the epoch (10 ms resolution: clock ticks of /proc). */
function processStartEpochMs(pid) {
  const btime = Number(readFileSync("/proc/stat", "utf8").match(/^btime (\d+)/m)[1]);
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
  return btime * 1000 + ticks * 10;
}

/** Starts the app on `dataDir` and waits for the journey heading; returns the timings. */
async function coldStart(dataDir) {
  const before = new Set(appProcesses().filter((p) => p.exe === appReal).map((p) => p.pid));
  const t0 = performance.now();
  const s = await startSession(app, ["--data-dir", dataDir]);
  const tSession = performance.now();
  for (;;) {
    if (await s.exists("#home-title").catch(() => false)) break;
    if (performance.now() - t0 > 30000) throw new Error("no journey heading after 30 s");
    await sleep(5);
  }
  const total = performance.now() - t0;
  // The UI's start-up marks (ui/src/main.ts, App.svelte, session): times since the document
  // started, and the document's start in ms since the epoch.
  const page = await s.exec(`return {
    origin: performance.timeOrigin,
    marks: Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
    nav: performance.getEntriesByType("navigation")[0]?.toJSON() ?? null,
  }`);
  const pid = appProcesses().find((p) => p.exe === appReal && !before.has(p.pid))?.pid;
  const ready = page.marks["mamori:first-screen"];
  // Process start → first screen ready: what a user waits for, without WebDriver's own set-up.
  const fromProcess = pid && ready !== undefined ? page.origin + ready - processStartEpochMs(pid) : NaN;
  return { s, total, session: tSession - t0, inPage: ready, fromProcess, marks: page.marks };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-bench-"));
  // First start: choose a role and open the practice company (as a user would).
  {
    const s = await startSession(app, ["--data-dir", dataDir]);
    await s.click('[data-testid="role-owner"] input');
    await s.click('[data-testid="start-demo"]');
    await s.find("#home-title", 20000);
    await sleep(500);
    await s.close();
    await sleep(1000);
  }

  const starts = [], sessions = [], inPage = [], fromProcess = [], rss = [], pss = [];
  const marks = {};
  let names = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const r = await coldStart(dataDir);
    starts.push(r.total); sessions.push(r.session); inPage.push(r.inPage); fromProcess.push(r.fromProcess);
    for (const [k, v] of Object.entries(r.marks)) (marks[k] ??= []).push(v);
    await r.s.click('[data-testid="nav-dashboard"]');
    await r.s.find("main h1");
    await sleep(3000);
    const m = memory();
    rss.push(m.rssMb); pss.push(m.pssMb); names = m.names;
    if (i < RUNS - 1) { await r.s.close(); await sleep(1500); } else last = r.s;
  }

  // Answer save round trips, through the real IPC from the page.
  const s = last;
  const saves = await s.exec(`
    return (async () => {
      const inv = window.__TAURI_INTERNALS__.invoke;
      const orgs = await inv("list_orgs", { req: {} });
      const j = await inv("open_org", { req: { orgId: orgs.orgs[0].id } });
      const answers = ["done", "partly", "not_done", "dont_know"];
      const times = [];
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        await inv("save_selfcheck_answer", { req: { roundId: j.round.id, question: (i % 25) + 1, answer: answers[i % 4], note: null } });
        times.push(performance.now() - t);
      }
      const floor = [];
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        await inv("content_summary", { req: {} });
        floor.push(performance.now() - t);
      }
      const bytes = JSON.stringify(await inv("open_org", { req: { orgId: orgs.orgs[0].id } })).length;
      return { times, floor, bytes };
    })();
  `);
  const { floor, bytes: journeyBytes } = saves;
  if (!Array.isArray(saves.times)) throw new Error(`save round trip: ${JSON.stringify(saves)}`);
  const saveTimes = saves.times;

  // 1,000 organizations: copies of the practice company with fresh ids.
  const imported = await s.exec(`
    return (async () => {
      const inv = window.__TAURI_INTERNALS__.invoke;
      const orgs = await inv("list_orgs", { req: {} });
      const { bundle } = await inv("export_org", { req: { orgId: orgs.orgs[0].id } });
      const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
      const t = performance.now();
      for (let i = 1; i < 1000; i++) {
        const ids = new Map();
        const copy = bundle.replace(uuid, (m) => { if (!ids.has(m)) ids.set(m, crypto.randomUUID()); return ids.get(m); });
        await inv("import_org", { req: { bundle: copy, replace: false } });
      }
      return { seconds: (performance.now() - t) / 1000, orgs: (await inv("list_orgs", { req: {} })).orgs.length };
    })();
  `);
  const lists = await s.exec(`
    return (async () => {
      const inv = window.__TAURI_INTERNALS__.invoke;
      const times = [];
      for (let i = 0; i < ${RUNS}; i++) {
        const t = performance.now();
        const r = await inv("list_orgs", { req: {} });
        times.push(performance.now() - t);
        if (r.orgs.length !== 1000) throw new Error("not 1000 organizations");
      }
      return times;
    })();
  `);
  const screens = [];
  for (let i = 0; i < RUNS; i++) {
    await s.click('[data-testid="nav-dashboard"]');
    await s.find("main h1");
    await sleep(300);
    screens.push(await s.exec(`
      return new Promise((done) => {
        const t = performance.now();
        document.querySelector('[data-testid="nav-orgs"]').click();
        const poll = () => document.querySelectorAll('[data-testid="open-org"]').length >= 1000
          ? requestAnimationFrame(() => done(performance.now() - t)) : setTimeout(poll, 1);
        poll();
      });
    `));
  }
  await s.close();

  const line = (what, xs, target, unit = "ms", d = 0) =>
    console.log(`${what.padEnd(44)} median ${median(xs).toFixed(d).padStart(6)} ${unit}   (${fmt(xs, unit, d)})${target ? `   target ${target}` : ""}`);
  console.log(`\nMamori, ${RUNS} runs each (${app})`);
  line("cold start: process start → first screen", fromProcess, "≤ 600 ms");
  line("  webview document start → first screen", inPage);
  for (const [k, v] of Object.entries(marks)) line(`    document start → ${k}`, v);
  line("cold start via WebDriver (session + heading)", starts);
  line("  of which: WebDriver session created", sessions);
  line("memory idle on dashboard, RSS sum", rss, "≤ 150 MB", "MB", 1);
  line("memory idle on dashboard, PSS sum", pss, "", "MB", 1);
  console.log(`  per process (RSS/PSS, last run): ${names.join(", ")}`);
  console.log(`answer save round trip (200 saves)            p50 ${pct(saveTimes, 50).toFixed(1)} ms, p95 ${pct(saveTimes, 95).toFixed(1)} ms, max ${Math.max(...saveTimes).toFixed(1)} ms   target p95 ≤ 15 ms`);
  console.log(`  the reply is the whole journey: ${(journeyBytes / 1024).toFixed(0)} KiB of JSON`);
  console.log(`  IPC floor (content_summary, 200 calls)      p50 ${pct(floor, 50).toFixed(1)} ms, p95 ${pct(floor, 95).toFixed(1)} ms`);
  console.log(`portfolio: 999 imports took ${imported.seconds.toFixed(1)} s; ${imported.orgs} organizations`);
  line("portfolio: list_orgs over the IPC", lists, "", "ms", 1);
  line("portfolio: organizations screen, 1,000 cards", screens, "", "ms", 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
