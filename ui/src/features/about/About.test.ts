import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import About from "./About.svelte";
import { resetSession } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { fixtureContent, reqOf, type Call } from "../../test/fixtures";
import type { Startup } from "../../bindings/ipc";

let calls: Call[] = [];
const startup: Startup = {
  locale: "en", localeSource: "saved", dbPath: "/data/mamori.db", version: "0.1.0", dbError: null,
  preferences: { role: "owner", textScale: 100, lastOrgId: null, startView: "last-org", presentation: false },
};

beforeEach(() => {
  setLocale("en");
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, req: reqOf(args) });
    if (cmd === "get_content") return fixtureContent();
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
});
