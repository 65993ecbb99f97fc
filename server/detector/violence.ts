/**
 * Killing ordered or intended, read a sentence at a time: a verb of killing or beating whose
 * object is a person, either opening a sentence ("Shoot them!", "Just execute the bastard",
 * "Go kill that referee") or after a wish or intent ("we should just shoot the looters",
 * "someone needs to punch him", "I'm going to stab that judge", "start shooting them").
 * Threat.ts knows many fixed constructions; this is the general case they leave, so it reads the
 * text as well (where sentences begin and end: a question asks, it does not order).
 */
import { clauseBreak, isName, PERSON_SUBJECT, type InsultLexicon } from "./insult.ts";
import type { Token } from "./normalize.ts";
import { ELECTION, NEGATION, personNoun, REPORTING, takenBackAfter } from "./cues.ts";
import { isGroupWord, sentenceStart } from "./target.ts";

/** Verbs of killing or beating, base form, and their -ing forms after "start". */
const KILLING = new Set<string>([
  ...["kill", "shoot", "execute", "hang", "lynch", "behead", "decapitate", "murder", "slaughter", "exterminate", "massacre"],
  ...["butcher", "gas", "strangle", "stab", "castrate", "incinerate", "shank", "punch", "torture", "maim", "kneecap"],
  ...["assassinate", "knife", "waterboard", "electrocute", "drown", "torch", "throttle"],
  ...["stone", "deck", "glass", "bottle", "firebomb", "murk", "merk", "batter", "hospitalise", "hospitalize", "bludgeon"],
]);
/** Other forms, each after its word: "start SHOOTING them", "should have SHOT him". */
const FORM_AFTER = new Map<string, [string, string]>();
for (const [ing, v] of Object.entries({ killing: "kill", shooting: "shoot", hanging: "hang", lynching: "lynch", stabbing: "stab" }))
  FORM_AFTER.set(ing, [v, "start"]);
for (const [done, v] of Object.entries({ killed: "kill", shot: "shoot", executed: "execute", hanged: "hang", lynched: "lynch" }))
  FORM_AFTER.set(done, [v, "have"]);
for (const [done, v] of Object.entries({ murdered: "murder", strangled: "strangle", stabbed: "stab", beheaded: "behead" }))
  FORM_AFTER.set(done, [v, "have"]);
/** Skipped before an order at the start of a sentence: "JUST execute him", "SO, go kill them". */
const OPENER = new Set(
  ["just", "so", "then", "simply", "now", "please", "go", "and", "or", "yes", "yeah", "well", "ok", "okay", "seriously"].concat([
    "honestly",
    "hell",
    "ha",
    "lol",
    "damn",
    "first",
    "quick",
    "somebody",
    "someone",
    "everybody",
    "everyone",
    "let's",
    "lets",
  ]),
);
/** Wishes and duties, whoever is their subject: "they SHOULD shoot him", "TIME TO hang them". */
const WISHED = new Set(["should", "shud", "shld", "must", "ought", "need", "needs", "gotta", "shall", "time", "better", "let's", "lets"]);
/** Intent, a threat only when said of oneself or of someone unnamed: "I'LL kill him" (not "he'll kill us"). */
const INTENT = new Set(["will", "would", "gonna", "going", "wanna", "want", "like", "love", "i'll", "we'll", "i'd", "we'd"]);
const INTENDER = new Set(["i", "we", "i'm", "im", "we're", "someone", "somebody", "everyone", "everybody", "i'd", "we'd"]);
/** Between the wish and the verb: "should JUST GO kill", "needs TO", "should HAVE killed", "start". */
const FILLER = new Set([
  "just",
  "all",
  "simply",
  "really",
  "go",
  "and",
  "to",
  "finally",
  "have",
  "start",
  "someone",
  "somebody",
  "i",
  "we",
]);
/** Negation, and "cannot" too: "you can't just shoot them". */
const NEGATED = new Set([...NEGATION, "cannot", "can't"]);
/** Someone else's words: "Trump's comments SUGGESTING a gun owner should shoot Hillary". */
const REPORTED = new Set([
  ...REPORTING,
  ...["claimed", "threatening", "threatened", "threatens", "calling", "called", "urging", "urged", "posted"],
  // asked about, not ordered: "I asked WHY we should execute anyone"
  ...["if", "whether", "why", "how"],
]);
const OBJECT = new Set([
  "you",
  "u",
  "ya",
  "him",
  "her",
  "them",
  "em",
  "dem",
  "y'all",
  "yall",
  "himself",
  "herself",
  "themselves",
  "yourself",
]);
const DETERMINER = new Set(["the", "that", "this", "those", "these", "every", "all", "some", "any", "more", "our", "their", "a", "an"]);
/** People named by what they do, as the objects of an order: "shoot THE LOOTERS", "kill DEM THIEVES". */
const PEOPLE = new Set([
  ...["thieves", "thief", "criminals", "criminal", "looters", "rioters", "terrorists", "terrorist", "murderers", "killers", "rapists"],
  ...["pedophiles", "paedophiles", "dealers", "thugs", "gangsters", "invaders", "police", "soldiers", "guards", "sob", "punk"],
  ...["guys", "men", "women", "kid", "kids", "people", "person", "protesters", "protestors", "leader", "leaders"],
]);
/** After its object, an idiom, not violence: "shoot him AN email", "shoot her DOWN", "kill them softly". */
const IDIOM_AFTER = new Set(["a", "an", "down", "up", "out", "off", "softly"]);
/** "kill them WITH KINDNESS" (not "with a knife"). */
const KINDLY = new Set(["kindness", "love", "praise", "compliments", "facts", "logic", "laughter", "boredom", "sarcasm"]);
/** Things that are shot, killed or hung that are no one ("shoot the messenger" is a saying). */
const NOT_PEOPLE = new Set(["messenger", "messengers", "breeze", "bill", "deal", "idea", "time", "mood", "lights"]);

/** A word for people: "LOOTERS", "that JUDGE", "the TORIES", "IDIOTS" (not "the messenger"). */
function personWord(w: string, lex: InsultLexicon): boolean {
  if (NOT_PEOPLE.has(w)) return false;
  return (
    PEOPLE.has(w) ||
    PEOPLE.has(w + "s") ||
    personNoun(w) ||
    PERSON_SUBJECT.has(w) ||
    isGroupWord(w) ||
    lex.nouns.has(w) ||
    lex.nouns.has(w.replace(/s$/, ""))
  );
}

const HANG_FORMS = new Set(["hang", "hangs", "hanging"]);
/** The person (its last token) an order or wish falls on, starting at token k, or -1. */
function victimAt(toks: readonly Token[], text: string, lex: InsultLexicon, k: number, verb: string): number {
  const t = toks[k];
  if (!t) return -1;
  if (OBJECT.has(t.text)) return k;
  // "They're traitors, hang THE LOT": people named before it in its sentence are the lot (not "Slugs again, kill the lot")
  const lot = t.text === "the" && toks[k + 1]?.text === "lot" ? k + 1 : -1;
  if (lot >= 0)
    for (let m = sentenceFrom(toks, text, k); m < k; m++) if (personWord(toks[m]!.text, lex) && toks[m]!.text !== "them") return lot;
  // "hang the picture", "hang this on the wall": only "hang him", or people named at once ("hang the bankers")
  if (verb === "hang")
    return DETERMINER.has(t.text) && HANG_FORMS.has(toks[k - 1]?.text ?? "") && personWord(toks[k + 1]?.text ?? "", lex) ? k + 1 : -1;
  const person = (m: number) => personWord(toks[m]?.text ?? "", lex);
  if (DETERMINER.has(t.text)) {
    // "the lot", "all of them"
    if (t.text === "all" && (toks[k + 1]?.text === "of" ? OBJECT.has(toks[k + 2]?.text ?? "") : false)) return k + 2;
    // (within its clause: not "cut more jobs, your mum said")
    for (let m = k + 1; m < Math.min(toks.length, k + 4) && !clauseBreak(text, toks[m - 1]!, toks[m]!, false); m++) if (person(m)) return m;
    return -1;
  }
  if (person(k)) return k;
  // "shoot Hillary", "kill Trump" (not a sentence's first word, which any word may be)
  if (isName(t, text) && !sentenceStart(text, t.start) && verb !== "kill") return k;
  return -1;
}

/** Does the sentence holding token i end with a question mark? */
function asked(toks: readonly Token[], text: string, i: number): boolean {
  for (let k = toks[i]!.end; k < text.length; k++) {
    const c = text[k]!;
    if (c === "?") return true;
    if (c === "." || c === "!" || c === "\n" || c === ";") return false;
  }
  return false;
}

/** The first token of the sentence holding token i. */
function sentenceFrom(toks: readonly Token[], text: string, i: number): number {
  let s = i;
  while (s > 0 && !sentenceStart(text, toks[s]!.start)) s--;
  return s;
}

/**
 * Is the verb at v ordered: only openers before it in its sentence ("Just shoot them", "Go kill him"), or in a clause
 * after a comma, the people it is aimed at named before it ("Those protesters are vermin, shoot them", "Round them up,
 * shoot them"), with nothing there that makes it a condition, a report or a denial ("If the dog bites, shoot it").
 */
function ordered(toks: readonly Token[], text: string, v: number, lex: InsultLexicon): boolean {
  const s = sentenceFrom(toks, text, v);
  let c = v;
  while (c > s && OPENER.has(toks[c - 1]!.text)) c--;
  if (c === s) return true;
  if (!text.slice(toks[c - 1]!.end, toks[c]!.start).includes(",")) return false;
  // (people named before it, whom "them" is: not "Smash the spuds flat, drown them in olive oil")
  let people = false;
  for (let k = s; k < c; k++) {
    const w = toks[k]!.text;
    if (CONDITIONED.has(w) || NEGATED.has(w) || REPORTED.has(w)) return false;
    people ||= personWord(w, lex) || w === "they're" || w === "theyre";
  }
  return people;
}
/** What makes an order after a comma a condition's or a time's: "IF the fox comes back, shoot it". */
const CONDITIONED = new Set(["when", "whenever", "unless", "until", "once", "before", "after", "while", "as"]);

/** Is the verb at v wished or intended: a wish, or one's own intent, a few words before it, neither negated nor reported? */
function wishedOrIntended(toks: readonly Token[], text: string, v: number): boolean {
  const s = sentenceFrom(toks, text, v);
  for (let m = v - 1; m >= Math.max(s, v - 5); m--) {
    const w = toks[m]!.text;
    if (WISHED.has(w) || INTENT.has(w)) {
      const intent = INTENT.has(w) && !WISHED.has(w);
      if (intent && !(w.includes("'") || INTENDER.has(toks[m - 1]?.text ?? "") || INTENDER.has(toks[m - 2]?.text ?? ""))) return false;
      return !negatedBefore(toks, text, Math.max(s, m - 6), v);
    }
    if (!FILLER.has(w)) return false;
  }
  return false;
}

/** "we will beat them IN NOVEMBER", "destroy him in the DEBATE": a contest, not violence. */
const CONTEST = new Set(
  [...ELECTION, "debate", "debates", "november"].concat([
    "court",
    "game",
    "match",
    "final",
    "finals",
    "league",
    "race",
    "argument",
    "ratings",
    "market",
    "playoffs",
    "series",
    ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "december"],
    ...["tournament", "cup", "derby", "semifinal", "playoff", "season"],
    // "we'll kill them in the second HALF"
    ...["half", "quarter", "innings", "rematch", "decider", "semis", "semi"],
    // "I'll bury you in the allotment veg COMPETITION", "…at the charity netball MATCH" (probe set IM)
    ...["competition", "contest", "quiz", "comp", "showdown"],
  ]),
);

/** A contest within a few words after token k ("…them at the polls", "…you lot at the charity netball match"). */
function contestAfter(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < Math.min(tokens.length, k + 8); m++) if (CONTEST.has(tokens[m]!.text)) return true;
  return false;
}

/** A game's day: "we'll kill them ON SATURDAY", "needs a thrashing TONIGHT". */
export const MATCH_DAY = new Set(["saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "weekend", "tonight"]);
/** "we'll kill them ON SATURDAY": a team's next game (not "I'll kill him on Monday"). */
function matchDayAfter(toks: readonly Token[], p: number): boolean {
  return (
    (toks[p + 1]?.text === "on" || toks[p + 1]?.text === "this" || toks[p + 1]?.text === "at") && MATCH_DAY.has(toks[p + 2]?.text ?? "")
  );
}
const WE = new Set(["we", "we're", "we'll", "were", "well", "us", "lads"]);
function teamSpeaks(toks: readonly Token[], v: number): boolean {
  for (let k = Math.max(0, v - 5); k < v; k++) if (WE.has(toks[k]!.text)) return true;
  return false;
}

/** A contest after the object at p of the verb at v: "…them at the polls", "we'll kill them on Saturday". */
export function contestAt(toks: readonly Token[], v: number, p: number): boolean {
  return contestAfter(toks, p) || (teamSpeaks(toks, v) && matchDayAfter(toks, p));
}

/** [from, to] of killing ordered or wished on a person, or null. */
export function findViolentOrder(toks: readonly Token[], text: string, lex: InsultLexicon): [number, number] | null {
  for (let v = 0; v < toks.length; v++) {
    const form = FORM_AFTER.get(toks[v]!.text);
    const verb = form ? (toks[v - 1]?.text === form[1] ? form[0] : undefined) : KILLING.has(toks[v]!.text) ? toks[v]!.text : undefined;
    if (!verb) continue;
    // ("start HANGING politicians": the -ing form names its people, unlike "hang the picture")
    const p = victimAt(toks, text, lex, v + 1, form && verb === "hang" ? "lynch" : verb);
    if (p < 0) continue;
    const after = toks[p + 1]?.text ?? "";
    if (IDIOM_AFTER.has(after) || (after === "with" && KINDLY.has(toks[p + 2]?.text ?? "")) || contestAt(toks, v, p)) continue;
    if (asked(toks, text, v)) continue;
    if (ordered(toks, text, v, lex) || wishedOrIntended(toks, text, v)) return [v, p];
  }
  return null;
}

/** British "he wants shooting": a killing or beating someone "wants" or "needs" (not "the turkey wants stuffing"). */
const WANTS = new Set(["want", "wants", "wanted", "needs", "need"]);
/** The -ing forms read so, each with the words that may follow it, or none when it stands alone. */
const WANTED_DOING = new Map<string, readonly string[] | null>([
  ...["shooting", "hanging", "stabbing", "drowning", "battering", "lynching", "flogging", "glassing", "stoning", "torching"].map(
    (w) => [w, null] as const,
  ),
  ...["kneecapping", "leathering", "decking", "gassing", "strangling", "throttling", "horsewhipping", "birching", "lamping"].map(
    (w) => [w, null] as const,
  ),
  ["running", ["over", "down"]],
  ["burning", ["out", "down", "alive"]],
  ["stuffing", ["in", "into"]],
  ["shoving", ["in", "into", "under", "off"]],
  ["throwing", ["in", "into", "under", "off"]],
  ["stringing", ["up"]],
  ["knocking", ["out"]],
  ["setting", ["alight", "on"]],
]);
/**
 * After a lone -ing form, words that leave it alone ("wants shooting FOR this", "wants battering IN the tunnel"; not
 * "want shooting LESSONS").
 */
const DOING_ENDS = new Set([
  ...["for", "and", "or", "with", "then", "too", "tbh", "honestly", "frankly", "imo", "mate", "quite", "really"],
  ...["in", "outside"],
]);
const SUBJECT_PRONOUN = new Set(["he", "she", "they", "you", "u", "him", "them", "everyone"]);

/** [from, to] of a killing or beating a person "wants", or null. */
export function findWantedViolence(toks: readonly Token[], text: string, lex: InsultLexicon): [number, number] | null {
  if (!/want|need/i.test(text)) return null;
  for (let w = 1; w < toks.length - 1; w++) {
    if (!WANTS.has(toks[w]!.text)) continue;
    const doing = WANTED_DOING.get(toks[w + 1]!.text);
    if (doing === undefined) continue;
    const next = toks[w + 2];
    const clauseEnds = !next || /[,.;:!?\n–—-]/.test(text.slice(toks[w + 1]!.end, next.start));
    const read = doing ? doing.includes(next?.text ?? "") : clauseEnds || DOING_ENDS.has(next!.text);
    if (read && personBefore(toks, text, lex, w) && !negatedBefore(toks, text, Math.max(0, w - 4), w)) return [w, w + (doing ? 2 : 1)];
  }
  return null;
}

/** Nouns for people by what they do: "LINESMAN", "fare DODGERS", "CYCLISTS". */
const AGENT_NOUN = /^[a-z]{3,}(?:man|men|ers|ists)$/;
/** A person among the words of token w's sentence before it: "CYCLISTS who ride on the pavement want running over". */
function personBefore(toks: readonly Token[], text: string, lex: InsultLexicon, w: number): boolean {
  const s = sentenceFrom(toks, text, w);
  for (let k = Math.max(s, w - 8); k < w; k++) {
    const t = toks[k]!.text;
    if (SUBJECT_PRONOUN.has(t) || personWord(t, lex)) return true;
    if ((isName(toks[k]!, text) && k > s) || AGENT_NOUN.test(t)) return true;
  }
  return false;
}

/**
 * A negation or a report among tokens from..to-1, not followed by "but" ("NOT being funny BUT someone should knife her",
 * "NO offence BUT…": the "but" says what the writer means), nor taken back after ("I'm not going to stab you. Probably.").
 */
function negatedBefore(toks: readonly Token[], text: string, from: number, to: number): boolean {
  let negated = false;
  for (let k = from; k < to; k++) {
    const w = toks[k]!.text;
    if (w === "but") negated = false;
    // ("sacked ISN'T ENOUGH, take him round the back and kneecap him": a measure judged short, no wish denied)
    else if ((NEGATED.has(w) && toks[k + 1]?.text !== "enough") || REPORTED.has(w)) negated = true;
  }
  return negated && !takenBackAfter(toks, text, to);
}
