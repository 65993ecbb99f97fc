import { Hono } from "hono";
import type { AppEnv } from "../deps.ts";
import { confirmLink, unsubscribeLink } from "../notify/subscriptions.ts";
import { stringsFor } from "../notify/strings.ts";

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="robots" content="noindex"><title>${escape(title)}</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.5"><h1>${escape(title)}</h1>${body}</body></html>`;
}

/** A form that POSTs back to the same link (with the RFC 8058 field for unsubscribing). */
function button(token: string, label: string, field?: string): string {
  const hidden = field ? `<input type="hidden" name="${field.split("=")[0]}" value="${field.split("=")[1]}">` : "";
  return `<form method="post" action="?token=${encodeURIComponent(token)}">${hidden}<button>${escape(label)}</button></form>`;
}

/**
 * The links in emails: confirm a subscription, and unsubscribe. Opened in a browser each shows a
 * button (link scanners only GET); a mail client's one-click unsubscribe POSTs
 * `List-Unsubscribe=One-Click` to the same URL (RFC 8058), which acts at once.
 */
export const notifyLinkRoutes = new Hono<AppEnv>()
  // A button, not the GET itself: mail scanners open links, and must not confirm for the reader.
  .get("/confirm", (c) => {
    const t = stringsFor(null);
    const token = c.req.query("token") ?? "";
    return c.html(page(t.confirmedTitle, button(token, t.confirmButton)));
  })
  .post("/confirm", async (c) => {
    const t = stringsFor(null);
    const ok = await confirmLink(c.var.deps.db, c.var.notifier, c.req.query("token") ?? "", c.var.deps.clock());
    return c.html(page(t.confirmedTitle, `<p>${escape(ok ? t.confirmedPage : t.unsubscribePage.invalid)}</p>`), ok ? 200 : 400);
  })
  .get("/unsubscribe", (c) => {
    const t = stringsFor(null).unsubscribePage;
    return c.html(page(t.title, button(c.req.query("token") ?? "", t.button, "List-Unsubscribe=One-Click")));
  })
  .post("/unsubscribe", async (c) => {
    const t = stringsFor(null).unsubscribePage;
    const ok = await unsubscribeLink(c.var.deps.db, c.var.notifier, c.req.query("token") ?? "");
    return c.html(page(t.title, `<p>${escape(ok ? t.done : t.invalid)}</p>`), ok ? 200 : 400);
  });
