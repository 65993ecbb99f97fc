// Standard Webhooks signing (https://www.standardwebhooks.com): Web Crypto only, so it runs on
// Node and Workers alike, and receivers verify with that scheme's libraries.
const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** A new endpoint secret: "whsec_" and 24 random bytes in base64, as the scheme writes them. */
export function newWebhookSecret(): string {
  return "whsec_" + toBase64(crypto.getRandomValues(new Uint8Array(24)));
}

/** The headers of one signed call: the signature covers "id.timestamp.body" under the secret's bytes. */
export async function signWebhook(secret: string, id: string, timestamp: Date, body: string): Promise<Record<string, string>> {
  const seconds = Math.floor(timestamp.getTime() / 1000).toString();
  const key = await crypto.subtle.importKey("raw", fromBase64(secret.replace(/^whsec_/, "")), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${id}.${seconds}.${body}`)));
  return {
    "webhook-id": id,
    "webhook-timestamp": seconds,
    "webhook-signature": `v1,${toBase64(signature)}`,
  };
}
