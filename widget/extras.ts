/**
 * What the section loads only when needed (a lazily loaded chunk): writing (the composer and
 * sending what it wrote; a comment's delete and report panels), the policy dialog, and the standing notice (a reader gets one only by
 * writing).
 */
import { html, nothing } from "./element.ts";
import type { ApiError, Challenge, ChallengeProof, Comment, ReportReason, Standing } from "./api.ts";
import { solveChallenge } from "../contract/challenge.ts";
import type { CommentItem } from "./comment-item.ts";
import type { CommentSection } from "./comment-section.ts";
import { addReply, addTop, findComment, removeComment, replaceComment } from "./lib/thread.ts";
import { stripUrl } from "./lib/page-key.ts";
import { deviceId } from "./lib/storage.ts";
import { strings as t } from "./strings.ts";
import { formatDate } from "./lib/time.ts";
import "./comment-composer.ts";
import "./policy-dialog.ts";
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

/** Posts (or, with `editId`, edits) a comment for the section and updates its list; throws what the API refused. */
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
      ? await section._api.edit(editId, { body, ...ack })
      : await section._api.create({
          page: section.page,
          url: stripUrl(location.href),
          title: document.title || undefined,
          body,
          ...(parentId ? { parentId } : {}),
          ...ack,
          website,
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

/** A comment item's delete confirmation or report form (its `_mode`), acting for the section. */
export function itemPanel(section: CommentSection, item: CommentItem) {
  const c = item.comment;
  if (item._mode === "delete")
    return html`<div class="row" role="group" aria-label=${t.confirmDelete}>
      <span>${t.confirmDelete}</span>
      <button class="primary" data-a="confirm" ?disabled=${item._busy} @click=${() => run(item, () => remove(section, c), t.deleted)}>
        ${t.delete}
      </button>
      <button @click=${() => item._set("", "delete")}>${t.cancel}</button>
    </div>`;
  const report = (e: SubmitEvent) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const note = String(f.get("note") || "").trim();
    const reason = f.get("reason") as ReportReason;
    run(item, () => section._api.report(c.id, { reason, ...(note ? { note } : {}) }).then(() => {}), t.reported, "report");
  };
  return html`<form class="row" @submit=${report} aria-label=${t.report}>
    <label for="r">${t.reportLabel}</label>
    <select id="r" name="reason" data-a="reason">
      ${Object.entries(t.reportReasons).map(([v, label]) => html`<option value=${v}>${label}</option>`)}
    </select>
    <label for="note" class="sr">${t.reportNote}</label>
    <input id="note" name="note" maxlength="500" placeholder=${t.reportNote} />
    <button class="primary" ?disabled=${item._busy}>${t.reportSend}</button>
    <button type="button" @click=${() => item._set("", "report")}>${t.cancel}</button>
  </form>`;
}

/** Runs a panel's request: busy meanwhile, then the panel closes with `ok`, or stays with the error. */
async function run(item: CommentItem, work: () => Promise<void>, ok: string, back?: string) {
  item._busy = true;
  try {
    await work();
    item._set("", back);
    item._msg = { text: ok };
  } catch (e) {
    const code = (e as ApiError)?.code;
    item._msg = {
      error: true,
      text: code === "conflict" ? t.alreadyReported : code === "network" ? t.networkError : (e as Error)?.message || t.serverError,
    };
  } finally {
    item._busy = false;
  }
}

/** Deletes one of the reader's comments and takes it out of the section's list. */
async function remove(section: CommentSection, c: Comment) {
  const list = section._list;
  await section._api.remove(c.id);
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
    const c = challenge ?? (await section._api.challenge()).data;
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
