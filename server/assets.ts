import type { StaticAsset } from "./deps.ts";

async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * An asset with a strong ETag from its content and a gzipped copy, both computed once when the
 * server starts (CompressionStream: the same on Node and Workers).
 */
export async function makeAsset(body: string, contentType: string): Promise<StaticAsset> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
  const hash = Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
  return { body, gzipped: await gzip(body), contentType, etag: `"${hash}"` };
}
