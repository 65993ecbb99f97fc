import { EXPORT_FORMAT_VERSION } from "../export.ts";
import { jsonLines } from "./lines.ts";
import { badFile, type SourceRecord, type SourceState } from "./source.ts";

type Line = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : null);

/** Parley's own export (server/data/export.ts): a header line, then one row per line. */
export async function* readParley(chunks: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  let header = false;
  for await (const { value, line } of jsonLines(chunks)) {
    const row = value as Line;
    if (typeof row !== "object" || row === null || typeof row.record !== "string") throw badFile("each line is an object naming its record.", line);
    if (!header) {
      if (row.record !== "header" || row.format !== "parley-export") throw badFile("expected a Parley export (a header line first).", line);
      if (row.version !== EXPORT_FORMAT_VERSION) throw badFile(`export format version ${String(row.version)} is not one this server reads.`, line);
      header = true;
      continue;
    }
    switch (row.record) {
      case "page":
        yield { kind: "thread", id: String(row.key), key: String(row.key), url: str(row.url), title: str(row.title), line };
        break;
      case "user":
        if (!str(row.id) || !str(row.name)) throw badFile("a user needs an id and a name.", line);
        yield {
          kind: "user",
          id: String(row.id),
          userKind: row.kind === "sso" ? "sso" : "guest",
          externalId: str(row.externalId),
          name: String(row.name),
          email: str(row.email),
          avatar: str(row.avatar),
          createdAt: str(row.createdAt) ?? new Date(0).toISOString(),
          erasedAt: str(row.erasedAt),
          line,
        };
        break;
      case "comment": {
        const { id, pageKey, parentId, authorId, body, status, createdAt, editedAt } = row;
        if (!str(id) || !str(pageKey) || !str(authorId) || typeof body !== "string" || !str(createdAt)) {
          throw badFile("a comment needs id, pageKey, authorId, body and createdAt.", line);
        }
        yield {
          kind: "comment",
          id: String(id),
          thread: String(pageKey),
          parent: str(parentId),
          author: { key: String(authorId), name: "", email: null },
          markdown: body,
          createdAt: String(createdAt),
          editedAt: str(editedAt),
          state: (["published", "pending", "rejected", "deleted"].includes(String(status)) ? status : "pending") as SourceState,
          moderation: row,
          line,
        };
        break;
      }
      case "vote": {
        const { commentId, userId, value, createdAt } = row;
        if (!str(commentId) || !str(userId) || (value !== 1 && value !== -1) || !str(createdAt)) {
          throw badFile("a vote needs commentId, userId, a value of 1 or -1, and createdAt.", line);
        }
        yield { kind: "vote", commentId: String(commentId), userId: String(userId), value, createdAt: String(createdAt), line };
        break;
      }
      case "decision":
      case "sanction":
      case "strike":
      case "policy":
        yield { kind: "row", table: row.record, row, line };
        break;
      default:
        throw badFile(`unknown record "${String(row.record)}".`, line);
    }
  }
  if (!header) throw badFile("the file is empty.");
}
