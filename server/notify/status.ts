import { eq } from "drizzle-orm";
import type { DigestChoice, NotificationStatus } from "../../contract/notify.ts";
import type { Db } from "../../db/client.ts";
import { admins } from "../../db/schema.ts";
import type { MailTransport } from "./mail.ts";

const NOTES = {
  smtp: "Email goes out through SMTP (SMTP_URL).",
  http: "Email goes out through the HTTP mail API (MAIL_API_URL).",
  off: "Email is off: set SMTP_URL and SMTP_FROM (Node), or MAIL_API_URL, MAIL_API_KEY and MAIL_FROM (Workers). Webhooks still carry every event.",
} as const;

/** What the admin view shows under "Notifications": how email leaves, and each moderator's digest. */
export async function notificationStatus(db: Db, mail: MailTransport, adminId: string): Promise<NotificationStatus> {
  const rows = await db.select({ id: admins.id, email: admins.email, digest: admins.digest }).from(admins).orderBy(admins.createdAt);
  return {
    email: { mode: mail.mode, from: mail.from, note: NOTES[mail.mode] },
    digest: rows.find((r) => r.id === adminId)?.digest ?? "hourly",
    moderators: rows,
  };
}

/** A moderator chooses their own digest: "off" (no threats either), "hourly" or "daily". */
export async function setDigest(db: Db, adminId: string, digest: DigestChoice): Promise<void> {
  await db.update(admins).set({ digest }).where(eq(admins.id, adminId));
}
