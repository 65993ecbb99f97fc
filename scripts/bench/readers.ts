// Readers' parts in the bench (issue 12): what a vote costs, next to a GET of the listing and a
// POST of a comment measured in the same run on the same server, and the comment-count endpoint
// asked for 50 pages at once (a 200, and a 304 revalidation).
//
// `npm run bench` runs it after the rest; alone: `npx tsx scripts/bench/readers.ts`
// (BENCH_DURATION seconds per run, default 5; BENCH_CONNECTIONS, default 50).
import { createClient } from "@libsql/client";
import autocannon, { type Options, type Result } from "autocannon";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256Hex } from "../../server/lib/crypto.ts";
import { startParley } from "./parley-server.ts";
import { generatedBodies, PAGE, realBodies, seed, SITE } from "./seed.ts";

const COUNTED_PAGES = 50;

function cpuMs(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

type Measured = Result & { cpuUsPerRequest: number };

async function measure(child: ChildProcess, options: Options): Promise<Measured> {
  const before = cpuMs(child);
  const result = await autocannon(options);
  return Object.assign(result, { cpuUsPerRequest: ((cpuMs(child) - before) * 1000) / Math.max(1, result.requests.total) });
}

const statuses = (r: Result) =>
  Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${s.count}`)
    .join(" ");

/** Seeds its own database (the bench's page of 1,000 comments), starts the server, measures; answers the report's lines. */
export async function benchReaders(seconds = 5, connections = 50): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-readers-"));
  const databaseUrl = `file:${join(dir, "bench.db")}`;
  try {
    const real = realBodies();
    const seeded = await seed(databaseUrl, real.length >= 2000 ? real : [...real, ...generatedBodies(2000 - real.length)]);

    // Who may vote on what: never one's own comment.
    const client = createClient({ url: databaseUrl });
    const userOf = new Map<string, string>();
    for (const token of seeded.tokens) {
      const row = await client.execute({ sql: "SELECT user_id FROM sessions WHERE token_hash = ?", args: [await sha256Hex(token)] });
      userOf.set(token, String(row.rows[0]!.user_id));
    }
    const published = (
      await client.execute({ sql: "SELECT id, author_id FROM comments WHERE page_key = ? AND status = 'published'", args: [PAGE] })
    ).rows.map((r) => ({ id: String(r.id), author: String(r.author_id) }));
    client.close();

    const server = await startParley(databaseUrl);
    try {
      const base = { connections, duration: seconds };
      const listPath = `/api/v1/sites/${SITE}/comments?page=${PAGE}&limit=20&replies=3`;
      await autocannon({ url: server.url + listPath, connections: 10, duration: 2 });
      const get = await measure(server.child, { ...base, url: server.url + listPath });

      let p = 0;
      const post = await measure(server.child, {
        ...base,
        url: server.url,
        requests: [
          {
            method: "POST",
            path: `/api/v1/sites/${SITE}/comments`,
            setupRequest: (request) => {
              const i = p++;
              const token = seeded.tokens[i % seeded.tokens.length]!;
              return {
                ...request,
                headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "X-Forwarded-For": `10.9.${i % 250}.1` },
                body: JSON.stringify({ page: "bench-readers-posts", body: `${seeded.publishable[i % seeded.publishable.length]} (#${i})` }),
              };
            },
          },
        ],
      });

      // Each vote by the next reader on another comment; a pair met again clears its vote, so
      // every request writes (a vote, or its removal) and the counters move both ways.
      let v = 0;
      const cast = new Set<string>();
      const vote = await measure(server.child, {
        ...base,
        url: server.url,
        requests: [
          {
            method: "PUT",
            setupRequest: (request) => {
              let token: string, comment: { id: string; author: string };
              do {
                const i = v++;
                token = seeded.tokens[i % seeded.tokens.length]!;
                comment = published[(i * 7919) % published.length]!;
              } while (comment.author === userOf.get(token));
              const pair = `${token}|${comment.id}`;
              const value = cast.has(pair) ? 0 : 1;
              if (value) cast.add(pair);
              else cast.delete(pair);
              return {
                ...request,
                path: `/api/v1/sites/${SITE}/comments/${comment.id}/vote`,
                headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "X-Forwarded-For": `10.8.${v % 250}.1` },
                body: JSON.stringify({ value }),
              };
            },
          },
        ],
      });
      const votesPath = `/api/v1/sites/${SITE}/votes?page=${PAGE}`;
      const pageVotes = await measure(server.child, { ...base, url: server.url + votesPath });

      // Counts for 50 article pages of 1 to 10 comments each.
      const keys = Array.from({ length: COUNTED_PAGES }, (_, i) => `https://news.example.com/2026/story-${i}`);
      let k = 0;
      for (const [i, key] of keys.entries()) {
        for (let n = 0; n <= i % 10; n++) {
          const token = seeded.tokens[k++ % seeded.tokens.length]!;
          const res = await fetch(`${server.url}/api/v1/sites/${SITE}/comments`, {
            method: "POST",
            headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "X-Forwarded-For": `10.7.${k % 250}.1` },
            body: JSON.stringify({ page: key, body: `${seeded.publishable[k % seeded.publishable.length]} (story ${i})` }),
          });
          if (res.status >= 300) throw new Error(`seeding counts: ${res.status} ${await res.text()}`);
        }
      }
      const countsPath = `/api/v1/sites/${SITE}/counts?` + keys.map((key) => `page=${encodeURIComponent(key)}`).join("&");
      const first = await fetch(server.url + countsPath);
      const answer = (await first.json()) as { counts: Record<string, number> };
      const total = Object.values(answer.counts).reduce((a, b) => a + b, 0);
      const counts = await measure(server.child, { ...base, url: server.url + countsPath });
      const counts304 = await measure(server.child, {
        ...base,
        url: server.url + countsPath,
        headers: { "If-None-Match": first.headers.get("etag")! },
      });

      const row = (name: string, r: Measured) =>
        `${name.padEnd(44)}${r.requests.average.toFixed(0).padStart(10)}${String(r.latency.p50).padStart(9)}${String(r.latency.p99).padStart(9)}` +
        `${(Number.isNaN(r.cpuUsPerRequest) ? "-" : r.cpuUsPerRequest.toFixed(0)).padStart(19)}   ${statuses(r)}`;
      return [
        "",
        `Readers (issue 12): ${connections} connections, ${seconds} s per run, one server, the bench's page of ${seeded.comments} comments`,
        `${"run".padEnd(44)}${"req/s".padStart(10)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"server CPU µs/req".padStart(19)}   statuses`,
        "-".repeat(110),
        row("GET listing (20 threads, replies=3)", get),
        row("POST comment", post),
        row("PUT vote (vote or clear, rotating readers)", vote),
        row("GET page votes (1,000 comments)", pageVotes),
        row(`GET counts, ${COUNTED_PAGES} pages (${total} comments)`, counts),
        row(`GET counts, ${COUNTED_PAGES} pages, If-None-Match → 304`, counts304),
        `a vote: ${(vote.requests.average / get.requests.average).toFixed(2)}× the GET's req/s, ${(vote.requests.average / post.requests.average).toFixed(2)}× the POST's; ` +
          `CPU per vote ${(vote.cpuUsPerRequest / get.cpuUsPerRequest).toFixed(2)}× a GET's, ${(vote.cpuUsPerRequest / post.cpuUsPerRequest).toFixed(2)}× a POST's`,
      ];
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("scripts/bench/readers.ts")) {
  const lines = await benchReaders(Number(process.env.BENCH_DURATION ?? 5), Number(process.env.BENCH_CONNECTIONS ?? 50));
  console.log(lines.join("\n"));
}
