import type { Context } from "hono";
import type { Cached } from "../comments/listing-cache.ts";
import { gzip } from "../lib/gzip.ts";

/** Whether the client takes gzip (and did not refuse it with q=0). */
function acceptsGzip(header: string | undefined): boolean {
  const match = header?.match(/(?:^|,)\s*gzip\s*(?:;\s*q\s*=\s*([0-9.]+))?/i);
  return match !== null && match !== undefined && (match[1] === undefined || Number(match[1]) > 0);
}

/** Each content coding has its own strong validator. */
const gzipTag = (etag: string) => `${etag.slice(0, -1)}-gz"`;

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.trim() === "*" || (ifNoneMatch.match(/"[^"]*"/g) ?? ([] as string[])).includes(etag);
}

/**
 * Sends a serialised JSON answer: 304 when the client holds it already (answered here, so the
 * ETag middleware never reads the body), gzip when the client takes it, else the bytes as cached.
 */
export async function sendCached(c: Context, answer: Cached, headers: Record<string, string>): Promise<Response> {
  const zipped = acceptsGzip(c.req.header("Accept-Encoding"));
  const etag = zipped ? gzipTag(answer.etag) : answer.etag;
  const vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : "Accept-Encoding";
  const common = { ...headers, Vary: vary, ETag: etag };
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch && (matches(ifNoneMatch, answer.etag) || matches(ifNoneMatch, gzipTag(answer.etag)))) {
    return c.body(null, 304, common);
  }
  const body = zipped ? (answer.gzip ?? (await gzip(answer.body))) : answer.body;
  const typed = { ...common, "Content-Type": "application/json; charset=UTF-8" };
  if (!zipped) return c.body(body, 200, typed);
  // Workers compress a body sent with Content-Encoding again unless told it is encoded already.
  return new Response(body, { status: 200, headers: { ...typed, "Content-Encoding": "gzip" }, encodeBody: "manual" } as ResponseInit);
}
