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

/** A policy as an admin writes it: the reader-facing text and the rules the server enforces. */
export const policyDraftSchema = z
  .object({
    title: z.string().check(z.trim(), z.minLength(1, "give the policy a title"), z.maxLength(200, "at most 200 characters")),
    markdown: z.string().check(
      z.refine((s) => s.trim() !== "", "write the text readers will see"),
      z.maxLength(50_000, "at most 50,000 characters"),
    ),
    rules: z.array(ruleSchema).check(z.minLength(1, "a policy needs at least one rule"), z.maxLength(50, "at most 50 rules")),
    thresholds: z.object({ hold: probability, reject: probability }),
    strikeDays: z._default(
      z
        .int("a whole number of days, 1 to 3650")
        .check(z.gte(1, "a whole number of days, 1 to 3650"), z.lte(3650, "a whole number of days, 1 to 3650")),
      90,
    ),
    ladder: z.array(ladderStepSchema).check(z.maxLength(20, "at most 20 steps")),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.thresholds.hold > p.thresholds.reject) {
        ctx.addIssue({ code: "custom", path: ["thresholds", "hold"], message: "hold must not be above reject", input: p.thresholds.hold });
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
export type Thresholds = PolicyDraft["thresholds"];

/** A published version: the draft as it was published, and by whom. */
export interface Policy extends PolicyDraft {
  version: number;
  /** An admin id, or "system" for the default policy. */
  publishedBy: string;
  publishedAt: string;
}
