import {
  DEFAULT_SPAM_THRESHOLDS,
  SEED_TARGET_RULES,
  withTargetRules,
  type PolicyDraft,
  type Target,
  type TargetRule,
} from "../../contract/policy.ts";
import { DETECTOR_RULE, SPAM_RULE, THREAT_RULE } from "./decide.ts";

/** The seed's comment policy, word for word, as the first thing readers see. */
export const SEED_POLICY_TEXT =
  "Please read our comment policy before making a comment. In short, please be respectful of others and do not engage in personal attacks. Otherwise we will revoke your comment privileges.";

/** The policy every new site starts with; thresholds come from the detector's evaluation. */
export function defaultPolicy(thresholds: { hold: number; reject: number }): PolicyDraft {
  return {
    title: "Comment policy",
    markdown: [
      SEED_POLICY_TEXT,
      "",
      "## No personal attacks",
      "",
      "Attack ideas, not people. Insults, name-calling, slurs and demeaning remarks aimed at another commenter are not allowed, and neither is dehumanising language about any group. Strong opinions, disagreement and criticism of public figures and of the article's author, however harsh, are welcome; calling them names is for a moderator to judge.",
      "",
      "## No threats",
      "",
      "Wishing or threatening violence or self-harm on anyone, whoever they are, is never allowed.",
      "",
      "## No spam",
      "",
      "No advertising, link spam, or the same text posted again and again across articles.",
      "",
      "## What happens when a comment breaks the policy",
      "",
      "- A comment that looks like a personal attack or like spam is held for a moderator, or refused so you can revise it.",
      "- A moderator who rejects a comment for breaking the policy gives its author a strike. Strikes count for 90 days.",
      "- 1 strike: a warning. 2 strikes: no commenting for 24 hours. 3 strikes: no commenting for 7 days. 4 strikes: your comment privileges are revoked.",
    ].join("\n"),
    rules: [
      {
        id: DETECTOR_RULE,
        title: "No personal attacks",
        summary:
          "Be respectful of others: no insults, name-calling, slurs or demeaning remarks about another commenter, no dehumanising language about groups.",
      },
      {
        id: THREAT_RULE,
        title: "No threats",
        summary: "No violence or self-harm wished on anyone, whoever they are.",
      },
      {
        // Judged on the spam signals' score (spam/score.ts); like every rule, a strike only when a moderator names it.
        id: SPAM_RULE,
        title: "No spam",
        summary: "No advertising, link spam, or the same text posted again and again.",
      },
    ],
    // the per-target rules (contract/policy.ts DEFAULT_TARGET_RULES): commenters refused,
    // public figures and groups held at most, words aimed at nobody held only when the model is sure
    thresholds: withTargetRules({
      ...thresholds,
      targets: structuredClone(SEED_TARGET_RULES) as Record<Target, TargetRule>,
      spam: { ...DEFAULT_SPAM_THRESHOLDS },
    }),
    strikeDays: 90,
    ladder: [
      { strikes: 1, sanction: "warn", hours: null },
      { strikes: 2, sanction: "suspend", hours: 24 },
      { strikes: 3, sanction: "suspend", hours: 24 * 7 },
      { strikes: 4, sanction: "revoke", hours: null },
    ],
    words: { blocked: [], allowed: [] },
  };
}
