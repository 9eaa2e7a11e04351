// The user's preferences the frame applies: who they are and the text size (Ctrl +/−/0).
import type { UserRole } from "../bindings/ipc";
import { call } from "./ipc";

export const prefs = $state<{ role: UserRole | null; textScale: number }>({ role: null, textScale: 100 });

const STEPS = [80, 90, 100, 110, 125, 150, 175, 200];

/**
 * The seminar's presentation view (large type, strong contrast, other organizations hidden).
 * Not saved: it ends with the app.
 */
export const view = $state<{ presentation: boolean }>({ presentation: false });

/** Applies the text size to the whole page (1.5 times in the presentation view). */
export function applyTextScale(): void {
  const factor = view.presentation ? 1.5 : 1;
  if (typeof document !== "undefined") document.documentElement.style.fontSize = `${(18 * prefs.textScale * factor) / 100}px`;
}

/** Turns the presentation view on or off (a `presentation` class on <html>, see app.css). */
export function setPresentation(on: boolean): void {
  view.presentation = on;
  if (typeof document !== "undefined") document.documentElement.classList.toggle("presentation", on);
  applyTextScale();
}

/** One step larger (1), smaller (−1) or back to normal (0); the choice is saved. */
export function stepTextScale(dir: -1 | 0 | 1): void {
  const i = STEPS.indexOf(prefs.textScale);
  const cur = i < 0 ? STEPS.indexOf(100) : i;
  const next = dir === 0 ? 100 : (STEPS[Math.min(STEPS.length - 1, Math.max(0, cur + dir))] ?? 100);
  if (next === prefs.textScale) return;
  prefs.textScale = next;
  applyTextScale();
  call("set_preferences", { role: null, textScale: next, lastOrgId: null }).catch(() => {});
}

/** Saves who the user is. */
export async function setRole(role: UserRole): Promise<void> {
  prefs.role = role;
  await call("set_preferences", { role, textScale: null, lastOrgId: null });
}
