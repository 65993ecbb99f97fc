// Node only (nodemailer opens sockets): imported by server/node.ts, never by the shared app.
import { createTransport } from "nodemailer";
import type { MailTransport } from "./mail.ts";

/** SMTP through nodemailer: SMTP_URL such as smtps://user:pass@mail.example.com:465, SMTP_FROM the sender. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transport = createTransport(url);
  return {
    mode: "smtp",
    from,
    async send(message) {
      const info = await transport.sendMail({ from, ...message });
      return String(info.response ?? "sent");
    },
  };
}
