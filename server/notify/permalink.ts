/** The URL of a page: what its first comment said, or its key when the key is itself a URL. */
export function pageUrl(page: { url: string | null; key: string }): string | null {
  const base = page.url ?? (/^https?:\/\//.test(page.key) ? page.key : null);
  return base ? base.split("#")[0]! : null;
}

/** A comment's permalink: its page's URL with `#comment-ID`, the anchor the widget scrolls to. */
export function permalink(page: { url: string | null; key: string }, commentId: string): string | null {
  const base = pageUrl(page);
  return base ? `${base}#comment-${encodeURIComponent(commentId)}` : null;
}
