// The calendar export: the backend asks where to save in the system's own dialog and writes the
// file, so no path passes through the webview.
import { call } from "../../lib/ipc";

/** Saves the due dates of open actions and steps as an .ics file; resolves to the number of
 * events written, or null if the user cancelled the dialog. */
export async function saveIcs(orgId: string): Promise<number | null> {
  const res = await call("save_ics", { orgId });
  return res.saved ? (res.entries ?? 0) : null;
}
