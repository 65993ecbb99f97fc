// The read path in `npm run bench`: a signed-in reader with a pending comment against an
// anonymous reader, a 304 against a 200, and the listing's bytes on the wire.
import { createClient } from "@libsql/client";
import type { Options, Result } from "autocannon";
import type { ChildProcess } from "node:child_process";
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { sha256Hex } from "../../server/lib/crypto.ts";
import { PAGE, SITE } from "./seed.ts";

/** What the widget asks for: 20 threads (widget/comment-section.ts PAGE_SIZE), replies paged. */
export const WIDGET_LIMIT = 20;
export const WIDGET_REPLIES = 3;

/** Gives the reader behind `token` a comment waiting for a moderator on the bench page. */
export async function addPendingComment(databaseUrl: string, token: string): Promise<void> {
  const client = createClient({ url: databaseUrl });
  const session = await client.execute({ sql: "SELECT user_id FROM sessions WHERE token_hash = ?", args: [await sha256Hex(token)] });
  const userId = String(session.rows[0]!.user_id);
  const at = "2000-01-01T00:00:00.000Z"; // first in the default (oldest first) listing
  await client.execute({
    sql: `INSERT INTO comments (id, site_id, page_key, parent_id, root_id, author_id, body, html, status, hold_reason, score,
            policy_version, report_count, created_at) VALUES ('bench-pending-1', ?, ?, NULL, 'bench-pending-1', ?, 'Waiting for a moderator.',
            '<p>Waiting for a moderator.</p>', 'pending', 'detector', 0.5, 1, 0, ?)`,
    args: [SITE, PAGE, userId, at],
  });
  client.close();
}

type Run = (name: string, server: ChildProcess, options: Options, seconds?: number) => Promise<Result & { cpuUsPerRequest: number }>;

/** Raw bytes as sent, without fetch's transparent decompression (node:http). */
async function rawBytes(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; encoding: string | null; bytes: number; body: Buffer }>((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        ok({
          status: res.statusCode ?? 0,
          encoding: (res.headers["content-encoding"] as string | undefined) ?? null,
          bytes: body.length,
          body,
        });
      });
    });
    req.on("error", fail);
    req.end();
  });
}

export interface ReadBench {
  url: string;
  child: ChildProcess;
  listPath: string;
  /** A reader with a pending comment on the page. */
  pendingToken: string;
  anonymous: Result & { cpuUsPerRequest: number };
  conditional: Result & { cpuUsPerRequest: number };
  run: Run;
  seconds: number;
}

export async function measureReads(b: ReadBench): Promise<string[]> {
  const auth = { Authorization: `Bearer ${b.pendingToken}` };
  const mine = await rawBytes(b.url + b.listPath, auth);
  const own = JSON.parse(mine.body.toString("utf8")) as { comments: { id: string }[] };
  const seesOwn = own.comments.some((c) => c.id === "bench-pending-1");
  const signedIn = await b.run(
    "Parley GET, signed in with a pending comment",
    b.child,
    { url: b.url + b.listPath, headers: auth },
    b.seconds,
  );

  const today = `${b.url}/api/v1/sites/${SITE}/comments?page=${PAGE}&limit=${WIDGET_LIMIT}`;
  const paged = `${today}&replies=${WIDGET_REPLIES}`;
  const unpaged = await rawBytes(today, {});
  const pagedGzip = await rawBytes(paged, { "Accept-Encoding": "gzip" });
  const fullGzip = await rawBytes(b.url + b.listPath, { "Accept-Encoding": "gzip" });
  const fullPlain = await rawBytes(b.url + b.listPath, {});
  const decoded = (r: { encoding: string | null; body: Buffer }) => (r.encoding === "gzip" ? gunzipSync(r.body) : r.body).toString("utf8");
  const gzipMatches = decoded(fullGzip) === fullPlain.body.toString("utf8");

  const ratio = signedIn.requests.average / b.anonymous.requests.average;
  const bytesRatio = pagedGzip.bytes / unpaged.bytes;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const cpu = (r: { cpuUsPerRequest: number }) => (Number.isNaN(r.cpuUsPerRequest) ? "-" : `${r.cpuUsPerRequest.toFixed(0)} µs CPU`);
  return [
    "",
    `signed-in reader with a pending comment: ${signedIn.requests.average.toFixed(0)} req/s, ${cpu(signedIn)}/req, ${JSON.stringify(signedIn.statusCodeStats ?? {})}` +
      ` (sees it: ${seesOwn ? "yes" : "NO"}); anonymous ${b.anonymous.requests.average.toFixed(0)} req/s, ${cpu(b.anonymous)}/req`,
    `  ratio ${ratio.toFixed(2)} (target ≥ 0.50: ${ratio >= 0.5 ? "MET" : "NOT MET"})`,
    `304: ${b.conditional.requests.average.toFixed(0)} req/s, ${cpu(b.conditional)}/req, p50 ${b.conditional.latency.p50} ms; 200: ${b.anonymous.requests.average.toFixed(0)} req/s, ${cpu(b.anonymous)}/req, p50 ${b.anonymous.latency.p50} ms` +
      ` (304 cheaper: ${b.conditional.cpuUsPerRequest < b.anonymous.cpuUsPerRequest ? "MET" : "NOT MET"})`,
    `listing bytes on the wire, the widget's request (limit=${WIDGET_LIMIT}): unpaged, uncompressed ${kb(unpaged.bytes)};` +
      ` replies=${WIDGET_REPLIES} + gzip ${kb(pagedGzip.bytes)} (${pagedGzip.encoding ?? "identity"}, ${pagedGzip.status})` +
      ` → ${(bytesRatio * 100).toFixed(0)}% (target ≤ 30%: ${bytesRatio <= 0.3 ? "MET" : "NOT MET"})`,
    `  default listing (limit=50, all replies): ${kb(fullPlain.bytes)} uncompressed, ${kb(fullGzip.bytes)} ${fullGzip.encoding ?? "identity"}` +
      ` (decompressed equals uncompressed: ${gzipMatches ? "yes" : "NO"})`,
  ];
}
