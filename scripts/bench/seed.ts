// Seeding for the bench: a page of comments straight into a database file, mirroring what
// server/comments/write.ts inserts. Also usable alone: `tsx scripts/bench/seed.ts DIR` seeds
// DIR/bench.db and prints the guest tokens' count (for profiling the server by hand).
import { existsSync, readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { openDatabase, runBatch, type BatchItem } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { auditLog, comments, decisions, pages, sessions, sites, users } from "../../db/schema.ts";
import { bootstrap } from "../../server/bootstrap.ts";
import { SEED_COMMENT } from "../../server/demo/article.ts";
import { createDetector } from "../../server/detector/index.ts";
import { newId, randomToken, sha256Hex } from "../../server/lib/crypto.ts";
import { currentPolicy } from "../../server/moderation/policies.ts";
import { renderComment } from "../../server/render/markdown.ts";
import { parseCsvObjects } from "../detector/csv.ts";

export const SITE = "demo";
export const PAGE = "bench-article";
export const THREADS = 300;
export const REPLIES = 700;
export const POSTERS = 500;
const CIVIL = "/work/shared/data/civil_comments_spans/comments.csv";

// ---------------------------------------------------------------------------------------------
// Comment bodies: real news comments (Civil Comments) when the data is there, else generated.

export function generatedBodies(n: number): string[] {
  const openers = ["I think", "Honestly,", "Not sure, but", "As someone who lived there,", "Good article.", "Hmm.", "Interesting:"];
  const middles = [
    "the troop movements look like a negotiating tactic more than a real withdrawal",
    "we should wait for satellite images before believing any of this",
    "the embassies moving out says more than any press release",
    "de-escalation is welcome, if it is real",
    "**nobody** outside the Kremlin knows what happens next",
    "the markets seem to have priced in a long stand-off",
  ];
  const tails = [
    "",
    " Time will tell.",
    " See https://example.com/analysis for a longer take.",
    "\n\n> We won’t believe when we hear\n\nExactly.",
    " What do others think?",
  ];
  return Array.from({ length: n }, (_, i) => {
    const sentences = 1 + (i % 4);
    let body = "";
    for (let s = 0; s < sentences; s++) body += `${openers[(i + s) % openers.length]} ${middles[(i * 7 + s) % middles.length]}. `;
    return (body + tails[i % tails.length]).trim();
  });
}

export function realBodies(): string[] {
  if (!existsSync(CIVIL)) return [];
  return parseCsvObjects(readFileSync(CIVIL, "utf8"))
    .map((r) => (r.comment_text ?? "").trim())
    .filter((t) => t.length > 0 && t.length <= 2000);
}

// ---------------------------------------------------------------------------------------------
// Seeding, straight into the database file, mirroring what server/comments/write.ts inserts.

export async function seed(databaseUrl: string, bodies: string[]) {
  const database = await openDatabase({ url: databaseUrl });
  const { db } = database;
  await migrate(db);
  const now = new Date();
  await bootstrap(db, { adminEmail: "bench@example.com", adminPassword: "bench password for owners", now, demoOrigins: [] });
  await db.update(sites).set({ rateLimitPerMinute: 10_000 }).where(eq(sites.id, SITE));
  const policy = await currentPolicy(db, SITE);
  const detector = createDetector();

  // Guests: the authors of the seeded comments and the writers of the POST run, each with a session.
  const tokens: string[] = [];
  const userRows: (typeof users.$inferInsert)[] = [];
  const sessionRows: (typeof sessions.$inferInsert)[] = [];
  const expiresAt = new Date(now.getTime() + 30 * 86_400_000).toISOString();
  for (let i = 0; i < POSTERS; i++) {
    const id = newId();
    const token = randomToken();
    tokens.push(token);
    userRows.push({ id, siteId: SITE, kind: "guest", externalId: null, name: `Reader ${i + 1}`, createdAt: now.toISOString() });
    sessionRows.push({ tokenHash: await sha256Hex(token), siteId: SITE, userId: id, createdAt: now.toISOString(), expiresAt });
  }
  for (let i = 0; i < POSTERS; i += 100) {
    await runBatch(db, [db.insert(users).values(userRows.slice(i, i + 100)), db.insert(sessions).values(sessionRows.slice(i, i + 100))]);
  }

  // 300 threads, then 700 replies spread under them (some under other replies), oldest first.
  const total = THREADS + REPLIES;
  const start = now.getTime() - total * 60_000;
  const rows: (typeof comments.$inferSelect)[] = [];
  const candidates = bodies.filter((b) => detector.score(b).score < policy.thresholds.hold);
  const pool = candidates.length >= 200 ? candidates : generatedBodies(1000);
  let rng = 42;
  const random = () => (rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < total; i++) {
    const body = i === 0 ? SEED_COMMENT : pool[i % pool.length]!;
    const id = newId();
    let parent: (typeof rows)[number] | undefined;
    if (i >= THREADS) {
      // Replies lean towards the earlier threads, as real discussions do; a third answer a reply.
      const thread = rows[Math.floor(random() ** 2 * THREADS)]!;
      const inThread = rows.filter((r) => r.rootId === thread.id);
      parent = random() < 0.33 ? inThread[Math.floor(random() * inThread.length)]! : thread;
    }
    const verdict = detector.score(body);
    rows.push({
      id,
      siteId: SITE,
      pageKey: PAGE,
      parentId: parent?.id ?? null,
      rootId: parent?.rootId ?? id,
      authorId: userRows[i % POSTERS]!.id!,
      body,
      html: renderComment(body),
      status: "published",
      holdReason: null,
      linkedSanction: null,
      score: verdict.score,
      rule: null,
      spans: [],
      target: verdict.target,
      fingerprint: null,
      spamScore: null,
      signals: null,
      policyVersion: policy.version,
      upvotes: 0,
      downvotes: 0,
      reportCount: 0,
      reportWeight: 0,
      lastReportAt: null,
      decidedAt: null,
      // Threads first in time, then replies after them.
      createdAt: new Date(start + (i < THREADS ? i : THREADS + (i - THREADS)) * 60_000).toISOString(),
      editedAt: null,
      deletedAt: null,
    });
  }
  const statements: BatchItem[] = [
    db.insert(pages).values({
      siteId: SITE,
      key: PAGE,
      url: "https://news.example.com/bench",
      title: "Bench article",
      version: total,
      createdAt: rows[0]!.createdAt,
    }),
  ];
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    statements.push(
      db.insert(comments).values(chunk),
      db.insert(decisions).values(
        chunk.map((r) => ({
          id: newId(),
          siteId: SITE,
          commentId: r.id,
          actor: "detector",
          outcome: "publish" as const,
          policyVersion: policy.version,
          rule: null,
          score: r.score,
          note: null,
          createdAt: r.createdAt,
        })),
      ),
      db.insert(auditLog).values(
        chunk.map((r) => ({
          id: newId(),
          siteId: SITE,
          actorType: "detector" as const,
          actorId: null,
          action: "comment.publish",
          targetType: "comment",
          targetId: r.id,
          userId: r.authorId,
          policyVersion: policy.version,
          rule: null,
          score: r.score,
          detail: null,
          createdAt: r.createdAt,
        })),
      ),
    );
  }
  await runBatch(db, statements);
  await database.client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  database.close();
  return { tokens, comments: rows.length, publishable: pool };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*scripts\//, "scripts/"))) {
  const dir = process.argv[2] ?? ".";
  const real = realBodies();
  const result = await seed(`file:${dir}/bench.db`, real.length >= 2000 ? real : [...real, ...generatedBodies(2000 - real.length)]);
  console.log(`seeded ${dir}/bench.db: ${result.comments} comments on page ${PAGE}, ${result.tokens.length} guest sessions`);
}
