import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Dashboard from "./Dashboard.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { fixtureJourney, openFixture } from "../../test/fixtures";

beforeEach(() => {
  setLocale("en");
  openFixture();
  mockIPC(() => fixtureJourney());
});

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  setLocale("ja");
});

describe("Dashboard", () => {
  it("draws the radar with ten axes, this round and the previous round", () => {
    render(Dashboard);
    const radar = screen.getByTestId("radar");
    expect(radar.querySelectorAll("line.axis").length).toBe(10);
    expect(radar.querySelectorAll("text.axis-label").length).toBe(10);
    expect(screen.getByTestId("radar-current").getAttribute("points")?.split(" ").length).toBe(10);
    expect(screen.getByTestId("radar-previous")).toBeTruthy();
    expect(radar.textContent).toContain("5. Protection");
    expect(radar.textContent).toContain("25 %");
  });

  it("gives the same numbers in an accessible table", () => {
    render(Dashboard);
    const table = screen.getByTestId("radar-table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.length).toBe(10);
    const cells = (id: string) =>
      Array.from(table.querySelector(`tr[data-direction="${id}"]`)?.querySelectorAll("td") ?? []).map((c) => c.textContent?.trim());
    expect(cells("d1")).toEqual(["8 %", "0 %", "+8 (better)"]);
    expect(cells("d5")).toEqual(["25 %", "8 %", "+17 (better)"]);
    expect(cells("d2")).toEqual(["0 %", "0 %", "0 (no change)"]);
    expect(within(table).getAllByRole("rowheader").length).toBe(10);
  });

  it("shows progress, the running self-check total, the stars and the next actions with overdue ones named", () => {
    render(Dashboard);
    expect(screen.getByTestId("dash-overall").textContent).toContain("18 %");
    const score = screen.getByTestId("dash-score").textContent ?? "";
    expect(score).toContain("28 points so far");
    expect(score).toContain("15 of 25 questions answered");
    expect(screen.getByTestId("dash-stars").textContent).toContain("Not yet ready to declare");
    const next = screen.getAllByTestId("dash-next-action");
    expect(next.length).toBe(5);
    expect(next.filter((li) => li.textContent?.includes("Overdue")).length).toBe(3);
    expect(screen.getByTestId("dash-since").textContent).toContain("29 points last round, 28 points so far this round (change: \u22121)");
  });

  it("shows the score and band once the self-check is complete, and no previous polygon without a previous round", () => {
    const j = session.journey!;
    j.selfcheck.score = {
      total: 80, max: 100, min: -25, band: "partial", bandTitleId: "sme-band-partial-title",
      bandAdviceId: "sme-band-partial-advice", dontKnow: [], parts: [],
    };
    j.maturity.previous = null;
    render(Dashboard);
    expect(screen.getByTestId("dash-score").textContent).toContain("80 points (out of 100)");
    expect(screen.queryByTestId("radar-previous")).toBeNull();
    expect(within(screen.getByTestId("radar-table")).getAllByRole("columnheader").length).toBe(2);
  });
});
