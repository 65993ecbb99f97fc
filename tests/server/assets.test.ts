import { gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { makeAsset } from "../../server/assets.ts";
import { makeTestApp } from "../helpers/app.ts";

it("serves bundles gzipped to clients that accept it, with a validator and cache headers", async () => {
  const source = `console.log(${JSON.stringify("parley ".repeat(2000))});`;
  const t = await makeTestApp({ assets: { "widget.js": await makeAsset(source, "text/javascript; charset=utf-8") } });
  const zipped = await t.app.request("/widget.js", { headers: { "Accept-Encoding": "gzip, deflate, br" } });
  expect(zipped.headers.get("content-encoding")).toBe("gzip");
  expect(zipped.headers.get("vary")).toContain("Accept-Encoding");
  const bytes = Buffer.from(await zipped.arrayBuffer());
  expect(bytes.length).toBeLessThan(source.length / 10);
  expect(gunzipSync(bytes).toString("utf8")).toBe(source);

  const plain = await t.app.request("/widget.js");
  expect(plain.headers.get("content-encoding")).toBeNull();
  expect(await plain.text()).toBe(source);
  expect(plain.headers.get("cache-control")).toMatch(/max-age=\d+/);

  const etag = plain.headers.get("etag")!;
  expect((await t.app.request("/widget.js", { headers: { "If-None-Match": etag } })).status).toBe(304);
  const pinned = await t.app.request(`/widget.js?v=${etag.replace(/"/g, "")}`);
  expect(pinned.headers.get("cache-control")).toContain("immutable");
});

it("serves the widget's modules under /w/ gzipped, cached for good, to pages on any origin (module scripts use CORS)", async () => {
  const source = `export const x = ${JSON.stringify("module ".repeat(500))};`;
  const t = await makeTestApp({ assets: { "w/main-ABC123.js": await makeAsset(source, "text/javascript; charset=utf-8") } });
  const res = await t.app.request("/w/main-ABC123.js", { headers: { "Accept-Encoding": "gzip", Origin: "https://publisher.example" } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-encoding")).toBe("gzip");
  expect(res.headers.get("cache-control")).toContain("immutable");
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString("utf8")).toBe(source);
  expect((await t.app.request("/w/other-XYZ.js")).status).toBe(404);
  expect((await t.app.request("/w/..%2Fadmin.js")).status).toBe(404);
});
