// An error's message in the current language, as the error banner shows it: a `field`
// argument that names a form field (field-<name>) is shown as that field's label.
import type { IpcError } from "./errors";
import { has, i18n, t } from "./i18n.svelte";

export function errorText(error: IpcError): string {
  const a: Record<string, string> = { ...error.args };
  const label = a.field ? `field-${a.field}` : "";
  if (label && has(i18n.locale, label)) a.field = t(label);
  return t(error.messageId, a);
}

/** The field a validation error is about, if any (`naReason`, `title`, …). */
export function errorField(error: IpcError | null): string | null {
  if (!error || error.code !== "invalid-input") return null;
  return error.args.field ?? null;
}

/** Empty or blank text as null, as the backend stores "not filled in". */
export function blank(s: string): string | null {
  const v = s.trim();
  return v === "" ? null : v;
}
