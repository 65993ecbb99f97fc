/**
 * The policy editor's draft: what the form holds, checked with the contract's schema (the one
 * the server validates with) so mistakes show next to their field before any request.
 */
import { policyDraftSchema, withTargetRules, type PolicyDraft } from "../../../contract/policy.ts";

export type { PolicyDraft };

/** field path ("thresholds.hold", "ladder.1.hours") → message */
export type DraftErrors = Record<string, string>;

/** The schema's phrase ("give the policy a title") as a sentence next to its field. */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1) + ".";

/** The first problem with each field of what publishing would send. */
export function validateDraft(d: PolicyDraft): DraftErrors {
  const e: DraftErrors = {};
  const result = policyDraftSchema.safeParse(toRequest(d));
  for (const issue of result.error?.issues ?? []) e[issue.path.join(".")] ??= sentence(issue.message);
  return e;
}

/** The body the server takes: suspensions keep their hours, other steps send null. */
export function toRequest(d: PolicyDraft): PolicyDraft {
  return {
    title: d.title.trim(),
    markdown: d.markdown,
    rules: d.rules.map((r) => ({ id: r.id.trim(), title: r.title.trim(), summary: r.summary.trim() })),
    thresholds: withTargetRules(d.thresholds),
    strikeDays: d.strikeDays,
    ladder: d.ladder.map((s) => ({ strikes: s.strikes, sanction: s.sanction, hours: s.sanction === "suspend" ? s.hours : null })),
    words: {
      blocked: d.words.blocked.map((w) => ({ phrase: w.phrase.trim(), action: w.action })).filter((w) => w.phrase),
      allowed: d.words.allowed.map((w) => w.trim()).filter(Boolean),
    },
  };
}

/** Same enforcement (what a replay measures): thresholds, rules, ladder, strike days, word lists. */
export function enforcementKey(d: PolicyDraft): string {
  const r = toRequest(d);
  return JSON.stringify([r.thresholds, r.strikeDays, r.ladder, r.rules.map((x) => x.id), r.words]);
}

/** Same draft, text and all. */
export function draftKey(d: PolicyDraft): string {
  return JSON.stringify(toRequest(d));
}

export function fromPolicy(p: PolicyDraft): PolicyDraft {
  return {
    title: p.title,
    markdown: p.markdown,
    rules: p.rules.map((r) => ({ ...r })),
    thresholds: withTargetRules(p.thresholds),
    strikeDays: p.strikeDays,
    ladder: p.ladder.map((s) => ({ strikes: s.strikes, sanction: s.sanction, hours: s.hours ?? null })),
    words: { blocked: (p.words?.blocked ?? []).map((w) => ({ ...w })), allowed: [...(p.words?.allowed ?? [])] },
  };
}
