import { z } from "zod";

export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a rule id is lowercase letters, digits and dashes"),
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(1000),
});

export const ladderStepSchema = z.object({
  strikes: z.number().int().min(1).max(100),
  sanction: z.enum(["warn", "suspend", "revoke"]),
  hours: z
    .number()
    .positive()
    .max(24 * 365 * 10)
    .nullable()
    .default(null),
});

/** A policy as an admin writes it: the reader-facing text and the rules the server enforces. */
export const policyDraftSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    markdown: z.string().min(1).max(50_000),
    rules: z.array(ruleSchema).min(1).max(50),
    thresholds: z.object({ hold: z.number().min(0).max(1), reject: z.number().min(0).max(1) }),
    strikeDays: z.number().int().min(1).max(3650).default(90),
    ladder: z.array(ladderStepSchema).max(20),
  })
  .superRefine((p, ctx) => {
    if (p.thresholds.hold > p.thresholds.reject) {
      ctx.addIssue({ code: "custom", path: ["thresholds", "hold"], message: "hold must not be above reject" });
    }
    const ids = new Set<string>();
    p.rules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `duplicate rule id ${r.id}` });
      ids.add(r.id);
    });
    p.ladder.forEach((step, i) => {
      if (step.sanction === "suspend" && !step.hours) {
        ctx.addIssue({ code: "custom", path: ["ladder", i, "hours"], message: "a suspension needs hours" });
      }
      if (i > 0 && step.strikes <= p.ladder[i - 1]!.strikes) {
        ctx.addIssue({ code: "custom", path: ["ladder", i, "strikes"], message: "ladder steps must have increasing strike counts" });
      }
    });
  });

export type PolicyDraft = z.infer<typeof policyDraftSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type LadderStep = z.infer<typeof ladderStepSchema>;

export interface Policy extends PolicyDraft {
  version: number;
  publishedBy: string;
  publishedAt: string;
}

/** The rule the detector enforces: its score is a personal-attack score. */
export const DETECTOR_RULE = "personal-attacks";
