import type { Target } from "../../contract/policy.ts";
import type { Span } from "../../contract/wire.ts";
import type { Token } from "./normalize.ts";

export type { Target };

export interface DetectorResult {
  /** Probability-like score in [0, 1] that the text is a personal attack. */
  score: number;
  /** The parts of the original text that drove the score; empty when nothing stands out. */
  spans: Span[];
  /** Whom the offensive words are aimed at; `none` when nobody in particular (or nothing offensive). */
  target: Target;
  /** Violence or self-harm wished on someone (the threat constructions of threat.ts). */
  threat: boolean;
  /**
   * Likely violence wished on someone, not sure enough to refuse (the learned reading of menace,
   * learned-menace.ts): a moderator decides. Absent means no.
   */
  possibleThreat?: boolean;
}

/** What the API knows around a comment, which tells who "you" or a name is. */
export interface ScoreContext {
  /** The display name of the author of the comment being replied to. */
  parentAuthor?: string;
  /** The article's author (a byline), a public figure for the policy. */
  articleAuthor?: string;
}

/** The personal-attack detector: pure, synchronous, and free of Node-only APIs so it runs on Workers. */
export interface Detector {
  /** Identifies the trained model, recorded with every automatic decision. */
  readonly version: string;
  score(text: string, context?: ScoreContext): DetectorResult;
  /**
   * The words as the detector reads them (normalised: spacing, leet, look-alike letters undone),
   * with their offsets in `text`: what a site's word lists are matched against. `extraWords`
   * (a site's blocked words) are undisguised as the detector's own lexicon is.
   */
  tokens?(text: string, extraWords?: readonly string[]): Token[];
}
