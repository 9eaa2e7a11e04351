// The user's preferences the frame applies: who they are and the text size (Ctrl +/−/0).
import type { StartView, UserRole } from "../bindings/ipc";
import { call } from "./ipc";

export const prefs = $state<{ role: UserRole | null; textScale: number; startView: StartView }>({
  role: null,
  textScale: 100,
  startView: "last-org",
});

const STEPS = [80, 90, 100, 110, 125, 150, 175, 200];

/** Type in the presentation view, relative to the user's size: large for a projector, yet a
 * question with its four answers still fits 1280×720. */
export const PRESENTATION_FACTOR = 1.3;

/**
 * The seminar's presentation view (large type, strong contrast, other organizations and the
 * installation's settings out of reach). Remembered: Mamori starts in it again.
 */
export const view = $state<{ presentation: boolean }>({ presentation: false });

/** Applies the text size to the whole page (1.5 times in the presentation view). */
export function applyTextScale(): void {
  const factor = view.presentation ? PRESENTATION_FACTOR : 1;
  if (typeof document !== "undefined") document.documentElement.style.fontSize = `${(18 * prefs.textScale * factor) / 100}px`;
}

/**
 * Turns the presentation view on or off (a `presentation` class on <html>, see app.css) and,
 * unless `save` is false (start-up, tests), remembers it for the next start.
 */
export function setPresentation(on: boolean, save = true): void {
  view.presentation = on;
  if (typeof document !== "undefined") document.documentElement.classList.toggle("presentation", on);
  applyTextScale();
  if (save) call("set_preferences", { role: null, textScale: null, lastOrgId: null, presentation: on }).catch(() => {});
}

/** Saves what Mamori shows at start-up. */
export async function setStartView(v: StartView): Promise<void> {
  prefs.startView = v;
  await call("set_preferences", { role: null, textScale: null, lastOrgId: null, startView: v });
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
