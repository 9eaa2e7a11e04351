// The calendar export. For now the file is handed to the webview as a download; a native save
// dialog can replace the body of saveIcs() without touching the screen.
import { call } from "../../lib/ipc";

/** Exports the due dates of open actions and steps as an .ics file; resolves to the event count. */
export async function saveIcs(orgId: string): Promise<number> {
  const res = await call("export_ics", { orgId });
  const blob = new Blob([res.content], { type: "text/calendar;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = res.fileName;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return res.events;
}
