/**
 * What reverse proxies say about the client (`X-Forwarded-For`, `X-Forwarded-Proto`). Each proxy
 * appends what it saw to the list, so only the entries our own proxies appended can be
 * believed: with N trusted hops, the Nth entry from the right. Everything further left was
 * sent by the client and proves nothing (a leftmost entry is whatever the client wants).
 */
export function trustedForwardedEntry(header: string | undefined, trustedHops: number): string | undefined {
  if (!header || trustedHops < 1) return undefined;
  const entries = header
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  // Fewer entries than hops: the request skipped a proxy; the leftmost is the closest we have.
  return entries[Math.max(0, entries.length - trustedHops)];
}

/** `TRUST_PROXY`: unset, `0` or `false` → 0; `1` or `true` → 1 hop; `N` → N hops. */
export function parseTrustProxy(value: string | undefined): number {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "0" || text === "false") return 0;
  if (text === "true") return 1;
  if (/^[1-9]\d?$/.test(text)) return Number(text);
  throw new Error(`TRUST_PROXY must be a number of proxy hops (1, 2, …) or 0; got "${value}"`);
}
