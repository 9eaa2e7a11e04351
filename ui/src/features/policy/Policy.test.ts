import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Policy from "./Policy.svelte";
import { TYPING_PAUSE_MS } from "../../lib/autosave";
import { resetSession, session } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import type { AppError, Journey, SaveDocumentReq } from "../../bindings/ipc";
import { openJourney, withDocument } from "../../test/journey";

beforeEach(() => setLocale("en"));
afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  vi.useRealTimers();
});

function backend(start: Journey): SaveDocumentReq[] {
  const calls: SaveDocumentReq[] = [];
  let j = start;
  mockIPC((cmd, args) => {
    if (cmd !== "save_document") throw new Error(`unexpected ${cmd}`);
    const req = (args as { req: SaveDocumentReq }).req;
    calls.push(req);
    j = withDocument(j, req);
    return j;
  });
  return calls;
}

function field(id: string): HTMLInputElement {
  return screen.getByTestId(`pol-field-${id}`) as HTMLInputElement;
}

describe("Policy", () => {
  it("starts from the saved draft and shows blanks as lines to fill in", () => {
    openJourney();
    render(Policy);
    expect(field("company").value).toBe("株式会社ミナト精工");
    const preview = screen.getByTestId("pol-preview");
    expect(preview.textContent).toContain("株式会社ミナト精工 Basic Security Policy");
    expect(preview.textContent).toContain("This policy applies to 本社工場・事務所の全従業員と、業務で扱うすべての情報.");
    // No date yet: the printed copy has a line for it.
    expect(preview.textContent).toContain("Adopted: ______");
    expect(screen.getByTestId("source-line")).toBeTruthy();
  });

  it("saves the fields when a field is left, and the preview shows them", async () => {
    const j = openJourney();
    const calls = backend(j);
    render(Policy);
    await fireEvent.input(field("owner"), { target: { value: "President Ichiro Minato" } });
    expect(screen.getByTestId("pol-preview").textContent).toContain("President Ichiro Minato");
    await fireEvent.input(field("date"), { target: { value: "2026-11-20" } });
    await fireEvent.blur(field("date"));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      orgId: j.org.id,
      kind: "policy",
      fields: { company: "株式会社ミナト精工", owner: "President Ichiro Minato", scope: j.policy.scope, date: "2026-11-20" },
    });
    expect(screen.getByTestId("pol-preview").textContent).toContain("Adopted: 20 November 2026");
    expect(session.journey?.policy.owner).toBe("President Ichiro Minato");
  });

  it("saves after a pause in typing, and adopting and publishing tick the ★★ checks", async () => {
    vi.useFakeTimers();
    const j = openJourney();
    const calls = backend(j);
    render(Policy);
    expect(screen.getByTestId("check-policy-adopted").getAttribute("data-met")).toBe("no");
    await fireEvent.input(field("adoptedOn"), { target: { value: "2026-11-21" } });
    await fireEvent.input(field("publishedWhere"), { target: { value: "Our website" } });
    expect(calls).toHaveLength(0);
    // The one pause every screen waits for (lib/autosave): nothing is saved just before it.
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.fields).toMatchObject({ adoptedOn: "2026-11-21", publishedWhere: "Our website" });
    await waitFor(() => expect(screen.getByTestId("check-policy-adopted").getAttribute("data-met")).toBe("yes"));
    expect(screen.getByTestId("check-policy-published").getAttribute("data-met")).toBe("yes");
  });

  it("keeps what was typed when saving fails", async () => {
    openJourney();
    const err: AppError = { code: "disk-full", messageId: "error-disk-full", args: {}, detail: "x" };
    mockIPC(() => {
      throw err;
    });
    render(Policy);
    await fireEvent.input(field("company"), { target: { value: "Minato Seiko" } });
    await fireEvent.blur(field("company"));
    await waitFor(() => expect(session.error?.code).toBe("disk-full"));
    expect(field("company").value).toBe("Minato Seiko");
    expect(screen.getByTestId("pol-preview").textContent).toContain("Minato Seiko Basic Security Policy");
  });
});
