import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import ActionPlan from "./ActionPlan.svelte";
import { resetSession } from "../../lib/session.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { fixtureJourney, openFixture, reqOf, type Call } from "../../test/fixtures";

let calls: Call[] = [];
const ORG = "6d616d6f-7269-4000-8000-000000000001";

beforeEach(() => {
  setLocale("en");
  openFixture();
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, req: reqOf(args) });
    if (cmd === "save_ics") return { saved: true, path: "/home/owner/mamori-plan.ics", entries: 4 };
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

function row(id: string): HTMLElement {
  const r = screen.getAllByTestId("action-row").find((el) => el.dataset.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

describe("ActionPlan", () => {
  it("lists every action and explains where it came from", () => {
    render(ActionPlan);
    expect(screen.getAllByTestId("action-row").length).toBe(7);
    const dk = row("6d616d6f-7269-4000-8000-000000000019");
    expect(dk.textContent).toContain("Find out: you answered \"don't know\" to self-check question 13");
    expect(within(dk).getByTestId("action-overdue").textContent).toContain("Overdue");
    expect(row("6d616d6f-7269-4000-8000-00000000001b").textContent).toContain("Added by you");
  });

  it("filters by status, due date and direction", async () => {
    render(ActionPlan);
    await fireEvent.change(screen.getByTestId("action-filter-status"), { target: { value: "done" } });
    expect(screen.getAllByTestId("action-row").length).toBe(2);
    expect(screen.queryByText("持ち出し用ノートPCの台数と保管のしかたを確認する")).toBeNull();
    await fireEvent.change(screen.getByTestId("action-filter-status"), { target: { value: "all" } });
    await fireEvent.change(screen.getByTestId("action-filter-due"), { target: { value: "overdue" } });
    expect(screen.getAllByTestId("action-row").length).toBe(3);
    await fireEvent.change(screen.getByTestId("action-filter-due"), { target: { value: "all" } });
    await fireEvent.change(screen.getByTestId("action-filter-direction"), { target: { value: "d10" } });
    expect(screen.getAllByTestId("action-row").length).toBe(1);
  });

  it("filters by owner, including actions no one has been given", async () => {
    render(ActionPlan);
    await fireEvent.change(screen.getByTestId("action-filter-owner"), { target: { value: "港 社長" } });
    expect(screen.getAllByTestId("action-row").length).toBe(3);
    await fireEvent.change(screen.getByTestId("action-filter-owner"), { target: { value: "__no-owner__" } });
    expect(screen.queryAllByTestId("action-row").length).toBe(0);
  });

  it("shows the backend's field error next to an action whose title was emptied, keeping what was typed", async () => {
    clearMocks();
    mockIPC((cmd, args) => {
      calls.push({ cmd, req: reqOf(args) });
      throw { code: "invalid-input", messageId: "error-invalid-field", args: { field: "title", problem: "empty" }, detail: "title: empty" };
    });
    render(ActionPlan);
    const r = row("6d616d6f-7269-4000-8000-000000000018");
    const title = within(r).getByTestId("action-title") as HTMLInputElement;
    await fireEvent.input(title, { target: { value: "   " } });
    await fireEvent.change(title);
    const alert = await within(r).findByRole("alert");
    expect(alert.textContent).toBe("Please check “What to do”: it must not be empty.");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(title.value).toBe("   ");
  });

  it("saves an edited status and title through save_action", async () => {
    render(ActionPlan);
    const r = row("6d616d6f-7269-4000-8000-000000000017");
    await fireEvent.change(within(r).getByTestId("action-status"), { target: { value: "doing" } });
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]).toEqual({
      cmd: "save_action",
      req: {
        orgId: ORG,
        id: "6d616d6f-7269-4000-8000-000000000017",
        title: "図面フォルダーのアクセス権を部署ごとに分ける",
        owner: "総務 佐藤さん",
        dueDate: "2026-11-22",
        status: "doing",
        effort: "half-day",
      },
    });
    const title = within(r).getByTestId("action-title");
    await fireEvent.input(title, { target: { value: "Split folder access by department" } });
    await fireEvent.change(title);
    await waitFor(() => expect(calls.length).toBe(2));
    expect(calls[1]?.req).toMatchObject({ title: "Split folder access by department", status: "doing" });
  });

  it("adds a manual action", async () => {
    render(ActionPlan);
    await fireEvent.click(screen.getByTestId("action-add"));
    await fireEvent.input(screen.getByTestId("action-new-title"), { target: { value: "Buy a second backup drive" } });
    await fireEvent.input(screen.getByTestId("action-new-owner"), { target: { value: "Sato" } });
    await fireEvent.input(screen.getByTestId("action-new-due"), { target: { value: "2026-12-20" } });
    await fireEvent.submit(screen.getByTestId("action-add-form"));
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]).toEqual({
      cmd: "save_action",
      req: { orgId: ORG, id: null, title: "Buy a second backup drive", owner: "Sato", dueDate: "2026-12-20", status: "open", effort: null },
    });
    await waitFor(() => expect(screen.queryByTestId("action-add-form")).toBeNull());
  });

  it("deletes only after confirmation", async () => {
    render(ActionPlan);
    const r = row("6d616d6f-7269-4000-8000-00000000001b");
    await fireEvent.click(within(r).getByTestId("action-delete"));
    expect(calls.length).toBe(0);
    await fireEvent.click(within(r).getByTestId("action-delete-confirm"));
    await waitFor(() => expect(calls).toEqual([{ cmd: "delete_action", req: { orgId: ORG, id: "6d616d6f-7269-4000-8000-00000000001b" } }]));
  });

  it("saves the due dates as an .ics file through the system dialog and says how many", async () => {
    render(ActionPlan);
    await fireEvent.click(screen.getByTestId("ics-export"));
    await waitFor(() => expect(screen.getByTestId("ics-result").textContent).toContain("Exported 4 due dates."));
    expect(calls).toEqual([{ cmd: "save_ics", req: { orgId: ORG } }]);
  });
});
