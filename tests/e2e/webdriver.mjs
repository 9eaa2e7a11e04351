// A tiny W3C WebDriver client over fetch (no dependencies), enough to drive Mamori through
// tauri-driver: sessions, finding elements, clicking, reading text, screenshots.
import { writeFileSync } from "node:fs";

const BASE = process.env.MAMORI_E2E_DRIVER ?? "http://127.0.0.1:4444";
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

async function wd(method, path, body) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok || (json.value && json.value.error)) {
    throw new Error(`${method} ${path}: ${JSON.stringify(json.value ?? json)}`);
  }
  return json.value;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the app (it inherits the driver's environment). `args` go to the app, e.g.
 * `["--data-dir", dir]` for a data folder of the test's own.
 */
export async function startSession(app, args = []) {
  const value = await wd("POST", "/session", {
    capabilities: { alwaysMatch: { browserName: "wry", "tauri:options": { application: app, args } } },
  });
  return new Session(value.sessionId);
}

/** WebDriver key codes. */
export const Keys = { Enter: "\uE007", Tab: "\uE004", ArrowDown: "\uE015", ArrowUp: "\uE013", ArrowRight: "\uE014", Space: "\uE00D" };

export class Session {
  constructor(id) {
    this.id = id;
  }
  async find(css, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      try {
        const v = await wd("POST", `/session/${this.id}/element`, { using: "css selector", value: css });
        return v[ELEMENT];
      } catch (e) {
        last = e;
        await sleep(100);
      }
    }
    throw new Error(`element ${css} not found: ${last}`);
  }
  async text(css) {
    return wd("GET", `/session/${this.id}/element/${await this.find(css)}/text`);
  }
  async attribute(css, name) {
    return wd("GET", `/session/${this.id}/element/${await this.find(css)}/attribute/${name}`);
  }
  /**
   * Clicks the element. Right after a screen changes, WebKit may still report the element as
   * "not interactable" (not laid out yet) or "stale" (re-rendered): those are retried, with a
   * fresh lookup, until the timeout; any other error is thrown at once. WebKitWebDriver does not
   * scroll a visually hidden control (the radio inside an answer card) into view by itself, so a
   * retry first scrolls the element to the middle of the view, as a person would.
   */
  async click(css, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        await wd("POST", `/session/${this.id}/element/${await this.find(css, timeoutMs)}/click`, {});
        return;
      } catch (e) {
        const transient = /not interactable|stale element|click intercepted/.test(String(e));
        if (!transient || Date.now() >= end) throw e;
        await this.exec(
          "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({ block: 'center' });",
          [css],
        ).catch(() => {});
        await sleep(100);
      }
    }
  }
  /** Types into a field (after clearing it). */
  async type(css, text) {
    const el = await this.find(css);
    await wd("POST", `/session/${this.id}/element/${el}/clear`, {});
    if (text !== "") await wd("POST", `/session/${this.id}/element/${el}/value`, { text });
  }
  /** Sends keys to whatever has the focus. */
  async keys(text) {
    const actions = [...text].flatMap((c) => [{ type: "keyDown", value: c }, { type: "keyUp", value: c }]);
    await wd("POST", `/session/${this.id}/actions`, { actions: [{ type: "key", id: "keyboard", actions }] });
    await wd("DELETE", `/session/${this.id}/actions`).catch(() => {});
  }
  /** Runs a script in the page and returns its result. */
  async exec(script, args = []) {
    return wd("POST", `/session/${this.id}/execute/sync`, { script, args });
  }
  /** Whether an element is there right now. */
  async exists(css) {
    const v = await wd("POST", `/session/${this.id}/elements`, { using: "css selector", value: css });
    return v.length > 0;
  }
  /** Waits until `fn()` is truthy. */
  async until(fn, what, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const v = await fn().catch(() => undefined);
      if (v) return v;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${what}`);
  }
  /** Waits until the element's text equals `want` (or the timeout passes) and returns the text. */
  async waitForText(css, want, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    let got;
    while (Date.now() < end) {
      got = await this.text(css).catch(() => undefined);
      if (got === want) return got;
      await sleep(100);
    }
    return got;
  }
  /** Sets the window's outer size (the projector case: 1280×720). */
  async setWindowSize(width, height) {
    await wd("POST", `/session/${this.id}/window/rect`, { width, height });
  }
  /** The document's title. */
  async title() {
    return wd("GET", `/session/${this.id}/title`);
  }
  async screenshot(path) {
    // Let WebKit paint the last change before capturing (screenshots can lag a click).
    await sleep(1200);
    const b64 = await wd("GET", `/session/${this.id}/screenshot`);
    writeFileSync(path, Buffer.from(b64, "base64"));
  }
  async close() {
    await wd("DELETE", `/session/${this.id}`).catch(() => {});
  }
}
