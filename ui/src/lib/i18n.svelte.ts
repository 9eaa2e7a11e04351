// Fluent in the UI. The .ftl files under /locales are bundled at build time and are the same
// files the Rust side embeds for the CLI and PDF reports.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Locale } from "../bindings/ipc";

export const LOCALES: readonly Locale[] = ["ja", "en"];

const files = import.meta.glob<string>("../../../locales/*/**/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

function buildBundles(): Record<Locale, FluentBundle> {
  const bundles = {} as Record<Locale, FluentBundle>;
  for (const l of LOCALES) bundles[l] = new FluentBundle(l, { useIsolating: false });
  for (const [path, source] of Object.entries(files)) {
    const m = /\/locales\/([a-z]+)\//.exec(path);
    const locale = m?.[1] as Locale | undefined;
    if (!locale || !(locale in bundles)) continue;
    const errors = bundles[locale].addResource(new FluentResource(source));
    for (const err of errors) console.error(`[i18n] ${path}: ${err.message}`);
  }
  return bundles;
}

const bundles = buildBundles();

/** The current UI language. Reading it inside a component makes that component re-render on change. */
export const i18n = $state<{ locale: Locale }>({ locale: "ja" });

export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

export type Args = Record<string, FluentVariable>;

/** Formats message `id` in the current language, falling back to English, then to the id. */
export function t(id: string, args?: Args): string {
  return format(i18n.locale, id, args) ?? format("en", id, args) ?? id;
}

export function has(locale: Locale, id: string): boolean {
  return bundles[locale].hasMessage(id);
}

function format(locale: Locale, id: string, args?: Args): string | undefined {
  const bundle = bundles[locale];
  const msg = bundle.getMessage(id);
  if (!msg?.value) return undefined;
  const errors: Error[] = [];
  const out = bundle.formatPattern(msg.value, args ?? null, errors);
  for (const e of errors) console.warn(`[i18n] ${locale}/${id}: ${e.message}`);
  return out;
}
