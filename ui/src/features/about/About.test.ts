import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import About from "./About.svelte";
import { resetSession } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { fixtureContent, reqOf, type Call } from "../../test/fixtures";
import type { Startup } from "../../bindings/ipc";

let calls: Call[] = [];
let content = fixtureContent();
const startup: Startup = {
  locale: "en", localeSource: "saved", dbPath: "/data/mamori.db", version: "0.1.0", dbError: null,
  preferences: { role: "owner", textScale: 100, lastOrgId: null, startView: "last-org", presentation: false },
};

beforeEach(() => {
  setLocale("en");
  calls = [];
  content = fixtureContent();
  mockIPC((cmd, args) => {
    calls.push({ cmd, req: reqOf(args) });
    if (cmd === "get_content") return content;
    if (cmd === "get_startup") return startup;
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  setLocale("ja");
});

describe("About", () => {
  it("loads the content if needed, shows the version, the notice, every source and the licenses", async () => {
    render(About);
    await waitFor(() => expect(screen.getByTestId("about-version").textContent).toContain("version 0.1.0"));
    expect(calls).toContainEqual({ cmd: "get_startup", req: { utcOffsetMinutes: null } });
    expect(screen.getByTestId("about-notice").textContent).toContain("did not write, check or endorse");
    const sources = within(screen.getByTestId("about-sources")).getAllByRole("listitem");
    expect(sources.length).toBe(fixtureContent().sources.length);
    expect(screen.getByText("https://www.ipa.go.jp/security/security-action/")).toBeTruthy();
    const libs = screen.getByTestId("about-libraries");
    expect(libs.textContent).toContain("Tauri");
    expect(libs.textContent).toContain("Public domain");
    expect(screen.getByText(/SIL Open Font License 1\.1/)).toBeTruthy();
    expect(screen.getByText(/MIT License/)).toBeTruthy();
  });

  it("shows when the content's dated facts were checked, and each source's check date", async () => {
    content = {
      ...fixtureContent(),
      factsChecked: { oldest: "2025-07-15", newest: "2026-12-01" },
      sources: fixtureContent().sources.map((s, i) => ({ ...s, checked: i === 0 ? "2026-12-01" : null })),
    };
    render(About);
    await waitFor(() =>
      expect(screen.getByTestId("about-checked").textContent).toContain(
        "checked against their sources between 15 July 2025 and 1 December 2026",
      ),
    );
    const marks = screen.getAllByTestId("about-source-checked");
    expect(marks.map((m) => m.textContent)).toEqual(["checked 1 December 2026"]);
  });

  it("says so in Japanese when all dated facts were checked on one day", async () => {
    setLocale("ja");
    content = { ...fixtureContent(), factsChecked: { oldest: "2026-12-01", newest: "2026-12-01" } };
    render(About);
    await waitFor(() =>
      expect(screen.getByTestId("about-checked").textContent).toContain("2026年12月1日に出典と照らし合わせて確認"),
    );
  });

  it("says plainly when no fact records a check date", async () => {
    const base = fixtureContent();
    content = { ...base, factsChecked: null, sources: base.sources.map((s) => ({ ...s, checked: null })) };
    render(About);
    await waitFor(() =>
      expect(screen.getByTestId("about-checked").textContent).toContain("do not yet record when they were last checked"),
    );
    expect(screen.queryAllByTestId("about-source-checked")).toEqual([]);
  });
});
