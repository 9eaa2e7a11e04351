import { describe, expect, it } from "vitest";
import { IpcError } from "./errors";

describe("IpcError.from", () => {
  it("keeps the structured error the backend sends", () => {
    const e = IpcError.from({
      code: "db-newer",
      messageId: "error-db-newer",
      args: { found: "3", supported: "2" },
      detail: "schema 3 > 2",
    });
    expect(e).toBeInstanceOf(IpcError);
    expect(e.code).toBe("db-newer");
    expect(e.messageId).toBe("error-db-newer");
    expect(e.args).toEqual({ found: "3", supported: "2" });
  });

  it("turns anything else into an internal error with the text as detail", () => {
    const e = IpcError.from("command set_locale not allowed");
    expect(e.code).toBe("internal");
    expect(e.messageId).toBe("error-internal");
    expect(e.detail).toBe("command set_locale not allowed");
  });
});
