import type { StaticAsset } from "./deps.ts";

/** An asset with a strong ETag from its content, computed once when the server starts. */
export async function makeAsset(body: string, contentType: string): Promise<StaticAsset> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
  const hash = Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
  return { body, contentType, etag: `"${hash}"` };
}
