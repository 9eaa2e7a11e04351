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

// Each language's messages are parsed the first time that language is used (about 230 kB of
// .ftl each): a start in Japanese does not pay for English until the user switches.
const bundles: Partial<Record<Locale, FluentBundle>> = {};

function bundle(locale: Locale): FluentBundle {
  const cached = bundles[locale];
  if (cached) return cached;
  const b = new FluentBundle(locale, { useIsolating: false });
  for (const [path, source] of Object.entries(files)) {
    if (!path.includes(`/locales/${locale}/`)) continue;
    const errors = b.addResource(new FluentResource(source));
    for (const err of errors) console.error(`[i18n] ${path}: ${err.message}`);
  }
  bundles[locale] = b;
  return b;
}

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
  return bundle(locale).hasMessage(id);
}

function format(locale: Locale, id: string, args?: Args): string | undefined {
  const b = bundle(locale);
  const msg = b.getMessage(id);
  if (!msg?.value) return undefined;
  const errors: Error[] = [];
  const out = b.formatPattern(msg.value, args ?? null, errors);
  for (const e of errors) console.warn(`[i18n] ${locale}/${id}: ${e.message}`);
  return out;
}
