import type { MailContent } from "./strings.ts";

/** What the sender hands a mail transport: both parts, and the one-click unsubscribe headers. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Both parts of an email from a template's content. With an unsubscribe URL, the RFC 8058
 * headers: a mail client's "Unsubscribe" button POSTs to it, no page, no login.
 */
export function renderMail(to: string, content: MailContent, unsubscribe: { url: string; label: string } | null): MailMessage {
  const text = [
    ...content.paragraphs,
    ...(content.quote ? [content.quote.replace(/^/gm, "> ")] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    "--",
    content.footer,
    ...(unsubscribe ? [`${unsubscribe.label}: ${unsubscribe.url}`] : []),
  ].join("\n\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${content.quote ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em;white-space:pre-wrap">${escapeHtml(content.quote)}</blockquote>` : ""}
${content.action ? `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>` : ""}
<hr><p style="color:#666;font-size:small">${escapeHtml(content.footer)}${unsubscribe ? ` <a href="${escapeHtml(unsubscribe.url)}">${escapeHtml(unsubscribe.label)}</a>` : ""}</p>
</body></html>`;
  const headers: Record<string, string> = unsubscribe
    ? { "List-Unsubscribe": `<${unsubscribe.url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
    : {};
  return { to, subject: content.subject, text, html, headers };
}
