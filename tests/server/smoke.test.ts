import { describe, expect, it } from "vitest";
import { makeTestApp } from "../helpers/app.ts";
import { Client } from "../helpers/client.ts";

describe("smoke", () => {
  it("posts and lists", async () => {
    const t = await makeTestApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    const posted = await c.postComment("Hello **world**");
    expect(posted.status).toBe(201);
    const list = await c.get("/api/v1/sites/demo/comments?page=article-1");
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.comments[0].html).toContain("<strong>world</strong>");
  });
});
