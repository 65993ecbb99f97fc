/**
 * A comment's permalink: its page's URL with `#comment-ID`, the anchor the widget scrolls to.
 * The page's URL is what its first comment said; a page key that is itself a URL serves too.
 */
export function permalink(page: { url: string | null; key: string }, commentId: string): string | null {
  const base = page.url ?? (/^https?:\/\//.test(page.key) ? page.key : null);
  if (!base) return null;
  return `${base.split("#")[0]}#comment-${encodeURIComponent(commentId)}`;
}
