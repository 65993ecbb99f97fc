// The baseline for POST: how fast the database itself takes a comment's rows when nothing else
// runs. A loop over @libsql/client (the same driver and pragmas as the server: openDatabase),
// one transaction per comment holding the rows a published POST writes: the two rate-limit
// counters, the page bump, the comment (with its spam fingerprint and signals), its four fingerprint
// bands, the detector's decision and the audit entry. No HTTP, no JSON, no detector, no spam
// signals, no markdown; plain INSERT ... VALUES.
import { openDatabase } from "../../db/client.ts";
import { newId } from "../../server/lib/crypto.ts";

export interface RawWriteResult {
  /** Comments written per second. */
  rps: number;
  /** Per-comment latency of the loop, ms. */
  p50: number;
  p99: number;
  written: number;
  /** CPU time of this process per comment, µs: comparable with the server's CPU per POST. */
  cpu: number;
}

const COUNT_HIT = `INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, 1)
  ON CONFLICT (key) DO UPDATE SET count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
  window_start = excluded.window_start RETURNING count`;
const BUMP_PAGE = `INSERT INTO pages (site_id, key, url, title, version, created_at) VALUES (?, ?, NULL, NULL, 1, ?)
  ON CONFLICT (site_id, key) DO UPDATE SET version = version + 1`;
const INSERT_COMMENT = `INSERT INTO comments (id, site_id, page_key, parent_id, root_id, author_id, body, html, status,
  hold_reason, score, rule, spans, fingerprint, spam_score, signals, policy_version, report_count, last_report_at, decided_at,
  created_at, edited_at, deleted_at)
  VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 'published', NULL, ?, NULL, '[]', ?, 0, '[]', ?, 0, NULL, NULL, ?, NULL, NULL)`;
const INSERT_BANDS = `INSERT INTO comment_bands (site_id, band, comment_id, created_at) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)`;
const INSERT_DECISION = `INSERT INTO decisions (id, site_id, comment_id, actor, outcome, policy_version, rule, score, note, created_at)
  VALUES (?, ?, ?, 'detector', 'publish', ?, NULL, ?, NULL, ?)`;
const INSERT_AUDIT = `INSERT INTO audit_log (id, site_id, actor_type, actor_id, action, target_type, target_id, user_id,
  policy_version, rule, score, detail, created_at) VALUES (?, ?, 'detector', NULL, 'comment.publish', 'comment', ?, ?, ?, NULL, ?, NULL, ?)`;

/** Writes comments for `seconds` into the database at `databaseUrl` (seeded like the server's). */
export async function rawWrites(databaseUrl: string, options: { site: string; page: string; bodies: string[]; seconds: number }) {
  const { client, close } = await openDatabase({ url: databaseUrl });
  const authors = (await client.execute({ sql: "SELECT id FROM users WHERE site_id = ? LIMIT 500", args: [options.site] })).rows.map((r) =>
    String(r[0]),
  );
  const policyVersion = Number((await client.execute("SELECT max(version) FROM policies")).rows[0]![0]);
  const latencies: number[] = [];
  const began = performance.now();
  const cpuBefore = process.cpuUsage();
  const until = began + options.seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const started = performance.now();
    const now = new Date();
    const at = now.toISOString();
    const windowStart = Math.floor(now.getTime() / 60_000) * 60;
    const id = newId();
    const author = authors[i % authors.length]!;
    const body = `${options.bodies[i % options.bodies.length]} (#${i})`;
    const score = 0.01;
    // (a fingerprint's value does not change the cost of writing it)
    const fingerprint = (i * 0x9e3779b1).toString(16).padStart(16, "0").slice(-16);
    await client.batch(
      [
        { sql: COUNT_HIT, args: [`comment:user:${author}`, windowStart] },
        { sql: COUNT_HIT, args: [`comment:address:${options.site}:${author}`, windowStart] },
        { sql: BUMP_PAGE, args: [options.site, options.page, at] },
        {
          sql: INSERT_COMMENT,
          args: [id, options.site, options.page, id, author, body, `<p>${body}</p>`, score, fingerprint, policyVersion, at],
        },
        { sql: INSERT_BANDS, args: [0, 1, 2, 3].flatMap((k) => [options.site, `${k}:${fingerprint.slice(k * 4, k * 4 + 4)}`, id, at]) },
        { sql: INSERT_DECISION, args: [newId(), options.site, id, policyVersion, score, at] },
        { sql: INSERT_AUDIT, args: [newId(), options.site, id, author, policyVersion, score, at] },
      ],
      "write",
    );
    latencies.push(performance.now() - started);
  }
  const elapsed = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  close();
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 100) / 100;
  const written = latencies.length;
  return {
    rps: written / elapsed,
    p50: pick(0.5),
    p99: pick(0.99),
    written,
    cpu: (cpu.user + cpu.system) / written,
  } satisfies RawWriteResult;
}
