import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Partners from "./Partners.svelte";
import { checkState } from "./partners";
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
    return fixtureJourney();
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  setLocale("ja");
});

describe("Partners", () => {
  it("lists the partners and flags those never checked", () => {
    render(Partners);
    const rows = screen.getAllByTestId("partner-row");
    expect(rows.length).toBe(3);
    expect(within(rows[0]!).queryByTestId("partner-check-flag")).toBeNull();
    expect(within(rows[1]!).getByTestId("partner-check-flag").textContent).toContain("Never checked");
    expect(screen.getByTestId("partners-summary").textContent).toContain("2 need checking");
  });

  it("adds a partner through save_partner", async () => {
    render(Partners);
    await fireEvent.click(screen.getByTestId("partner-add"));
    const form = screen.getByTestId("partner-form");
    await fireEvent.input(within(form).getByTestId("partner-name"), { target: { value: "Cloud Books Ltd" } });
    await fireEvent.change(within(form).getByTestId("partner-relation"), { target: { value: "it-vendor" } });
    await fireEvent.change(within(form).getByTestId("partner-level"), { target: { value: "star1" } });
    await fireEvent.change(within(form).getByTestId("partner-clause"), { target: { value: "yes" } });
    await fireEvent.input(within(form).getByTestId("partner-checked"), { target: { value: "2026-11-20" } });
    await fireEvent.input(within(form).getByTestId("partner-handles"), { target: { value: "Our accounting data" } });
    await fireEvent.submit(form);
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]).toEqual({
      cmd: "save_partner",
      req: {
        orgId: ORG, id: null, name: "Cloud Books Ltd", relation: "it-vendor", handles: "Our accounting data",
        securityActionLevel: "star1", contractHasSecurityClause: "yes", lastChecked: "2026-11-20", note: null,
      },
    });
    await waitFor(() => expect(screen.queryByTestId("partner-form")).toBeNull());
  });

  it("edits a partner with its id, and deletes only after confirmation", async () => {
    render(Partners);
    const row = screen.getAllByTestId("partner-row")[2]!;
    await fireEvent.click(within(row).getByTestId("partner-edit"));
    await fireEvent.input(within(row).getByTestId("partner-checked"), { target: { value: "2026-11-25" } });
    await fireEvent.submit(within(row).getByTestId("partner-form"));
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]?.req).toMatchObject({ id: "6d616d6f-7269-4000-8000-000000000021", lastChecked: "2026-11-25", relation: "contractor" });

    const first = screen.getAllByTestId("partner-row")[0]!;
    await fireEvent.click(within(first).getByTestId("partner-delete"));
    expect(calls.length).toBe(1);
    await fireEvent.click(within(first).getByTestId("partner-delete-confirm"));
    await waitFor(() => expect(calls[1]).toEqual({ cmd: "delete_partner", req: { orgId: ORG, id: "6d616d6f-7269-4000-8000-00000000001f" } }));
  });

  it("counts a check over a year ago as stale", () => {
    expect(checkState(null, "2026-11-25")).toBe("never");
    expect(checkState("2025-11-24", "2026-11-25")).toBe("stale");
    expect(checkState("2025-11-25", "2026-11-25")).toBe("ok");
  });
});
