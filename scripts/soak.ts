// `npm run soak [-- --seconds 120]`: a mixed load against the real server for a few minutes —
// readers, writers, reporters and two moderators deciding the same queue — then a consistency
// check of the database. Prints requests, 5xx, p99, RSS over time and the check; exits non-zero
// when a request failed with 5xx or the database is inconsistent. Loopback only; every loop
// ends at the deadline.
import { createClient } from "@libsql/client";
import { readFileSync } from "node:fs";
import { startServer, type RunningServer } from "../tests/helpers/server.ts";
import { addressOf } from "../tests/e2e/process-helpers.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SECONDS = option("seconds", 60);
const WRITERS = option("writers", 12);
const READERS = option("readers", 8);
const REPORTERS = option("reporters", 3);
const SITE = "demo";
const PAGES = ["soak-a", "soak-b", "soak-c", "soak-d"];
const CLEAN = [
  "Thanks for the thoughtful article, I learned a lot.",
  "I think the mayor's plan is wrong and will cost too much.",
  "I disagree with the author's argument about tariffs.",
  "The second chart is hard to read on a phone.",
  "Which council meeting was this? I would like to watch the recording.",
];
const ATTACKS = ["You are a stupid worthless idiot.", "Go away, you pathetic, brainless idiot!", "Only a moron would write this."];

interface Stats {
  latencies: number[];
  statuses: Map<string, number>;
  serverErrors: string[];
}
const stats: Stats = { latencies: [], statuses: new Map(), serverErrors: [] };

async function call(
  server: RunningServer,
  kind: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const started = performance.now();
  const res = await fetch(server.url + path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { ...(init.body === undefined ? {} : { "Content-Type": "application/json" }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  stats.latencies.push(performance.now() - started);
  const key = `${kind} ${res.status}`;
  stats.statuses.set(key, (stats.statuses.get(key) ?? 0) + 1);
  if (res.status >= 500) stats.serverErrors.push(`${init.method ?? "GET"} ${path}: ${res.status} ${text.slice(0, 200)}`);
  return { status: res.status, body: parseJson(text), headers: res.headers };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read by the contract's field names
function parseJson(text: string): any {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

/** A guest with its own address (the server trusts one proxy hop here). */
async function guest(server: RunningServer, n: number, name: string) {
  const headers: Record<string, string> = { "X-Forwarded-For": addressOf(n) };
  const res = await call(server, "session", `/api/v1/sites/${SITE}/sessions`, { body: { name }, headers });
  if (res.status !== 201) throw new Error(`guest session: ${res.status} ${JSON.stringify(res.body)}`);
  headers.Authorization = `Bearer ${res.body.token}`;
  return headers;
}

async function admin(server: RunningServer, email: string, password: string) {
  const res = await fetch(`${server.url}/api/v1/admin/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`admin login: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { Cookie: res.headers.get("set-cookie")!.split(";")[0]!, "X-CSRF-Token": csrfToken };
}

/** Published comments, by page: replies and reports go to these. */
const published = new Map<string, string[]>(PAGES.map((p) => [p, []]));
const anyPublished = () => pick([...published.values()].flat());

async function writer(server: RunningServer, n: number, deadline: number) {
  const headers = await guest(server, n, `Writer ${n}`);
  const mine: string[] = [];
  while (Date.now() < deadline) {
    const roll = Math.random();
    if (roll < 0.1 && mine.length > 0) {
      await call(server, "edit", `/api/v1/sites/${SITE}/comments/${pick(mine)}`, {
        method: "PATCH",
        body: { body: `${pick(CLEAN)} (edited)` },
        headers,
      });
    } else if (roll < 0.15 && mine.length > 0) {
      await call(server, "delete", `/api/v1/sites/${SITE}/comments/${mine.pop()}`, { method: "DELETE", headers });
    } else {
      const attack = Math.random() < 0.2;
      const page = pick(PAGES);
      const onPage = published.get(page)!;
      const body = {
        page,
        body: attack ? pick(ATTACKS) : pick(CLEAN),
        ...(onPage.length > 0 && Math.random() < 0.3 ? { parentId: pick(onPage) } : {}),
      };
      let res = await call(server, "post", `/api/v1/sites/${SITE}/comments`, { body, headers });
      // A refused author sometimes sends it to a moderator anyway.
      if (res.status === 422 && Math.random() < 0.5) {
        res = await call(server, "post", `/api/v1/sites/${SITE}/comments`, { body: { ...body, acknowledge: true }, headers });
      }
      if (res.status === 201 || res.status === 202) {
        mine.push(res.body.comment.id);
        if (res.status === 201) onPage.push(res.body.comment.id);
      }
      if (res.status === 403) return; // sanctioned: this writer is done
    }
  }
}

async function reader(server: RunningServer, deadline: number) {
  const etags = new Map<string, string>();
  while (Date.now() < deadline) {
    const page = pick(PAGES);
    const etag = etags.get(page);
    const res = await call(server, "read", `/api/v1/sites/${SITE}/comments?page=${page}&limit=50&replies=5`, {
      headers: etag && Math.random() < 0.5 ? { "If-None-Match": etag } : {},
    });
    const next = res.headers.get("etag");
    if (next) etags.set(page, next);
  }
}

async function reporter(server: RunningServer, n: number, deadline: number) {
  const headers = await guest(server, n, `Reporter ${n}`);
  while (Date.now() < deadline) {
    const target = anyPublished();
    if (!target) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    await call(server, "report", `/api/v1/sites/${SITE}/comments/${target}/reports`, {
      body: { reason: pick(["personal-attack", "spam", "other"]) },
      headers,
    });
  }
}

/** Two moderators work the same queue at once, often deciding the same comment. */
async function moderator(server: RunningServer, headers: Record<string, string>, deadline: number) {
  while (Date.now() < deadline) {
    const status = pick(["pending", "reported", "rejected"]);
    const queue = await call(server, "queue", `/api/v1/admin/sites/${SITE}/queue?status=${status}&limit=10`, { headers });
    const items: { comment: { id: string } }[] = queue.body?.items ?? [];
    if (items.length === 0) {
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    for (const item of items.slice(0, 3)) {
      const action = Math.random() < 0.5 ? { action: "approve" } : { action: "reject", rule: "personal-attacks" };
      await call(server, "decide", `/api/v1/admin/sites/${SITE}/comments/${item.comment.id}/decision`, { body: action, headers });
    }
  }
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

/** What must hold in the database whatever the interleaving. */
async function consistency(databaseUrl: string) {
  const db = createClient({ url: databaseUrl });
  const scalar = async (sql: string) => Number((await db.execute(sql)).rows[0]?.[0] ?? 0);
  const now = new Date().toISOString();
  const checks: [string, number | string][] = [
    ["integrity_check", String((await db.execute("PRAGMA integrity_check")).rows[0]?.[0])],
    ["foreign key violations", (await db.execute("PRAGMA foreign_key_check")).rows.length],
    [
      "comments without a decision",
      await scalar("SELECT count(*) FROM comments c WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.comment_id = c.id)"),
    ],
    [
      "comments without an audit entry",
      await scalar("SELECT count(*) FROM comments c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.target_id = c.id)"),
    ],
    [
      "strikes without a rejection",
      await scalar(
        "SELECT count(*) FROM strikes s WHERE s.comment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.comment_id = s.comment_id AND d.outcome = 'reject')",
      ),
    ],
    [
      "comments with more than one standing strike",
      await scalar(
        `SELECT count(*) FROM (SELECT comment_id FROM strikes WHERE comment_id IS NOT NULL AND expires_at > '${now}' GROUP BY comment_id HAVING count(*) > 1)`,
      ),
    ],
  ];
  const counts = {
    comments: await scalar("SELECT count(*) FROM comments"),
    decisions: await scalar("SELECT count(*) FROM decisions"),
    strikes: await scalar("SELECT count(*) FROM strikes"),
    audit: await scalar("SELECT count(*) FROM audit_log"),
  };
  db.close();
  return { checks, counts, ok: checks.every(([name, value]) => (name === "integrity_check" ? value === "ok" : value === 0)) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const server = await startServer({ env: { TRUST_PROXY: "1", SECRET: "soak secret for the address hash" } });
let exitCode = 0;
try {
  const owner = await admin(server, server.adminEmail, server.adminPassword);
  const settings = await call(server, "setup", `/api/v1/admin/sites/${SITE}`, {
    method: "PATCH",
    // (No robot check: the soak's churn of guests is a spam wave by design; it measures the server.)
    body: { rateLimitPerMinute: 600, guestChallenge: "off" },
    headers: owner,
  });
  if (settings.status !== 200) throw new Error(`setting the site up for the soak: ${settings.status}`);
  const second = { email: "second@example.com", password: "a second moderator's password" };
  const created = await call(server, "setup", "/api/v1/admin/moderators", { body: { ...second, role: "moderator" }, headers: owner });
  if (created.status !== 201) throw new Error(`creating a moderator: ${created.status} ${JSON.stringify(created.body)}`);
  const other = await admin(server, second.email, second.password);

  const pid = server.pid()!;
  const rss: number[] = [];
  const sample = () => rss.push(rssMiB(pid));
  sample();
  const sampler = setInterval(sample, 5000);
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  console.log(`soak: ${SECONDS} s, ${WRITERS} writers, ${READERS} readers, ${REPORTERS} reporters, 2 moderators, server pid ${pid}`);
  await Promise.all([
    ...Array.from({ length: WRITERS }, (_, i) => writer(server, i, deadline)),
    ...Array.from({ length: READERS }, () => reader(server, deadline)),
    ...Array.from({ length: REPORTERS }, (_, i) => reporter(server, 1000 + i, deadline)),
    moderator(server, owner, deadline),
    moderator(server, other, deadline),
  ]);
  clearInterval(sampler);
  sample();
  const elapsed = (Date.now() - started) / 1000;

  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const requests = sorted.length;
  console.log(`requests  ${requests} in ${elapsed.toFixed(0)} s (${(requests / elapsed).toFixed(0)}/s)`);
  console.log(`5xx       ${stats.serverErrors.length}`);
  console.log(`latency   p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`);
  console.log(`RSS MiB   start ${rss[0]}, end ${rss.at(-1)}, max ${Math.max(...rss)} (every 5 s: ${rss.join(" ")})`);
  console.log(
    `answers   ${[...stats.statuses]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")}`,
  );
  for (const error of stats.serverErrors.slice(0, 5)) console.log(`  ${error}`);
  // The server is idle now; WAL lets this read beside it.
  const check = await consistency(server.databaseUrl);
  console.log(
    `database  ${Object.entries(check.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
  for (const [name, value] of check.checks) console.log(`  ${name}: ${value}`);
  console.log(check.ok && stats.serverErrors.length === 0 ? "soak: passed" : "soak: FAILED");
  if (!check.ok || stats.serverErrors.length > 0) exitCode = 1;
} finally {
  await server.stop().catch(() => undefined);
}
process.exit(exitCode);
