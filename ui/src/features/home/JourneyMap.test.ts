import { afterEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import App from "../../App.svelte";
import { resetSession, session } from "../../lib/session.svelte";
import { router } from "../../lib/router.svelte";
import { backend, demoJourney, startup } from "../../test/ipc";

afterEach(() => {
  clearMocks();
  resetSession();
  router.route = { name: "start" };
});

describe("first start and the journey map", () => {
  it("creates the company, saves the role and opens its journey", async () => {
    const calls = backend({
      create_org: () => ({ ...demoJourney().org, id: "new-id", name: "株式会社テスト" }),
      open_org: () => ({ ...demoJourney(), org: { ...demoJourney().org, id: "new-id", name: "株式会社テスト" } }),
    });
    render(App);
    await screen.findByText("はじめましょう");
    await fireEvent.click(screen.getByTestId("role-contractor").querySelector("input")!);
    await fireEvent.input(screen.getByTestId("start-org-name"), { target: { value: "株式会社テスト" } });
    await fireEvent.click(screen.getByTestId("start-create"));
    expect(await screen.findByText("株式会社テスト の道のり")).toBeTruthy();
    expect(calls).toContainEqual({ cmd: "set_preferences", req: { role: "contractor", textScale: null, lastOrgId: null } });
    expect(calls.find((c) => c.cmd === "create_org")?.req).toMatchObject({ name: "株式会社テスト" });
    expect(calls).toContainEqual({ cmd: "open_org", req: { orgId: "new-id" } });
  });

  it("comes back to the last organization and continues where it left off", async () => {
    backend({
      get_startup: () => startup({ preferences: { role: "owner", textScale: 125, lastOrgId: "6d616d6f-7269-4000-8000-000000000001", startView: "last-org", presentation: false } }),
    });
    render(App);
    expect(await screen.findByText("株式会社ミナト精工 の道のり")).toBeTruthy();
    expect(document.documentElement.style.fontSize).toBe("22.5px");
    // Four stages with their progress.
    for (const s of ["basics", "selfcheck", "directions", "maturity"]) expect(screen.getByTestId(`stage-${s}`)).toBeTruthy();
    const j = session.journey!;
    expect(screen.getByTestId("stage-selfcheck").textContent).toContain(`${j.progress.selfcheck.total}件中 ${j.progress.selfcheck.done}件`);
    await fireEvent.click(screen.getByTestId("continue"));
    expect(router.route.name).toBe(j.continueAt.screen === "dashboard" ? "dashboard" : j.continueAt.screen);
  });

  it("starts a new round only after confirming", async () => {
    const calls = backend({
      get_startup: () => startup({ preferences: { role: "owner", textScale: 100, lastOrgId: "x", startView: "last-org", presentation: false } }),
      start_next_round: () => ({ ...demoJourney(), round: { ...demoJourney().round, number: 3 } }),
    });
    render(App);
    await screen.findByTestId("next-round");
    await fireEvent.click(screen.getByTestId("next-round"));
    expect(calls.some((c) => c.cmd === "start_next_round")).toBe(false);
    await fireEvent.click(screen.getByTestId("next-round-confirm"));
    await waitFor(() => expect(session.journey?.round.number).toBe(3));
    expect(await screen.findByTestId("save-state")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("save-state").textContent?.trim()).toBe("保存しました"));
  });
});
