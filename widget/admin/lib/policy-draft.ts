/**
 * The policy editor's draft: what the form holds, checked with the server's rules
 * (server/moderation/policy-types.ts) so mistakes show next to their field before any request.
 */
import type { LadderStep } from "./ladder.ts";

export interface RuleDraft {
  id: string;
  title: string;
  summary: string;
}
export interface PolicyDraft {
  title: string;
  markdown: string;
  rules: RuleDraft[];
  thresholds: { hold: number; reject: number };
  strikeDays: number;
  ladder: LadderStep[];
}

/** field path ("thresholds.hold", "ladder.1.hours") → message */
export type DraftErrors = Record<string, string>;

const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function validateDraft(d: PolicyDraft): DraftErrors {
  const e: DraftErrors = {};
  if (!d.title.trim()) e.title = "Give the policy a title.";
  if (!d.markdown.trim()) e.markdown = "Write the text readers will see.";
  if (d.markdown.length > 50_000) e.markdown = "The text is longer than 50,000 characters.";
  if (!d.rules.length) e.rules = "A policy needs at least one rule.";
  const ids = new Set<string>();
  d.rules.forEach((r, i) => {
    if (!RULE_ID.test(r.id)) e[`rules.${i}.id`] = "Use lowercase letters, digits and dashes.";
    else if (ids.has(r.id)) e[`rules.${i}.id`] = `Another rule already has the id “${r.id}”.`;
    ids.add(r.id);
    if (!r.title.trim()) e[`rules.${i}.title`] = "Give the rule a title.";
    if (!r.summary.trim()) e[`rules.${i}.summary`] = "Summarise the rule for readers.";
  });
  const { hold, reject } = d.thresholds;
  if (!(hold >= 0 && hold <= 1)) e["thresholds.hold"] = "Between 0 and 1.";
  if (!(reject >= 0 && reject <= 1)) e["thresholds.reject"] = "Between 0 and 1.";
  if (!e["thresholds.hold"] && !e["thresholds.reject"] && hold > reject) e["thresholds.hold"] = "Hold must not be above reject.";
  if (!(Number.isInteger(d.strikeDays) && d.strikeDays >= 1 && d.strikeDays <= 3650)) e.strikeDays = "A whole number of days, 1 to 3650.";
  d.ladder.forEach((s, i) => {
    if (!(Number.isInteger(s.strikes) && s.strikes >= 1 && s.strikes <= 100)) e[`ladder.${i}.strikes`] = "A whole number, 1 to 100.";
    else if (i > 0 && s.strikes <= d.ladder[i - 1]!.strikes) e[`ladder.${i}.strikes`] = "Each step needs more strikes than the one before.";
    if (s.sanction === "suspend" && !(s.hours != null && s.hours > 0)) e[`ladder.${i}.hours`] = "A suspension needs hours.";
  });
  return e;
}

/** The body the server takes: suspensions keep their hours, other steps send null. */
export function toRequest(d: PolicyDraft): PolicyDraft {
  return {
    title: d.title.trim(),
    markdown: d.markdown,
    rules: d.rules.map((r) => ({ id: r.id.trim(), title: r.title.trim(), summary: r.summary.trim() })),
    thresholds: { hold: d.thresholds.hold, reject: d.thresholds.reject },
    strikeDays: d.strikeDays,
    ladder: d.ladder.map((s) => ({ strikes: s.strikes, sanction: s.sanction, hours: s.sanction === "suspend" ? s.hours : null })),
  };
}

/** Same enforcement (what a replay measures): thresholds, rules, ladder, strike days. */
export function enforcementKey(d: PolicyDraft): string {
  const r = toRequest(d);
  return JSON.stringify([r.thresholds, r.strikeDays, r.ladder, r.rules.map((x) => x.id)]);
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
    thresholds: { ...p.thresholds },
    strikeDays: p.strikeDays,
    ladder: p.ladder.map((s) => ({ strikes: s.strikes, sanction: s.sanction, hours: s.hours ?? null })),
  };
}
