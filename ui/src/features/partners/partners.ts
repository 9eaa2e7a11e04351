// The partner register's fixed choices and the "needs checking" rule.
export const RELATIONS = ["subsidiary", "group-company", "business-partner", "contractor", "it-vendor"] as const;
export const LEVELS = ["none", "star1", "star2", "unknown"] as const;
export const CLAUSES = ["yes", "no", "unknown"] as const;

/** `never` when never checked, `stale` when last checked more than a year before `today`. */
export function checkState(lastChecked: string | null, today: string): "never" | "stale" | "ok" {
  if (!lastChecked) return "never";
  const [y, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  const yearAgo = `${String(y - 1).padStart(4, "0")}${rest}`;
  return lastChecked < yearAgo ? "stale" : "ok";
}
