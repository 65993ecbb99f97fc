/**
 * Another's threat made the writer's own by agreeing with it (probe set HV): "Someone further up said Councillor
 * Pryce deserves a bullet and honestly I CAN'T ARGUE WITH THAT.", "EXACTLY WHAT Sipho said, the mayor needs…". A
 * threat reported and condemned ("…that's vile and I've reported it") or reported alone stays another's.
 */
import type { Token } from "./normalize.ts";
import { phraseIn, phraseMatcher } from "./phrases.ts";
import { NEGATION, REPORTING } from "./cues.ts";

/** Words agreeing with what was said, or joining in. */
const endorsingAt = phraseMatcher(
  [
    "can't|cannot|cant argue with that|this|him|her|them|it",
    // (probe set IR) "Trolls told the ref to go and die in a hole. Can't say I disagree…"
    "can't|cannot|cant say i disagree",
    "couldn't|couldnt have put it better",
    "could not have put it better",
    "couldn't|couldnt agree more",
    "could not agree more",
    "he|she|they|you was|were|is|are (dead|spot|bang) right",
    "he's|she's|they're|you're|hes|shes|theyre|youre (dead|spot|bang) right",
    "he|she|they|you was|were|is|are not wrong",
    "he|she|they|you wasn't|weren't|isn't|aren't|wasnt|werent|isnt|arent wrong",
    "he's|she's|they're|you're|hes|shes|theyre|youre not wrong",
    "has|had|makes|made a (good|fair|valid) point",
    "spot|bang|dead on",
    "hear hear",
    "count me in",
    "sign me up",
    "where do i sign",
    "same here",
    "i agree",
    "agree with him|her|them|that|this|every|everyone|completely|entirely|totally",
    "agree with what",
    "totally|fully|quite|completely agree",
    "i'll|i'd|ill|id drive|help|chip|bring|hold",
    "i will|would drive|help|chip|bring|hold",
    "do it",
    "floor it",
    "sounds fair|good|right",
    "sounds about right",
    "first sensible thing",
    "i'll|ill say it too",
    "i was thinking it|that too",
    "exactly|backing what @any said|says|wrote|posted",
    "exactly|backing what @any @any said|says|wrote|posted",
    "echoing",
    "good shout",
    "nodding along",
    "never truer",
    "i second that|this",
    "well said",
    "genuinely agree",
    "just building on",
    "has a point",
    "follows through",
    "what i'd say too",
    // (the writer owning the words: '"You're dead when I find you." Not a song lyric this time, THAT'S A PROMISE.')
    "that's|thats a promise",
    "i mean|meant every word",
    "what i'd|id like to do to",
    "i stand by it|that",
    // (probe set IR) '"Kill the ref" they sang. WISH THEY MEANT IT', "…SHAME NOBODY ACTUALLY DID IT", "…SHOULD'VE FOLLOWED
    // THROUGH", "…FINGERS CROSSED THEY'RE RIGHT"
    "wish|wished he|she|they|you meant|had it",
    "shame|pity nobody|noone (actually|ever|really) did|does|do it",
    "shame|pity no one (actually|ever|really) did|does|do it",
    "should've|shouldve|should followed|have through",
    "fingers crossed he's|she's|they're|hes|shes|theyre|it's|its right|true",
  ],
  {},
  true,
);

/** Words condemning what was said: the report is of another's threat, and disowned. */
const condemningAt = phraseMatcher(
  [
    "disgusting",
    "disgraceful",
    "vile",
    "sick",
    "sickening",
    "horrifying",
    "horrific",
    "appalling",
    "shameful",
    "reported",
    "report",
    "not funny",
    "no place",
    "out of order",
    "too far",
    "hope you didn't|didnt mean",
    "not on",
    "unacceptable",
    "awful",
    "grim",
    "condemn~",
    "not who we are",
    "don't|dont defend",
  ],
  {},
  true,
);

/** Words after which another's words or wish are told: "someone SAID…", "Terry WANTS the CEO thrown off the roof". */
export const ENDORSABLE_AFTER = new Set([...REPORTING, "wants", "wanted", "about", "idea", "calling"]);

/** Any words of agreement at all: the cheap test before another's words are read as the writer's. */
export const mayEndorse = (tokens: readonly Token[]) => phraseIn(endorsingAt, tokens);

/** Words before an agreement that deny it: "I DON'T agree…", "I CAN'T agree with that", "I DON'T REALLY agree". */
const DENIED = new Set([...NEGATION, "can't", "cant", "cannot", "couldn't", "couldnt", "hardly"]);
const SOFTENER = new Set(["really", "totally", "fully", "quite", "entirely", "necessarily", "exactly", "completely", "i"]);
const denied = (tokens: readonly Token[], k: number) =>
  DENIED.has(tokens[k - 1]?.text ?? "") || (DENIED.has(tokens[k - 2]?.text ?? "") && SOFTENER.has(tokens[k - 1]!.text));

/**
 * Does the comment agree with the words it reports at [from, to] (from: the reporting word), in words after them or
 * just before the report ("EXACTLY WHAT Sipho said, …"), not negated, and condemn nothing?
 */
export function endorses(tokens: readonly Token[], from: number, to: number): boolean {
  if (phraseIn(condemningAt, tokens)) return false;
  for (let k = Math.max(0, from - 5); k < tokens.length; k++) {
    if (k === from) k = to + 1;
    if (k >= tokens.length) break;
    if (endorsingAt(tokens, k) >= 0 && !denied(tokens, k)) return true;
  }
  return false;
}
