import { describe, expect, it } from "vitest";
import { has, i18n, LOCALES, setLocale, t } from "./i18n.svelte";

describe("i18n", () => {
  it("formats the same message in both languages from the shared .ftl files", () => {
    setLocale("ja");
    expect(t("welcome-title")).toBe("まもりへようこそ");
    setLocale("en");
    expect(t("welcome-title")).toBe("Welcome to Mamori");
    expect(i18n.locale).toBe("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("fills variables without isolation marks", () => {
    setLocale("ja");
    const s = t("welcome-data-location", { path: "/tmp/x.db" });
    expect(s).toBe("データの保存場所：/tmp/x.db");
    expect(s).not.toMatch(/[\u2068\u2069]/);
  });

  it("falls back to the id for an unknown message", () => {
    expect(t("no-such-message")).toBe("no-such-message");
  });

  it("bundles every error message in every locale", () => {
    for (const l of LOCALES) {
      for (const id of ["error-internal", "error-db-corrupt", "error-db-newer"]) {
        expect(has(l, id), `${l}/${id}`).toBe(true);
      }
    }
  });
});
