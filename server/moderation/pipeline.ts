import type { Db } from "../../db/client.ts";
import type { Detector } from "../detector/types.ts";
import { ApiError } from "../errors.ts";
import { hitRateLimits } from "../lib/rate-limit.ts";
import type { SiteRow } from "../sites/sites.ts";
import { decide, type Verdict } from "./decide.ts";
import { currentPolicy } from "./policies.ts";
import type { Policy } from "../../contract/policy.ts";
import type { Standing } from "../../contract/wire.ts";
import { assertMayWrite } from "./standing.ts";

/** A shared address (an office, a household) gets this many times a single user's allowance. */
export const ADDRESS_LIMIT_FACTOR = 10;

export interface WriteContext {
  db: Db;
  site: SiteRow;
  userId: string;
  addressHash: string;
  now: Date;
}

/**
 * The phases every write passes, in order: standing (from the database, every time), then
 * the rate limits. Each phase throws its typed error; nothing has been written when one does.
 */
export async function admitWrite(ctx: WriteContext, action: string): Promise<Standing> {
  const standing = await assertMayWrite(ctx.db, ctx.userId, ctx.now);
  const limit = ctx.site.rateLimitPerMinute;
  await hitRateLimits(
    ctx.db,
    [
      { key: `${action}:user:${ctx.userId}`, limit },
      { key: `${action}:address:${ctx.site.id}:${ctx.addressHash}`, limit: limit * ADDRESS_LIMIT_FACTOR },
    ],
    60,
    ctx.now,
  );
  return standing;
}

/** Length, then the detector under the site's current policy. */
export async function judgeBody(db: Db, site: SiteRow, detector: Detector, body: string): Promise<{ verdict: Verdict; policy: Policy }> {
  assertBodyLength(site, body);
  const policy = await currentPolicy(db, site.id);
  return { verdict: decide(detector.score(body), policy), policy };
}

export function assertBodyLength(site: SiteRow, body: string): void {
  const length = [...body].length;
  if (body.trim() === "") throw new ApiError("validation_failed", "The comment is empty.", { field: "body" });
  if (length > site.maxCommentLength) {
    throw new ApiError("validation_failed", `The comment is ${length} characters long; the limit is ${site.maxCommentLength}.`, {
      field: "body",
      limit: site.maxCommentLength,
    });
  }
}

export function violationError(verdict: Verdict, policy: Policy): ApiError {
  const rule = policy.rules.find((r) => r.id === verdict.rule);
  return new ApiError(
    "policy_violation",
    `This comment looks like it breaks the rule "${rule?.title ?? verdict.rule}". Please revise it, or submit it for a moderator to review.`,
    { rule: verdict.rule, spans: verdict.spans, canAcknowledge: true, policyVersion: policy.version },
  );
}

export function holdReason(verdict: Verdict, policy: Policy, acknowledged: boolean): string {
  const rule = policy.rules.find((r) => r.id === verdict.rule);
  const title = rule?.title ?? verdict.rule ?? "the comment policy";
  return acknowledged
    ? `Your comment will be published if a moderator finds it within the rule "${title}".`
    : `Your comment may break the rule "${title}", so a moderator will review it before it is published.`;
}
