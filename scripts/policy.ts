// `npm run policy -- check [--site SITE] < comments.jsonl`: decides each comment under the
// site's current policy exactly as the API would, and stores nothing.
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/client.ts";
import { createEmbeddedClient } from "../db/embedded.ts";
import { createDetector, DEFAULT_THRESHOLDS } from "../server/detector/index.ts";
import { decide } from "../server/moderation/decide.ts";
import { defaultPolicy } from "../server/moderation/default-policy.ts";
import { currentPolicy } from "../server/moderation/policies.ts";
import type { Policy } from "../contract/policy.ts";
import { findSite } from "../server/sites/sites.ts";

const USAGE = "usage: npm run policy -- check [--site SITE] < comments.jsonl";

/** The site's current policy from the database, or the default policy where there is none. */
async function loadPolicy(siteId: string): Promise<{ policy: Policy; maxLength: number; source: string }> {
  const url = process.env.DATABASE_URL ?? "file:./data/comments.db";
  const embeddedMissing = url.startsWith("file:") && !existsSync(url.slice("file:".length));
  if (!embeddedMissing) {
    const { db, close } = await openDatabase({ url, authToken: process.env.DATABASE_AUTH_TOKEN, embedded: createEmbeddedClient });
    try {
      const site = await findSite(db, siteId).catch(() => undefined);
      if (site) return { policy: await currentPolicy(db, siteId), maxLength: site.maxCommentLength, source: `${url}, site ${siteId}` };
      if (process.env.DATABASE_URL) throw new Error(`no site "${siteId}" in ${url}`);
    } finally {
      close();
    }
  }
  const policy = { ...defaultPolicy(DEFAULT_THRESHOLDS), version: 0, publishedBy: "default", publishedAt: "" };
  return { policy, maxLength: 10_000, source: "the default policy (no database)" };
}

async function check(siteId: string) {
  const { policy, maxLength, source } = await loadPolicy(siteId);
  process.stderr.write(`applying policy version ${policy.version} from ${source}\n`);
  const detector = createDetector();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === "") continue;
    let item: { id?: unknown; body?: unknown; parentAuthor?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      process.stdout.write(JSON.stringify({ line: lineNo, error: "not a JSON object" }) + "\n");
      continue;
    }
    const id = item.id ?? lineNo;
    if (typeof item.body !== "string" || item.body.trim() === "" || [...item.body].length > maxLength) {
      process.stdout.write(JSON.stringify({ id, error: `body must be a non-empty string of at most ${maxLength} characters` }) + "\n");
      continue;
    }
    const context = typeof item.parentAuthor === "string" ? { parentAuthor: item.parentAuthor } : undefined;
    const verdict = decide(detector.score(item.body, context), policy);
    const { decision, score, rule, target, spans } = verdict;
    process.stdout.write(JSON.stringify({ id, decision, score, rule, target, spans }) + "\n");
  }
}

const { values, positionals } = parseArgs({ options: { site: { type: "string", default: "demo" } }, allowPositionals: true });
if (positionals[0] !== "check") {
  console.error(USAGE);
  process.exit(2);
}
await check(values.site!);
