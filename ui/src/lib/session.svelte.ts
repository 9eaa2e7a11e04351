// The open organization's journey and the content, shared by every screen. Every edit goes
// through `save()`: it shows "saving…", then "saved" with the state read back from the
// database, or the localized error while the screen keeps what the user typed. Nothing is
// silently lost.
import type { ContentView, Journey } from "../bindings/ipc";
import { call, type CommandName, type Req, type Res } from "./ipc";
import { IpcError } from "./errors";

/** Commands that edit the open organization and answer with its whole new journey. */
export type JourneyCommand = {
  [K in CommandName]: Res<K> extends Journey ? K : never;
}[CommandName];

export type SaveState = "idle" | "saving" | "saved" | "error";

export const session = $state<{
  content: ContentView | null;
  journey: Journey | null;
  save: SaveState;
  error: IpcError | null;
}>({ content: null, journey: null, save: "idle", error: null });

/** Loads the guidance content once. */
export async function loadContent(): Promise<ContentView> {
  if (!session.content) session.content = await call("get_content", {});
  return session.content;
}

/** Opens an organization (starting its first round if needed) and remembers it. */
export async function openOrg(orgId: string): Promise<Journey> {
  // The guidance (once) and the organization are fetched side by side.
  const [, j] = await Promise.all([loadContent(), call("open_org", { orgId })]);
  performance.mark("mamori:journey");
  session.journey = j;
  session.error = null;
  session.save = "idle";
  call("set_preferences", { role: null, textScale: null, lastOrgId: orgId }).catch(() => {});
  return j;
}

/** Closes the organization (back to the list). */
export function closeOrg(): void {
  session.journey = null;
  session.save = "idle";
}

let pending = 0;

/**
 * Runs an edit. Resolves to true once it is committed (and the journey shows it), false if it
 * failed; the error is in `session.error` and shown by the error banner.
 */
export async function save<K extends JourneyCommand>(cmd: K, req: Req<K>): Promise<boolean> {
  pending += 1;
  session.save = "saving";
  try {
    const j = (await call(cmd, req)) as Journey;
    // Answers can arrive out of order: keep the newer state of the same organization.
    const cur = session.journey;
    if (!cur || cur.org.id !== j.org.id || j.revision >= cur.revision) session.journey = j;
    session.error = null;
    return true;
  } catch (e) {
    session.error = IpcError.from(e);
    session.save = "error";
    return false;
  } finally {
    pending -= 1;
    if (pending === 0 && session.save === "saving") session.save = "saved";
  }
}

/** Shows an error from a call that is not an edit (export, dialogs, …). */
export function report(e: unknown): void {
  session.error = IpcError.from(e);
}

/** Clears the error banner. */
export function dismissError(): void {
  session.error = null;
  if (session.save === "error") session.save = "idle";
}

/** Forgets everything (tests; a reset of the app's state). */
export function resetSession(): void {
  session.content = null;
  session.journey = null;
  session.save = "idle";
  session.error = null;
  pending = 0;
}
