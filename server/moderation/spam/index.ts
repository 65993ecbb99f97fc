/**
 * The spam signals of a comment, each a reason a moderator can read, and their score (score.ts).
 * Pure where it can be (links, fingerprint), the database only for what other comments say
 * (history.ts). Runs on Node and Workers alike.
 */
import type { Db } from "../../../db/client.ts";
import type { SiteRow } from "../../../db/rows.ts";
import type { Span } from "../../../contract/wire.ts";
import { authorHistory, copiesOf, FOREIGN_LINKS } from "./history.ts";
import { linkFacts, siteDomains } from "./links.ts";
import { combine, WEIGHTS, type Signal } from "./score.ts";
import { fingerprint } from "./simhash.ts";

/** How far back near-same bodies count. */
export const COPY_WINDOW_HOURS = 24;
/** A burst: this many comments by one author (this one included) within BURST_MINUTES. */
export const BURST_COMMENTS = 5;
export const BURST_MINUTES = 2;
/** A first comment whose links are at least this share of its characters is "mostly a link". */
export const MOSTLY_LINK = 0.5;

export interface SpamAssessment {
  score: number;
  /** The reasons that fired, in the order a moderator reads them. */
  signals: string[];
  /** Its bands are written with the comment (band-rows.ts). */
  fingerprint: string | null;
  /** The links, to mark in the author's text when the spam rule flags it. */
  spans: Span[];
}

export interface SpamInput {
  body: string;
  pageKey: string;
  authorId: string;
  /** The hidden form field the widget always sends empty. */
  website?: string;
  /** An edit: the comment itself is not a copy of itself. */
  commentId?: string;
}

const list = (hosts: string[]) => (hosts.length > 3 ? `${hosts.slice(0, 3).join(", ")}, …` : hosts.join(", "));

/** The signals that fire for a new comment or an edit, and the score they make. */
export async function assessSpam(db: Db, site: Pick<SiteRow, "id" | "origins" | "linkAllowlist">, input: SpamInput, now: Date) {
  const signals: Signal[] = [];
  if (input.website?.trim()) signals.push({ reason: "hidden field filled", weight: WEIGHTS.honeypot });

  const links = linkFacts(input.body, siteDomains(site.origins, site.linkAllowlist ?? []));
  const n = links.links.length;
  if (n >= 2) signals.push({ reason: `${n} links`, weight: n >= 3 ? WEIGHTS.manyLinks : WEIGHTS.twoLinks });
  if (links.shorteners.length) signals.push({ reason: `link shortener (${list(links.shorteners)})`, weight: WEIGHTS.shortener });
  if (links.foreign.length) {
    signals.push({ reason: `${FOREIGN_LINKS} (${list(links.foreign)})`, weight: WEIGHTS.foreignLinks });
  }
  if (links.linkOnly) signals.push({ reason: "only a link", weight: WEIGHTS.linkOnly });

  const fp = fingerprint(input.body);
  const burstSince = new Date(now.getTime() - BURST_MINUTES * 60_000);
  const windowSince = new Date(now.getTime() - COPY_WINDOW_HOURS * 3_600_000);
  // one after the other, not at once (history.ts says why)
  // a body without links has no linking habit to weigh: the latest comments' signals are not read
  const history = await authorHistory(db, input.authorId, burstSince, windowSince, n > 0);
  const copies = fp
    ? await copiesOf(db, {
        siteId: site.id,
        fingerprint: fp,
        since: windowSince,
        pageKey: input.pageKey,
        authorId: input.authorId,
        exclude: input.commentId,
      })
    : null;
  if (!history.any && !input.commentId && n > 0) {
    signals.push(
      links.linkShare >= MOSTLY_LINK
        ? { reason: "first comment is mostly a link", weight: WEIGHTS.firstMostlyLink }
        : { reason: "first comment links to another site", weight: WEIGHTS.firstLinks },
    );
  }
  // an edit's own earlier version is among the latest: it says nothing of a habit
  const earlier = history.latest - (input.commentId ? 1 : 0);
  if (n > 0 && earlier >= 1 && history.linking - (input.commentId ? 1 : 0) >= earlier) {
    signals.push({
      reason: `each of their ${earlier} earlier ${earlier === 1 ? "comment" : "comments"} in ${COPY_WINDOW_HOURS} h linked elsewhere too`,
      weight: WEIGHTS.alwaysLinks,
    });
  }
  if (copies && copies.comments > 0) {
    const where = `same text on ${copies.pages} ${copies.pages === 1 ? "page" : "pages"} by ${copies.authors} ${copies.authors === 1 ? "account" : "accounts"} in ${COPY_WINDOW_HOURS} h`;
    if (copies.pages >= 3 || copies.authors >= 3) signals.push({ reason: where, weight: n ? WEIGHTS.wave : WEIGHTS.waveWithoutLinks });
    else if (copies.pages >= 2 || copies.authors >= 2)
      signals.push({ reason: where, weight: n ? WEIGHTS.copied : WEIGHTS.copiedWithoutLinks });
    else signals.push({ reason: `same text posted ${copies.comments + 1} times`, weight: WEIGHTS.repeated });
  }
  const recent = history.recent + (input.commentId ? 0 : 1);
  if (recent >= BURST_COMMENTS) signals.push({ reason: `${recent} comments in ${BURST_MINUTES} minutes`, weight: WEIGHTS.burst });

  return {
    score: combine(signals),
    signals: signals.map((s) => s.reason),
    fingerprint: fp,
    spans: links.spans,
  } satisfies SpamAssessment;
}
