/** Node-side calls to the real API for the browser tests: seeding, moderation, sanctions. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

export class Api {
  constructor(readonly base: string) {}

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; data: T; headers: Headers }> {
    const res = await fetch(this.base + path, {
      method,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, data: text ? JSON.parse(text) : null, headers: res.headers };
  }

  /** A guest commenter: `{ token, user }`. */
  async guest(name: string, site = "demo"): Promise<{ token: string; user: { id: string; name: string } }> {
    const device = "dev" + Math.random().toString(36).slice(2) + Date.now().toString(36);
    const r = await this.call("POST", `/api/v1/sites/${site}/sessions`, { name, device });
    if (r.status !== 201) throw new Error(`guest session: ${r.status} ${JSON.stringify(r.data)}`);
    return r.data;
  }

  async post(token: string, page: string, body: string, parentId?: string, site = "demo") {
    const r = await this.call(
      "POST",
      `/api/v1/sites/${site}/comments`,
      { page, body, ...(parentId ? { parentId } : {}) },
      { authorization: `Bearer ${token}` },
    );
    if (r.status !== 201 && r.status !== 202) throw new Error(`post: ${r.status} ${JSON.stringify(r.data)}`);
    return r.data.comment as { id: string; status: string };
  }

  async preview(token: string, body: string, site = "demo") {
    return (await this.call("POST", `/api/v1/sites/${site}/preview`, { body }, { authorization: `Bearer ${token}` })).data as {
      decision: string;
      spans: { start: number; end: number }[];
    };
  }
}

/** A signed-in moderator (cookie + CSRF token) for the admin calls. */
export class Admin extends Api {
  cookie = "";
  csrf = "";

  static async login(base: string, email: string, password: string): Promise<Admin> {
    const a = new Admin(base);
    const res = await fetch(base + "/api/v1/admin/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`admin login: ${res.status} ${await res.text()}`);
    a.csrf = (await res.json()).csrfToken;
    a.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return a;
  }

  admin<T = any>(method: string, path: string, body?: unknown) {
    return this.call<T>(method, "/api/v1/admin" + path, body, { cookie: this.cookie, "x-csrf-token": this.csrf, origin: this.base });
  }

  async patchSite(changes: Record<string, unknown>, site = "demo") {
    const r = await this.admin("PATCH", `/sites/${site}`, changes);
    if (r.status !== 200) throw new Error(`patch site: ${r.status} ${JSON.stringify(r.data)}`);
    return r.data.site;
  }

  async sanction(userId: string, type: "warn" | "suspend" | "revoke", reason: string, hours?: number, site = "demo") {
    const r = await this.admin("POST", `/sites/${site}/users/${userId}/sanctions`, { type, reason, ...(hours ? { hours } : {}) });
    if (r.status !== 201) throw new Error(`sanction: ${r.status} ${JSON.stringify(r.data)}`);
    return r.data.sanction;
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page (open shadow roots included); returns the violations. */
export async function axe(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** What has focus, looking through shadow roots: tag, id, class, text. */
export function activeElement(page: Page) {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const host = (a?.getRootNode() as ShadowRoot)?.host;
    return a
      ? {
          tag: a.tagName.toLowerCase(),
          id: a.id,
          className: (a as HTMLElement).className,
          text: (a.textContent ?? "").trim().slice(0, 80),
          host: host?.tagName.toLowerCase() ?? null,
          hostId: host?.getAttribute("data-id") ?? null,
        }
      : null;
  });
}
