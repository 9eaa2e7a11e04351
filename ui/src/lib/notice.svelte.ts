// A one-time message for the next screen (e.g. "the backup is restored" shown on the portfolio).
export const notice = $state<{ text: string }>({ text: "" });

/** Returns the message once and forgets it. */
export function takeNotice(): string {
  const text = notice.text;
  notice.text = "";
  return text;
}
