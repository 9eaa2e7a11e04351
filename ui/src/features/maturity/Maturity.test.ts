import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Maturity from "./Maturity.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { router } from "../../lib/router.svelte";
import type { AppError, Journey, SaveMaturityAnswerReq } from "../../bindings/ipc";
import { openJourney, withMaturityAnswer } from "../../test/journey";

beforeEach(() => setLocale("en"));
afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
});

function backend(start: Journey): SaveMaturityAnswerReq[] {
  const calls: SaveMaturityAnswerReq[] = [];
  let j = start;
  mockIPC((cmd, args) => {
    if (cmd !== "save_maturity_answer") throw new Error(`unexpected ${cmd}`);
    const req = (args as { req: SaveMaturityAnswerReq }).req;
    calls.push(req);
    j = withMaturityAnswer(j, req);
    return j;
  });
  return calls;
}

function radio(id: string, code: string): HTMLInputElement {
  return screen.getByTestId(`mt-answer-${id}-${code}`) as HTMLInputElement;
}

describe("Maturity", () => {
  it("shows one direction's four statements with the disclaimer and the source", () => {
    openJourney();
    render(Maturity);
    // d1 is fully answered in the demo: the screen opens at d2.
    expect(screen.getByTestId("mt-direction-title").textContent).toContain("Direction 2 of 10");
    expect(document.querySelectorAll("[data-testid^=mt-question-]")).toHaveLength(4);
    expect(screen.getByTestId("mt-disclaimer").textContent).toContain("Mamori's own check");
    expect(screen.getByTestId("source-line")).toBeTruthy();
  });

  it("saves an answer at once and shows it checked from the returned journey", async () => {
    const j = openJourney();
    const calls = backend(j);
    render(Maturity, { direction: "d2" });
    await fireEvent.click(radio("d2-q1", "in-place"));
    await waitFor(() => expect(session.journey?.maturity.answers["d2-q1"]?.answer).toBe("in-place"));
    expect(calls).toEqual([{ roundId: j.round.id, questionId: "d2-q1", answer: "in-place", note: null }]);
    expect(radio("d2-q1", "in-place").checked).toBe(true);
  });

  it("keeps an earlier note, and Enter moves to the next statement", async () => {
    const j = openJourney();
    const calls = backend(j);
    render(Maturity, { direction: "d1" });
    const r = radio("d1-q1", "partly");
    expect(r.checked).toBe(true);
    r.focus();
    await fireEvent.keyDown(r, { key: "ArrowDown" });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ roundId: j.round.id, questionId: "d1-q1", answer: "in-place", note: "基本方針を朝礼で説明した" });
    await fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    expect(document.activeElement).toBe(radio("d1-q2", "not-started"));
    // Enter on the last statement goes on to the next direction's first answers.
    await fireEvent.keyDown(radio("d1-q4", "dont-know"), { key: "Enter" });
    await waitFor(() => expect(document.activeElement).toBe(radio("d2-q1", "not-started")));
    expect(screen.getByTestId("mt-direction-title").textContent).toContain("Direction 2 of 10");
  });

  it("goes direction by direction to the summary and on to the dashboard", async () => {
    openJourney();
    render(Maturity, { direction: "d9" });
    await fireEvent.click(screen.getByTestId("mt-next-direction"));
    expect(screen.getByTestId("mt-direction-title").textContent).toContain("Direction 10 of 10");
    await fireEvent.click(screen.getByTestId("mt-see-summary"));
    const row = screen.getByTestId("mt-row-d5");
    expect(row.textContent).toContain("25%");
    expect(row.textContent).toContain("8%");
    expect(row.textContent).toContain("2 not answered");
    await fireEvent.click(screen.getByTestId("mt-dashboard"));
    expect(router.route).toEqual({ name: "dashboard" });
  });

  it("reports a failed save and shows the saved answer again", async () => {
    openJourney();
    const err: AppError = { code: "disk-full", messageId: "error-disk-full", args: {}, detail: "x" };
    mockIPC(() => {
      throw err;
    });
    render(Maturity, { direction: "d2" });
    await fireEvent.click(radio("d2-q2", "reviewed"));
    await waitFor(() => expect(session.error?.code).toBe("disk-full"));
    expect(radio("d2-q2", "reviewed").checked).toBe(false);
  });
});
