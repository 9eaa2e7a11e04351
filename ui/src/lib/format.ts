// Dates as people read them: 2026年11月25日 / 25 November 2026. Dates without a time are taken
// as they are (no time-zone shift); timestamps are shown in the user's local time.
import type { Locale } from "../bindings/ipc";

function tag(locale: Locale): string {
  return locale === "ja" ? "ja-JP" : "en-GB";
}

/** `YYYY-MM-DD` or an ISO timestamp → a localized long date. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "";
  // A year, or a year and month, as in sources' publication dates.
  if (/^\d{4}$/.test(iso)) return locale === "ja" ? `${iso}年` : iso;
  const ym = /^(\d{4})-(\d{2})$/.exec(iso);
  if (ym) {
    const d = new Date(Number(ym[1]), Number(ym[2]) - 1, 1);
    return new Intl.DateTimeFormat(tag(locale), { year: "numeric", month: "long" }).format(d);
  }
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), { year: "numeric", month: "long", day: "numeric" }).format(d);
}

/** A number with the locale's grouping. */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale)).format(n);
}
