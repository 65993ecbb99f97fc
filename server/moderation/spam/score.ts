/**
 * The spam score: each signal that fires has a weight, the chance on its own that the comment
 * is spam, and the score is the chance that at least one is right, as if they were independent:
 *
 *     score = 1 − Π (1 − weight)
 *
 * So one weak signal (a link to another site, 0.3) stays below the default hold threshold
 * (0.5), two moderate ones cross it, and a hidden field a person never fills (1.0) settles it.
 */
export interface Signal {
  /** What a moderator reads, e.g. "link shortener (bit.ly)". */
  reason: string;
  weight: number;
}

export const WEIGHTS = {
  /** Links to a domain that is not the site's nor on its allow list. */
  foreignLinks: 0.3,
  /** Two links; three or more. */
  twoLinks: 0.2,
  manyLinks: 0.4,
  shortener: 0.5,
  linkOnly: 0.6,
  /** A new commenter's first comment links to another site; or is mostly that link. */
  firstLinks: 0.3,
  firstMostlyLink: 0.5,
  /** Every one of the author's earlier comments (in the copy window) linked to another site too. */
  alwaysLinks: 0.3,
  /**
   * The same text elsewhere, with links: on 2 pages or by 2 accounts; on 3 or more, or by 3 or
   * more. Without links a copy is weaker: readers do write "Great article, thanks!" everywhere.
   */
  copied: 0.4,
  wave: 0.75,
  copiedWithoutLinks: 0.1,
  waveWithoutLinks: 0.3,
  /** The same author posting the same text again. */
  repeated: 0.1,
  burst: 0.4,
  honeypot: 1,
} as const;

export function combine(signals: readonly Signal[]): number {
  const score = 1 - signals.reduce((p, s) => p * (1 - s.weight), 1);
  return Math.round(score * 1000) / 1000;
}
