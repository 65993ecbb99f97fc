import { expect, it } from "vitest";
import { renderComment, renderDocument } from "../../../server/render/markdown.ts";
import { makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";

it("refuses control characters in names, page keys and titles, naming the field", async () => {
  const t = await makeTestApp();
  const c = Client.over(t.app);
  const name = await c.post("/api/v1/sites/demo/sessions", { name: "A\u0000B" });
  expect(name.status).toBe(400);
  expect(name.body.error).toMatchObject({ code: "validation_failed", field: "name" });
  await c.joinAsGuest("Ana");
  const page = await c.postComment("Hello", { page: "a\nb" });
  expect(page.body.error).toMatchObject({ code: "validation_failed", field: "page" });
  const title = await c.postComment("Hello", { title: "Title\u0007" });
  expect(title.body.error).toMatchObject({ code: "validation_failed", field: "title" });
});

it("an over-long comment is refused before it counts against the rate limit", async () => {
  const t = await makeTestApp();
  const c = Client.over(t.app);
  await c.joinAsGuest("Ana");
  for (let i = 0; i < 6; i++) expect((await c.postComment("x".repeat(10_001))).status).toBe(400);
  expect((await c.postComment("Within the limit, and within the rate.")).status).toBe(201);
});

it("comments get no tables; policy documents may have them", () => {
  const table = "| a | b |\n| - | - |\n| 1 | 2 |";
  expect(renderComment(table)).not.toContain("<table");
  expect(renderDocument(table)).toContain("<table");
});

it("refuses guest names that hide text direction or pass for staff, naming the field", async () => {
  const t = await makeTestApp();
  const c = Client.over(t.app);
  for (const name of ["Ana\u202Egnp.exe", "\u0410dmin", "A moderator", "\u200B"]) {
    const res = await c.post("/api/v1/sites/demo/sessions", { name });
    expect(res.status, name).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", field: "name" });
  }
  expect((await c.post("/api/v1/sites/demo/sessions", { name: "Ana María" })).status).toBe(201);
});
