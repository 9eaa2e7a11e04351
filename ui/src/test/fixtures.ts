// The real backend responses for the demo company (2026-11-25), for screen tests. Each call
// returns a fresh copy, so a test can change it freely.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ContentView, Journey } from "../bindings/ipc";
import { session } from "../lib/session.svelte";

function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", name), "utf8")) as T;
}

export function fixtureContent(): ContentView {
  return load<ContentView>("content.json");
}

export function fixtureJourney(): Journey {
  return load<Journey>("demo-journey.json");
}

/** Puts the demo company's content and journey in the session, as after opening it. */
export function openFixture(): Journey {
  session.content = fixtureContent();
  session.journey = fixtureJourney();
  return session.journey;
}

/** One recorded backend call. */
export type Call = { cmd: string; req: unknown };

/** The request of an IPC call as the mock receives it (`{ req }`). */
export function reqOf(args: unknown): unknown {
  return (args as { req?: unknown } | undefined)?.req;
}
