// Errors from the backend arrive as {code, messageId, args, detail} (crates/app/src/error.rs).
// The UI shows the localized message for messageId and never matches on message text.
import type { AppError, ErrorCode } from "../bindings/ipc";

export class IpcError extends Error {
  readonly code: ErrorCode;
  readonly messageId: string;
  readonly args: Record<string, string>;
  readonly detail: string;

  constructor(e: AppError) {
    super(e.detail);
    this.name = "IpcError";
    this.code = e.code;
    this.messageId = e.messageId;
    this.args = { ...e.args };
    this.detail = e.detail;
  }

  /** Turns whatever a rejected invoke gives into an IpcError. */
  static from(e: unknown): IpcError {
    if (e instanceof IpcError) return e;
    if (isAppError(e)) return new IpcError(e);
    const detail = e instanceof Error ? e.message : String(e);
    return new IpcError({ code: "internal", messageId: "error-internal", args: {}, detail });
  }
}

function isAppError(e: unknown): e is AppError {
  if (typeof e !== "object" || e === null) return false;
  const o = e as Record<string, unknown>;
  return typeof o.code === "string" && typeof o.messageId === "string" && typeof o.detail === "string";
}
