import { ADMIN } from "./app.ts";

type Fetcher = (path: string, init?: RequestInit) => Response | Promise<Response>;

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small client over either `app.request` (in process) or real HTTP, for the same tests. */
export class Client {
  token?: string;
  cookie?: string;
  csrf?: string;
  constructor(private readonly fetcher: Fetcher) {}

  static over(app: { request: Fetcher }): Client {
    return new Client((path, init) => app.request(path, init));
  }

  static http(baseUrl: string): Client {
    return new Client((path, init) => fetch(baseUrl + path, init));
  }

  fork(): Client {
    return new Client(this.fetcher);
  }

  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h["Content-Type"] = "application/json";
    if (this.token) h.Authorization = `Bearer ${this.token}`;
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== "GET") h["X-CSRF-Token"] = this.csrf;
    const res = await this.fetcher(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.call<T>("GET", path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.call<T>("POST", path, body ?? {}, headers);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.call<T>("PATCH", path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.call<T>("PUT", path, body);
  }
  delete<T = any>(path: string) {
    return this.call<T>("DELETE", path);
  }

  /** Joins `site` as a guest; the client then acts as that guest. */
  async joinAsGuest(name: string, site = "demo", device?: string) {
    const res = await this.post(`/api/v1/sites/${site}/sessions`, device ? { name, device } : { name });
    if (res.status !== 201) throw new Error(`guest session failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.body.token;
    return res.body.user as { id: string; name: string };
  }

  /** Signs in as an admin; the client then carries the cookie and CSRF token. */
  async loginAdmin(email = ADMIN.email, password = ADMIN.password) {
    const res = await this.post("/api/v1/admin/login", { email, password });
    if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.cookie = res.headers.get("set-cookie")!.split(";")[0];
    this.csrf = res.body.csrfToken;
    return res.body.admin;
  }

  postComment(body: string, extra: Record<string, unknown> = {}, site = "demo") {
    return this.post(`/api/v1/sites/${site}/comments`, { page: "article-1", body, ...extra });
  }
}
