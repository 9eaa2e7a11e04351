// Prints the licences of every crate compiled into the Windows desktop app (normal dependencies
// of mamori-desktop for the given target, from `cargo metadata`), with the licence files each
// crate ships, for the portable zip (scripts/package --windows).
// Usage: node packaging/windows/third-party.mjs x86_64-pc-windows-gnu > THIRD-PARTY.txt
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const target = process.argv[2] ?? "x86_64-pc-windows-gnu";
const meta = JSON.parse(
  execFileSync("cargo", ["metadata", "--format-version", "1", "--locked", "--filter-platform", target], {
    maxBuffer: 1 << 28,
    encoding: "utf8",
  }),
);
const byId = new Map(meta.packages.map((p) => [p.id, p]));
const nodes = new Map(meta.resolve.nodes.map((n) => [n.id, n]));
const root = meta.packages.find((p) => p.name === "mamori-desktop");
const seen = new Set();
const queue = [root.id];
while (queue.length) {
  const id = queue.pop();
  if (seen.has(id)) continue;
  seen.add(id);
  for (const d of nodes.get(id).deps) {
    // Only what ends up in the .exe: normal dependencies, not build scripts or dev-dependencies.
    if (d.dep_kinds.some((k) => k.kind === null)) queue.push(d.pkg);
  }
}
const pkgs = [...seen]
  .map((id) => byId.get(id))
  .filter((p) => !p.name.startsWith("mamori-"))
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

const out = [];
out.push("Third-party software in mamori.exe");
out.push("==================================");
out.push("");
out.push("mamori.exe is built from the Rust crates below (their declared licences, then the");
out.push("licence files each crate ships). The user interface also contains Svelte (MIT) and");
out.push("@fluent/bundle (Apache-2.0). The font \"Mamori Sans JP\" is a subset of Noto Sans JP");
out.push("(SIL Open Font License 1.1, OFL-NotoSansJP.txt). WebView2Loader.dll is Microsoft's, from the");
out.push("WebView2 SDK (Microsoft.Web.WebView2, redistributed as the SDK's licence allows), via the");
out.push("webview2-com-sys crate.");
out.push("");
for (const p of pkgs) out.push(`${p.name} ${p.version}: ${p.license ?? p.license_file ?? "see its repository"}`);
for (const p of pkgs) {
  const dir = dirname(p.manifest_path);
  const files = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice|copyright)/i.test(f))
    .sort();
  out.push("", "-".repeat(78), `${p.name} ${p.version} (${p.license ?? "licence file"})`);
  if (p.repository) out.push(p.repository);
  for (const f of files) {
    let text;
    try {
      text = readFileSync(join(dir, f), "utf8");
    } catch {
      continue; // a folder named LICENSES, say
    }
    out.push("", `--- ${f} ---`, text.trimEnd());
  }
  if (!files.length) out.push("", "(no licence file in the published crate; its licence is stated above)");
}
console.log(out.join("\n"));
