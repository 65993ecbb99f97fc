/** The widget's language: which of the shipped ones a page or element asks for (README, "Languages"). */
import type { Strings } from "../strings.ts";
import type { ExtraStrings } from "../strings-extras.ts";

declare global {
  /** The chosen language's first-paint strings, on their way: set by the loader (embed.ts) before the modules run, awaited by strings.ts. */
  var parleyStrings: Promise<Strings> | undefined;
  /** Fetches (once) the chosen language's strings for the lazily loaded chunk: set by the loader, awaited by strings-extras.ts. */
  var parleyExtraStrings: (() => Promise<ExtraStrings>) | undefined;
}

/**
 * The shipped language a language tag asks for, by its base ("de-AT" → "de", "pt-BR" → "pt"), or
 * undefined (English). `shipped`: the languages with a chunk, "de|fr|…" (filled in by the build).
 */
export const chooseLanguage = (tag: string | null | undefined, shipped: string): string | undefined =>
  RegExp(`^(${shipped})\\b`).exec((tag || "").toLowerCase())?.[1];
