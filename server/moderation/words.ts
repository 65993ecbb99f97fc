import type { PolicyWords } from "../../contract/policy.ts";
import type { Span } from "../../contract/wire.ts";
import { tokenize, type Token } from "../detector/normalize.ts";
import type { Detector } from "../detector/types.ts";

/** The rule a decision by the site's blocked words records. */
export const WORDS_RULE = "blocked-words";

export interface BlockedWords {
  action: "reject" | "hold";
  spans: Span[];
}

interface Compiled {
  /** The blocked phrases' words, which the detector's normalisation then undisguises too. */
  extra: string[];
  /** First word → the blocked phrases (as words) that start with it. */
  blocked: Map<string, { words: string[]; action: BlockedWords["action"] }[]>;
  allowed: Set<string>;
}

// Phrases are read once per published list (the policy object is cached, so is this).
const compiledLists = new WeakMap<PolicyWords, WeakMap<Detector, Compiled>>();

/** The words as the detector reads them, so that spacing, leet or look-alike letters get past neither list. */
const wordsOf = (detector: Detector, text: string, extra: readonly string[] = []): Token[] =>
  detector.tokens?.(text, extra) ?? tokenize(text);

function compile(detector: Detector, list: PolicyWords): Compiled {
  let perDetector = compiledLists.get(list);
  if (!perDetector) compiledLists.set(list, (perDetector = new WeakMap()));
  let compiled = perDetector.get(detector);
  if (compiled) return compiled;
  compiled = { blocked: new Map(), allowed: new Set(), extra: [] };
  for (const { phrase, action } of list.blocked) {
    const words = wordsOf(detector, phrase).map((t) => t.text);
    if (!words.length) continue;
    const starting = compiled.blocked.get(words[0]!) ?? [];
    starting.push({ words, action });
    compiled.blocked.set(words[0]!, starting);
    compiled.extra.push(...words);
  }
  for (const word of list.allowed) for (const t of wordsOf(detector, word)) compiled.allowed.add(t.text);
  perDetector.set(detector, compiled);
  return compiled;
}

/**
 * The site's word lists applied to a text: every blocked phrase found (with the strongest
 * action and the spans of each occurrence), and the text with the allowed words blanked out
 * (same length, so the detector's spans still point into the original) for the detector to score.
 */
export function matchWords(
  detector: Detector,
  text: string,
  list: PolicyWords | undefined,
): { blocked: BlockedWords | null; masked: string } {
  if (!list || (!list.blocked.length && !list.allowed.length)) return { blocked: null, masked: text };
  const { blocked, allowed, extra } = compile(detector, list);
  const tokens = wordsOf(detector, text, extra);
  const spans: Span[] = [];
  let action: BlockedWords["action"] | null = null;
  let masked = text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (const phrase of blocked.get(t.text) ?? []) {
      if (!phrase.words.every((w, k) => tokens[i + k]?.text === w)) continue;
      spans.push({ start: t.start, end: tokens[i + phrase.words.length - 1]!.end });
      if (action !== "reject") action = phrase.action;
    }
    if (allowed.has(t.text)) masked = masked.slice(0, t.start) + " ".repeat(t.end - t.start) + masked.slice(t.end);
  }
  return { blocked: action ? { action, spans } : null, masked };
}
