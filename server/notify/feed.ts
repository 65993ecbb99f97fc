import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { comments, pages, users } from "../../db/schema.ts";
import { pageUrl, permalink } from "./permalink.ts";

/** Entries in a feed: the latest published comments. */
export const FEED_ENTRIES = 50;

/** XML 1.0 has no place for most control characters: they are dropped, the rest escaped. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);
}

/**
 * The Atom feed (RFC 4287) of a site's, or one page's, latest published comments, newest first.
 * Ids are tag URIs under the server's host, stable however often the feed is read; each entry
 * links to the comment's permalink (its page's URL with `#comment-ID`) when the page's URL is known.
 */
export async function commentFeed(db: Db, site: SiteRow, pageKey: string | null, self: URL): Promise<string> {
  const rows = await db
    .select({
      id: comments.id,
      html: comments.html,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      pageKey: comments.pageKey,
      author: users.name,
      pageUrl: pages.url,
      pageTitle: pages.title,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(pages, and(eq(pages.siteId, comments.siteId), eq(pages.key, comments.pageKey)))
    .where(
      and(eq(comments.siteId, site.id), eq(comments.status, "published"), pageKey === null ? undefined : eq(comments.pageKey, pageKey)),
    )
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(FEED_ENTRIES);
  const page =
    pageKey === null ? null : ((await db.query.pages.findFirst({ where: and(eq(pages.siteId, site.id), eq(pages.key, pageKey)) })) ?? null);
  const tag = `tag:${self.hostname},2026:parley/${encodeURIComponent(site.id)}`;
  const updated = rows.reduce((latest, r) => {
    const at = r.editedAt && r.editedAt > r.createdAt ? r.editedAt : r.createdAt;
    return at > latest ? at : latest;
  }, page?.createdAt ?? site.createdAt);
  const pageLink = page && pageUrl(page);
  const title = pageKey === null ? `Comments on ${site.name}` : `Comments on ${page?.title ?? pageKey}`;
  const entries = rows.map((r) => {
    const link = permalink({ url: r.pageUrl, key: r.pageKey }, r.id);
    const on = r.pageTitle ?? r.pageKey;
    return `  <entry>
    <id>${xml(`${tag}/comment/${r.id}`)}</id>
    <title>${xml(`${r.author} on ${on}`)}</title>
    <author><name>${xml(r.author)}</name></author>
    <published>${r.createdAt}</published>
    <updated>${r.editedAt ?? r.createdAt}</updated>
${link ? `    <link rel="alternate" type="text/html" href="${xml(link)}"/>\n` : ""}    <content type="html">${xml(r.html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(pageKey === null ? tag : `${tag}/page/${encodeURIComponent(pageKey)}`)}</id>
  <title>${xml(title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(self.href)}"/>
${pageLink ? `  <link rel="alternate" type="text/html" href="${xml(pageLink)}"/>\n` : ""}  <generator>Parley</generator>
${entries.join("\n")}
</feed>
`;
}
