// Where an action came from, in plain words: a self-check question, a maturity statement, a
// step of a direction, or the user.
import type { ActionView, ContentView } from "../../bindings/ipc";
import type { Args } from "../../lib/i18n.svelte";

export type SourceText = { id: string; args: Args; textId: string | null };

export function describeSource(a: ActionView, content: ContentView): SourceText {
  const dk = a.source === "dont-know";
  const ref = a.refId ?? "";
  const sc = /^selfcheck\/(\d+)$/.exec(ref);
  if (sc) {
    const n = Number(sc[1]);
    const q = content.selfcheck.questions.find((x) => x.number === n);
    return { id: dk ? "actions-src-dk-selfcheck" : "actions-src-gap-selfcheck", args: { number: n }, textId: q?.textId ?? null };
  }
  const mat = /^d(\d+)-q\d+$/.exec(ref);
  if (mat) {
    const q = content.maturity.questions.find((x) => x.id === ref);
    return { id: dk ? "actions-src-dk-maturity" : "actions-src-gap-maturity", args: { number: Number(mat[1]) }, textId: q?.textId ?? null };
  }
  const step = /^csm\/d(\d+)\/s\d+$/.exec(ref);
  if (step) {
    const d = content.directions.find((x) => x.number === Number(step[1]));
    const s = d?.steps.find((x) => x.id === ref);
    return { id: "actions-src-step", args: { number: Number(step[1]) }, textId: s?.textId ?? null };
  }
  if (a.source === "manual" || ref === "") return { id: "actions-src-manual", args: {}, textId: null };
  return { id: "actions-src-other", args: { ref }, textId: null };
}

export type DueFilter = "all" | "overdue" | "this-month" | "later" | "none";

/** Which due-date group an action falls in, given today's date (`YYYY-MM-DD`). */
export function dueGroup(a: ActionView, today: string): Exclude<DueFilter, "all"> | "earlier" {
  if (a.overdue) return "overdue";
  if (!a.dueDate) return "none";
  const month = today.slice(0, 7);
  const due = a.dueDate.slice(0, 7);
  if (due === month) return "this-month";
  return due > month ? "later" : "earlier";
}
