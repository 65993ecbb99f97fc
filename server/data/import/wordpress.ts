import { badFile, isoDate, type SourceRecord, type SourceState } from "./source.ts";
import { childText, xmlRecords, type XmlElement } from "./xml.ts";

/**
 * A WordPress export (WXR: Tools → Export): an RSS <channel> of <item>s, each post with its
 * <wp:comment>s. Comment ids are the blog's; a parent of 0 is none. Dates come twice, local and
 * GMT; drafts and some plugins leave the GMT one as zeros, and then the local one is used with
 * the offset given (`utcOffsetMinutes`). Pingbacks and trackbacks are not comments.
 */
export async function* readWordpress(chunks: AsyncIterable<string>, options: { utcOffsetMinutes?: number } = {}): AsyncGenerator<SourceRecord> {
  let sawRoot = false;
  for await (const item of xmlRecords(chunks, (name, depth) => {
    if (depth === 0) {
      if (name !== "rss") throw badFile(`expected a WordPress export (<rss>), found <${name}>.`, 1);
      sawRoot = true;
    }
    return depth === 2 && name === "item";
  })) {
    const postId = childText(item, "wp:post_id");
    if (!postId) throw badFile("an <item> has no <wp:post_id>.", item.line);
    const comments = item.children.filter((c) => c.name === "wp:comment");
    if (comments.length === 0) continue;
    // <link> is the pretty permalink; <guid> is often the `?p=N` form.
    yield {
      kind: "thread",
      id: postId,
      url: childText(item, "link") || childText(item, "guid") || null,
      title: childText(item, "title") || null,
      line: item.line,
    };
    for (const comment of comments) {
      const record = wpComment(comment, postId, options.utcOffsetMinutes ?? 0);
      if (record) yield record;
    }
  }
  if (!sawRoot) throw badFile("the file is empty.");
}

const STATES: Record<string, SourceState> = { "1": "published", "0": "pending", spam: "spam", trash: "deleted", "post-trashed": "deleted" };

function wpComment(element: XmlElement, postId: string, utcOffsetMinutes: number): SourceRecord | null {
  const type = childText(element, "wp:comment_type");
  if (type === "pingback" || type === "trackback") return null;
  const id = childText(element, "wp:comment_id");
  if (!id) throw badFile("a <wp:comment> has no <wp:comment_id>.", element.line);
  const createdAt = wpDate(childText(element, "wp:comment_date_gmt"), childText(element, "wp:comment_date"), utcOffsetMinutes);
  if (!createdAt) throw badFile(`comment ${id} has no valid date.`, element.line);
  const name = childText(element, "wp:comment_author") || "Guest";
  const email = childText(element, "wp:comment_author_email") || null;
  const userId = childText(element, "wp:comment_user_id");
  const parent = childText(element, "wp:comment_parent");
  return {
    kind: "comment",
    id,
    thread: postId,
    parent: parent && parent !== "0" ? parent : null,
    author: { key: userId && userId !== "0" ? `user:${userId}` : `guest:${email ?? ""}:${name}`, name, email },
    html: childText(element, "wp:comment_content"),
    newlinesAreBreaks: true,
    createdAt,
    state: STATES[childText(element, "wp:comment_approved")] ?? "pending",
    line: element.line,
  };
}

/** "2020-01-01 11:00:00" in GMT, or else the local time shifted by the blog's offset. */
export function wpDate(gmt: string, local: string, utcOffsetMinutes: number): string | null {
  const asUtc = (s: string) => (s && !s.startsWith("0000") ? isoDate(s.replace(" ", "T") + "Z") : null);
  const fromGmt = asUtc(gmt);
  if (fromGmt) return fromGmt;
  const fromLocal = asUtc(local);
  return fromLocal ? new Date(Date.parse(fromLocal) - utcOffsetMinutes * 60_000).toISOString() : null;
}
