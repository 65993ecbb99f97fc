/**
 * What the section loads only when needed (a lazily loaded chunk): writing (the composer and
 * sending what it wrote), the policy dialog, and the standing notice (a reader gets one only by
 * writing).
 */
import { html, nothing } from "./element.ts";
import type { ApiError, Standing } from "./api.ts";
import type { CommentSection } from "./comment-section.ts";
import { addReply, addTop, findComment, replaceComment } from "./lib/thread.ts";
import { stripUrl } from "./lib/page-key.ts";
import { deviceId } from "./lib/storage.ts";
import { strings as t } from "./strings.ts";
import { formatDate } from "./lib/time.ts";
import "./comment-composer.ts";
import "./policy-dialog.ts";

export function standingNotice(s: Standing, openPolicy: () => void) {
  if (s.status === "good") return nothing;
  const title =
    s.status === "warned" ? t.warned : s.status === "revoked" ? t.revoked : t.suspended(s.until && formatDate(s.until, t.locale, "long"));
  return html`<div class="notice" part="notice" tabindex="-1" role="status" data-standing=${s.status}>
    <strong>${title}</strong>
    ${s.reason ? html`<span>${t.reason(s.reason)}</span>` : nothing}
    <button class="link" @click=${openPolicy}>${t.readPolicy}</button>
  </div>`;
}

/** Posts (or, with `editId`, edits) a comment for the section and updates its list; throws what the API refused. */
export async function send(section: CommentSection, body: string, acknowledge: boolean, parentId?: string, editId?: string) {
  const ack = acknowledge ? { acknowledge } : {};
  const list = section._list;
  try {
    const { status, data } = editId
      ? await section._api.edit(editId, { body, ...ack })
      : await section._api.create({
          page: section.page,
          url: stripUrl(location.href),
          title: document.title || undefined,
          body,
          ...(parentId ? { parentId } : {}),
          ...ack,
        });
    const c = data.comment;
    const held = status === 202 || c.status === "pending";
    if (held) section._held = { ...section._held, [c.id]: data.reason ?? "" };
    const pub = c.status === "published" ? 1 : 0;
    if (editId) {
      list.total += pub - (findComment(list.comments, c.id)?.status === "published" ? 1 : 0);
      list.comments = replaceComment(list.comments, c);
      section._editing = null;
    } else {
      list.comments = parentId ? addReply(list.comments, parentId, c) : addTop(list.comments, c, section._sort);
      list.total += pub;
      section._replyTo = null;
      if (list.state !== "ready") list.state = "ready";
    }
    section._announce(held ? `${t.held}. ${t.heldNotice}` : editId ? t.edited : t.posted);
    section._focus(c.id);
    section._session.refreshMe();
  } catch (e) {
    if (section._takeStanding(e)) section._focusSel(".notice");
    else if ((e as ApiError).code === "policy_violation") section._session.refreshMe();
    else if ((e as ApiError).status === 401) section._session.end();
    throw e;
  }
}

/** Joins as a guest with the name in the section's join form; on success, moves to the composer. */
export async function joinGuest(section: CommentSection, form: HTMLFormElement) {
  const input = form.elements.namedItem("name") as HTMLInputElement;
  const name = input.value.trim();
  const s = section._session;
  if (!name) {
    s.joinError = t.nameRequired;
    section.requestUpdate();
    return input.focus();
  }
  section._store.set("name", name);
  if (await s.start({ name, device: deviceId(section._store) })) {
    section._announce(t.signedInAs(name));
    section._focusSel("comment-composer");
  } else if (s.standing) section._replyTo = section._editing = null;
}
