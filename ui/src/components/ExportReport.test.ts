import { afterEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import ExportReport from "./ExportReport.svelte";
import { resetSession, session } from "../lib/session.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { backend } from "../test/ipc";

afterEach(() => {
  clearMocks();
  resetSession();
});

describe("ExportReport", () => {
  it("saves the chosen report in the chosen language through save_report", async () => {
    setLocale("en");
    const calls = backend({ save_report: () => ({ saved: true, path: "/tmp/r.pdf", entries: 2 }) });
    render(ExportReport, { orgId: "org-1" });
    await fireEvent.change(screen.getByTestId("export-kind"), { target: { value: "full" } });
    await fireEvent.change(screen.getByTestId("export-lang"), { target: { value: "ja" } });
    await fireEvent.click(screen.getByTestId("export-save"));
    await waitFor(() => expect(screen.getByTestId("export-result").textContent).toContain("Saved (2 pages): /tmp/r.pdf"));
    expect(calls).toContainEqual({ cmd: "save_report", req: { orgId: "org-1", kind: "full", lang: "ja" } });
  });

  it("says nothing when the dialog is cancelled and shows errors in the banner", async () => {
    setLocale("en");
    backend({ save_report: () => ({ saved: false, path: null, entries: null }) });
    render(ExportReport, { orgId: "org-1" });
    await fireEvent.click(screen.getByTestId("export-save"));
    await waitFor(() => expect(screen.getByTestId("export-save").hasAttribute("disabled")).toBe(false));
    expect(screen.getByTestId("export-result").textContent).toBe("");
    clearMocks();
    backend({
      save_report: () => {
        throw { code: "disk-full", messageId: "error-disk-full", args: {}, detail: "x" };
      },
    });
    await fireEvent.click(screen.getByTestId("export-save"));
    await waitFor(() => expect(session.error?.code).toBe("disk-full"));
  });
});
