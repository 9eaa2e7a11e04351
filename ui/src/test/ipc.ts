// Test helpers: a mocked backend answering with the real fixtures, recording every call.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { AppError, ContentView, Journey, Startup } from "../bindings/ipc";
import contentJson from "./fixtures/content.json";
import journeyJson from "./fixtures/demo-journey.json";

export const content = contentJson as unknown as ContentView;

/** A fresh copy of the demo company's journey (2026-11-25). */
export function demoJourney(): Journey {
  return structuredClone(journeyJson) as unknown as Journey;
}

export function startup(over: Partial<Startup> = {}): Startup {
  return {
    locale: "ja",
    localeSource: "os",
    dbPath: "/data/mamori.db",
    version: "0.1.0",
    dbError: null,
    preferences: { role: null, textScale: 100, lastOrgId: null, startView: "last-org", presentation: false },
    ...over,
  };
}

export type Call = { cmd: string; req: unknown };

/**
 * Mocks the backend: `handlers[cmd]` answers a command (return a value or throw an AppError);
 * `get_content` and `open_org` answer with the fixtures unless overridden. Returns the calls.
 */
export function backend(handlers: Record<string, (req: never) => unknown> = {}): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    const req = (args as { req?: unknown } | undefined)?.req;
    calls.push({ cmd, req });
    const h = handlers[cmd];
    if (h) return h(req as never);
    if (cmd === "get_startup") return startup();
    if (cmd === "get_content") return content;
    if (cmd === "open_org") return demoJourney();
    if (cmd === "set_preferences") return { role: "owner", textScale: 100, lastOrgId: null, startView: "last-org", presentation: false };
    if (cmd === "set_locale") return { locale: (req as { locale: string }).locale };
    throw new Error(`unexpected command ${cmd}`);
  });
  return calls;
}

export const diskFull: AppError = { code: "disk-full", messageId: "error-disk-full", args: {}, detail: "SQLITE_FULL" };
