import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import Settings from "./Settings.svelte";
import App from "../../App.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { router } from "../../lib/router.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { notice } from "../../lib/notice.svelte";
import { backend, startup } from "../../test/ipc";
import { openFixture } from "../../test/fixtures";
import type { BackupsInfo, Branding } from "../../bindings/ipc";

const LOGO = "data:image/png;base64,iVBORw0KGgo=";
const backups: BackupsInfo = { dailyDir: "/data/backups", daily: ["mamori-2026-11-25.db", "mamori-2026-11-24.db"], kept: 7 };

beforeEach(() => setLocale("en"));
afterEach(() => {
  clearMocks();
  resetSession();
  notice.text = "";
  router.route = { name: "start" };
  setLocale("ja");
});

describe("settings", () => {
  it("shows the profile only while an organization is open", async () => {
    backend({ get_branding: () => ({ contractorName: null, contactLine: null, logoDataUrl: null }), get_backups: () => backups });
    const { unmount } = render(Settings);
    expect(await screen.findByText("Open an organization to change its profile.")).toBeTruthy();
    expect(screen.queryByTestId("settings-profile")).toBeNull();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    unmount();
    openFixture();
    render(Settings);
    expect(screen.getByTestId("settings-profile")).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  });

  it("saves the branding, and chooses and removes the logo", async () => {
    let b: Branding = { contractorName: "Old", contactLine: null, logoDataUrl: null };
    const calls = backend({
      get_branding: () => b,
      get_backups: () => backups,
      set_branding: (req: { contractorName: string | null; contactLine: string | null }) => (b = { ...b, ...req }),
      choose_brand_logo: () => (b = { ...b, logoDataUrl: LOGO }),
      clear_brand_logo: () => (b = { ...b, logoDataUrl: null }),
    });
    render(Settings);
    await waitFor(() => expect((screen.getByTestId("brand-name") as HTMLInputElement).value).toBe("Old"));
    await fireEvent.input(screen.getByTestId("brand-name"), { target: { value: "Sample IT Support" } });
    await fireEvent.input(screen.getByTestId("brand-contact"), { target: { value: "03-0000-0000" } });
    await fireEvent.click(screen.getByTestId("brand-save"));
    await screen.findByText("Saved. Reports will show it.");
    expect(calls).toContainEqual({ cmd: "set_branding", req: { contractorName: "Sample IT Support", contactLine: "03-0000-0000" } });

    await fireEvent.click(screen.getByTestId("brand-logo-choose"));
    const img = (await screen.findByTestId("brand-logo")) as HTMLImageElement;
    expect(img.getAttribute("src")).toBe(LOGO);
    expect(img.alt).toBe("Your logo as reports will show it");
    await fireEvent.click(screen.getByTestId("brand-logo-clear"));
    await waitFor(() => expect(screen.queryByTestId("brand-logo")).toBeNull());
  });

  it("backs up now and shows where the daily backups are", async () => {
    const calls = backend({
      get_branding: () => ({ contractorName: null, contactLine: null, logoDataUrl: null }),
      get_backups: () => backups,
      backup_now: () => ({ saved: true, path: "/usb/mamori.db", entries: null }),
    });
    render(Settings);
    expect((await screen.findByTestId("daily-dir")).textContent).toContain("/data/backups");
    expect(screen.getByText("mamori-2026-11-25.db")).toBeTruthy();
    await fireEvent.click(screen.getByTestId("backup-now"));
    await screen.findByText("The backup was saved to /usb/mamori.db.");
    expect(calls.filter((c) => c.cmd === "backup_now")).toHaveLength(1);
  });

  it("restores only after the warning is confirmed, then closes the organization and goes to the list", async () => {
    openFixture();
    const calls = backend({
      get_branding: () => ({ contractorName: null, contactLine: null, logoDataUrl: null }),
      get_backups: () => backups,
      restore_backup: () => ({ restored: true, organizations: 3, safetyCopy: "/data/before-restore.db" }),
    });
    render(Settings);
    await fireEvent.click(screen.getByTestId("restore-backup"));
    expect(screen.getByRole("alertdialog").textContent).toContain("replaces ALL organizations");
    expect(calls.some((c) => c.cmd === "restore_backup")).toBe(false);
    await fireEvent.click(screen.getByTestId("restore-confirm"));
    await waitFor(() => expect(router.route.name).toBe("orgs"));
    expect(calls.filter((c) => c.cmd === "restore_backup")).toHaveLength(1);
    expect(session.journey).toBeNull();
    expect(notice.text).toContain("3 organizations");
    expect(notice.text).toContain("/data/before-restore.db");
  });

  it("does nothing when the restore is cancelled", async () => {
    const calls = backend({
      get_branding: () => ({ contractorName: null, contactLine: null, logoDataUrl: null }),
      get_backups: () => backups,
    });
    render(Settings);
    await fireEvent.click(screen.getByTestId("restore-backup"));
    await fireEvent.click(screen.getByText("Cancel"));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(calls.some((c) => c.cmd === "restore_backup")).toBe(false);
  });

  it("is one click away in the top bar", async () => {
    backend({
      get_startup: () => startup({ locale: "en", preferences: { role: "contractor", textScale: 100, lastOrgId: null, startView: "last-org", presentation: false } }),
      list_orgs: () => ({ orgs: [] }),
      get_branding: () => ({ contractorName: null, contactLine: null, logoDataUrl: null }),
      get_backups: () => backups,
    });
    render(App);
    await screen.findByText("No organizations yet.");
    await fireEvent.click(screen.getByTestId("nav-settings"));
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Settings"));
    expect(screen.getByTestId("nav-settings").getAttribute("aria-current")).toBe("page");
  });
});
