import { hmacHex, timingSafeEqual } from "../lib/crypto.ts";

/**
 * Tokens in the links of emails: what they act on, signed with the server secret, so nothing
 * needs storing and no one can forge another reader's link.
 *   c: confirm a guest's subscription   s: end a subscription
 *   d: no more decision notices (user)  g: no more digests (moderator)
 */
export type LinkKind = "c" | "s" | "d" | "g";

export async function linkToken(secret: string, kind: LinkKind, id: string): Promise<string> {
  const mac = await hmacHex(secret, `notify-link:${kind}:${id}`);
  return `${kind}.${id}.${mac.slice(0, 32)}`;
}

/** The kind and id a token stands for, or null when it was not made by this server. */
export async function readLinkToken(secret: string, token: string): Promise<{ kind: LinkKind; id: string } | null> {
  const m = /^([csdg])\.([0-9a-z]{1,64})\.([0-9a-f]{32})$/.exec(token);
  if (!m) return null;
  const [, kind, id, mac] = m as unknown as [string, LinkKind, string, string];
  const expected = (await hmacHex(secret, `notify-link:${kind}:${id}`)).slice(0, 32);
  return timingSafeEqual(mac, expected) ? { kind, id } : null;
}
