// The direction, dashboard, action plan, partner, incident and about screens inside the real
// frame, with the demo company opened the way the app opens it at start-up.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "../App.svelte";
import { resetSession } from "../lib/session.svelte";
import { go } from "../lib/router.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { fixtureContent, fixtureJourney } from "../test/fixtures";
import type { Startup } from "../bindings/ipc";

const ORG = "6d616d6f-7269-4000-8000-000000000001";
const startup: Startup = {
  locale: "en", localeSource: "saved", dbPath: "/data/mamori.db", version: "0.1.0", dbError: null,
  preferences: { role: "owner", textScale: 100, lastOrgId: ORG },
};

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  setLocale("ja");
});

describe("journey screens in the frame", () => {
  it("opens each screen from the navigation without errors", async () => {
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

    await fireEvent.click(screen.getByTestId("nav-actions"));
    expect((await screen.findAllByTestId("action-row")).length).toBe(7);

    await fireEvent.click(screen.getByTestId("nav-partners"));
    expect((await screen.findAllByTestId("partner-row")).length).toBe(3);

    await fireEvent.click(screen.getByTestId("nav-incident"));
    expect(await screen.findByTestId("incident-print")).toBeTruthy();

    go({ name: "direction", id: "d5" });
    const status = await screen.findByTestId("step-csm-d5-s3-status");
    expect((within(status).getByLabelText("Not applicable") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId("step-csm-d5-s3-na-reason") as HTMLTextAreaElement).value).toBe("自社でWebサイトやネットショップを運営していない");
    await fireEvent.click(screen.getByTestId("dir-next"));
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toContain("6.");

    await fireEvent.click(screen.getByTestId("nav-about"));
    expect((await screen.findByTestId("about-version")).textContent).toContain("0.1.0");
    expect(screen.getAllByRole("heading", { level: 1 }).length).toBe(1);
    expect(screen.queryByTestId("error-banner")).toBeNull();
  });
});
