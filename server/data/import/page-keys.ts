/**
 * The page key of an imported thread, as the widget will compute it on the new site: the page's
 * URL without query and fragment (README, "Embedding"), its host renamed where the publisher moved
 * domains. A `?p=N` or `?page_id=N` link (WordPress without pretty permalinks) keeps that query:
 * without it every such page would be one.
 */
export function pageKeyFor(url: string, domains: Record<string, string>): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const renamed = domains[parsed.host] ?? domains[parsed.hostname];
  let origin = parsed.origin;
  if (renamed) origin = renamed.includes("://") ? renamed.replace(/\/+$/, "") : `${parsed.protocol}//${renamed}`;
  const id = parsed.searchParams.get("p") ?? parsed.searchParams.get("page_id");
  const query = id && /^\d+$/.test(id) ? `?${parsed.searchParams.has("p") ? "p" : "page_id"}=${id}` : "";
  return origin + parsed.pathname + query;
}
