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

/** Starts the app with `env` (tauri-driver passes the driver's own environment to the app). */
export async function startSession(app) {
  const value = await wd("POST", "/session", {
    capabilities: { alwaysMatch: { browserName: "wry", "tauri:options": { application: app } } },
  });
  return new Session(value.sessionId);
}

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
  async click(css) {
    await wd("POST", `/session/${this.id}/element/${await this.find(css)}/click`, {});
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
