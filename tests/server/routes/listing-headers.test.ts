import { expect, it } from "vitest";
import { makeTestApp } from "../../helpers/app.ts";

it("comment listings tell caches to revalidate, per viewer", async () => {
  const t = await makeTestApp();
  const res = await t.app.request("/api/v1/sites/demo/comments?page=article-1");
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("private, no-cache");
  expect(res.headers.get("vary")).toContain("Authorization");
});
