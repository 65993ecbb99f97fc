import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { expect } from "vitest";

/** A real SMTP server on loopback (no TLS, no login), keeping every message it receives, parsed. */
export async function smtpSink() {
  const mails: (ParsedMail & { envelopeTo: string[] })[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** The link after a label in a mail's plain-text part ("Unsubscribe: URL"). */
export function linkAfter(text: string, label: string): string {
  const m = new RegExp(`${label}: (\\S+)`).exec(text);
  expect(m, `no "${label}" link in:\n${text}`).not.toBeNull();
  return m![1]!;
}
