// The direction, dashboard, action plan, partner, incident and about screens inside the real
// frame, with the demo company opened the way the app opens it at start-up.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "../App.svelte";
import { resetSession } from "../lib/session.svelte";
import { go } from "../lib/router.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { fixtureContent, fixtureJourney } from "../test/fixtures";
import type { Startup } from "../bindings/ipc";

const ORG = "6d616d6f-7269-4000-8000-000000000001";
const base: Startup = {
  locale: "en", localeSource: "saved", dbPath: "/data/mamori.db", version: "0.1.0", dbError: null,
  preferences: { role: "owner", textScale: 100, lastOrgId: ORG, startView: "last-org", presentation: false },
};

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  setLocale("ja");
});

/** Message ids shown as text: t() falls back to the id when a message is missing everywhere. */
function untranslated(): string[] {
  return Array.from(document.querySelectorAll("main *"))
    .filter((el) => el.children.length === 0 && !el.classList.contains("url"))
    .map((el) => (el.textContent ?? "").trim())
    .filter((text) => /^[a-z]+(-[a-z0-9]+)+$/.test(text));
}

describe("journey screens in the frame", () => {
  it.each(["en", "ja"] as const)("opens each screen from the navigation without errors (%s)", async (locale) => {
    const startup: Startup = { ...base, locale };
    mockIPC((cmd) => {
      if (cmd === "get_startup") return startup;
      if (cmd === "get_content") return fixtureContent();
      if (cmd === "set_preferences") return startup.preferences;
      return fixtureJourney();
    });
    Object.defineProperty(window, "scrollTo", { value: () => {}, configurable: true }); // jsdom has none
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-dashboard"));
    expect((await screen.findByTestId("radar")).querySelectorAll("line.axis").length).toBe(10);
    expect(untranslated()).toEqual([]);

    await fireEvent.click(screen.getByTestId("nav-actions"));
    expect((await screen.findAllByTestId("action-row")).length).toBe(7);
    expect(untranslated()).toEqual([]);

    await fireEvent.click(screen.getByTestId("nav-partners"));
    expect((await screen.findAllByTestId("partner-row")).length).toBe(3);
    expect(untranslated()).toEqual([]);

    await fireEvent.click(screen.getByTestId("nav-incident"));
    expect(await screen.findByTestId("incident-print")).toBeTruthy();
    expect(untranslated()).toEqual([]);

    go({ name: "direction", id: "d5" });
    const status = await screen.findByTestId("step-csm-d5-s3-status");
    expect((status.querySelector('input[value="na"]') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId("step-csm-d5-s3-na-reason") as HTMLTextAreaElement).value).toBe("自社でWebサイトやネットショップを運営していない");
    await fireEvent.click(screen.getByTestId("dir-next"));
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toContain("6.");
    expect(untranslated()).toEqual([]);

    await fireEvent.click(screen.getByTestId("nav-about"));
    expect((await screen.findByTestId("about-version")).textContent).toContain("0.1.0");
    expect(screen.getAllByRole("heading", { level: 1 }).length).toBe(1);
    expect(screen.queryByTestId("error-banner")).toBeNull();
    expect(untranslated()).toEqual([]);
  });
});
