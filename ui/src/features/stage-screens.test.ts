// The basics, self-check, policy and maturity screens in both languages: every message id they
// use exists (a missing one would show as its id), and there is exactly one h1 per screen.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import type { Component } from "svelte";
import Basics from "./basics/Basics.svelte";
import SelfCheck from "./selfcheck/SelfCheck.svelte";
import Policy from "./policy/Policy.svelte";
import Maturity from "./maturity/Maturity.svelte";
import { resetSession } from "../lib/session.svelte";
import { LOCALES, setLocale } from "../lib/i18n.svelte";
import { completeSelfcheck, openJourney } from "../test/journey";

// A message formatted with a missing variable warns; that is a bug here.
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn");
});
afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
  cleanup();
  resetSession();
});

const ID = /\b(?:ans|bs|sc|pol|mt|mat|sme|sa|csm|role|effort|selfcheck)-[a-z0-9]+(?:-[a-z0-9_]+)+\b/;

const screens: Array<[string, Component<Record<string, unknown>>, Record<string, unknown>]> = [
  ["basics", Basics as Component<Record<string, unknown>>, {}],
  ["self-check, questions", SelfCheck as Component<Record<string, unknown>>, {}],
  ["policy", Policy as Component<Record<string, unknown>>, {}],
  ["maturity, questions", Maturity as Component<Record<string, unknown>>, { direction: "d1" }],
];

describe.each(LOCALES)("stage screens in %s", (locale) => {
  it.each(screens)("%s shows no raw message ids and one h1", (_name, Screen, props) => {
    setLocale(locale);
    openJourney();
    const { container } = render(Screen, { props });
    expect(container.textContent ?? "").not.toMatch(ID);
    expect(container.querySelectorAll("h1")).toHaveLength(1);
  });

  it("the self-check result and the maturity summary show no raw message ids", async () => {
    setLocale(locale);
    openJourney(completeSelfcheck());
    const a = render(SelfCheck);
    expect(a.getByTestId("sc-result")).toBeTruthy();
    expect(a.container.textContent ?? "").not.toMatch(ID);
    a.unmount();
    const b = render(Maturity, { props: { direction: "d10" } });
    await fireEvent.click(b.getByTestId("mt-see-summary"));
    expect(b.getByTestId("mt-summary")).toBeTruthy();
    expect(b.container.textContent ?? "").not.toMatch(ID);
  });
});
