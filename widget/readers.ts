/**
 * The readers' chunk (loaded after the first paint, or alongside the comments for a permalink):
 * the page's current vote counts and the reader's own votes, voting, and opening a comment by its
 * permalink (`#comment-ID`) wherever it is in the listing.
 */
import type { ApiError, Comment, PageVotes, VoteValue } from "./api.ts";
import type { CommentSection } from "./comment-section.ts";
import type { AllStrings } from "./strings-extras.ts";
// (No value imports: the strings come through the section, so the widget's shared modules stay one chunk.)

/** The reader's votes answered by the server, by section, when: a refresh asked before one must not undo it. */
const answered = new WeakMap<CommentSection, Map<string, { at: number; counts: [number, number]; value: VoteValue }>>();

/** Sets one comment's counts and the reader's vote on it. */
function apply(v: PageVotes, id: string, counts: [number, number], value: VoteValue): PageVotes {
  const mine = { ...v.mine };
  if (value) mine[id] = value;
  else delete mine[id];
  return { counts: { ...v.counts, [id]: counts }, mine };
}

/** The page's counts now, and the reader's votes (the listing's counts are as of its cached build). */
export async function refreshVotes(s: CommentSection): Promise<void> {
  const asked = performance.now();
  try {
    let v = (await s._api.votes(s.page)).data;
    for (const [id, a] of answered.get(s) ?? []) if (a.at > asked) v = apply(v, id, a.counts, a.value);
    s._votes = v;
  } catch {
    // The listing's counts stay; they are only older.
  }
}

/** A vote, its undo (0) or a change of side; a reader without a session is sent to the join form. */
export async function vote(s: CommentSection, c: Comment, value: VoteValue): Promise<void> {
  if (!s._session.me) {
    say(s, "voteJoin");
    return s._focusSel("#name");
  }
  try {
    const { data } = await s._api.vote(c.id, value);
    const counts: [number, number] = [data.vote.upvotes, data.vote.downvotes];
    if (!answered.has(s)) answered.set(s, new Map());
    answered.get(s)!.set(c.id, { at: performance.now(), counts, value });
    s._votes = apply(s._votes ?? { counts: {}, mine: {} }, c.id, counts, value);
  } catch (e) {
    if (s._takeStanding(e)) s._focusSel(".notice");
    else if ((e as ApiError).status === 401) s._session.end();
    else say(s, "voteFailed");
  }
}

/** Says one of the lazily loaded chunk's strings (these follow an action, or a permalink that found nothing). */
async function say(s: CommentSection, key: "voteJoin" | "voteFailed" | "linkGone") {
  await s._loadExtras();
  s._announce((s._t as AllStrings)[key]);
}

const linkedId = () => (location.hash.startsWith("#comment-") ? decodeURIComponent(location.hash.slice(9)) : "");

/**
 * Opens the comment the address names: its thread is asked for at once (it may be on a later
 * page, or deep in its thread's unsent replies), and once the first comments are in it is shown
 * (at the top when it was not listed), scrolled to, marked and focused.
 */
export async function openLinked(s: CommentSection): Promise<void> {
  const id = linkedId();
  if (!id) return;
  const thread = s._api.thread(id).then(
    (r) => r.data.thread,
    () => null,
  );
  while (s._list.state === "loading") await new Promise((r) => setTimeout(r, 30));
  await s.updateComplete;
  const item = () => s.renderRoot.querySelector<HTMLElement>(`comment-item[data-id="${CSS.escape(id)}"]`);
  if (!item()) {
    const found = await thread;
    if (!found || linkedId() !== id) return found ? undefined : say(s, "linkGone");
    s._list.comments = [found, ...s._list.comments.filter((c) => c.id !== found.id)];
  }
  s._linked = id;
  s.requestUpdate();
  await s.updateComplete;
  item()?.scrollIntoView({ block: "center" });
  s._focus(id);
}
