import { jsonLines } from "./lines.ts";
import { badFile, isoDate, type SourceRecord } from "./source.ts";

interface Remark42Comment {
  id?: string;
  pid?: string;
  text?: string;
  orig?: string;
  user?: { id?: string; name?: string; picture?: string };
  locator?: { site?: string; url?: string };
  time?: string;
  edit?: { time?: string };
  title?: string;
  delete?: boolean;
}

/**
 * A Remark42 backup (`backup-SITE-DATE.gz`, ungzipped): a first line with the version and the
 * site's users and posts, then one comment per line. A comment's `orig` is the markdown its author
 * wrote (used as it is), `text` the HTML Remark42 rendered; threads are the `locator.url`s.
 */
export async function* readRemark42(chunks: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  const threads = new Set<string>();
  let first = true;
  for await (const { value, line } of jsonLines(chunks)) {
    if (first) {
      first = false;
      const meta = value as { version?: unknown };
      if (typeof meta !== "object" || meta === null || !("version" in meta)) throw badFile("expected a Remark42 backup (a first line with its version).", line);
      continue;
    }
    const c = value as Remark42Comment;
    if (typeof c !== "object" || c === null || !c.id || !c.locator?.url) throw badFile("a comment needs an id and a locator.url.", line);
    const createdAt = isoDate(c.time);
    if (!createdAt) throw badFile(`comment ${c.id} has no valid time.`, line);
    const url = c.locator.url;
    if (!threads.has(url)) {
      threads.add(url);
      yield { kind: "thread", id: url, url, title: c.title ?? null, line };
    }
    const userId = c.user?.id ?? "";
    yield {
      kind: "comment",
      id: c.id,
      thread: url,
      parent: c.pid || null,
      author: { key: userId ? `user:${userId}` : `guest:${c.user?.name ?? ""}`, name: c.user?.name || "Guest", email: null, avatar: c.user?.picture || null },
      ...(c.orig ? { markdown: c.orig } : { html: c.text ?? "" }),
      createdAt,
      editedAt: isoDate(c.edit?.time),
      state: c.delete ? "deleted" : "published",
      line,
    };
  }
  if (first) throw badFile("the file is empty.");
}
