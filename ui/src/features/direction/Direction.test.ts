import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Direction from "./Direction.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { router } from "../../lib/router.svelte";
import { fixtureJourney, openFixture, reqOf, type Call } from "../../test/fixtures";
import type { AppError } from "../../bindings/ipc";

let calls: Call[] = [];

beforeEach(() => {
  Object.defineProperty(window, "scrollTo", { value: () => {}, configurable: true }); // jsdom has none
  setLocale("en");
  openFixture();
  calls = [];
});

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  setLocale("ja");
});

describe("Direction", () => {
  it("shows the direction, its steps by role and its progress", () => {
    mockIPC(() => fixtureJourney());
    render(Direction, { id: "d1" });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("1.");
    expect(screen.getByTestId("dir-progress").textContent).toContain("1 of 5 steps done");
    expect(screen.getAllByRole("heading", { level: 3 }).length).toBeGreaterThan(0);
    expect(screen.queryByTestId("dir-prev")).toBeNull();
    expect(screen.getByTestId("source-line")).toBeTruthy();
    expect(screen.getByTestId("step-csm-d1-s1-done-on").textContent).toContain("done on 26 October 2026");
    const done = within(screen.getByTestId("step-csm-d1-s1-status")).getByLabelText("Done") as HTMLInputElement;
    expect(done.checked).toBe(true);
  });

  it("saves a status change at once through save_step", async () => {
    mockIPC((cmd, args) => {
      calls.push({ cmd, req: reqOf(args) });
      return fixtureJourney();
    });
    render(Direction, { id: "d1" });
    const group = screen.getByTestId("step-csm-d1-s3-status");
    await fireEvent.click(within(group).getByLabelText("In progress"));
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]).toEqual({
      cmd: "save_step",
      req: {
        roundId: "6d616d6f-7269-4000-8000-00000000000c",
        stepId: "csm/d1/s3",
        status: "doing",
        owner: "総務 佐藤さん",
        dueDate: "2026-12-25",
        note: null,
        evidenceNote: null,
        doneDate: null,
        naReason: null,
      },
    });
    await waitFor(() => expect(session.save).toBe("saved"));
  });

  it("shows the backend's field error when a step is marked not applicable without a reason", async () => {
    const err: AppError = {
      code: "invalid-input",
      messageId: "error-invalid-field",
      args: { field: "naReason", problem: "empty" },
      detail: "naReason: must not be empty",
    };
    mockIPC((cmd, args) => {
      calls.push({ cmd, req: reqOf(args) });
      throw err;
    });
    render(Direction, { id: "d1" });
    const group = screen.getByTestId("step-csm-d1-s2-status");
    await fireEvent.click(within(group).getByLabelText("Not applicable"));
    const fieldError = await screen.findByTestId("step-csm-d1-s2-field-error");
    expect(fieldError.textContent).toBe("Please check “Why it does not apply”: it must not be empty.");
    expect(calls[0]?.cmd).toBe("save_step");
    expect((calls[0]?.req as { status: string; naReason: string | null }).status).toBe("na");
    const reason = screen.getByTestId("step-csm-d1-s2-na-reason");
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(session.save).toBe("error");
  });

  it("keeps a done step's date when its note is edited", async () => {
    mockIPC((cmd, args) => {
      calls.push({ cmd, req: reqOf(args) });
      return fixtureJourney();
    });
    render(Direction, { id: "d1" });
    const note = document.getElementById("csm-d1-s1-note") as HTMLTextAreaElement;
    await fireEvent.input(note, { target: { value: "posted in the office" } });
    await fireEvent.change(note);
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]?.req).toMatchObject({ stepId: "csm/d1/s1", status: "done", note: "posted in the office", doneDate: "2026-10-26" });
  });

  it("moves to the next direction", async () => {
    mockIPC(() => fixtureJourney());
    render(Direction, { id: "d1" });
    await fireEvent.click(screen.getByTestId("dir-next"));
    expect(router.route).toEqual({ name: "direction", id: "d2" });
  });
});
