import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Basics from "./Basics.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { router } from "../../lib/router.svelte";
import type { AppError, Journey, SaveStepReq } from "../../bindings/ipc";
import { openJourney, withStep } from "../../test/journey";

beforeEach(() => setLocale("en"));
afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
});

function backend(start: Journey): SaveStepReq[] {
  const calls: SaveStepReq[] = [];
  let j = start;
  mockIPC((cmd, args) => {
    if (cmd !== "save_step") throw new Error(`unexpected ${cmd}`);
    const req = (args as { req: SaveStepReq }).req;
    calls.push(req);
    j = withStep(j, req);
    return j;
  });
  return calls;
}

describe("Basics", () => {
  it("shows the five basics with IPA's wording, steps, roles and efforts", () => {
    openJourney();
    render(Basics);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("The five basics");
    for (const id of ["b1", "b2", "b3", "b4", "b5"]) expect(screen.getByTestId(`bs-basic-${id}`)).toBeTruthy();
    expect(screen.getByText("OSやソフトウェアは常に最新の状態にしよう！")).toBeTruthy();
    expect(screen.getByTestId("bs-basic-b1").textContent).toContain("Who: Security lead");
    expect(screen.getByTestId("bs-basic-b1").textContent).toContain("Time: Half a day");
    expect(screen.getByTestId("readiness-star1").textContent).toContain("(not yet)");
    expect(screen.getByTestId("source-line")).toBeTruthy();
  });

  it("ticking a step saves it as done, and unticking saves it as to do", async () => {
    const j = openJourney();
    const calls = backend(j);
    render(Basics);
    const box = screen.getByTestId("bs-step-sme/b2/s1") as HTMLInputElement;
    await fireEvent.click(box);
    await waitFor(() => expect(session.journey?.steps["sme/b2/s1"]?.status).toBe("done"));
    expect(calls[0]).toEqual({
      roundId: j.round.id, stepId: "sme/b2/s1", status: "done", owner: null, dueDate: null,
      note: null, evidenceNote: null, doneDate: null, naReason: null,
    });
    expect(box.checked).toBe(true);
    expect(screen.getByTestId("bs-state-b2").textContent).toContain("1 of 3 steps done");

    await fireEvent.click(box);
    await waitFor(() => expect(session.journey?.steps["sme/b2/s1"]?.status).toBe("todo"));
    expect(calls[1]?.status).toBe("todo");
    expect(box.checked).toBe(false);
  });

  it("marks a basic done and ★ ready from the journey the backend returns", () => {
    const j = openJourney();
    j.progress.basicsPractised = ["b1", "b2", "b3", "b4", "b5"];
    j.securityAction[0]!.ready = true;
    j.securityAction[0]!.checks[0]!.met = true;
    render(Basics);
    expect(screen.getByTestId("bs-state-b3").textContent).toContain("every step is ticked off");
    expect(screen.getByTestId("bs-progress").textContent).toContain("5 of 5");
    expect(screen.getByTestId("readiness-star1").textContent).toContain("You are ready to declare");
  });

  it("puts the tick back when saving fails", async () => {
    openJourney();
    const err: AppError = { code: "disk-full", messageId: "error-disk-full", args: {}, detail: "x" };
    mockIPC(() => {
      throw err;
    });
    render(Basics);
    const box = screen.getByTestId("bs-step-sme/b1/s1") as HTMLInputElement;
    await fireEvent.click(box);
    await waitFor(() => expect(session.error?.code).toBe("disk-full"));
    expect(box.checked).toBe(false);
  });

  it("continues to the self-check", async () => {
    openJourney();
    render(Basics);
    await fireEvent.click(screen.getByTestId("bs-continue"));
    expect(router.route).toEqual({ name: "selfcheck" });
  });
});
