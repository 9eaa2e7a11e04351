// Reads the strace logs written while the e2e tests ran (tests/e2e/run.sh starts the app under
// `strace -f -e trace=connect,sendto,sendmsg,sendmmsg`, following the WebKit child processes)
// and fails if the app or any of its processes tried to reach a network address. Loopback is
// allowed: WebKitWebDriver automates the webview through a 127.0.0.1 inspector socket. Unix
// sockets (X11, D-Bus) and netlink are not network. Usage: node netcheck.mjs DIR
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.startsWith("trace."));
let calls = 0;
let loopback = 0;
const pids = new Set();
const families = {};
const offending = [];

function isLoopback(line) {
  const v4 = line.match(/inet_addr\("([\d.]+)"\)/);
  if (v4) return v4[1].startsWith("127.");
  const v6 = line.match(/inet_pton\(AF_INET6, "([^"]+)"/);
  if (v6) return v6[1] === "::1" || /^::ffff:127\./.test(v6[1]);
  return false;
}

for (const f of files) {
  for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
    const m = line.match(/^(\d+)\s+(connect|sendto|sendmsg|sendmmsg)\(/);
    if (!m) continue;
    calls++;
    pids.add(`${f}:${m[1]}`);
    const fam = line.match(/sa_family=(AF_[A-Z0-9]+)/)?.[1] ?? "none";
    families[fam] = (families[fam] ?? 0) + 1;
    if (fam === "AF_INET" || fam === "AF_INET6") {
      if (isLoopback(line)) loopback++;
      else offending.push(`${f}: ${line.slice(0, 300)}`);
    }
  }
}

const fams = Object.entries(families).map(([k, v]) => `${k} ${v}`).join(", ");
if (files.length === 0 || calls === 0) {
  console.log(`network: FAILED: nothing was traced in ${dir} (is strace installed?)`);
  process.exit(1);
}
if (offending.length) {
  console.log(`network: FAILED: the app tried to reach ${offending.length} non-loopback address(es):`);
  for (const o of offending.slice(0, 20)) console.log(`    ${o}`);
  process.exit(1);
}
console.log(
  `network: no request: ${files.length} app launches, ${pids.size} processes, ${calls} connect/send calls ` +
    `(${fams}); 0 to a non-loopback address (${loopback} loopback: the WebDriver automation socket)`,
);
