/** Set phrases matched on normalised tokens (threat.ts, indirect.ts). */
import type { Token } from "./normalize.ts";

/** Compiles space-separated phrases; the matcher answers the last token of the phrase starting at i, or -1. */
export function phraseMatcher(phrases: readonly string[]): (tokens: readonly Token[], i: number) => number {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(" ");
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  return (tokens, i) => {
    const list = byFirst.get(tokens[i]!.text);
    if (!list) return -1;
    for (const p of list) {
      if (i + p.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = tokens[i + k]!.text === p[k];
      if (ok) return i + p.length - 1;
    }
    return -1;
  };
}
