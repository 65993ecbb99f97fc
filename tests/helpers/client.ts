import { ADMIN } from "./app.ts";

import { HttpClient, type Fetcher } from "./http-client.ts";

export type { ApiResponse } from "./http-client.ts";

/** The test client over either `app.request` (in process) or real HTTP, for the same tests. */
export class Client extends HttpClient {
  static over(app: { request: Fetcher }): Client {
    return new Client((path, init) => app.request(path, init));
  }

  static http(baseUrl: string): Client {
    return new Client((path, init) => fetch(baseUrl + path, init));
  }

  fork(): Client {
    return new Client(this.fetcher);
  }

  /** Joins `site` as a guest; the client then acts as that guest. */
  async joinAsGuest(name: string, site = "demo", device?: string) {
    const res = await this.post(`/api/v1/sites/${site}/sessions`, device ? { name, device } : { name });
    if (res.status !== 201) throw new Error(`guest session failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.body.token;
    return res.body.user as { id: string; name: string };
  }

  /** Signs in as an admin (the test app's owner unless told otherwise). */
  loginAdmin(email = ADMIN.email, password = ADMIN.password) {
    return this.signIn(email, password);
  }

  postComment(body: string, extra: Record<string, unknown> = {}, site = "demo") {
    return this.post(`/api/v1/sites/${site}/comments`, { page: "article-1", body, ...extra });
  }
}
