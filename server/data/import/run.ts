import type { InStatement, InValue } from "@libsql/client";
import type { ImportSource, ImportSummary } from "../../../contract/data.ts";
import { targetThresholds } from "../../../contract/policy.ts";
import type { Db } from "../../../db/client.ts";
import { comments, decisions, importKeys, policies, sanctions, strikes, users } from "../../../db/schema.ts";
import type { Detector } from "../../detector/types.ts";
import { compileInsert } from "../../../db/statements.ts";
import { newId } from "../../lib/crypto.ts";
import { auditStatement } from "../../moderation/audit.ts";
import { bandStatements } from "../../moderation/spam/band-rows.ts";
import { fingerprint } from "../../moderation/spam/simhash.ts";
import { DETECTOR_RULE, THREAT_RULE } from "../../moderation/decide.ts";
import { currentPolicy } from "../../moderation/policies.ts";
import { renderComment } from "../../render/markdown.ts";
import { htmlToMarkdown } from "./html-to-markdown.ts";
import { pageKeyFor } from "./page-keys.ts";
import { badFile, type SourceComment, type SourceRecord, type SourceUser } from "./source.ts";
import { voteImporter } from "./votes.ts";

export interface ImportOptions {
  siteId: string;
  source: ImportSource;
  /** Renamed hosts: "old.example.com" → "new.example.com" (or a whole origin, "https://new.example.com"). */
  domains?: Record<string, string>;
  /** Authors who become single sign-on users: their email or source username → the publisher's user id (`sub`). */
  ssoUsers?: Record<string, string>;
  /** Spam: left out (default), or imported as rejected. */
  spam?: "skip" | "rejected";
  /** Scores each imported comment for moderators to review; nothing is hidden. */
  detector?: Detector;
  /** Who ran it, for the audit log (an admin id; null from the command line). */
  adminId?: string | null;
  now: Date;
  /** Called every few thousand records, and once per phase. */
  onProgress?: (progress: { phase: "read" | "write"; records: number }) => void;
}

/**
 * Where parsed records wait between the two passes: in memory for the admin upload (a few tens of
 * MB at most), in a temporary file for the command line (any size).
 */
export interface Stage {
  push(record: SourceRecord): void | Promise<void>;
  replay(): AsyncIterable<SourceRecord>;
}

/**
 * The import's one transaction: reads see what it has written so far, and nothing is visible to
 * anyone else (or kept) until the caller commits. The command line uses an interactive
 * transaction; the admin upload collects the statements and runs them as one batch.
 */
export interface ImportTransaction {
  read(sql: string, args: InValue[]): Promise<Record<string, unknown>[]>;
  write(statements: InStatement[]): Promise<void>;
}

interface CommentMeta {
  thread: string;
  author: string;
  parent: string | null;
  state: SourceComment["state"] | "empty";
}

type Fate = { status: "published" | "pending" | "rejected" | "deleted" } | { skip: string };

// One object per outcome, shared by every comment that has it: a 200 MB file has 350,000 comments.
const FATES = new Map<string, Fate>();
const kept_ = (status: "published" | "pending" | "rejected" | "deleted"): Fate => {
  let fate = FATES.get(status);
  if (!fate) FATES.set(status, (fate = { status }));
  return fate;
};
const skipped = (reason: string): Fate => {
  let fate = FATES.get(`skip:${reason}`);
  if (!fate) FATES.set(`skip:${reason}`, (fate = { skip: reason }));
  return fate;
};

const CHUNK = 200;

// Compiled once: building a drizzle insert of many rows costs more than running it.
const insertComment = compileInsert(comments);
const insertKey = compileInsert(importKeys);
const insertUser = compileInsert(users);
/** A page created, or its version bumped so cached listings are dropped (comments/pages.ts does the same). */
const UPSERT_PAGE = `INSERT INTO "pages" ("site_id", "key", "url", "title", "version", "created_at") VALUES (?, ?, ?, ?, 1, ?)
  ON CONFLICT ("site_id", "key") DO UPDATE SET "version" = "version" + 1, "url" = coalesce("url", excluded."url"), "title" = coalesce("title", excluded."title")`;

function statement(query: { toSQL(): { sql: string; params: unknown[] } }): InStatement {
  const { sql: text, params } = query.toSQL();
  return { sql: text, args: params as InValue[] };
}

/**
 * Imports a source's records into a site in two passes. The first reads the whole file into the
 * stage, converting bodies, and keeps only ids in memory (threads, each comment's parent); a bad
 * record stops it before anything is written. The second assigns local ids (reusing those of an
 * earlier run of the same import, through import_keys, so re-running adds nothing twice) and
 * writes everything in the caller's one transaction.
 */
export async function importRecords(
  db: Db,
  records: AsyncIterable<SourceRecord>,
  stage: Stage,
  tx: ImportTransaction,
  options: ImportOptions,
): Promise<ImportSummary> {
  const { siteId, source } = options;
  const summary: ImportSummary = { source, threads: 0, comments: 0, users: 0, alreadyImported: 0, votes: 0, skipped: {}, scored: 0, flagged: 0 };
  const skip = (reason: string) => (summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1);

  // Pass 1: read and stage.
  const threads = new Map<string, { key: string | null; url: string | null; title: string | null }>();
  const meta = new Map<string, CommentMeta>();
  const authors = new Map<string, { name: string; email: string | null; avatar: string | null }>();
  const sourceUsers = new Map<string, SourceUser>();
  let read = 0;
  for await (const record of records) {
    if (++read % 5000 === 0) options.onProgress?.({ phase: "read", records: read });
    if (record.kind === "thread") {
      if (!threads.has(record.id)) {
        const key = record.key ?? (record.url ? pageKeyFor(record.url, options.domains ?? {}) : null);
        threads.set(record.id, { key, url: record.url, title: record.title });
      }
    } else if (record.kind === "user") {
      sourceUsers.set(record.id, record);
    } else if (record.kind === "comment") {
      if (meta.has(record.id)) {
        skip("duplicate");
        continue;
      }
      const markdown = record.markdown ?? htmlToMarkdown(record.html ?? "", { newlinesAreBreaks: record.newlinesAreBreaks });
      const state = !markdown.trim() && record.state !== "deleted" ? "empty" : record.state;
      meta.set(record.id, { thread: record.thread, author: record.author.key, parent: record.parent, state });
      if (!authors.has(record.author.key)) authors.set(record.author.key, { name: record.author.name, email: record.author.email, avatar: record.author.avatar ?? null });
      await stage.push({ ...record, markdown, html: undefined });
    } else {
      await stage.push(record);
    }
  }
  options.onProgress?.({ phase: "read", records: read });

  // What becomes of each comment, and where its thread now starts.
  const hasReplies = new Set<string>();
  for (const m of meta.values()) if (m.parent) hasReplies.add(m.parent);
  const fates = new Map<string, Fate>();
  const fateOf = (id: string): Fate => {
    let fate = fates.get(id);
    if (fate) return fate;
    const m = meta.get(id)!;
    const thread = threads.get(m.thread);
    if (!thread) fate = skipped("orphan");
    else if (!thread.key) fate = skipped("no page address");
    else if (m.state === "spam") fate = options.spam === "rejected" ? kept_("rejected") : skipped("spam");
    // A deleted or empty comment with replies stays as the placeholder that holds them.
    // (Parley's own export keeps every row: its decisions and strikes may point at it.)
    else if (m.state === "deleted" || m.state === "empty") fate = hasReplies.has(id) || source === "parley" ? kept_("deleted") : skipped(m.state);
    else fate = kept_(m.state);
    fates.set(id, fate);
    return fate;
  };
  const kept = (id: string | null): id is string => id !== null && meta.has(id) && "status" in fateOf(id);
  const keptParent = (id: string): string | null => {
    let parent = meta.get(id)!.parent;
    // A reply whose parent was left out joins the nearest ancestor kept (or starts a thread).
    for (let hops = 0; parent !== null && !kept(parent) && hops < 10_000; hops++) parent = meta.get(parent)?.parent ?? null;
    return kept(parent) ? parent : null;
  };
  const roots = new Map<string, string>();
  const rootOf = (id: string): string => {
    const chain: string[] = [];
    let at: string | null = id;
    const seen = new Set<string>();
    while (at !== null && !roots.has(at)) {
      if (seen.has(at)) break; // a cycle in a broken file: its first member is the root
      seen.add(at);
      chain.push(at);
      at = keptParent(at);
    }
    const root = at !== null && roots.has(at) ? roots.get(at)! : chain[chain.length - 1]!;
    for (const c of chain) roots.set(c, root);
    return root;
  };

  // Pass 2: local ids. Comments an earlier run imported keep theirs and are not written again.
  const keptIds = [...meta.keys()].filter((id) => kept(id));
  const localComment = await existingKeys(tx, siteId, source, "comment", keptIds);
  const fresh = new Set<string>();
  const reusable = source === "parley" ? await freeIds(tx, "comments", keptIds.filter((id) => !localComment.has(id))) : new Set<string>();
  for (const id of keptIds) {
    if (localComment.has(id)) summary.alreadyImported++;
    else {
      localComment.set(id, reusable.has(id) ? id : newId());
      fresh.add(id);
    }
  }
  for (const fate of fates.values()) if ("skip" in fate) skip(fate.skip);

  const needed = new Set<string>();
  for (const id of fresh) needed.add(meta.get(id)!.author);
  const { local: localUser, created: freshUsers } = await resolveUsers(tx, options, authors, sourceUsers, needed, summary);

  // Pages: created, or their version bumped so cached listings are dropped.
  const usedThreads = new Set<string>();
  for (const id of fresh) usedThreads.add(meta.get(rootOf(id))!.thread);
  const pageKey = (threadId: string) => threads.get(threadId)!.key!;
  const pageStatements: InStatement[] = [];
  for (const threadId of usedThreads) {
    const t = threads.get(threadId)!;
    pageStatements.push({
      sql: UPSERT_PAGE,
      args: [siteId, t.key!, t.url, t.title, options.now.toISOString()],
    });
  }
  for (let i = 0; i < pageStatements.length; i += CHUNK) await tx.write(pageStatements.slice(i, i + CHUNK));
  summary.threads = usedThreads.size;

  const policy = options.detector ? await currentPolicy(db, siteId) : null;
  const maxPolicy = Number((await tx.read(`SELECT coalesce(max("version"), 0) AS v FROM "policies" WHERE "site_id" = ?`, [siteId]))[0]?.v ?? 0);

  // Pass 2, continued: the staged records, written in chunks inside the one transaction.
  let commentRows: (typeof comments.$inferInsert)[] = [];
  let keyRows: (typeof importKeys.$inferInsert)[] = [];
  const flush = async () => {
    const batch: InStatement[] = [
      ...commentRows.map((row) => insertComment(row)),
      ...bandStatements(siteId, commentRows.filter((row) => row.status !== "deleted").map(textOf)),
      ...keyRows.map((row) => insertKey(row)),
    ];
    commentRows = [];
    keyRows = [];
    if (batch.length) await tx.write(batch);
  };
  const other: InStatement[] = [];
  const votesIn = voteImporter(
    tx,
    { siteId, localComment, localUser, freshComments: fresh, freshUsers },
    { written: () => summary.votes++, skipped: skip },
  );
  let written = 0;
  for await (const record of stage.replay()) {
    if (record.kind === "comment") {
      if (!fresh.has(record.id)) continue;
      if (!localUser.has(record.author.key)) throw badFile(`comment ${record.id}: its author ${record.author.key} is not in the file.`, record.line);
      const fate = fateOf(record.id) as { status: "published" | "pending" | "rejected" | "deleted" };
      const parent = keptParent(record.id);
      const root = rootOf(record.id);
      const body = fate.status === "deleted" ? "" : record.markdown!;
      const row: typeof comments.$inferInsert = {
        id: localComment.get(record.id)!,
        siteId,
        pageKey: pageKey(meta.get(root)!.thread),
        parentId: parent ? localComment.get(parent)! : null,
        rootId: localComment.get(root)!,
        authorId: localUser.get(record.author.key)!,
        body,
        html: body ? renderComment(body) : "",
        status: fate.status,
        createdAt: record.createdAt,
        editedAt: record.editedAt ?? null,
        deletedAt: fate.status === "deleted" ? (record.editedAt ?? record.createdAt) : null,
        ...moderationColumns(record),
      };
      // the spam rule's "same text" reads imported comments too: their fingerprint, and bands (in flush)
      row.fingerprint ??= body ? fingerprint(body) : null;
      if (policy && options.detector && body) {
        const result = options.detector.score(body);
        const limits = targetThresholds(policy.thresholds, result.target);
        row.score = result.score;
        row.spans = result.spans;
        row.target = result.target;
        summary.scored++;
        if (result.threat || result.possibleThreat || result.score >= limits.hold) {
          row.rule = result.threat || (result.possibleThreat && result.score < limits.hold) ? THREAT_RULE : DETECTOR_RULE;
          row.policyVersion = policy.version;
          summary.flagged++;
        }
      }
      commentRows.push(row);
      keyRows.push({ siteId, source, kind: "comment", externalId: record.id, localId: row.id! });
      summary.comments++;
      if (commentRows.length >= CHUNK) await flush();
      if (++written % 5000 === 0) options.onProgress?.({ phase: "write", records: written });
    } else if (record.kind === "row") {
      const made = remapRow(db, record.table, record.row, { siteId, fresh, freshUsers, localComment, localUser, maxPolicy });
      if (made) other.push(made);
      else skip(`${record.table} not imported`);
    } else if (record.kind === "vote") {
      await votesIn.add(record);
    }
  }
  await flush();
  await votesIn.finish();
  for (let i = 0; i < other.length; i += CHUNK) await tx.write(other.slice(i, i + CHUNK));
  await tx.write([
    auditStatement({
      siteId,
      actorType: options.adminId ? "admin" : "system",
      actorId: options.adminId ?? null,
      action: "data.import",
      targetType: "site",
      targetId: siteId,
      detail: { ...summary },
      createdAt: options.now,
    }),
  ]);
  options.onProgress?.({ phase: "write", records: written });
  return summary;
}

/** A comment row's text as its comment_bands rows know it: written when it was last edited, or created. */
const textOf = (row: typeof comments.$inferInsert) => ({
  commentId: row.id!,
  fingerprint: row.fingerprint ?? null,
  writtenAt: row.editedAt ?? row.createdAt,
});

/** A Parley export's moderation columns, kept as they were (reports are not exported: none open). */
function moderationColumns(record: SourceComment): Partial<typeof comments.$inferInsert> {
  const m = record.moderation;
  if (!m) return {};
  const pick = <T>(k: string) => (m[k] ?? null) as T;
  return {
    holdReason: pick("holdReason"),
    linkedSanction: pick("linkedSanction"),
    score: pick("score"),
    rule: pick("rule"),
    spans: pick("spans"),
    target: pick("target"),
    fingerprint: pick("fingerprint"),
    spamScore: pick("spamScore"),
    signals: pick("signals"),
    policyVersion: pick("policyVersion"),
    decidedAt: pick("decidedAt"),
    deletedAt: pick("deletedAt"),
  };
}

function remapRow(
  db: Db,
  table: "decision" | "sanction" | "strike" | "policy",
  row: Record<string, unknown>,
  ids: {
    siteId: string;
    fresh: Set<string>;
    freshUsers: Set<string>;
    localComment: Map<string, string>;
    localUser: Map<string, string>;
    maxPolicy: number;
  },
): InStatement | null {
  const { record: _record, ...columns } = row;
  const base = { ...columns, siteId: ids.siteId };
  const comment = (id: unknown) => (typeof id === "string" && ids.fresh.has(id) ? ids.localComment.get(id)! : null);
  // Sanctions and strikes come with the users this run creates: a second run adds none again.
  const user = (id: unknown) => (typeof id === "string" && ids.freshUsers.has(id) ? (ids.localUser.get(id) ?? null) : null);
  switch (table) {
    case "decision": {
      const commentId = comment(row.commentId);
      return commentId ? statement(db.insert(decisions).values({ ...(base as typeof decisions.$inferInsert), id: newId(), commentId })) : null;
    }
    case "sanction": {
      const userId = user(row.userId);
      return userId ? statement(db.insert(sanctions).values({ ...(base as typeof sanctions.$inferInsert), id: newId(), userId })) : null;
    }
    case "strike": {
      const userId = user(row.userId);
      if (!userId) return null;
      const commentId = row.commentId == null ? null : comment(row.commentId);
      if (row.commentId != null && !commentId) return null;
      return statement(db.insert(strikes).values({ ...(base as typeof strikes.$inferInsert), id: newId(), userId, commentId }));
    }
    case "policy":
      // The site's own versions stay; later ones from the export follow them.
      return Number(row.version) > ids.maxPolicy ? statement(db.insert(policies).values(base as typeof policies.$inferInsert)) : null;
  }
}

async function existingKeys(tx: ImportTransaction, siteId: string, source: string, kind: string, ids: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await tx.read(
      `SELECT "external_id", "local_id" FROM "import_keys" WHERE "site_id" = ? AND "source" = ? AND "kind" = ? AND "external_id" IN (${part.map(() => "?").join(",")})`,
      [siteId, source, kind, ...part],
    );
    for (const r of rows) found.set(String(r.external_id), String(r.local_id));
  }
  return found;
}

/** Of these ids, the ones no row of the table has yet: a Parley export's ids are kept where free. */
async function freeIds(tx: ImportTransaction, table: "comments" | "users", ids: string[]): Promise<Set<string>> {
  const free = new Set(ids);
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await tx.read(`SELECT "id" FROM "${table}" WHERE "id" IN (${part.map(() => "?").join(",")})`, part);
    for (const r of rows) free.delete(String(r.id));
  }
  return free;
}

/**
 * The authors as users of the site: those an earlier run made are reused; a mapped author becomes
 * (or joins) the single sign-on user with that id; everyone else a guest. Parley's export brings
 * its users whole.
 */
async function resolveUsers(
  tx: ImportTransaction,
  options: ImportOptions,
  authors: Map<string, { name: string; email: string | null; avatar: string | null }>,
  sourceUsers: Map<string, SourceUser>,
  /** The authors of the comments written now (a Parley export's users come whole). */
  needed: Set<string>,
  summary: ImportSummary,
): Promise<{ local: Map<string, string>; created: Set<string> }> {
  const { siteId, source } = options;
  const created = new Set<string>();
  const keys = source === "parley" ? [...sourceUsers.keys()] : [...authors.keys()].filter((k) => needed.has(k));
  const local = await existingKeys(tx, siteId, source, "user", keys);
  const reusable = source === "parley" ? await freeIds(tx, "users", keys.filter((k) => !local.has(k))) : new Set<string>();
  const rows: (typeof users.$inferInsert)[] = [];
  const keyRows: (typeof importKeys.$inferInsert)[] = [];
  const createdAt = options.now.toISOString();
  for (const key of keys) {
    if (local.has(key)) continue;
    const given = sourceUsers.get(key);
    const author = authors.get(key);
    const email = given?.email ?? author?.email ?? null;
    const username = key.startsWith("user:") ? key.slice(5) : null;
    const sub = given?.userKind === "sso" ? given.externalId : ((email && options.ssoUsers?.[email]) ?? (username && options.ssoUsers?.[username]) ?? null);
    let id: string | undefined;
    if (sub) {
      const found = await tx.read(`SELECT "id" FROM "users" WHERE "site_id" = ? AND "external_id" = ?`, [siteId, sub]);
      id = found[0] ? String(found[0].id) : undefined;
    }
    if (!id) {
      id = reusable.has(key) ? key : newId();
      rows.push({
        id,
        siteId,
        kind: sub ? "sso" : "guest",
        externalId: sub,
        name: (given?.name ?? author?.name ?? "Guest").slice(0, 200) || "Guest",
        email,
        avatar: given?.avatar ?? author?.avatar ?? null,
        erasedAt: given?.erasedAt ?? null,
        createdAt: given?.createdAt ?? createdAt,
      });
      summary.users++;
      created.add(key);
    }
    local.set(key, id);
    keyRows.push({ siteId, source, kind: "user", externalId: key, localId: id });
  }
  const statements: InStatement[] = [...rows.map((row) => insertUser(row)), ...keyRows.map((row) => insertKey(row))];
  for (let i = 0; i < statements.length; i += CHUNK) await tx.write(statements.slice(i, i + CHUNK));
  return { local, created };
}
