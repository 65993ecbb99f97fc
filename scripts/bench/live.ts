// Live updates' fan-out (issue 12, "Size and speed"): 1,000 Server-Sent Events connections open
// on one page of the real server (scripts/bench/parley-server.ts), one comment posted, and the
// time until the last connection has its event; five rounds. Also the server's memory per open
// connection. Client and server share this machine: the times include the client reading 1,000
// sockets.
//
// Alone: `npx tsx scripts/bench/live.ts [connections]`; `npm run bench` runs it as a section.
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startParley } from "./parley-server.ts";

const ROUNDS = 5;
const PAGE = "live-bench";

/** The server process's resident memory in KiB (Linux), or NaN. */
function rssKiB(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]);
  } catch {
    return NaN;
  }
}

interface Listener {
  /** Comment ids seen, with when each arrived (performance.now()). */
  seen: Map<string, number>;
  req: http.ClientRequest;
}

function listen(url: string, agent: http.Agent): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const seen = new Map<string, number>();
    const req = http.get(`${url}/api/v1/sites/demo/events?page=${PAGE}`, { agent }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events: ${res.statusCode}`));
      res.setEncoding("utf8");
      let first = true;
      res.on("data", (chunk: string) => {
        if (first) {
          first = false;
          resolve({ seen, req });
        }
        for (const m of chunk.matchAll(/"type":"comment","comment":\{"id":"([^"]+)"/g)) seen.set(m[1]!, performance.now());
      });
    });
    req.on("error", reject);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export async function liveFanOut(connections = 1000): Promise<{ lines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "parley-live-bench-"));
  const server = await startParley(`file:${join(dir, "live.db")}`, {
    ADMIN_PASSWORD: "bench password for live updates",
    LIVE_MAX_CONNECTIONS: String(connections + 10),
    // every reader here comes from this machine's address
    LIVE_MAX_PER_ADDRESS: String(connections + 10),
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  try {
    const pid = server.child.pid;
    const before = rssKiB(pid);
    const listeners: Listener[] = [];
    for (let i = 0; i < connections; i += 100) {
      listeners.push(...(await Promise.all(Array.from({ length: Math.min(100, connections - i) }, () => listen(server.url, agent)))));
    }
    await new Promise((r) => setTimeout(r, 500));
    const after = rssKiB(pid);

    const session = await fetch(`${server.url}/api/v1/sites/demo/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Forwarded-For": "198.51.100.7" },
      body: JSON.stringify({ name: "Bench writer" }),
    });
    if (session.status !== 201) throw new Error(`session: ${session.status} ${await session.text()}`);
    const { token } = (await session.json()) as { token: string };

    const rounds: { answered: number; last: number; p50: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/v1/sites/demo/comments`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "X-Forwarded-For": "198.51.100.7" },
        body: JSON.stringify({ page: PAGE, body: `Round ${round + 1} of the live updates bench: a comment for every reader.` }),
      });
      const answered = performance.now() - t0;
      const { comment } = (await res.json()) as { comment: { id: string } };
      if (res.status !== 201) throw new Error(`post: ${res.status}`);
      for (let i = 0; i < 1000 && listeners.some((l) => !l.seen.has(comment.id)); i++) await new Promise((r) => setTimeout(r, 5));
      const times = listeners.map((l) => (l.seen.get(comment.id) ?? NaN) - t0).sort((a, b) => a - b);
      if (times.some(Number.isNaN))
        throw new Error(`round ${round + 1}: ${times.filter(Number.isNaN).length} connections never had the comment`);
      rounds.push({ answered, last: times.at(-1)!, p50: quantile(times, 0.5) });
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const l of listeners) l.req.destroy();
    const lasts = rounds.map((r) => r.last).sort((a, b) => a - b);
    const fmt = (ms: number) => ms.toFixed(1);
    return {
      lines: [
        `Live updates: one comment to ${connections} open event streams on one page (Node, loopback, ${ROUNDS} rounds)`,
        `  last connection has it after the POST was sent: median ${fmt(quantile(lasts, 0.5))} ms, worst ${fmt(lasts.at(-1)!)} ms` +
          ` (per round: ${rounds.map((r) => fmt(r.last)).join(", ")} ms)`,
        `  half of the connections within ${fmt(
          quantile(
            rounds.map((r) => r.p50).sort((a, b) => a - b),
            0.5,
          ),
        )} ms;` +
          ` the POST answered in ${fmt(
            quantile(
              rounds.map((r) => r.answered).sort((a, b) => a - b),
              0.5,
            ),
          )} ms (median)`,
        `  server memory: ${Number.isNaN(before) ? "n/a" : `${((after - before) / connections).toFixed(1)} KiB per open stream (RSS ${(before / 1024).toFixed(0)} → ${(after / 1024).toFixed(0)} MiB)`}`,
      ],
    };
  } finally {
    agent.destroy();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  liveFanOut(Number(process.argv[2] ?? 1000)).then(
    (r) => {
      console.log(r.lines.join("\n"));
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
