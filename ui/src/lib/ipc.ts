// The only module that talks to the Tauri backend. Everything else calls `call()` with a command
// name from the generated command table, so request and response types are checked by tsc.
import { invoke } from "@tauri-apps/api/core";
import type { Commands } from "../bindings/ipc";
import { IpcError } from "./errors";

export type CommandName = keyof Commands;
export type Req<K extends CommandName> = Commands[K]["req"];
export type Res<K extends CommandName> = Commands[K]["res"];

/** Calls backend command `cmd`; rejects with an {@link IpcError}, never a bare string. */
export async function call<K extends CommandName>(cmd: K, req: Req<K>): Promise<Res<K>> {
  try {
    return await invoke<Res<K>>(cmd, { req });
  } catch (e) {
    throw IpcError.from(e);
  }
}

/** Calls `cb` with the id of every app-menu item the user picks (File, View, Help). */
export async function onMenu(cb: (id: string) => void): Promise<() => void> {
  try {
    const { listen } = await import("@tauri-apps/api/event");
    return await listen<string>("menu", (e) => cb(e.payload));
  } catch {
    // Outside the desktop shell (tests, the browser) there is no menu.
    return () => {};
  }
}

/** What the running window hears when Mamori is started again with another data folder: the
 * folder open here and the one asked for (the second start was ended; see src-tauri/shell.rs). */
export interface AlreadyOpen {
  open: string;
  asked: string;
}

/** Calls `cb` when a second start of Mamori asked for another data folder. */
export async function onAlreadyOpen(cb: (a: AlreadyOpen) => void): Promise<() => void> {
  try {
    const { listen } = await import("@tauri-apps/api/event");
    return await listen<AlreadyOpen>("already-open", (e) => cb(e.payload));
  } catch {
    return () => {};
  }
}

/** Calls `cb` with the progress of long tasks (e.g. reports for every client). */
export async function onProgress(cb: (p: import("../bindings/ipc").Progress) => void): Promise<() => void> {
  try {
    const { listen } = await import("@tauri-apps/api/event");
    return await listen<import("../bindings/ipc").Progress>("progress", (e) => cb(e.payload));
  } catch {
    return () => {};
  }
}
