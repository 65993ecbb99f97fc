/**
 * The comment policy as an admin writes it, and the rules every draft must pass: the server
 * validates PUT and replay bodies with `policyDraftSchema`, and the admin app checks its form
 * with the same schema so a mistake shows next to its field before any request.
 *
 * Written with `zod/mini` so the admin bundle carries a few KB of zod, not the whole classic
 * API; the schemas are ordinary zod schemas to the server's `parseWith`. Messages are short
 * lowercase phrases: the server sends them as "field: message.", the admin as a sentence.
 */
import * as z from "zod/mini";

export const SANCTION_TYPES = ["warn", "suspend", "revoke"] as const;
export type SanctionType = (typeof SANCTION_TYPES)[number];

/** Longest suspension a ladder step or a moderator may give: ten years. */
export const MAX_SANCTION_HOURS = 24 * 365 * 10;

export const ruleSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a rule id is lowercase letters, digits and dashes")),
  title: z.string().check(z.trim(), z.minLength(1, "give the rule a title"), z.maxLength(120, "at most 120 characters")),
  summary: z.string().check(z.trim(), z.minLength(1, "summarise the rule for readers"), z.maxLength(1000, "at most 1,000 characters")),
});

export const ladderStepSchema = z.object({
  strikes: z.int("a whole number, 1 to 100").check(z.gte(1, "a whole number, 1 to 100"), z.lte(100, "a whole number, 1 to 100")),
  sanction: z.enum(SANCTION_TYPES, "warn, suspend or revoke"),
  hours: z._default(
    z.nullable(z.number("a number of hours").check(z.positive("more than 0 hours"), z.lte(MAX_SANCTION_HOURS, "at most ten years"))),
    null,
  ),
});

const probability = z.number("between 0 and 1").check(z.gte(0, "between 0 and 1"), z.lte(1, "between 0 and 1"));

import { TARGETS, type Target } from "./targets.ts";

export { TARGETS, type Target };

/** The strongest outcome a target's attacks may get: refused, held for a moderator, or never flagged. */
export const TARGET_ACTIONS = ["reject", "hold", "publish"] as const;
export type TargetAction = (typeof TARGET_ACTIONS)[number];

/** How the personal-attack rule treats one target; a null threshold is the policy's own. */
export const targetRuleSchema = z.object({
  hold: z._default(z.nullable(probability), null),
  reject: z._default(z.nullable(probability), null),
  atMost: z._default(z.enum(TARGET_ACTIONS, "reject, hold or publish"), "reject"),
});
export type TargetRule = z.output<typeof targetRuleSchema>;

/**
 * What a policy without per-target rules gets (stored before targets existed, or written
 * without them): the policy's own thresholds for every target, and the seed's caps: attacks on
 * commenters may be refused; public figures and the author, groups, and nobody in particular
 * are held at most, never refused.
 */
export const DEFAULT_TARGET_RULES: Readonly<Record<Target, TargetRule>> = Object.freeze({
  commenter: { hold: null, reject: null, atMost: "reject" },
  "public-figure": { hold: null, reject: null, atMost: "hold" },
  group: { hold: null, reject: null, atMost: "hold" },
  none: { hold: null, reject: null, atMost: "hold" },
});

/**
 * The default policy's choices per target: attacks on commenters are refused, and held from a
 * lower score; name-calling of public figures and the author is held at most, and their
 * criticism publishes; dehumanising language about groups is held; words aimed at nobody
 * (profanity, exclamations) are held only when the model is fairly sure, never refused.
 */
export const SEED_TARGET_RULES: Readonly<Record<Target, TargetRule>> = Object.freeze({
  ...DEFAULT_TARGET_RULES,
  commenter: { hold: 0.4, reject: null, atMost: "reject" },
  none: { hold: 0.65, reject: null, atMost: "hold" },
});

const targetRulesSchema = z._default(
  z.object({
    commenter: z._default(targetRuleSchema, () => ({ ...DEFAULT_TARGET_RULES.commenter })),
    "public-figure": z._default(targetRuleSchema, () => ({ ...DEFAULT_TARGET_RULES["public-figure"] })),
    group: z._default(targetRuleSchema, () => ({ ...DEFAULT_TARGET_RULES.group })),
    none: z._default(targetRuleSchema, () => ({ ...DEFAULT_TARGET_RULES.none })),
  }),
  () => structuredClone(DEFAULT_TARGET_RULES) as Record<Target, TargetRule>,
);

/** A target's effective thresholds and strongest outcome under a policy's thresholds. */
export function targetThresholds(thresholds: Thresholds, target: Target): { hold: number; reject: number; atMost: TargetAction } {
  const rule = thresholds.targets?.[target] ?? DEFAULT_TARGET_RULES[target];
  return { hold: rule.hold ?? thresholds.hold, reject: rule.reject ?? thresholds.reject, atMost: rule.atMost };
}

/** The spam rule's thresholds on the spam signals' score (server/moderation/spam/score.ts). */
export const spamThresholdsSchema = z.object({ hold: probability, reject: probability });
export type SpamThresholds = z.output<typeof spamThresholdsSchema>;
/**
 * What a policy without its own (stored before spam signals, or written without them) gets: two
 * moderate signals hold (a shortened link to another site), a hidden field or a wave of copies
 * with links refuses.
 */
export const DEFAULT_SPAM_THRESHOLDS: Readonly<SpamThresholds> = Object.freeze({ hold: 0.5, reject: 0.85 });

/** A policy's spam thresholds, stored or default. */
export const spamThresholds = (t: Thresholds): SpamThresholds => t.spam ?? { ...DEFAULT_SPAM_THRESHOLDS };

/** A blocked word or phrase, and what a comment containing it gets. */
export const blockedWordSchema = z.object({
  phrase: z.string().check(z.trim(), z.minLength(1, "write the word or phrase"), z.maxLength(100, "at most 100 characters")),
  action: z.enum(["reject", "hold"]),
});
/**
 * A site's word lists: blocked words and phrases (refused or held, matched after the detector's
 * normalisation so that spacing, leet and look-alike letters do not get past them), and allowed
 * words the detector must not flag (a site about wildlife may allow "ass").
 */
export const policyWordsSchema = z.object({
  blocked: z.array(blockedWordSchema).check(z.maxLength(1000, "at most 1,000 blocked words")),
  allowed: z
    .array(z.string().check(z.trim(), z.minLength(1, "an allowed word cannot be empty"), z.maxLength(100, "at most 100 characters")))
    .check(z.maxLength(1000, "at most 1,000 allowed words")),
});
export type PolicyWords = z.output<typeof policyWordsSchema>;

/** A policy as an admin writes it: the reader-facing text and the rules the server enforces. */
export const policyDraftSchema = z
  .object({
    title: z.string().check(z.trim(), z.minLength(1, "give the policy a title"), z.maxLength(200, "at most 200 characters")),
    markdown: z.string().check(
      z.refine((s) => s.trim() !== "", "write the text readers will see"),
      z.maxLength(50_000, "at most 50,000 characters"),
    ),
    rules: z.array(ruleSchema).check(z.minLength(1, "a policy needs at least one rule"), z.maxLength(50, "at most 50 rules")),
    thresholds: z.object({
      hold: probability,
      reject: probability,
      targets: targetRulesSchema,
      spam: z._default(spamThresholdsSchema, () => ({ ...DEFAULT_SPAM_THRESHOLDS })),
    }),
    strikeDays: z._default(
      z
        .int("a whole number of days, 1 to 3650")
        .check(z.gte(1, "a whole number of days, 1 to 3650"), z.lte(3650, "a whole number of days, 1 to 3650")),
      90,
    ),
    ladder: z.array(ladderStepSchema).check(z.maxLength(20, "at most 20 steps")),
    words: z._default(policyWordsSchema, () => ({ blocked: [], allowed: [] })),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.thresholds.hold > p.thresholds.reject) {
        ctx.addIssue({ code: "custom", path: ["thresholds", "hold"], message: "hold must not be above reject", input: p.thresholds.hold });
      }
      if (p.thresholds.spam.hold > p.thresholds.spam.reject) {
        ctx.addIssue({
          code: "custom",
          path: ["thresholds", "spam", "hold"],
          message: "hold must not be above reject",
          input: p.thresholds.spam.hold,
        });
      }
      for (const target of TARGETS) {
        const own = p.thresholds.targets[target];
        const t = targetThresholds(p.thresholds, target);
        if ((own.hold !== null || own.reject !== null) && t.hold > t.reject)
          ctx.addIssue({
            code: "custom",
            path: ["thresholds", "targets", target, "hold"],
            message: "hold must not be above reject",
            input: t.hold,
          });
      }
      const ids = new Set<string>();
      p.rules.forEach((r, i) => {
        if (ids.has(r.id))
          ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `another rule already has the id ${r.id}`, input: r.id });
        ids.add(r.id);
      });
      p.ladder.forEach((step, i) => {
        if (step.sanction === "suspend" && !step.hours) {
          ctx.addIssue({ code: "custom", path: ["ladder", i, "hours"], message: "a suspension needs hours", input: step.hours });
        }
        if (i > 0 && step.strikes <= p.ladder[i - 1]!.strikes) {
          ctx.addIssue({
            code: "custom",
            path: ["ladder", i, "strikes"],
            message: "each step needs more strikes than the one before",
            input: step.strikes,
          });
        }
      });
    }),
  );

export type PolicyDraft = z.output<typeof policyDraftSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type LadderStep = z.output<typeof ladderStepSchema>;
/**
 * Stored policies from before targets may lack `targets` (they read as DEFAULT_TARGET_RULES), and
 * those from before spam signals `spam` (DEFAULT_SPAM_THRESHOLDS).
 */
export type Thresholds = Omit<PolicyDraft["thresholds"], "targets" | "spam"> & {
  targets?: PolicyDraft["thresholds"]["targets"];
  spam?: SpamThresholds;
};

/** A published version: the draft as it was published, and by whom. */
export interface Policy extends PolicyDraft {
  version: number;
  /** An admin id, or "system" for the default policy. */
  publishedBy: string;
  publishedAt: string;
}

/** Thresholds as stored (perhaps from before targets or spam) with every target's rule and the spam thresholds filled in. */
export function withTargetRules(t: Thresholds): PolicyDraft["thresholds"] {
  const targets = Object.fromEntries(TARGETS.map((k) => [k, { ...DEFAULT_TARGET_RULES[k], ...t.targets?.[k] }])) as Record<
    Target,
    TargetRule
  >;
  return { hold: t.hold, reject: t.reject, targets, spam: spamThresholds(t) };
}
