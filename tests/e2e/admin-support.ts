/** Helpers for the admin view's browser tests: seeding over HTTP, axe under a strict CSP, screenshots. */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { Client } from "../helpers/client.ts";

export const DEMO_PAGE = "demo-article";
export const ATTACK = "You are a stupid worthless idiot.";

/**
 * A guest commenter seen from its own address (the server runs with TRUST_PROXY=1), so a
 * sanction on one guest never blocks another's session.
 */
export class Guest {
  readonly client: Client;
  user!: { id: string; name: string };
  constructor(
    readonly base: string,
    readonly address: string,
  ) {
    this.client = Client.http(base);
  }
  get headers() {
    return { "X-Forwarded-For": this.address };
  }
  static async join(base: string, name: string, n: number): Promise<Guest> {
    const g = new Guest(base, `10.20.${Math.floor(n / 250)}.${(n % 250) + 1}`);
    const res = await g.client.post("/api/v1/sites/demo/sessions", { name, device: `admin-e2e-${n}-${Date.now()}` }, g.headers);
    if (res.status !== 201) throw new Error(`guest session: ${res.status} ${JSON.stringify(res.body)}`);
    g.client.token = res.body.token;
    g.user = res.body.user;
    return g;
  }
  /** Uses an existing token (e.g. the one a browser's widget holds). */
  static withToken(base: string, token: string, address: string): Guest {
    const g = new Guest(base, address);
    g.client.token = token;
    return g;
  }
  async post(body: string, extra: Record<string, unknown> = {}) {
    const res = await this.client.call(
      "POST",
      "/api/v1/sites/demo/comments",
      { page: DEMO_PAGE, url: `${this.base}/`, title: "Demo article", body, ...extra },
      this.headers,
    );
    if (res.status !== 201 && res.status !== 202) throw new Error(`post: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.comment as { id: string; status: string; body: string };
  }
  /** An attack sent for review after its refusal: a pending comment (202). */
  async held(body = ATTACK, extra: Record<string, unknown> = {}) {
    const c = await this.post(body, { acknowledge: true, ...extra });
    if (c.status !== "pending") throw new Error(`expected a pending comment, got ${c.status}`);
    return c;
  }
  /** A threat: refused (422, no acknowledging it) and queued for moderators; answers its queue item's id. */
  async threat(body: string) {
    const res = await this.client.call("POST", "/api/v1/sites/demo/comments", { page: DEMO_PAGE, body }, this.headers);
    if (res.status !== 422 || res.body.error.rule !== "threats") throw new Error(`threat: ${res.status} ${JSON.stringify(res.body)}`);
  }
  async report(commentId: string, reason = "personal-attack", note?: string) {
    const res = await this.client.call(
      "POST",
      `/api/v1/sites/demo/comments/${commentId}/reports`,
      { reason, ...(note ? { note } : {}) },
      this.headers,
    );
    if (res.status !== 201) throw new Error(`report: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core on the page, open shadow roots included. /admin forbids inline scripts, so axe is
 * evaluated through the DevTools protocol instead of a script tag.
 */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v: any) => v.impact === "serious" || v.impact === "critical")
      .map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n: any) => n.target) }));
  });
}

const shots = resolve(import.meta.dirname, "../../artifacts/screenshots");
export async function screenshot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `admin-${name}.png`), fullPage: false });
}

/** The element that has focus, through shadow roots. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const host = (a?.getRootNode() as ShadowRoot)?.host;
    return {
      tag: a?.tagName.toLowerCase() ?? null,
      host: host?.tagName.toLowerCase() ?? null,
      comment: a?.getAttribute("data-comment") ?? null,
      id: a?.id ?? null,
    };
  });
}
