import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import App from "../../App.svelte";
import QuickRun from "./QuickRun.svelte";
import ClassViewScreen from "./ClassView.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { router } from "../../lib/router.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { setPresentation, view } from "../../lib/prefs.svelte";
import { backend, content, demoJourney, startup } from "../../test/ipc";
import classJson from "../../test/fixtures/class-view.json";
import type { ClassView, QuickAnswers, QuickScore } from "../../bindings/ipc";

const classView = classJson as unknown as ClassView;
const SAVES = ["save_attendee_file", "save_quick_run", "save_selfcheck_answer", "create_org", "update_org", "save_maturity_answer"];

function quickScore(req: QuickAnswers): QuickScore {
  const answered = Object.keys(req.selfcheck).length;
  const points = Object.values(req.selfcheck).reduce((s, a) => s + ({ done: 4, partly: 2, not_done: 0, dont_know: -1 }[a] ?? 0), 0);
  return {
    answered, total: 25, runningTotal: points, directions: [],
    score: answered < 25 ? null : {
      total: points, max: 100, min: -25, band: "partial", bandTitleId: "sme-band-partial-title",
      bandAdviceId: "sme-band-partial-advice", dontKnow: [], parts: [],
    },
  };
}

async function answerAll(code = "done") {
  for (let part = 1; part <= content.selfcheck.parts.length; part++) {
    const p = content.selfcheck.parts[part - 1]!;
    for (let q = p.first; q <= p.last; q++) await fireEvent.click(screen.getByTestId(`qr-answer-${q}-${code}`));
    await fireEvent.click(screen.getByTestId(part < content.selfcheck.parts.length ? "qr-next" : "qr-show-result"));
  }
}

beforeEach(() => setLocale("en"));
afterEach(() => {
  clearMocks();
  resetSession();
  setPresentation(false);
  router.route = { name: "start" };
  setLocale("ja");
});

describe("anonymous quick run", () => {
  it("scores live with quick_score and saves nothing until asked", async () => {
    const calls = backend({ quick_score: quickScore });
    render(QuickRun);
    await screen.findByTestId("qr-part-title");
    await fireEvent.click(screen.getByTestId("qr-answer-1-partly"));
    await waitFor(() => expect(screen.getByTestId("qr-progress").textContent).toContain("1 of 25 answered, 2 points so far"));
    expect(calls).toContainEqual({ cmd: "quick_score", req: { selfcheck: { "1": "partly" }, maturity: {}, run: expect.stringMatching(/^[0-9a-f]{16}$/) } });
    await answerAll();
    const result = await screen.findByTestId("qr-result");
    expect(within(result).getByTestId("qr-score").textContent).toBe("100 points out of 100");
    expect(within(result).getByText("Mostly there, with some gaps")).toBeTruthy();
    expect(screen.getByTestId("qr-status").textContent).toContain("Nothing has been saved");
    expect(calls.filter((c) => SAVES.includes(c.cmd))).toEqual([]);
    const last = calls.filter((c) => c.cmd === "quick_score").at(-1)!.req as QuickAnswers;
    expect(Object.keys(last.selfcheck)).toHaveLength(25);
  });

  it("shows which part still has open questions instead of a result", async () => {
    const calls = backend({ quick_score: quickScore });
    render(QuickRun);
    await screen.findByTestId("qr-part-title");
    for (let i = 1; i < content.selfcheck.parts.length; i++) await fireEvent.click(screen.getByTestId("qr-next"));
    await fireEvent.click(screen.getByTestId("qr-show-result"));
    expect((await screen.findByRole("alert")).textContent).toBe("25 questions are still open.");
    expect(screen.getByTestId("qr-part-title").textContent).toContain("Part 1 of");
    expect(calls.some((c) => SAVES.includes(c.cmd))).toBe(false);
  });

  it("saves the anonymous result file with the answers when asked", async () => {
    const calls = backend({
      quick_score: quickScore,
      save_attendee_file: () => ({ saved: true, path: "/usb/attendee.json", entries: null }),
    });
    render(QuickRun);
    await screen.findByTestId("qr-part-title");
    await answerAll("partly");
    await fireEvent.click(await screen.findByTestId("qr-save-file"));
    await screen.findByText("Your result file was saved to /usb/attendee.json.");
    const req = calls.find((c) => c.cmd === "save_attendee_file")!.req as QuickAnswers;
    expect(Object.keys(req.selfcheck)).toHaveLength(25);
    expect(req.selfcheck["25"]).toBe("partly");
    expect(req.maturity).toEqual({});
    // The confirmation follows a change of language.
    setLocale("ja");
    await waitFor(() => expect(screen.getByTestId("qr-status").textContent).toBe("結果ファイルを /usb/attendee.json に保存しました。"));
  });

  it("keeps the run as a company and goes to its journey", async () => {
    const calls = backend({ quick_score: quickScore, save_quick_run: () => demoJourney() });
    render(QuickRun);
    await screen.findByTestId("qr-part-title");
    await answerAll();
    await fireEvent.input(await screen.findByTestId("qr-name"), { target: { value: "My Shop" } });
    await fireEvent.click(screen.getByTestId("qr-keep"));
    await waitFor(() => expect(router.route.name).toBe("home"));
    expect(session.journey?.org.name).toBe(demoJourney().org.name);
    const req = calls.find((c) => c.cmd === "save_quick_run")!.req as { name: string; answers: QuickAnswers };
    expect(req.name).toBe("My Shop");
    expect(Object.keys(req.answers.selfcheck)).toHaveLength(25);
  });
});

describe("class view", () => {
  it("renders the histogram bars with their values, the table and the weakest questions", async () => {
    const calls = backend({ load_class_files: () => structuredClone(classView), save_class_report: () => ({ saved: true, path: "/tmp/class.pdf", entries: 2 }) });
    render(ClassViewScreen);
    await fireEvent.click(screen.getByTestId("cls-load"));
    expect((await screen.findByTestId("cls-attendees")).textContent).toBe("10 attendees");
    expect(calls.filter((c) => c.cmd === "load_class_files")).toHaveLength(1);
    // Skipped files with their localized reasons.
    const skipped = screen.getByTestId("cls-skipped");
    expect(skipped.textContent).toContain("notes.txt: This is not a Mamori attendee file.");
    expect(skipped.textContent).toContain("half.json: The self-check in this file is not complete (3 questions open).");
    // The figures exactly as mamori-core rounded them (the PDF shows the same text).
    expect(screen.getByTestId("cls-mean-median").textContent).toBe("Mean score: 59.1 points. Median: 61.0 points.");
    // One bar per bin, each with its count printed and a title for screen readers.
    const bars = screen.getAllByTestId("cls-bar");
    expect(bars).toHaveLength(classView.histogram.length);
    expect(bars.map((b) => b.querySelector("text")!.textContent)).toEqual(classView.histogram.map((b) => String(b.count)));
    expect(bars[6]!.querySelector("title")!.textContent).toBe("50 to 59 points: 2");
    const rows = within(screen.getByTestId("cls-histogram-table")).getAllByRole("row");
    expect(rows).toHaveLength(classView.histogram.length + 1);
    expect(within(screen.getByTestId("cls-bands")).getByText("Action needed now").closest("tr")!.textContent).toContain("4");
    // The five weakest questions, weakest first, with how the class answered; 5 and 10 tie.
    const weakest = within(screen.getByTestId("cls-weakest")).getAllByRole("listitem").filter((li) => li.classList.contains("card"));
    expect(weakest).toHaveLength(5);
    expect(weakest[0]!.textContent).toContain("Question 5");
    expect(weakest[0]!.textContent).toContain("Mean points (−1 to 4): −0.1");
    expect(weakest.map((w) => within(w).getByTestId("cls-rank").textContent)).toEqual(["1. (tie)", "1. (tie)", "3.", "4.", "5."]);
    expect(weakest[0]!.textContent).toContain("Not done: 6");
    expect(screen.getByTestId("cls-weakest-directions").textContent).toContain("Set aside money and people for security: 24 %");
    expect(screen.queryByTestId("cls-no-maturity")).toBeNull();
    expect(within(screen.getByTestId("cls-directions")).getAllByRole("row")).toHaveLength(11);
    // The class report is saved as a PDF through the backend.
    await fireEvent.click(screen.getByTestId("cls-save-pdf"));
    await waitFor(() => expect(screen.getByTestId("cls-pdf-result").textContent).toContain("/tmp/class.pdf"));
  });
});

describe("seminar mode and the presentation view", () => {
  it("shows only the practice company's name in the top bar while presenting", async () => {
    backend({ get_startup: () => startup({ locale: "en", preferences: { role: "trainer", textScale: 100, lastOrgId: "6d616d6f-7269-4000-8000-000000000001", startView: "last-org", presentation: false } }) });
    render(App);
    await screen.findByTestId("nav-orgs");
    setPresentation(true);
    expect((await screen.findByTestId("nav-org-presenting")).textContent).toBe(demoJourney().org.name);
    expect(screen.getByTestId("presentation-exit").textContent).toContain("Exit presentation view");
  });

  it("resets and opens the practice company in one click", async () => {
    const calls = backend({
      get_startup: () => startup({ preferences: { role: "trainer", textScale: 100, lastOrgId: null, startView: "last-org", presentation: false } }),
      list_orgs: () => ({ orgs: [] }),
      create_demo: () => ({ id: "6d616d6f-7269-4000-8000-000000000001", name: "Demo" }),
    });
    render(App);
    await fireEvent.click(await screen.findByTestId("open-seminar"));
    await fireEvent.click(await screen.findByTestId("seminar-reset-demo"));
    await waitFor(() => expect(router.route.name).toBe("home"));
    expect(calls.filter((c) => c.cmd === "create_demo")).toHaveLength(1);
    expect(calls).toContainEqual({ cmd: "open_org", req: { orgId: "6d616d6f-7269-4000-8000-000000000001" } });
  });

  it("enlarges the text, hides other organizations' names and closes the list until it is left", async () => {
    const other = { ...demoJourney(), org: { ...demoJourney().org, id: "client-1", name: "Client Secret KK" } };
    backend({
      get_startup: () => startup({ locale: "en", preferences: { role: "trainer", textScale: 100, lastOrgId: "client-1", startView: "last-org", presentation: false } }),
      open_org: () => other,
      list_orgs: () => ({ orgs: [] }),
    });
    render(App);
    expect(await screen.findByTestId("nav-orgs")).toBeTruthy();
    router.route = { name: "seminar" };
    await fireEvent.click(await screen.findByTestId("presentation-on"));
    expect(view.presentation).toBe(true);
    expect(document.documentElement.classList.contains("presentation")).toBe(true);
    expect(document.documentElement.style.fontSize).toBe("23.4px");
    expect(screen.queryByTestId("nav-orgs")).toBeNull();
    // The client that was open is closed, and its screens lead back to the seminar tools.
    expect(session.journey).toBeNull();
    expect(document.body.textContent).not.toContain("Client Secret KK");
    router.route = { name: "home" };
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Seminar mode"));
    router.route = { name: "orgs" };
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Seminar mode"));
    await fireEvent.click(screen.getByTestId("presentation-exit"));
    expect(document.documentElement.classList.contains("presentation")).toBe(false);
    expect(document.documentElement.style.fontSize).toBe("18px");
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Organizations"));
  });
});

describe("quick run for a room", () => {
  it("is one click from the first screen, without a company", async () => {
    const calls = backend({ quick_score: quickScore });
    render(App);
    await fireEvent.click(await screen.findByTestId("start-attendee"));
    expect(router.route.name).toBe("quickrun");
    await screen.findByTestId("qr-part-title");
    expect(calls.some((c) => ["create_org", "create_demo", "set_preferences"].includes(c.cmd))).toBe(false);
  });

  it("says when answers changed after the file was saved, and a new run gets a new id", async () => {
    const calls = backend({
      quick_score: quickScore,
      save_attendee_file: () => ({ saved: true, path: "/usb/a.json", entries: null }),
    });
    render(QuickRun);
    await screen.findByTestId("qr-part-title");
    await answerAll("partly");
    await fireEvent.click(await screen.findByTestId("qr-save-file"));
    await screen.findByText("Your result file was saved to /usb/a.json.");
    await fireEvent.click(screen.getByText("Change my answers"));
    await fireEvent.click(await screen.findByTestId("qr-answer-1-done"));
    for (let i = 1; i < content.selfcheck.parts.length; i++) await fireEvent.click(screen.getByTestId("qr-next"));
    await fireEvent.click(screen.getByTestId("qr-show-result"));
    expect((await screen.findByTestId("qr-status")).textContent).toContain("the file still holds the old ones");
    const first = (calls.find((c) => c.cmd === "save_attendee_file")!.req as QuickAnswers).run;
    await fireEvent.click(screen.getByTestId("qr-start-over"));
    await fireEvent.click(screen.getByTestId("qr-answer-1-done"));
    await waitFor(() => expect((calls.filter((c) => c.cmd === "quick_score").at(-1)!.req as QuickAnswers).run).not.toBe(first));
  });
});

describe("class view figures", () => {
  it("says so when no attendee answered the maturity check instead of ten directions at 0 %", async () => {
    const none: ClassView = {
      ...structuredClone(classView),
      directions: classView.directions.map((d) => ({ ...d, attendees: 0, meanPercent: "0" })),
      weakestDirections: [],
    };
    backend({ load_class_files: () => none });
    render(ClassViewScreen);
    await fireEvent.click(screen.getByTestId("cls-load"));
    expect((await screen.findByTestId("cls-no-maturity")).textContent).toContain("No attendee answered the maturity check");
    expect(screen.queryByTestId("cls-directions")).toBeNull();
  });

  it("labels the histogram without clipped or doubled minus signs", async () => {
    backend({ load_class_files: () => structuredClone(classView) });
    render(ClassViewScreen);
    await fireEvent.click(screen.getByTestId("cls-load"));
    const bars = await screen.findAllByTestId("cls-bar");
    const axis = bars.map((b) => b.querySelectorAll("text")[1]!.textContent);
    expect(axis[0]).toBe(`−${25}`);
    expect(axis.at(-1)).toBe(String(classView.histogram.at(-1)!.from));
    expect(axis.join(" ")).not.toContain("-");
  });
});

describe("privacy first in the presentation view", () => {
  const client = () => ({ ...demoJourney(), org: { ...demoJourney().org, id: "client-1", name: "Client Secret KK" } });

  it("starts in the remembered presentation view on the practice company, never the last client", async () => {
    const calls = backend({
      get_startup: () => startup({ locale: "en", preferences: { role: "trainer", textScale: 100, lastOrgId: "client-1", startView: "last-org", presentation: true } }),
      open_org: (req: { orgId: string }) => (req.orgId === "client-1" ? client() : demoJourney()),
    });
    render(App);
    expect((await screen.findByTestId("nav-org-presenting")).textContent).toBe(demoJourney().org.name);
    expect(view.presentation).toBe(true);
    expect(calls.filter((c) => c.cmd === "open_org").map((c) => (c.req as { orgId: string }).orgId)).toEqual([demoJourney().org.id]);
    expect(document.body.textContent).not.toContain("Client Secret KK");
    expect(document.title).toBe(`Mamori — ${demoJourney().org.name}`);
    // Nothing of the installation: no Settings, no About (data folder), no organization list.
    expect(screen.queryByTestId("nav-settings")).toBeNull();
    expect(screen.queryByTestId("nav-about")).toBeNull();
    expect(screen.queryByTestId("nav-orgs")).toBeNull();
    for (const name of ["settings", "about", "orgs", "profile"] as const) {
      router.route = { name };
      await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Seminar mode"));
    }
    expect(document.body.textContent).not.toContain("/data/mamori.db");
    // Esc leaves, and that is remembered.
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(view.presentation).toBe(false);
    expect(calls).toContainEqual({ cmd: "set_preferences", req: { role: null, textScale: null, lastOrgId: null, presentation: false } });
    expect(await screen.findByTestId("nav-settings")).toBeTruthy();
  });

  it("can start on the organization list without opening anything", async () => {
    const calls = backend({
      get_startup: () => startup({ locale: "en", preferences: { role: "trainer", textScale: 100, lastOrgId: "client-1", startView: "org-list", presentation: false } }),
      list_orgs: () => ({ orgs: [] }),
    });
    render(App);
    await waitFor(() => expect(router.route.name).toBe("orgs"));
    expect(calls.some((c) => c.cmd === "open_org")).toBe(false);
    expect(document.title).toBe("Mamori");
  });

  it("saves the start-up choice from the seminar tools", async () => {
    const calls = backend({
      get_startup: () => startup({ locale: "en", preferences: { role: "trainer", textScale: 100, lastOrgId: null, startView: "last-org", presentation: false } }),
      list_orgs: () => ({ orgs: [] }),
      set_preferences: () => startup().preferences,
    });
    render(App);
    await waitFor(() => expect(router.route.name).toBe("orgs"));
    router.route = { name: "seminar" };
    await fireEvent.click(await screen.findByTestId("start-view-practice"));
    await waitFor(() =>
      expect(calls).toContainEqual({ cmd: "set_preferences", req: { role: null, textScale: null, lastOrgId: null, startView: "practice" } }),
    );
  });
});

describe("blank worksheets from the seminar screen", () => {
  it("saves them without an organization in the chosen language", async () => {
    const calls = backend({
      get_startup: () => startup({ locale: "en", preferences: { role: "trainer", textScale: 100, lastOrgId: null, startView: "last-org", presentation: false } }),
      list_orgs: () => ({ orgs: [] }),
      save_blank_worksheet: () => ({ saved: true, path: "/tmp/ws.pdf", entries: 7 }),
    });
    render(App);
    await waitFor(() => expect(router.route.name).toBe("orgs"));
    router.route = { name: "seminar" };
    await fireEvent.change(await screen.findByTestId("sem-worksheet-lang"), { target: { value: "ja" } });
    await fireEvent.click(screen.getByTestId("sem-worksheet-save"));
    await waitFor(() => expect(screen.getByTestId("sem-worksheet-result").textContent).toContain("/tmp/ws.pdf"));
    expect(calls).toContainEqual({ cmd: "save_blank_worksheet", req: { lang: "ja" } });
    expect(calls.some((c) => c.cmd === "open_org")).toBe(false);
  });
});
