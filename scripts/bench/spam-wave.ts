// The spam-wave simulation (issue 11, "Measured"), over real HTTP against the real server
// (scripts/bench/parley-server.ts): a site with default settings but no guest challenge, the mix
// of scripts/bench/spam-mix.ts posted as it arrives, each guest from an address of its own
// (X-Forwarded-For; the server trusts one proxy hop). A refused spam bot sends its comment for
// review (acknowledge), as a determined one would. Then a moderator clears the pending queue the
// way the admin app allows: per queue page, "reject the whole wave" on a spam item with copies,
// one bulk rejection of the remaining spam and one bulk approval of the ordinary comments.
// Prints spam published, ordinary comments held or refused, and the moderator's actions.
//
// Alone: `npx tsx scripts/bench/spam-wave.ts`; `npm run bench` runs it as a section.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpClient } from "../../tests/helpers/http-client.ts";
import { startParley } from "./parley-server.ts";
import { PAGES, pageKey, READERS, SEED, spamFixture, SPAMMERS, spamMix, type MixComment } from "./spam-mix.ts";

const ADMIN = { email: "wave@example.com", password: "bench password for the spam wave" };
const SITE = "wave";
const CONCURRENCY = 8;

class Caller extends HttpClient {
  constructor(url: string, address: string) {
    super((path, init) =>
      fetch(url + path, { ...init, headers: { "X-Forwarded-For": address, ...(init?.headers as Record<string, string>) } }),
    );
  }
}

interface Posted {
  comment: MixComment;
  status: number;
  /** The final state: published, held (pending), refused (not stored), or limited (429). */
  outcome: "published" | "held" | "refused" | "limited";
  /** Refused, then sent for review (held). */
  acknowledged: boolean;
  id: string | null;
  rule: string | null;
}

export interface WaveReport {
  lines: string[];
}

/** `linkAllowlist`: the site's allowed link domains (default settings: none). */
export async function spamWave(linkAllowlist: string[] = []): Promise<WaveReport> {
  const dir = mkdtempSync(join(tmpdir(), "parley-wave-"));
  const server = await startParley(`file:${join(dir, "wave.db")}`, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  const began = performance.now();
  try {
    const owner = new Caller(server.url, "192.0.2.1");
    await owner.signIn(ADMIN.email, ADMIN.password);
    const created = await owner.post("/api/v1/admin/sites", {
      id: SITE,
      name: "Spam wave",
      origins: ["https://news.example.com"],
      guestChallenge: "off",
      linkAllowlist,
    });
    if (created.status !== 201) throw new Error(`site: ${created.status} ${JSON.stringify(created.body)}`);

    // Every guest joins from an address of its own: spammers 198.18.x.y, readers 203.0.113.x.
    const guests = new Map<string, Caller>();
    const guestOf = async (c: MixComment) => {
      const key = `${c.kind}:${c.author}`;
      let g = guests.get(key);
      if (!g) {
        const address = c.kind === "spam" ? `198.18.${c.author >> 8}.${(c.author & 255) + 1}` : `203.0.113.${c.author + 1}`;
        g = new Caller(server.url, address);
        const name = c.kind === "spam" ? `Guest ${1000 + c.author * 37}` : `Reader ${c.author + 1}`;
        const res = await g.post(`/api/v1/sites/${SITE}/sessions`, { name, device: `${key.replace(":", "-")}-device` });
        if (res.status !== 201) throw new Error(`session: ${res.status} ${JSON.stringify(res.body)}`);
        g.token = res.body.token;
        guests.set(key, g);
      }
      return g;
    };

    const mix = spamMix();
    const posted: Posted[] = new Array(mix.length);
    // Each author's comments in order; up to CONCURRENCY authors at once.
    const queues = new Map<string, number[]>();
    mix.forEach((c, i) => queues.set(`${c.kind}:${c.author}`, [...(queues.get(`${c.kind}:${c.author}`) ?? []), i]));
    let next = 0;
    const busy = new Set<string>();
    const worker = async () => {
      for (;;) {
        let i = -1;
        for (let k = next; k < mix.length; k++) {
          const c = mix[k]!;
          const key = `${c.kind}:${c.author}`;
          if (posted[k] === undefined && !busy.has(key) && queues.get(key)![0] === k) {
            i = k;
            break;
          }
        }
        if (i < 0) {
          if (posted.filter(Boolean).length + busy.size >= mix.length) return;
          await new Promise((r) => setTimeout(r, 2));
          continue;
        }
        const c = mix[i]!;
        const key = `${c.kind}:${c.author}`;
        busy.add(key);
        while (next < mix.length && posted[next] !== undefined) next++;
        posted[i] = await post(await guestOf(c), c);
        queues.get(key)!.shift();
        busy.delete(key);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const postSeconds = (performance.now() - began) / 1000;

    const moderation = await clearQueue(owner, posted);
    const stillPublished = await publishedSpam(owner, posted);

    const spam = posted.filter((p) => p.comment.kind === "spam");
    const ordinary = posted.filter((p) => p.comment.kind === "ordinary");
    const count = (xs: Posted[], o: Posted["outcome"]) => xs.filter((p) => p.outcome === o).length;
    const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    const spamPublished = count(spam, "published");
    const ordinaryStopped = count(ordinary, "held") + count(ordinary, "refused");
    const actions = moderation.pages + moderation.rejectAllSpam + moderation.bulkRejects + moderation.bulkApprovals;
    const lines = [
      `Spam wave (seed ${SEED}${linkAllowlist.length ? `, the cited sources' ${linkAllowlist.length} domains on the site's link allow list` : ", default site settings"}): ${spam.length} link-spam comments from ${SPAMMERS} guests, ${ordinary.length} ordinary comments from ${READERS} readers, on ${PAGES} pages, over HTTP in ${postSeconds.toFixed(1)} s`,
      `  spam published:                ${spamPublished} (${pct(spamPublished, spam.length)}; target ≤ 1%: ${spamPublished / spam.length <= 0.01 ? "MET" : "NOT MET"}); held ${count(spam, "held")} (${spam.filter((p) => p.acknowledged).length} of them refused first, then sent for review), refused ${count(spam, "refused")}${count(spam, "limited") ? `, rate-limited ${count(spam, "limited")}` : ""}`,
      `  ordinary held or refused:      ${ordinaryStopped} (${pct(ordinaryStopped, ordinary.length)}; target ≤ 2%: ${ordinaryStopped / ordinary.length <= 0.02 ? "MET" : "NOT MET"}); by the spam rule ${ordinary.filter((p) => p.outcome !== "published" && p.rule === "spam").length}`,
      `  moderator actions to clear it: ${actions} (${moderation.pages} queue pages read, ${moderation.rejectAllSpam} "reject all spam" (${moderation.spamQueueRejected} comments), ${moderation.bulkRejects} bulk rejections (${moderation.singlyRejected} comments), ${moderation.bulkApprovals} bulk approvals (${moderation.approved} ordinary comments))`,
      `  spam still published after clearing: ${stillPublished}; pending left: ${moderation.left}`,
    ];
    const signals = moderation.signals;
    if (signals.size) {
      lines.push(
        `  signals on held spam: ${[...signals.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([s, n]) => `${s} ${n}`)
          .join("; ")}`,
      );
    }
    for (const why of moderation.ordinaryHeld) lines.push(`  an ordinary comment held: ${why}`);
    return { lines };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function post(g: Caller, c: MixComment): Promise<Posted> {
  const path = `/api/v1/sites/${SITE}/comments`;
  let res = await g.post(path, { page: c.page, body: c.body, url: `https://news.example.com/${c.page}` });
  const acknowledged = res.status === 422 && c.kind === "spam" && res.body.error?.canAcknowledge === true;
  if (acknowledged) res = await g.post(path, { page: c.page, body: c.body, acknowledge: true });
  const outcome = res.status === 201 ? "published" : res.status === 202 ? "held" : res.status === 429 ? "limited" : "refused";
  if (![201, 202, 422, 429].includes(res.status)) throw new Error(`post: ${res.status} ${JSON.stringify(res.body)}`);
  const rule = res.status === 422 ? (res.body.error?.rule ?? null) : res.status === 202 ? "held" : null;
  return {
    comment: c,
    status: res.status,
    outcome,
    acknowledged,
    id: res.body.comment?.id ?? null,
    rule: rule === "held" ? await ruleOf(res) : rule,
  };
}

// A 202's reason names the rule that held it ("may break the rule "No spam"").
async function ruleOf(res: { body: { reason?: string } }) {
  return /No spam/.test(res.body.reason ?? "") ? "spam" : "other";
}

/**
 * A moderator clearing the wave as the admin app lets them: reads the spam queue page by page
 * (200 a page), approves in bulk what is not spam there, then "Reject all spam" once; then the
 * pending queue (what the other rules held), approving or rejecting each page in bulk. Each page
 * read and each bulk action is one action; the simulation knows which comments are spam, as a
 * moderator reading them would.
 */
async function clearQueue(owner: Caller, posted: Posted[]) {
  const kindOf = new Map(posted.filter((p) => p.id).map((p) => [p.id!, p.comment.kind]));
  const r = { pages: 0, spamQueueRejected: 0, bulkRejects: 0, singlyRejected: 0, bulkApprovals: 0, approved: 0, left: 0, rejectAllSpam: 0 };
  const signals = new Map<string, number>();
  const ordinaryHeld: string[] = [];
  type Item = { comment: { id: string }; signals: string[]; holdReason: string | null };
  const decide = async (items: Item[], action: "approve" | "reject") => {
    if (!items.length) return;
    if (action === "approve") r.bulkApprovals++;
    else r.bulkRejects++;
    for (const i of items) {
      await owner.post(`/api/v1/admin/sites/${SITE}/comments/${i.comment.id}/decision`, { action, expectStatus: "pending" });
      if (action === "approve") r.approved++;
      else r.singlyRejected++;
    }
  };
  const note = (item: Item) => {
    if (kindOf.get(item.comment.id) !== "spam") return ordinaryHeld.push(item.signals.join(", ") || `(${item.holdReason})`);
    for (const s of item.signals) {
      const key = s.replace(/\(.*\)/, "(…)").replace(/\d+/g, "N");
      signals.set(key, (signals.get(key) ?? 0) + 1);
    }
  };

  // The spam queue: every page read, what is not spam approved, the rest rejected at once.
  const seen = new Date().toISOString();
  let cursor: string | null = null;
  const notSpam: Item[] = [];
  do {
    const page: { body: { items: Item[]; nextCursor: string | null } } = await owner.get(
      `/api/v1/admin/sites/${SITE}/queue?status=spam&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    if (!page.body.items.length) break;
    r.pages++;
    for (const item of page.body.items) {
      note(item);
      if (kindOf.get(item.comment.id) !== "spam") notSpam.push(item);
    }
    cursor = page.body.nextCursor;
  } while (cursor);
  await decide(notSpam, "approve");
  if (r.pages) {
    r.rejectAllSpam++;
    r.spamQueueRejected = (await owner.post(`/api/v1/admin/sites/${SITE}/queue/spam/reject`, { before: seen })).body.rejected;
  }

  // The pending queue: what the other rules held.
  for (let guard = 0; guard < 200; guard++) {
    const page = await owner.get(`/api/v1/admin/sites/${SITE}/queue?status=pending&limit=200`);
    const items = page.body.items as Item[];
    if (items.length === 0) break;
    r.pages++;
    items.forEach(note);
    await decide(
      items.filter((i) => kindOf.get(i.comment.id) === "spam"),
      "reject",
    );
    await decide(
      items.filter((i) => kindOf.get(i.comment.id) !== "spam"),
      "approve",
    );
  }
  const counts = (await owner.get(`/api/v1/admin/sites/${SITE}/queue?status=pending&limit=1`)).body.counts;
  r.left = counts.pending + counts.spam;
  return { ...r, signals, ordinaryHeld };
}

/** Spam comments readers can still see: every page's listing. */
async function publishedSpam(owner: Caller, posted: Posted[]) {
  const spamIds = new Set(posted.filter((p) => p.comment.kind === "spam" && p.id).map((p) => p.id!));
  let n = 0;
  for (let i = 0; i < PAGES; i++) {
    const res = await owner.get(`/api/v1/sites/${SITE}/comments?page=${pageKey(i)}&limit=200`);
    for (const c of res.body.comments as { id: string }[]) if (spamIds.has(c.id)) n++;
  }
  return n;
}

/** The cited sources' domains, as a newsroom would allow them. */
export function citedDomains(): string[] {
  return [...new Set(spamFixture().newsLinks.map((l) => new URL(l).hostname.replace(/^www\./, "")))];
}

/** Both runs: default settings, then with the sources readers cite allowed. */
export async function spamWaves(): Promise<WaveReport> {
  const plain = await spamWave();
  const allowed = await spamWave(citedDomains());
  return { lines: [...plain.lines, "", ...allowed.lines] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  spamWaves().then(
    (r) => {
      console.log(r.lines.join("\n"));
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
