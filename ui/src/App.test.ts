import { afterEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "./App.svelte";
import { resetSession } from "./lib/session.svelte";
import type { AppError, Startup } from "./bindings/ipc";

function startup(over: Partial<Startup> = {}): Startup {
  return { locale: "ja", localeSource: "os", dbPath: "/data/mamori.db", version: "0.1.0", dbError: null, preferences: { role: null, textScale: 100, lastOrgId: null, startView: "last-org", presentation: false }, ...over };
}

afterEach(() => {
  clearMocks();
  resetSession();
});

describe("App", () => {
  it("says so when Mamori was started again with another data folder", async () => {
    mockIPC(
      (cmd) => {
        if (cmd === "get_startup") return startup({ locale: "en" });
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    render(App);
    expect(await screen.findByText("Welcome to Mamori")).toBeTruthy();
    expect(screen.queryByTestId("already-open")).toBeNull();
    // What the shell sends from its single-instance callback (src-tauri/src/shell.rs).
    const { emit } = await import("@tauri-apps/api/event");
    await emit("already-open", { open: "/data", asked: "/usb/clients" });
    const said = await screen.findByTestId("already-open");
    expect(said.getAttribute("role")).toBe("alert");
    expect(said.textContent).toContain("already open with the data in /data");
    expect(said.textContent).toContain("/usb/clients was not opened");
    await fireEvent.click(said.querySelector("button")!);
    await waitFor(() => expect(screen.queryByTestId("already-open")).toBeNull());
  });

  it("starts in the backend's language and saves a switch through set_locale", async () => {
    const calls: Array<{ cmd: string; args: unknown }> = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === "get_startup") return startup();
      if (cmd === "set_locale") return { locale: (args as { req: { locale: string } }).req.locale };
      throw new Error(`unexpected ${cmd}`);
    });
    render(App);
    expect(await screen.findByText("まもりへようこそ")).toBeTruthy();

    await fireEvent.click(screen.getByTestId("lang-en"));
    expect(await screen.findByText("Welcome to Mamori")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Saved")).toBeTruthy());
    expect(calls).toContainEqual({ cmd: "set_locale", args: { req: { locale: "en" } } });
    expect(screen.getByTestId("lang-en").getAttribute("aria-pressed")).toBe("true");
  });

  it("shows the localized message when saving fails, and keeps the choice on screen", async () => {
    const err: AppError = { code: "disk-full", messageId: "error-disk-full", args: {}, detail: "SQLITE_FULL" };
    mockIPC((cmd) => {
      if (cmd === "get_startup") return startup({ locale: "en" });
      throw err;
    });
    render(App);
    await screen.findByText("Welcome to Mamori");
    await fireEvent.click(screen.getByTestId("lang-ja"));
    const banner = await screen.findByTestId("error-banner");
    expect(banner.textContent).toContain("ディスクの空き容量が足りない");
    expect(banner.getAttribute("data-code")).toBe("disk-full");
    expect(screen.getByText("まもりへようこそ")).toBeTruthy();
  });

  it("reports a database that could not be opened at start-up", async () => {
    const dbError: AppError = {
      code: "db-corrupt",
      messageId: "error-db-corrupt",
      args: { path: "/data/mamori.db" },
      detail: "not a database",
    };
    mockIPC((cmd) => (cmd === "get_startup" ? startup({ dbError }) : null));
    render(App);
    const banner = await screen.findByTestId("error-banner");
    expect(banner.textContent).toContain("/data/mamori.db");
    expect(banner.textContent).toContain("変更も削除もしていません");
  });

  it("offers the newest daily backup when the data file is damaged and continues from it", async () => {
    const dbError: AppError = {
      code: "db-corrupt",
      messageId: "error-db-corrupt",
      args: { path: "/data/mamori.db" },
      detail: "file is not a database",
    };
    let damaged = true;
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "get_startup") return startup({ locale: "en", dbError: damaged ? dbError : null });
      if (cmd === "get_backups") {
        return { dailyDir: "/data/backups/daily", daily: ["mamori-2026-11-25.db", "mamori-2026-11-24.db"], kept: 7 };
      }
      if (cmd === "recover_database") {
        damaged = false;
        return { restored: true, organizations: 3, safetyCopy: "/data/backups/damaged-1.db" };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(App);
    expect((await screen.findByTestId("recover-newest")).textContent).toContain("mamori-2026-11-25.db");
    expect(screen.getByTestId("recover-dir").textContent).toContain("/data/backups/daily");
    await fireEvent.click(screen.getByTestId("recover-choose"));
    const done = await screen.findByTestId("recovered");
    expect(done.textContent).toContain("3 organizations");
    expect(done.textContent).toContain("/data/backups/damaged-1.db");
    // Started again, now with the data: the first-start screen (no role chosen yet).
    expect(await screen.findByText("Welcome to Mamori")).toBeTruthy();
    expect(screen.queryByTestId("error-banner")).toBeNull();
    expect(screen.queryByTestId("recover")).toBeNull();
    expect(calls.filter((c) => c === "get_startup")).toHaveLength(2);
  });
});
