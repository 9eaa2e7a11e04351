import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import SelfCheck from "./SelfCheck.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { router } from "../../lib/router.svelte";
import type { AppError, Journey, SaveSelfcheckAnswerReq } from "../../bindings/ipc";
import { completeSelfcheck, demoJourney, openJourney, withSelfcheckAnswer } from "../../test/journey";

type Call = { cmd: string; req: SaveSelfcheckAnswerReq };

/** Mocks the backend: every save_selfcheck_answer is recorded and answered with the new journey. */
function backend(start: Journey): Call[] {
  const calls: Call[] = [];
  let j = start;
  mockIPC((cmd, args) => {
    const req = (args as { req: SaveSelfcheckAnswerReq }).req;
    calls.push({ cmd, req });
    if (cmd !== "save_selfcheck_answer") throw new Error(`unexpected ${cmd}`);
    j = withSelfcheckAnswer(j, req);
    return j;
  });
  return calls;
}

function radio(question: number, code: string): HTMLInputElement {
  return screen.getByTestId(`sc-answer-${question}-${code}`) as HTMLInputElement;
}

beforeEach(() => setLocale("en"));
afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
});

describe("SelfCheck", () => {
  it("opens at the first unanswered question and saves a click with the right request", async () => {
    const j = openJourney();
    const calls = backend(j);
    render(SelfCheck);
    // The demo has answered 1–15: the screen continues in part 2 at question 16.
    expect(screen.getByTestId("sc-question-16")).toBeTruthy();
    expect(screen.queryByTestId("sc-question-1")).toBeNull();
    expect(screen.getByTestId("sc-progress").textContent).toContain("15 of 25 answered");

    await fireEvent.click(radio(16, "partly"));
    await waitFor(() => expect(session.journey?.selfcheck.answers["16"]?.answer).toBe("partly"));
    expect(calls).toEqual([
      { cmd: "save_selfcheck_answer", req: { roundId: j.round.id, question: 16, answer: "partly", note: null } },
    ]);
    expect(radio(16, "partly").checked).toBe(true);
    expect(radio(16, "done").checked).toBe(false);
    expect(screen.getByTestId("sc-progress").textContent).toContain("16 of 25 answered");
  });

  it("keeps a note saved earlier when the answer changes", async () => {
    const j = openJourney();
    const calls = backend(j);
    render(SelfCheck, { part: 1 });
    await fireEvent.click(screen.getByTestId("sc-goto-1"));
    expect(radio(1, "partly").checked).toBe(true);
    await fireEvent.click(radio(1, "done"));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.req.note).toBe(j.selfcheck.answers["1"]!.note);
  });

  it("works through a part with the keyboard: arrows choose and save, Enter moves on", async () => {
    const j = openJourney();
    const calls = backend(j);
    render(SelfCheck, { part: 3 });
    expect(screen.getByTestId("sc-part-title").textContent).toContain("Part 3 of 3");

    for (let q = 19; q <= 25; q++) {
      expect(screen.getByTestId(`sc-question-${q}`)).toBeTruthy();
      const first = radio(q, "done");
      first.focus();
      // Down twice: "Partly", then "Not done" (each saved, as native radios choose on arrow keys).
      await fireEvent.keyDown(first, { key: "ArrowDown" });
      await fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
      expect(document.activeElement).toBe(radio(q, "not_done"));
      await waitFor(() => expect(session.journey?.selfcheck.answers[String(q)]?.answer).toBe("not_done"));
      // Up wraps from the first answer to the last.
      await fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
      await fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
      await fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
      expect(document.activeElement).toBe(radio(q, "dont_know"));
      await waitFor(() => expect(session.journey?.selfcheck.answers[String(q)]?.answer).toBe("dont_know"));
      expect(radio(q, "dont_know").checked).toBe(true);
      await fireEvent.keyDown(document.activeElement!, { key: "Enter" });
      if (q < 25) await waitFor(() => expect(document.activeElement).toBe(radio(q + 1, "done")));
    }
    expect(calls.every((c) => c.cmd === "save_selfcheck_answer")).toBe(true);
    expect(Object.keys(session.journey!.selfcheck.answers)).toHaveLength(22);
    // Enter on the last question with 16–18 still open leads to the first open one.
    expect(await screen.findByTestId("sc-missing")).toBeTruthy();
    expect(screen.getByTestId("sc-question-16")).toBeTruthy();
  });

  it("moves between parts and never shows more than one question", async () => {
    openJourney();
    backend(demoJourney());
    render(SelfCheck, { part: 1 });
    expect(screen.queryByTestId("sc-prev-part")).toBeNull();
    await fireEvent.click(screen.getByTestId("sc-next-part"));
    expect(screen.getByTestId("sc-part-title").textContent).toContain("Part 2 of 3");
    expect(document.querySelectorAll("[data-testid^=sc-question-]")).toHaveLength(1);
    await fireEvent.click(screen.getByTestId("sc-prev-part"));
    expect(screen.getByTestId("sc-part-title").textContent).toContain("Part 1 of 3");
  });

  it("shows the result with score, band, parts, don't-knows and the change since last round", async () => {
    const j = completeSelfcheck();
    openJourney(j);
    render(SelfCheck);
    const score = j.selfcheck.score!;
    expect(screen.getByTestId("sc-score").textContent).toContain(`${score.total} points out of 100`);
    expect(screen.getByTestId("sc-band").getAttribute("data-band")).toBe(score.band);
    expect(screen.getByTestId("sc-band").textContent).toContain("Noticeable gaps");
    expect(screen.getByTestId("sc-previous").textContent).toContain("Last round: 29 points");
    expect(screen.getByTestId("sc-part-score-1").textContent).toContain(`${score.parts[0]!.score} of 20`);
    const dk = screen.getByTestId("sc-dont-know");
    expect(dk.querySelectorAll("li")).toHaveLength(score.dontKnow.length);
    expect(dk.textContent).toContain("Question 13");

    await fireEvent.click(screen.getByTestId("sc-go-policy"));
    expect(router.route).toEqual({ name: "policy" });
  });

  it("shows the result once the last answer is given", async () => {
    const full = completeSelfcheck();
    const almost = structuredClone(full);
    delete almost.selfcheck.answers["25"];
    almost.selfcheck.answered = 24;
    almost.selfcheck.score = null;
    openJourney(almost);
    backend(almost);
    render(SelfCheck);
    expect(screen.getByTestId("sc-question-25")).toBeTruthy();
    await fireEvent.click(radio(25, "done"));
    await fireEvent.click(await screen.findByTestId("sc-see-result"));
    expect(await screen.findByTestId("sc-score")).toBeTruthy();
    expect(screen.getByTestId("sc-band")).toBeTruthy();
  });

  it("keeps the screen usable when a save fails, and reports the error", async () => {
    openJourney();
    const err: AppError = { code: "disk-full", messageId: "error-disk-full", args: {}, detail: "x" };
    mockIPC(() => {
      throw err;
    });
    render(SelfCheck);
    await fireEvent.click(radio(16, "done"));
    await waitFor(() => expect(session.error?.code).toBe("disk-full"));
    expect(session.save).toBe("error");
    // Nothing pretends to be saved; the question is still there to answer again.
    expect(radio(16, "done").checked).toBe(false);
    expect(session.journey?.selfcheck.answers["16"]).toBeUndefined();
    await fireEvent.click(screen.getByTestId("sc-next-question"));
    expect(screen.getByTestId("sc-question-17")).toBeTruthy();
  });
});
