import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Incident from "./Incident.svelte";
import { resetSession } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { fixtureJourney, openFixture, reqOf, type Call } from "../../test/fixtures";

let calls: Call[] = [];

beforeEach(() => {
  setLocale("en");
  openFixture();
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, req: reqOf(args) });
    return fixtureJourney();
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  setLocale("ja");
  vi.restoreAllMocks();
});

describe("Incident", () => {
  it("shows the company's fields, the first hour in order and the contacts' addresses as text", () => {
    render(Incident);
    expect((screen.getByTestId("incident-field-spokesperson") as HTMLTextAreaElement).value).toBe("港 社長（不在時は総務 佐藤さん）");
    // The card's fields come from content/incident.toml: the insurance and police fields are there.
    expect((screen.getByTestId("incident-field-insurance") as HTMLTextAreaElement).value).toContain("サンプル損害保険㈱");
    expect((screen.getByTestId("incident-field-police-desk") as HTMLTextAreaElement).value).toBe("");
    expect(screen.getByText("Our local police contacts")).toBeTruthy();
    const items = document.querySelectorAll(".first-hour > li");
    expect(items.length).toBe(9);
    expect(items[0]?.textContent).toContain("Disconnect the affected devices");
    const url = screen.getByTestId("incident-url-jpcert");
    expect(url.textContent).toBe("https://www.jpcert.or.jp/form/");
    expect(url.closest("a")).toBeNull();
    expect(document.querySelectorAll("a[href]").length).toBe(0);
  });

  it("saves the card through save_document when a field is edited", async () => {
    render(Incident);
    const field = screen.getByTestId("incident-field-contractor");
    await fireEvent.input(field, { target: { value: "Sample IT, Tanaka, 03-0000-0000" } });
    await fireEvent.change(field);
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]).toEqual({
      cmd: "save_document",
      req: {
        orgId: "6d616d6f-7269-4000-8000-000000000001",
        kind: "incident-card",
        fields: {
          contractor: "Sample IT, Tanaka, 03-0000-0000",
          "backup-location": "2階事務所の外付けHDD（毎週金曜に交換、1台は社長宅で保管）。交換は総務 佐藤さん",
          spokesperson: "港 社長（不在時は総務 佐藤さん）",
          insurance: "サンプル損害保険㈱ サイバー保険 証券番号 CY-000000（架空の会社と番号）",
        },
      },
    });
  });

  it("prints with the browser's print dialog", async () => {
    const print = vi.fn();
    vi.stubGlobal("print", print);
    render(Incident);
    await fireEvent.click(screen.getByTestId("incident-print"));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
