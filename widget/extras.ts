/**
 * What the section loads only when needed (a lazily loaded chunk): writing (the composer and
 * sending what it wrote; a comment's delete and report panels), the policy dialog, and the standing notice (a reader gets one only by
 * writing).
 */
import { html, nothing } from "./element.ts";
import { ApiError, type Challenge, type ChallengeProof, type Comment, type ReportReason, type Standing } from "./api.ts";
import { solveChallenge } from "../contract/challenge.ts";
import type { CommentItem } from "./comment-item.ts";
import type { CommentSection } from "./comment-section.ts";
import { addReply, findComment } from "./lib/thread.ts";
import { addTop, removeComment, replaceComment } from "./lib/edits.ts";
import { stripUrl } from "./lib/page-key.ts";
import { deviceId } from "./lib/storage.ts";
import { strings as t } from "./strings-extras.ts";
import { formatDate } from "./lib/time.ts";
import { errorText } from "./lib/error-text.ts";
import { heldText } from "./lib/flag-text.ts";
import { draftKey } from "./lib/storage.ts";
import { fire } from "./define.ts";
import "./comment-composer.ts";
import { notePosted } from "./reply-optin.ts";
import "./policy-dialog.ts";
import { writerApi } from "./api-writes.ts";

/** The section's writing calls. */
const w = (section: CommentSection) => writerApi(section._api.client, section.site);
export { LiveController } from "./live.ts";

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

/** What a composer sends with. */
const sender = (section: CommentSection, parentId?: string, editId?: string) => (body: string, acknowledge: boolean, website?: string) =>
  send(section, body, acknowledge, parentId, editId, website);

const check = (section: CommentSection) => async (body: string) => (await w(section).preview(body)).data;

/** A signed-in reader's part above the list: who they are, their standing's notice, the composer. */
export function account(section: CommentSection) {
  const s = section._session;
  const info = section._info!;
  return html`<div class="row acct small" part="account">
      <span class="muted">${t.signedInAs(s.me!.user.name)}</span>
      <button class="quiet" @click=${() => signOut(section)}>${t.signOut}</button>
    </div>
    ${section._renderStanding()}
    ${
      s.writable
        ? html`<comment-composer
            exportparts="composer,textarea,button"
            .store=${section._store}
            .draftKey=${draftKey(section.page)}
            .max=${info.maxCommentLength}
            .rules=${section._policy?.rules ?? []}
            .send=${sender(section)}
            .check=${check(section)}
          ></comment-composer>`
        : nothing
    }`;
}

/** The composer that edits `c` (in its place) or replies to it (under it). */
export function composers(section: CommentSection, c: Comment, editing: boolean) {
  const info = section._info;
  if (!info) return nothing;
  const kind = editing ? "edit" : "reply";
  const reply = kind === "reply";
  return html`<comment-composer
    slot=${reply ? "reply" : "editor"}
    cancellable
    label=${reply ? t.replyLabel(c.author?.name ?? "") : t.editLabel}
    submit-label=${reply ? t.postReply : t.save}
    .initial=${reply ? "" : c.body}
    .store=${reply ? section._store : null}
    .draftKey=${reply ? draftKey(section.page, c.id) : null}
    .max=${info.maxCommentLength}
    .rules=${section._policy?.rules ?? []}
    .send=${reply ? sender(section, c.id) : sender(section, undefined, c.id)}
    .check=${check(section)}
    @cancel=${() => {
      if (reply) section._replyTo = null;
      else section._editing = null;
      section._focus(c.id, kind);
    }}
  ></comment-composer>`;
}

/** Signs the reader out (also when the publisher's single sign-on token went away). */
export function signOut(section: CommentSection) {
  const sso = section._session.signOut();
  section._replyTo = section._editing = null;
  section._held = {};
  fire(section, "parley-signout", { sso });
  section._list.load();
  section._focusSel("h2");
}

/**
 * Posts (or, with `editId`, edits) a comment for the section and updates its list; throws what the
 * API refused, its message in the widget's words (the composer shows it).
 */
export async function send(
  section: CommentSection,
  body: string,
  acknowledge: boolean,
  parentId?: string,
  editId?: string,
  /** The composer's honeypot (empty from a person). */
  website = "",
) {
  const ack = acknowledge ? { acknowledge } : {};
  const list = section._list;
  try {
    const { status, data } = editId
      ? await w(section).edit(editId, { body, ...ack })
      : await w(section).create({
          page: section.page,
          url: stripUrl(location.href),
          title: document.title || undefined,
          body,
          ...(parentId ? { parentId } : {}),
          ...ack,
          website,
        });
    const c = data.comment;
    if (!editId) notePosted(section, c);
    const held = status === 202 || c.status === "pending";
    // Why, in the reader's language (the server's `reason` says it in English).
    if (held) section._held = { ...section._held, [c.id]: heldText(data.held) };
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
    if (!(e instanceof ApiError) || e.code === "policy_violation") throw e;
    const said = errorText(e, editId ? "edit" : parentId ? "reply" : "post", section._info?.editWindowMinutes);
    throw new ApiError(e.status, e.code, said, e.details, e.retryAfter);
  }
}

/** Sets an item's open panel (none: "") and clears its message; focuses the control named `focus`. */
function setMode(item: CommentItem, mode: CommentItem["_mode"], focus?: string) {
  item._mode = mode;
  item._msg = null;
  if (focus) item.focus(focus);
}

/** A comment item's writer buttons (what its `can` allows), or with `panel` its open delete or report panel. */
export const itemTools = (section: CommentSection) => (item: CommentItem, panel?: boolean) => {
  if (panel) return itemPanel(section, item);
  const { comment: c, can, actions: a } = item;
  const btn = (key: string, label: string, go: () => void, more?: unknown) =>
    html`<button class="quiet" data-a=${key} aria-expanded=${more ?? nothing} @click=${go}>${label}</button>`;
  const open = item._mode === "report";
  return [
    can.reply ? btn("reply", t.reply, () => a!.reply(c)) : nothing,
    can.edit ? btn("edit", t.edit, () => a!.edit(c)) : nothing,
    can.delete ? btn("delete", t.delete, () => setMode(item, "delete", "confirm")) : nothing,
    can.report
      ? btn("report", t.report, () => setMode(item, item._mode ? "" : "report", item._mode ? undefined : "reason"), open)
      : nothing,
  ];
};

/** A comment item's delete confirmation or report form (its `_mode`), acting for the section. */
function itemPanel(section: CommentSection, item: CommentItem) {
  const c = item.comment;
  if (item._mode === "delete")
    return html`<div class="row" role="group" aria-label=${t.confirmDelete}>
      <span>${t.confirmDelete}</span>
      <button
        class="primary"
        data-a="confirm"
        ?disabled=${item._busy}
        @click=${() => run(item, () => remove(section, c), t.deleted, "delete")}
      >
        ${t.delete}
      </button>
      <button @click=${() => setMode(item, "", "delete")}>${t.cancel}</button>
    </div>`;
  const report = (e: SubmitEvent) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const note = String(f.get("note") || "").trim();
    const reason = f.get("reason") as ReportReason;
    run(
      item,
      () =>
        w(section)
          .report(c.id, { reason, ...(note ? { note } : {}) })
          .then(() => {}),
      t.reported,
      "report",
      "report",
    );
  };
  // (Its styles come with it: the item's own are what every reader needs.)
  return html`<style>
      form {
        margin-top: 0.5em;
        padding: 0.75em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      input {
        flex: 1 1 12em;
      }
    </style>
    <form class="row" @submit=${report} aria-label=${t.report}>
      <label for="r">${t.reportLabel}</label>
      <select id="r" name="reason" data-a="reason">
        ${Object.entries(t.reportReasons).map(([v, label]) => html`<option value=${v}>${label}</option>`)}
      </select>
      <label for="note" class="sr">${t.reportNote}</label>
      <input id="note" name="note" maxlength="500" placeholder=${t.reportNote} />
      <button class="primary" ?disabled=${item._busy}>${t.reportSend}</button>
      <button type="button" @click=${() => setMode(item, "", "report")}>${t.cancel}</button>
    </form>`;
}

/** Runs a panel's request: busy meanwhile, then the panel closes with `ok`, or stays with the error. */
async function run(item: CommentItem, work: () => Promise<void>, ok: string, doing: "delete" | "report", back?: string) {
  item._busy = true;
  try {
    await work();
    setMode(item, "", back);
    item._msg = { text: ok };
  } catch (e) {
    item._msg = { error: true, text: errorText(e, doing) };
  } finally {
    item._busy = false;
  }
}

/** Deletes one of the reader's comments and takes it out of the section's list. */
async function remove(section: CommentSection, c: Comment) {
  const list = section._list;
  await w(section).remove(c.id);
  if (c.status === "published") list.total--;
  list.comments = removeComment(list.comments, c.id);
  section.requestUpdate();
  section._announce(t.deleted);
  if (findComment(list.comments, c.id)) section._focus(c.id);
  else section._focusSel("h2");
}

/** A proof being worked out for a section, started before it is needed when the site always asks. */
const proofs = new WeakMap<CommentSection, Promise<ChallengeProof>>();

/** Solves `challenge` (or a fresh one) in short slices, so the page stays responsive meanwhile. */
function prove(section: CommentSection, challenge?: Challenge): Promise<ChallengeProof> {
  const proof = (async () => {
    const c = challenge ?? (await w(section).challenge()).data;
    return { challenge: c.challenge, nonce: await solveChallenge(c.challenge, c.difficulty) };
  })();
  proofs.set(section, proof);
  proof.catch(() => proofs.delete(section));
  return proof;
}

/** The challenge a `challenge_required` answer carried. */
const askedFor = (e: ApiError | null) => (e?.code === "challenge_required" ? (e.details.challenge as Challenge) : null);

/** The join form got focus: when the site always asks guests for a proof, start on it now. */
export function prepareJoin(section: CommentSection) {
  if (section._info?.challenge === "always" && !proofs.has(section)) prove(section);
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
  const body = {
    name,
    device: deviceId(section._store),
    website: (form.elements.namedItem("website") as HTMLInputElement | null)?.value ?? "",
  };
  // With a proof when the site always asks; else the server says when it wants one, and sends it.
  let joined = false;
  s.error = null;
  for (let tries = 0; tries < 3 && !joined; tries++) {
    const asked = askedFor(s.error as ApiError | null); // (start() sets it)
    if (tries && !asked) break;
    const proof = asked ? prove(section, asked) : proofs.get(section);
    proofs.delete(section); // a proof is good once
    // An early proof that could not be had (its request failed): the server's answer will carry a challenge.
    const pow = proof && (await working(section, proof).catch(() => null));
    joined = await s.start({ ...body, ...(pow ? { pow } : {}) });
  }
  if (joined) {
    section._announce(t.signedInAs(name));
    section._focusSel("comment-composer");
  } else if (s.standing) section._replyTo = section._editing = null;
  else {
    s.joinError = errorText(s.error, "join");
    section.requestUpdate();
  }
}

/** A single sign-on token the server refused: the reader is told in the join form. */
export function ssoFailed(section: CommentSection) {
  section._session.joinError = errorText(section._session.error, "sso");
  section.requestUpdate();
}

/** Shows that the join is checking while the proof is worked out (the join button stays disabled). */
async function working(section: CommentSection, proof: Promise<ChallengeProof>): Promise<ChallengeProof> {
  const s = section._session;
  s.joining = true;
  s.joinError = null;
  s.joinNote = t.checking;
  section.requestUpdate();
  try {
    return await proof;
  } finally {
    s.joinNote = "";
  }
}
