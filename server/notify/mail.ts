import type { EmailMode } from "../../contract/notify.ts";
import type { MailMessage } from "./render.ts";

/** How email leaves the server. `send` answers the server's reply (logged) or throws. */
export interface MailTransport {
  mode: EmailMode;
  from: string | null;
  send(message: MailMessage): Promise<string>;
}

/** No email: nothing is queued for email, and the admin view says so. */
export const noMail: MailTransport = {
  mode: "off",
  from: null,
  send: () => Promise.reject(new Error("email is off")),
};

/**
 * An HTTP mail API for Workers (no SMTP sockets there): POST `{from, to, subject, text, html,
 * headers}` as JSON with `Authorization: Bearer KEY`, the shape Resend's `/emails` endpoint takes
 * (and a small relay of your own can). A 2xx answer is sent; anything else is retried.
 */
export function httpMailApi(config: { url: string; key: string; from: string; fetch?: typeof fetch }): MailTransport {
  const send = config.fetch ?? fetch;
  return {
    mode: "http",
    from: config.from,
    async send(message) {
      const res = await send(config.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${config.key}` },
        body: JSON.stringify({ from: config.from, ...message }),
        signal: AbortSignal.timeout(10_000),
      });
      const answer = `HTTP ${res.status} ${(await res.text()).slice(0, 200)}`;
      if (!res.ok) throw new Error(answer);
      return answer;
    },
  };
}
