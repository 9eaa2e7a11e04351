import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import Orgs from "./Orgs.svelte";
import { resetSession } from "../../lib/session.svelte";
import { router } from "../../lib/router.svelte";
import { setLocale } from "../../lib/i18n.svelte";
import { backend } from "../../test/ipc";
import type { OrgFilePreview, OrgSummary } from "../../bindings/ipc";
import { fold, sortOrgs } from "./portfolio";
import { notice } from "../../lib/notice.svelte";

function org(over: Partial<OrgSummary>): OrgSummary {
  return {
    id: "id", name: "Org", nameReading: null, archived: false, latestRound: null, selfcheckAnswered: 0,
    selfcheckScore: 0, selfcheckDontKnow: 0, overdueActions: 0, openActions: 0, lastActivity: null,
    selfcheckBand: null, stage: "basics", stars: 0, ...over,
  };
}

const THREE: OrgSummary[] = [
  org({ id: "a", name: "株式会社ミナト精工", nameReading: "みなとせいこう", selfcheckAnswered: 25, selfcheckScore: 78,
    selfcheckBand: "partial", stage: "directions", stars: 2, overdueActions: 2, lastActivity: "2026-11-20T09:00:00Z" }),
  org({ id: "b", name: "有限会社アオバ商店", nameReading: "あおばしょうてん", selfcheckAnswered: 25, selfcheckScore: 40,
    selfcheckBand: "critical", stage: "policy", stars: 1, lastActivity: "2026-10-01T09:00:00Z" }),
  org({ id: "c", name: "Kumo Design", nameReading: "くも でざいん", selfcheckAnswered: 10, selfcheckScore: 20,
    stage: "selfcheck", stars: 0 }),
];

function names(): string[] {
  return screen.getAllByTestId("org-row").map((r) => r.querySelector("h2")!.textContent!.trim());
}

beforeEach(() => setLocale("en"));
afterEach(() => {
  clearMocks();
  resetSession();
  router.route = { name: "start" };
  vi.useRealTimers();
  setLocale("ja");
});

describe("portfolio helpers", () => {
  it("folds katakana to hiragana, case and spaces", () => {
    expect(fold("ミナト セイコウ")).toBe(fold("みなとせいこう"));
    expect(fold("Kumo Design")).toBe("kumodesign");
    expect(sortOrgs(THREE, "activity").map((o) => o.id)).toEqual(["c", "b", "a"]);
    expect(sortOrgs(THREE, "overdue")[0]!.id).toBe("a");
  });
});

describe("portfolio", () => {
  it("shows every client with stage, score, band and ★ level in words", async () => {
    backend({ list_orgs: () => ({ orgs: THREE }) });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    const minato = screen.getAllByTestId("org-row").find((r) => r.textContent!.includes("ミナト"))!;
    const w = within(minato);
    expect(w.getByTestId("org-stage-text").textContent).toBe("Stage: the ten directions");
    expect(w.getByTestId("org-score").textContent).toBe("Self-check: 78 points (25 of 25 answered)");
    await waitFor(() => expect(w.getByTestId("org-band").textContent).toBe("Result: Mostly there, with some gaps"));
    expect(w.getByTestId("org-stars").textContent).toBe("SECURITY ACTION: level 2 (ready for ★★)");
    expect(w.getByTestId("org-overdue").textContent).toBe("2 overdue actions");
    expect(w.getByTestId("org-reading").textContent).toContain("みなとせいこう");
    const kumo = screen.getAllByTestId("org-row").find((r) => r.textContent!.includes("Kumo"))!;
    expect(within(kumo).getByTestId("org-stars").textContent).toBe("SECURITY ACTION: level 0 (not yet ready)");
    expect(within(kumo).queryByTestId("org-band")).toBeNull();
  });

  it("sorts by score and searches by reading", async () => {
    backend({ list_orgs: () => ({ orgs: THREE }) });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    expect(names()).toEqual(["有限会社アオバ商店", "Kumo Design", "株式会社ミナト精工"]);
    await fireEvent.change(screen.getByTestId("org-sort"), { target: { value: "score" } });
    expect(names()).toEqual(["Kumo Design", "有限会社アオバ商店", "株式会社ミナト精工"]);

    await fireEvent.input(screen.getByTestId("org-search"), { target: { value: "みなと" } });
    expect(names()).toEqual(["株式会社ミナト精工"]);
    await fireEvent.input(screen.getByTestId("org-search"), { target: { value: "ミナト セイ" } });
    expect(names()).toEqual(["株式会社ミナト精工"]);
    await fireEvent.input(screen.getByTestId("org-search"), { target: { value: "kumod" } });
    expect(names()).toEqual(["Kumo Design"]);
  });

  it("filters by stage and overdue actions", async () => {
    backend({ list_orgs: () => ({ orgs: THREE }) });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    await fireEvent.change(screen.getByTestId("org-stage"), { target: { value: "policy" } });
    expect(names()).toEqual(["有限会社アオバ商店"]);
    await fireEvent.change(screen.getByTestId("org-stage"), { target: { value: "" } });
    await fireEvent.click(screen.getByTestId("org-overdue-only"));
    expect(names()).toEqual(["株式会社ミナト精工"]);
  });

  it("deletes after a confirmation and undoes within the window with the undo text", async () => {
    let list = [...THREE];
    const calls = backend({
      list_orgs: () => ({ orgs: list }),
      delete_org: (req: { orgId: string }) => {
        list = list.filter((o) => o.id !== req.orgId);
        return { name: "有限会社アオバ商店", undo: "UNDO-TEXT" };
      },
      undo_delete_org: () => {
        list = [...THREE];
        return { id: "b", name: "有限会社アオバ商店", replaced: false };
      },
    });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId("org-delete")[0]!);
    expect(calls.some((c) => c.cmd === "delete_org")).toBe(false);
    await fireEvent.click(screen.getByTestId("org-delete-confirm"));
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(2));
    expect(calls).toContainEqual({ cmd: "delete_org", req: { orgId: "b" } });
    expect(screen.getByTestId("pf-status").textContent).toContain("“有限会社アオバ商店” was deleted.");
    await waitFor(() => expect(document.activeElement?.getAttribute("data-testid")).toBe("org-undo"));
    await fireEvent.click(screen.getByTestId("org-undo"));
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    expect(calls).toContainEqual({ cmd: "undo_delete_org", req: { undo: "UNDO-TEXT" } });
    expect(screen.queryByTestId("org-undo")).toBeNull();
  });

  it("drops the undo after about ten seconds", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    backend({ list_orgs: () => ({ orgs: THREE }), delete_org: () => ({ name: "X", undo: "U" }) });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId("org-delete")[0]!);
    await fireEvent.click(screen.getByTestId("org-delete-confirm"));
    await screen.findByTestId("org-undo");
    await vi.advanceTimersByTimeAsync(10_500);
    await waitFor(() => expect(screen.queryByTestId("org-undo")).toBeNull());
  });

  it("imports an existing organization through the compare table and sends the chosen sides", async () => {
    const preview: OrgFilePreview = {
      chosen: true, bundle: "BUNDLE", name: "株式会社ミナト精工", exists: true,
      sections: [
        { section: "profile", same: true, local: { items: 1, updatedAt: "2026-11-01T00:00:00Z", detail: "株式会社ミナト精工" }, file: { items: 1, updatedAt: "2026-11-01T00:00:00Z", detail: "株式会社ミナト精工" } },
        { section: "rounds", same: false, local: { items: 1, updatedAt: "2026-11-10T00:00:00Z", detail: "20" }, file: { items: 1, updatedAt: "2026-11-20T00:00:00Z", detail: "25" } },
        { section: "actions", same: false, local: { items: 5, updatedAt: "2026-11-22T00:00:00Z", detail: "3" }, file: { items: 4, updatedAt: "2026-11-02T00:00:00Z", detail: "2" } },
        { section: "partners", same: false, local: { items: 2, updatedAt: null, detail: null }, file: { items: 3, updatedAt: "2026-11-05T00:00:00Z", detail: null } },
        { section: "documents", same: true, local: { items: 2, updatedAt: null, detail: null }, file: { items: 2, updatedAt: null, detail: null } },
      ],
    };
    const calls = backend({
      list_orgs: () => ({ orgs: THREE }),
      preview_org_file: () => preview,
      apply_org_file: () => ({ id: "a", name: "株式会社ミナト精工", replaced: true }),
    });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    await fireEvent.click(screen.getByTestId("import-org"));
    const table = await screen.findByTestId("import-compare");
    expect(within(table).getByText("Nothing changes until you choose “Import”.", { exact: false })).toBeTruthy();
    expect(within(table).getByTestId("imp-same-profile").textContent).toBe("Same on both sides");
    expect(within(table).queryByTestId("imp-profile-local")).toBeNull();
    // The newer side is chosen by default.
    expect((within(table).getByTestId("imp-rounds-file") as HTMLInputElement).checked).toBe(true);
    expect((within(table).getByTestId("imp-actions-local") as HTMLInputElement).checked).toBe(true);
    expect((within(table).getByTestId("imp-partners-file") as HTMLInputElement).checked).toBe(true);
    expect(calls.some((c) => c.cmd === "apply_org_file")).toBe(false);
    await fireEvent.click(within(table).getByTestId("imp-partners-local"));
    await fireEvent.click(within(table).getByTestId("imp-apply"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "apply_org_file")).toBe(true));
    expect(calls.find((c) => c.cmd === "apply_org_file")!.req).toEqual({
      bundle: "BUNDLE",
      choices: { profile: "local", rounds: "file", actions: "local", partners: "local", documents: "local" },
    });
    await waitFor(() => expect(screen.queryByTestId("import-compare")).toBeNull());
  });

  it("imports a new organization at once with everything from the file", async () => {
    const calls = backend({
      list_orgs: () => ({ orgs: [] }),
      preview_org_file: () => ({ chosen: true, bundle: "B", name: "New", exists: false, sections: [] }),
      apply_org_file: () => ({ id: "n", name: "New", replaced: false }),
    });
    render(Orgs);
    await screen.findByText("No organizations yet.");
    await fireEvent.click(screen.getByTestId("import-org"));
    await waitFor(() => expect(calls.find((c) => c.cmd === "apply_org_file")?.req).toEqual({
      bundle: "B", choices: { profile: "file", rounds: "file", actions: "file", partners: "file", documents: "file" },
    }));
  });

  it("shows the message left by the screen before (a restored backup) once", async () => {
    backend({ list_orgs: () => ({ orgs: THREE }) });
    notice.text = "The backup is restored.";
    render(Orgs);
    expect(screen.getByTestId("pf-status").textContent).toContain("The backup is restored.");
    expect(notice.text).toBe("");
  });

  it("archives and shows archived organizations on request", async () => {
    const calls = backend({
      list_orgs: (req: { includeArchived: boolean }) => ({ orgs: req.includeArchived ? [...THREE, org({ id: "z", name: "Old Client", archived: true })] : THREE }),
      archive_org: () => null,
    });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId("org-archive")[0]!);
    await waitFor(() => expect(calls).toContainEqual({ cmd: "archive_org", req: { orgId: "b", archived: true } }));
    await fireEvent.click(screen.getByTestId("org-show-archived"));
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(4));
    expect(screen.getByText("Archived")).toBeTruthy();
    expect(screen.getAllByTestId("org-archive").map((b) => b.textContent)).toContain("Bring back");
  });

  it("asks before resetting an existing practice company", async () => {
    const demo = org({ id: "6d616d6f-7269-4000-8000-000000000001", name: "Demo" });
    const calls = backend({ list_orgs: () => ({ orgs: [demo] }), create_demo: () => ({ id: demo.id, name: "Demo" }) });
    render(Orgs);
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(1));
    await fireEvent.click(screen.getByTestId("open-demo"));
    expect(calls.some((c) => c.cmd === "create_demo")).toBe(false);
    await fireEvent.click(screen.getByTestId("demo-reset-confirm"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "create_demo")).toBe(true));
    await waitFor(() => expect(router.route.name).toBe("home"));
  });
});
