// The stage screens inside the real frame: the app opens the demo company, the journey map leads
// to each screen, and "continue" lands on the self-check part the backend points to.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "../App.svelte";
import { resetSession } from "../lib/session.svelte";
import { replace } from "../lib/router.svelte";
import type { Journey, Startup } from "../bindings/ipc";
import { content, demoJourney } from "../test/journey";

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  replace({ name: "start" });
});

function startApp(j: Journey) {
  const startup: Startup = {
    locale: "en", localeSource: "saved", dbPath: "/data/mamori.db", version: "0.1.0", dbError: null,
    preferences: { role: "owner", textScale: 100, lastOrgId: j.org.id },
  };
  mockIPC((cmd) => {
    if (cmd === "get_startup") return startup;
    if (cmd === "get_content") return content();
    if (cmd === "open_org") return j;
    if (cmd === "set_preferences") return startup.preferences;
    throw new Error(`unexpected ${cmd}`);
  });
  render(App);
}

describe("stage screens in the app", () => {
  it("the journey map opens the basics, and the basics lead to the self-check", async () => {
    startApp(demoJourney());
    await fireEvent.click(await screen.findByText("Start with the five basics"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("The five basics");
    await fireEvent.click(screen.getByTestId("bs-continue"));
    expect(screen.getByTestId("sc-question-16")).toBeTruthy();
  });

  it("continue lands on the part the backend points to", async () => {
    const j = demoJourney();
    j.continueAt = { screen: "selfcheck", part: 3, direction: null };
    startApp(j);
    await fireEvent.click(await screen.findByTestId("continue"));
    await waitFor(() => expect(screen.getByTestId("sc-part-title").textContent).toContain("Part 3 of 3"));
    expect(screen.getByTestId("sc-question-19")).toBeTruthy();
  });

  it("the maturity stage opens at the first unfinished direction", async () => {
    startApp(demoJourney());
    await fireEvent.click(await screen.findByText("Check your maturity"));
    expect(screen.getByTestId("mt-direction-title").textContent).toContain("Direction 2 of 10");
  });
});
