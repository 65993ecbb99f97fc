import type { InStatement } from "@libsql/client";
import { votes } from "../../../db/schema.ts";
import { compileInsert } from "../../../db/statements.ts";
import type { ImportTransaction } from "./run.ts";
import type { SourceVote } from "./source.ts";

const CHUNK = 200;

// A vote already there (an earlier run, or the reader voted since) stays as it is.
const insertVote = compileInsert(votes, `ON CONFLICT ("comment_id", "user_id") DO NOTHING`);

/** The counters from the rows, as a vote's own statements keep them (server/votes/votes.ts). */
const recount = (ids: string[]): InStatement => ({
  sql: `UPDATE "comments" SET
          "upvotes" = (SELECT count(*) FROM "votes" WHERE "comment_id" = "comments"."id" AND "value" = 1),
          "downvotes" = (SELECT count(*) FROM "votes" WHERE "comment_id" = "comments"."id" AND "value" = -1)
        WHERE "id" IN (${ids.map(() => "?").join(", ")})`,
  args: ids,
});

/**
 * The votes of a Parley export, written in chunks in the import's transaction: by the local ids
 * the comments and users now have, each at most once (a re-run adds none). A vote whose comment
 * or user did not come, or is gone here (removed, erased), is left out with its reason. `finish`
 * sets the counters of every comment voted on from its vote rows, in the same transaction.
 */
export function voteImporter(
  tx: ImportTransaction,
  ids: {
    siteId: string;
    localComment: Map<string, string>;
    localUser: Map<string, string>;
    /** The file's comments and users this run writes: not readable yet where writes are batched. */
    freshComments: Set<string>;
    freshUsers: Set<string>;
  },
  counted: { written(): void; skipped(reason: string): void },
) {
  let pending: { row: typeof votes.$inferInsert; freshComment: boolean; freshUser: boolean }[] = [];
  const voted = new Set<string>();

  const write = async () => {
    const rows = pending;
    pending = [];
    if (!rows.length) return;
    // Each pair looked up by key: is the vote there already, are its comment and voter here.
    const found = await tx.read(
      `SELECT v."column1" AS "comment_id", v."column2" AS "user_id",
         EXISTS (SELECT 1 FROM "votes" WHERE "comment_id" = v."column1" AND "user_id" = v."column2") AS "there",
         EXISTS (SELECT 1 FROM "comments" WHERE "id" = v."column1") AS "comment",
         EXISTS (SELECT 1 FROM "users" WHERE "id" = v."column2" AND "erased_at" IS NULL) AS "voter"
       FROM (VALUES ${rows.map(() => "(?, ?)").join(", ")}) v`,
      rows.flatMap(({ row }) => [row.commentId, row.userId]),
    );
    const state = new Map(found.map((r) => [`${String(r.comment_id)}\n${String(r.user_id)}`, r]));
    const statements: InStatement[] = [];
    for (const { row, freshComment, freshUser } of rows) {
      const at = state.get(`${row.commentId}\n${row.userId}`)!;
      if (!freshComment && !Number(at.comment)) counted.skipped("vote: no such comment");
      else if (!freshUser && !Number(at.voter)) counted.skipped("vote: no such user");
      else if (!Number(at.there)) {
        at.there = 1; // a line repeated within the chunk counts once
        statements.push(insertVote(row));
        voted.add(row.commentId);
        counted.written();
      }
    }
    if (statements.length) await tx.write(statements);
  };

  return {
    async add(vote: SourceVote) {
      const commentId = ids.localComment.get(vote.commentId);
      const userId = ids.localUser.get(vote.userId);
      if (!commentId) return counted.skipped("vote: no such comment");
      if (!userId) return counted.skipped("vote: no such user");
      pending.push({
        row: { commentId, userId, siteId: ids.siteId, value: vote.value, createdAt: vote.createdAt },
        freshComment: ids.freshComments.has(vote.commentId),
        freshUser: ids.freshUsers.has(vote.userId),
      });
      if (pending.length >= CHUNK) await write();
    },
    async finish() {
      await write();
      const all = [...voted];
      for (let i = 0; i < all.length; i += CHUNK) await tx.write([recount(all.slice(i, i + CHUNK))]);
    },
  };
}
