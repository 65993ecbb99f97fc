// A small JSON-over-HTTP client for tests: a commenter's token, an admin's cookie and CSRF token.
// Knows nothing of the server's source, so the black-box suite (tests/api/) can use it too.
export type Fetcher = (path: string, init?: RequestInit) => Response | Promise<Response>;

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class HttpClient {
  token?: string;
  cookie?: string;
  csrf?: string;
  constructor(protected readonly fetcher: Fetcher) {}

  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    // a form goes as the multipart body fetch makes of it (its boundary in the Content-Type)
    const form = body instanceof FormData ? new Request("http://form.invalid", { method: "POST", body }) : null;
    if (form) h["Content-Type"] = form.headers.get("Content-Type")!;
    else if (body !== undefined) h["Content-Type"] = "application/json";
    if (this.token) h.Authorization = `Bearer ${this.token}`;
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== "GET") h["X-CSRF-Token"] = this.csrf;
    const res = await this.fetcher(path, {
      method,
      headers: h,
      body: form ? await form.arrayBuffer() : body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
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

  /** Signs in as an admin; the client then carries the session cookie and the CSRF token. */
  async signIn(email: string, password: string): Promise<{ id: string; email: string; role: string }> {
    const res = await this.post("/api/v1/admin/login", { email, password });
    if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.cookie = res.headers.get("set-cookie")!.split(";")[0];
    this.csrf = res.body.csrfToken;
    return res.body.admin;
  }
}
