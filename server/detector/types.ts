import type { Span } from "../../contract/wire.ts";

export interface DetectorResult {
  /** Probability-like score in [0, 1] that the text is a personal attack. */
  score: number;
  /** The parts of the original text that drove the score; empty when nothing stands out. */
  spans: Span[];
}

/** The personal-attack detector: pure, synchronous, and free of Node-only APIs so it runs on Workers. */
export interface Detector {
  /** Identifies the trained model, recorded with every automatic decision. */
  readonly version: string;
  score(text: string): DetectorResult;
}
