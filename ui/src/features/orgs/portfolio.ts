// Sorting, filtering and searching the portfolio (pure functions, tested without the screen).
import type { OrgSummary } from "../../bindings/ipc";

/** The demo company's id: the same in every installation (store::demo::DEMO_ORG_ID). */
export const DEMO_ORG_ID = "6d616d6f-7269-4000-8000-000000000001";

export const STAGES = ["basics", "selfcheck", "policy", "directions", "maturity", "done"] as const;

export type SortKey = "name" | "score" | "overdue" | "activity";

export type Filters = { query: string; stage: string; overdueOnly: boolean };

// Katakana U+30A1..U+30F6 map to hiragana 0x60 lower.
const KATA_FIRST = 0x30a1;
const KATA_LAST = 0x30f6;
const KATA_TO_HIRA = 0x60;

/** Folds text for search: NFKC (half-width kana, full-width letters), lower case, no spaces, katakana → hiragana. */
export function fold(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFKC").toLowerCase()) {
    const c = ch.codePointAt(0) ?? 0;
    if (/\s/.test(ch)) continue;
    out += c >= KATA_FIRST && c <= KATA_LAST ? String.fromCodePoint(c - KATA_TO_HIRA) : ch;
  }
  return out;
}

export function matches(o: OrgSummary, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return fold(o.name).includes(q) || fold(o.nameReading ?? "").includes(q);
}

function byName(a: OrgSummary, b: OrgSummary): number {
  return (a.nameReading || a.name).localeCompare(b.nameReading || b.name, "ja") || a.name.localeCompare(b.name, "ja");
}

/** Orders a copy of `orgs`: those who need attention first for score, overdue and activity. */
export function sortOrgs(orgs: OrgSummary[], key: SortKey): OrgSummary[] {
  const out = [...orgs];
  switch (key) {
    case "name":
      return out.sort(byName);
    case "score":
      return out.sort((a, b) => a.selfcheckScore - b.selfcheckScore || byName(a, b));
    case "overdue":
      return out.sort((a, b) => b.overdueActions - a.overdueActions || byName(a, b));
    case "activity":
      // Never active first, then the longest ago.
      return out.sort((a, b) => (a.lastActivity ?? "").localeCompare(b.lastActivity ?? "") || byName(a, b));
  }
}

export function filterOrgs(orgs: OrgSummary[], f: Filters): OrgSummary[] {
  return orgs.filter(
    (o) => matches(o, f.query) && (f.stage === "" || o.stage === f.stage) && (!f.overdueOnly || o.overdueActions > 0),
  );
}

/** Today's date where the user is (`YYYY-MM-DD`). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
