/**
 * Whom a comment's offensive words are aimed at, and which of them are only mentioned.
 *
 * Targets come from cheap cues, read first in the construction that matched (the subject of
 * "you are an idiot", "Trump is a moron", "those people are vermin"), else in the sentence
 * with the most offensive words, else in the whole comment:
 *  - commenter: second person ("you", "your", "people like you"), an @mention, a vocative
 *    ("…, clown."), a name that is the replied-to author's, "the poster above";
 *  - group: people by identity or affiliation ("immigrants", "liberals", "those people");
 *  - public-figure: a third person ("he", "the mayor", "the author"), a capitalised name, the
 *    article's author.
 *
 * Mentions are not uses: a clause whose offensive words are all quoted ("the word "moron""),
 * named ("insults like loser", "calling people idiots"), negated ("I'm not calling you a
 * liar", "nobody here is an idiot") or said of oneself ("I was a fool to believe it") does not
 * count towards the score. Plain TypeScript, Workers-compatible.
 */
import type { Target } from "../../contract/policy.ts";
import { inHandle, isScreenName, type Token } from "./normalize.ts";
import {
  initialsOfABody,
  POSTING_VERB,
  clauseBreak,
  imperativeEnd,
  inThreadAt,
  isName,
  placeInThread,
  NEGATION,
  PERSON_SUBJECT,
  THIRD,
  THIRD_ARE,
  YOU,
  YOU_ARE,
  type InsultLexicon,
  inLexicon,
  INSULT_NOUN,
} from "./insult.ts";
import type { ScoreContext } from "./types.ts";
import { LOCATIVE, negatedAt, personNoun, REPORTING, sentenceEnds, WHO_DID, WRITER } from "./cues.ts";
import { MOCKING_VOCATIVE } from "./indirect.ts";
import { phraseIn, phraseMatcher } from "./phrases.ts";
import { inList, wordBit } from "./word-bits.ts";

export const SECOND = new Set([
  ...YOU,
  ...YOU_ARE,
  "your",
  "yours",
  "yourself",
  "urself",
  "yourselves",
  "you've",
  "you'd",
  "you'll",
  "youll",
  "@user",
]);
/** Subjects that are other commenters, not public figures ("the poster above is a troll"). */
const COMMENTER_NOUN = new Set(["poster", "commenter", "commentor", "op", "troll", "trolls", "posters", "commenters", "user"]);
const THIRD_PERSON = new Set([...THIRD, ...THIRD_ARE, "him", "his", "her", "hers", "himself", "herself"]);
/** Third persons by role (public figures) or as anyone ("that guy"): the subject nouns of insult.ts that name no insult. */
const OFFICIAL = new Set([
  ...[...PERSON_SUBJECT].filter((w) => !COMMENTER_NOUN.has(w) && w !== "idiot" && w !== "moron"),
  "minister",
  "premier",
  "chancellor",
  "prime",
  "pm",
  "mp",
  "mps",
  "congressman",
  "congresswoman",
  "senators",
  "politician",
  "politicians",
  "cabinet",
  "government",
  "columnist",
  "pundit",
  "pundits",
  "ceo",
  "judge",
  "king",
  "queen",
  "dictator",
  "regime",
  "administration",
]);
/** People by identity or affiliation; plural, as groups are named. */
const GROUP = new Set([
  "immigrants",
  "migrants",
  "refugees",
  "foreigners",
  "muslims",
  "jews",
  "christians",
  "catholics",
  "atheists",
  "liberals",
  "libs",
  "libtards",
  "conservatives",
  "cons",
  "democrats",
  "dems",
  "republicans",
  "leftists",
  "lefties",
  "socialists",
  "communists",
  "progressives",
  "feminists",
  "gays",
  "blacks",
  "whites",
  "mexicans",
  "arabs",
  "russians",
  "ukrainians",
  "chinese",
  "americans",
  "canadians",
  "women",
  "men",
  "boomers",
  "millennials",
  "supporters",
  "voters",
  "trumpers",
  "maga",
  "protesters",
  "natives",
  "indians",
  "asians",
  "africans",
  "europeans",
  "islamists",
  "zionists",
  "seekers",
  "gypsies",
  "roma",
  "illegals",
  ...["travellers", "travelers", "hindus", "sikhs", "somalis", "pakistanis", "nigerians", "haitians", "palestinians", "israelis"],
  ...["fans", "tenants", "pensioners", "vegans", "commuters", "scroungers", "loyalists", "bogans", "tories", "greens"],
  "groups",
  "aliens",
  "invaders",
  "people",
  "they",
  "them",
  "they're",
  "theyre",
  "those",
  "these",
]);
/** A word naming people by identity or affiliation ("liberals", "immigrants"). */
export function isGroupWord(w: string): boolean {
  return GROUP.has(w);
}

const DENIED_BE = new Set(["aren't", "arent", "isn't", "isnt", "not"]);
const SCARCELY = new Set(["barely", "hardly", "scarcely"]);
/** "not ACTUAL people" */
const REAL = new Set(["actual", "real", "even"]);
/** "Voters are TREATED as data points, not people": people seen as things, by someone else. */
const SEEN_AS = new Set([
  "treated",
  "treat",
  "treating",
  "seen",
  "viewed",
  "regarded",
  "counted",
  "used",
  "handled",
  "managed",
  "as",
  "like",
]);
/** Group words that are pronouns: "THEY'RE numbers to the council, not people" sees people treated as things. */
const PRONOUN_GROUP = new Set(["they", "them", "they're", "theyre", "those", "these", "people"]);
/** "human" as a modifier: "…aren't human RIGHTS lawyers". */
const HUMAN_MODIFIES = new Set(["rights", "resources", "error", "nature", "trafficking", "interest", "capital", "shields", "remains"]);
const ADVERB = new Set(["just", "simply", "really", "truly", "basically", "all", "literally", "clearly", "barely"]);
const COPULA_BE = new Set(["are", "is", "were", "was"]);
const ANIMALS = new Set(["rabbits", "rats", "cockroaches", "roaches", "flies", "mice", "vermin", "insects", "animals", "locusts", "dogs"]);

/** Nouns that dehumanise when said of people: "those people are cockroaches". */
export const DEHUMANISING = new Set([
  "vermin",
  "cockroaches",
  "roaches",
  "parasites",
  "animals",
  "rats",
  "disease",
  "cancer",
  "plague",
  "subhuman",
  "subhumans",
  "savages",
  "filth",
  "pests",
  "insects",
  "maggots",
  "leeches",
  "apes",
  "monkeys",
  "pigs",
  "dogs",
  "snakes",
  "scum",
  "trash",
  "garbage",
  "infestation",
  "beasts",
  "locusts",
  // (probe set CC)
  "lice",
  "fleas",
  "termites",
  "hyenas",
  "fungus",
  "virus",
  "tumour",
  "tumor",
  // (probe set DL: herds said of voters and fans)
  "sheep",
  "lemmings",
  "livestock",
  "cattle",
  "subspecies",
  "inbreds",
  // (probe set DR)
  "ticks",
  "bloodsuckers",
  // (probe set DV)
  "tapeworm",
  "tapeworms",
  "grubs",
  // (probe set KK; not "sewage": "@USER is broadcast sewage", a broadcaster's output, OLID's "not offensive")
  "scavengers",
  "troglodytes",
  "neanderthals",
  "weeds",
  "mould",
  "mold",
  "pollution",
]);
/** Said only of people, never of real animals or things: "THOSE SAVAGES only understand force". */
const ONLY_OF_PEOPLE = new Set([
  "vermin",
  "cockroaches",
  "roaches",
  "parasites",
  "subhumans",
  "savages",
  "maggots",
  "leeches",
  "beasts",
  "locusts",
]);
/**
 * Dehumanising nouns that are as often said of things ("the budget is garbage reasoning", "this
 * law is a cancer"): they dehumanise only when their subject is people.
 */
const THING_PRONE = new Set([
  "garbage",
  "trash",
  "cancer",
  "disease",
  "plague",
  "filth",
  "infestation",
  "fungus",
  "virus",
  "tumour",
  "tumor",
  "sheep",
  "lemmings",
  "livestock",
  "cattle",
  "ticks",
  "weeds",
  "mould",
  "mold",
  "pollution",
]);
/** What people are called after "human": "the junkies clogging up A&E are HUMAN GARBAGE", "…human clutter". */
const HUMAN_REFUSE = new Set([
  "garbage",
  "trash",
  "waste",
  "clutter",
  "debris",
  "rubbish",
  "refuse",
  "detritus",
  "sewage",
  "filth",
  "scum",
  "litter",
]);
/** After a people noun, what modifies it before its verb: "riders ON e-bikes are…", "junkies CLOGGING up A&E are…". */
const PEOPLE_MODIFIER = new Set(["on", "in", "at", "outside", "from", "near", "round", "around", "across", "who", "with"]);

/** Thing-prone words that are seldom figures for a nuisance when said of people (not "a plague on the market", "a cancer"). */
const LITERAL_PRONE = new Set(["garbage", "trash", "filth", "infestation", "sheep", "lemmings", "livestock", "cattle", "ticks"]);
/** Bodies that are no people for a name to dehumanise: "the council is garbage". */
const INSTITUTION = new Set(["council", "cabinet", "parliament", "congress"]);
const peopleWord = (w: string) => GROUP.has(w) || (personNoun(w) && !INSTITUTION.has(w));
/** The words between a verb "to be" and its noun [from, to): a description, no clause of its own ("are worried THE ticks…"). */
const NEW_PHRASE = new Set(["the", "this", "that", "these", "those", "my", "your", "his", "her", "their", "our", "its"]);
function plainPredicate(toks: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (NEW_PHRASE.has(toks[m]!.text) || /ed$/.test(toks[m]!.text)) return false;
  return true;
}
/**
 * People named before a modifier that ends at `last`, in one clause: "delivery RIDERS on e-bikes", "the JUNKIES
 * clogging up A&E", "the PROTESTERS outside city hall": the people word, or -1.
 */
function modifiedPeopleBefore(toks: readonly Token[], text: string, last: number): number {
  for (let m = last - 1; m >= Math.max(0, last - 5); m--) {
    if (clauseBreak(text, toks[m]!, toks[m + 1]!, false)) return -1;
    const next = toks[m + 1]!.text;
    if ((PEOPLE_MODIFIER.has(next) || /^[a-z]{3,}ing$/.test(next)) && peopleWord(toks[m]!.text)) return m;
  }
  return -1;
}

/** What trails a remark, no noun the word modifies: "Dole bludgers are parasites MATE". */
const TRAILING_WORD = new Set(["mate", "pal", "lads", "bro", "honestly", "tbh", "lol", "imo", "innit", "frankly", "mostly", "only"]);
/** Words after a noun that do not continue its noun phrase. */
const STRUCTURAL = new Set([
  ...["and", "or", "but", "who", "whom", "that", "which", "than", "like", "as", "with", "for", "from", "of", "in", "on", "at", "to", "by"],
  ...["is", "are", "was", "were", "be", "been", "will", "would", "should", "can", "could", "must", "have", "has", "had", "do", "does"],
  ...["all", "too", "not", "here", "there", "everywhere", "now", "then", "anyway", "themselves", "every", "each"],
  ...["across", "into", "over", "through", "around", "throughout", "under", "onto", "along", "among", "amongst", "inside"],
]);
/** Dehumanising words that are only adjectives, whatever noun follows: "SUBHUMAN thieves". */
const DEHUMANISING_ADJECTIVE = new Set(["subhuman", "verminous"]);
const DEHUMANISING_ANY_BIT = wordBit([...DEHUMANISING, ...DEHUMANISING_ADJECTIVE]);
/** "ARE they even human": a question. */
const ASKED_BE = new Set(["are", "were", "is"]);
/** People counted as a mass: "a whole UNDERCLASS of vermin", "a GENERATION of bloated ticks" (not "a pack of rats"). */
const PEOPLE_MASS = new Set(["underclass", "generation", "nation", "mob", "crowd", "country"]);
/** Masses of pests, of people: "an INFESTATION OF asylum seekers", "a PLAGUE OF migrants". */
const PEST_MASS = new Set(["infestation", "plague", "swarm", "swarms", "horde", "hordes"]);
/** Nouns for people after a modifier: "garbage people", "trash humans". */
const PEOPLE_HEAD = new Set(["people", "person", "persons", "humans", "human", "beings", "folks", "men", "women", "creatures"]);

/** Does token i name people: a pronoun, a group, an official, a commenter, a name? */
function namesPeople(toks: readonly Token[], text: string, i: number): boolean {
  const w = toks[i]!.text;
  return (
    SECOND.has(w) ||
    COMMENTER_NOUN.has(w) ||
    GROUP.has(w) ||
    THIRD_PERSON.has(w) ||
    OFFICIAL.has(w) ||
    PERSON_SUBJECT.has(w) ||
    personName(toks, text, i)
  );
}

/**
 * A capitalised word inside a sentence that names a person: not the first word, and not part of a
 * place ("the LIONS GATE Bridge", "the Route 9 overpass" is no one).
 */
function personName(toks: readonly Token[], text: string, i: number): boolean {
  return (
    isName(toks[i]!, text) &&
    !sentenceStart(text, toks[i]!.start) &&
    // (an acronym after "the" names a body or a thing: "the HMRC website", "the ATM"; not "the DA")
    !(toks[i - 1]?.text === "the" && acronym(toks[i]!, text)) &&
    !inPlaceName(toks, text, i) &&
    !OATH.has(toks[i]!.text)
  );
}
/** Three or more capitals, no title: "HMRC", "DVLA" (not "DA", "CEO"). */
const acronym = (tok: Token, text: string) => initialsOfABody(tok, text) && !OFFICIAL.has(tok.text);
/** Names sworn by, which name no one in the conversation: "Jesus fucking CHRIST, the A1 is shut again". */
const OATH = new Set(["christ", "jesus", "god", "lord", "jeez", "jeezus", "heavens"]);
/** Token i is a place's name or part of one: "BRIDGE", "LIONS Gate Bridge", "a box room in LEEDS" (not "in TRUMP'S cabinet"). */
function inPlaceName(toks: readonly Token[], text: string, i: number): boolean {
  if (PLACE.has(toks[i]!.text)) return true;
  if (LOCATIVE.has(toks[i - 1]?.text ?? "") && !toks[i]!.text.endsWith("'s") && !IN_SOMEONE.has(toks[i - 2]?.text ?? "")) return true;
  for (let k = i + 1; k < Math.min(toks.length, i + 4); k++) {
    if (PLACE.has(toks[k]!.text)) return true;
    if (!/^[A-Z0-9]/.test(text.slice(toks[k]!.start, toks[k]!.end))) break;
  }
  return false;
}
/** Words before "in" whose object is a person: "faith IN Johnson", "disappointed IN Starmer". */
const IN_SOMEONE = new Set([
  ...["faith", "trust", "believe", "believed", "believing", "confidence", "disappointed", "interested", "interest", "invested"],
  ...["proud", "hope", "glimpse", "seen", "see", "something", "nothing", "anything", "ally", "friend"],
]);
const PLACE = new Set([
  ...["bridge", "road", "rd", "street", "st", "avenue", "ave", "lane", "drive", "boulevard", "highway", "motorway", "overpass"],
  ...["park", "square", "river", "lake", "bay", "beach", "mountain", "station", "airport", "stadium", "mall", "pier", "wharf"],
]);

/** Does the comment speak to someone: a second-person word ("you", "your"…) or an @mention anywhere? */
export function secondPersonAnywhere(toks: readonly Token[]): boolean {
  for (const t of toks) if (SECOND.has(t.text)) return true;
  return false;
}

/** Is there a second-person word ("you", "your"…) in the sentence of token i? */
export function secondPersonInSentence(toks: readonly Token[], text: string, i: number): boolean {
  return someInSentence(toks, text, i, (k) => SECOND.has(toks[k]!.text));
}

/** Is there a second-person word in the sentence of token i that is not one agreed with ("I hear you, the queue…")? */
export function criticalYouInSentence(toks: readonly Token[], text: string, i: number): boolean {
  return someInSentence(toks, text, i, (k) => SECOND.has(toks[k]!.text) && !agreedYou(toks, k));
}

/** Does a second-person word anywhere speak to someone, not "whatever you think of…" (anyone's view)? */
export function readerSpokenTo(toks: readonly Token[], text: string): boolean {
  // (nor the @mention a reply opens with, nor a "you" inside quotation marks: '@Lisa the abuse the keeper got was vile.
  // "Hope your mum dies" is not banter.')
  for (let k = 0; k < toks.length; k++)
    if (SECOND.has(toks[k]!.text) && !genericYou(toks, k) && !(k === 0 && toks[k]!.text === "@user") && !insideQuotes(text, toks[k]!.start))
      return true;
  return false;
}

const NO_MATTER = new Set(["matter", "of", "regardless"]);
/** "WHATEVER YOU think of the scheme", "whatever YOUR view", "no matter what YOU make of it": anyone's view, the reader's or not. */
function genericYou(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1]?.text;
  return prev === "whatever" || prev === "however" || (prev === "what" && NO_MATTER.has(toks[k - 2]?.text ?? ""));
}

const WITH_YOU = new Set(["agree", "agreed", "i'm", "im", "am", "totally", "completely", "fully", "100%"]);
const YOU_RIGHT = new Set(["right", "correct", "spot", "bang", "dead"]);
/** Praise given to someone: "fair PLAY to you", "CREDIT to you", "hats OFF to you". */
const PRAISE_TO = new Set(["play", "credit", "respect", "kudos", "props", "off", "cheers"]);
/**
 * "I HEAR you", "THANK you", "agree WITH you", "YOU'RE right", "fair play TO you", "good ON you", "you CALLED IT": a
 * "you" agreed with, thanked or praised, not criticised.
 */
export function agreedYou(toks: readonly Token[], k: number): boolean {
  const w = toks[k]!.text;
  const prev = toks[k - 1]?.text;
  if (w === "you" && (prev === "hear" || prev === "thank")) return true;
  if (w === "you" && prev === "to" && PRAISE_TO.has(toks[k - 2]?.text ?? "")) return true;
  if (w === "you" && prev === "on" && toks[k - 2]?.text === "good") return true;
  if (w === "you" && (toks[k + 1]?.text === "called" || toks[k + 1]?.text === "nailed") && toks[k + 2]?.text === "it") return true;
  if (w === "you" && prev === "with" && WITH_YOU.has(toks[k - 2]?.text ?? "")) return true;
  if ((w === "you're" || w === "youre") && YOU_RIGHT.has(toks[k + 1]?.text ?? "")) return true;
  return w === "you" && (toks[k + 1]?.text === "are" || toks[k + 1]?.text === "r") && YOU_RIGHT.has(toks[k + 2]?.text ?? "");
}

/** Kin and people at large, whom a threat may name: "your KIDS", "SOMEONE should…". */
const PEOPLE = new Set([
  ...["family", "wife", "husband", "kids", "kid", "children", "child", "son", "daughter", "mother", "mom", "mum", "father", "dad"],
  ...["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "whoever", "people", "person", "guy", "guys", "lot"],
  ...["them", "their", "themselves", "@user"],
  // people gathered or at work: "that anti-vax RALLY", "the NEWSROOM coffee machine", "a STAFF meeting", "city HALL"
  ...["rally", "protest", "march", "crowd", "mob", "camp", "staff", "newsroom", "hall", "offices", "office", "ones", "lads"],
]);

/** Does the sentence of token i name someone: a pronoun, kin, a group, an official, a name? */
export function peopleInSentence(toks: readonly Token[], text: string, i: number): boolean {
  return someInSentence(toks, text, i, (k) => PEOPLE.has(toks[k]!.text) || personNoun(toks[k]!.text) || namesPeople(toks, text, k));
}

function someInSentence(toks: readonly Token[], text: string, i: number, test: (k: number) => boolean): boolean {
  const [from, to] = sentenceOf(toks, text, i);
  for (let k = from; k <= to; k++) if (test(k)) return true;
  return false;
}

/** [first, last] token of the sentence of token i. */
export function sentenceOf(toks: readonly Token[], text: string, i: number): [number, number] {
  const endsSentence = (k: number) => sentenceEnds(text, toks[k]!, toks[k + 1]!);
  let from = i;
  while (from > 0 && !endsSentence(from - 1)) from--;
  let to = i;
  while (to + 1 < toks.length && !endsSentence(to)) to++;
  return [from, to];
}

/** Words that make a following insult a vocative aimed at the reader: "…, genius." (the mocking ones, and friendly ones). */
export const VOCATIVE_NOUN = new Set([...MOCKING_VOCATIVE, "buddy", "pal", "honey", "boomer", "troll", "son", "bud", "mate", "dude"]);

const FIRST_SINGULAR = new Set(["i", "i'm", "im", "me", "myself", "i've", "i'd", "i'll", "ive"]);
const PREDICATE_VERB = new Set([
  ...["is", "are", "was", "were", "be", "been", "am", "'re", "'s", "being"],
  ...["call", "calling", "called", "calls", "think", "thinks", "thought", "say", "said", "saying", "says", "mean", "meant", "suggesting"],
]);
const NAMING = new Set(["like", "as", "word", "words", "term", "terms", "label", "labels", "names"]);
const NAMING_BEFORE = new Set([
  "names",
  "name",
  "insults",
  "insult",
  "words",
  "word",
  "terms",
  "term",
  "labels",
  "label",
  "slurs",
  "calling",
]);

/** [start, end) token ranges of the clauses: split at sentence punctuation and commas. */
export function clauses(toks: readonly Token[], text: string): Int32Array {
  const id = new Int32Array(toks.length);
  let c = 0;
  for (let i = 1; i < toks.length; i++) {
    if (clauseBreak(text, toks[i - 1]!, toks[i]!, false) || butOpensClause(toks, i)) c++;
    id[i] = c;
  }
  return id;
}

const CLAUSE_SUBJECT = new Set(["you're", "youre", "ur", "i'm", "im", "he's", "she's", "they're", "theyre", "it's", "that's"]);
const SUBJECT = new Set(["you", "u", "i", "he", "she", "they", "we", "it", "that"]);
const BE = new Set(["are", "is", "am", "was", "were", "r"]);
/** "I hate name-calling BUT you're an imbecile": "but" and a subject with "be" open a clause of their own (not "…but you take the prize"). */
function butOpensClause(toks: readonly Token[], i: number): boolean {
  if (toks[i]!.text !== "but") return false;
  const next = toks[i + 1]?.text ?? "";
  return CLAUSE_SUBJECT.has(next) || (SUBJECT.has(next) && BE.has(toks[i + 2]?.text ?? ""));
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Is the character at `at` between quotation marks, double or single, or on a line quoted with "> "? */
export function insideQuotes(text: string, at: number): boolean {
  return quotedChars(text)[at] === 1 || (quotedLines && insideQuotedLine(text, at));
}

/**
 * The last text asked about, which of its characters stand between quotation marks, and whether a line of it opens
 * with ">" (rules ask once per token).
 */
let quotedText: string | null = null;
let quoted = new Uint8Array(0);
let quotedLines = false;

function quotedChars(text: string): Uint8Array {
  if (text === quotedText) return quoted;
  quotedLines = QUOTED_LINE.test(text);
  quoted = new Uint8Array(text.length + 1);
  // double quotes: "…" and “…”, open from one to the next
  let open = false;
  for (let k = 0; k <= text.length; k++) {
    if (open) quoted[k] = 1;
    const ch = text.charCodeAt(k);
    if (ch === 34 || ch === 0x201c || ch === 0x201d) open = !open;
  }
  for (const [from, to] of singleQuotations(text)) quoted.fill(1, from + 1, to);
  quotedText = text;
  return quoted;
}

const ONLY = new Set(["just", "only", "except", "but", "apart"]);
const YOU_BE = new Set(["you're", "youre", "ur", "you"]);
/**
 * A mention taken back on the reader in the same breath: "I'm not saying you're an idiot, BUT YOU ARE.", "Not saying
 * everyone here is an idiot. JUST YOU." (the words after the insult, to the end of the next sentence).
 */
function retortedOnTheReader(toks: readonly Token[], text: string, i: number): boolean {
  const [, end] = sentenceOf(toks, text, i);
  for (let k = i + 1; k < Math.min(toks.length - 1, end + 3); k++) {
    if (!ONLY.has(toks[k]!.text) || !YOU_BE.has(toks[k + 1]!.text)) continue;
    const after = toks[k + 2]?.text;
    // "…but you are." / "…just you." closing its sentence
    const closes = (m: number) => m + 1 >= toks.length || sentenceEnds(text, toks[m]!, toks[m + 1]!);
    if (closes(k + 1) || ((after === "are" || after === "do" || after === "specifically") && closes(k + 2))) return true;
  }
  return false;
}

const NAME_OPENER = new Set(["a", "an", "such"]);
const YOU_RE = new Set(["you're", "youre", "ur", "you’re"]);
/**
 * A name in scare quotes said to the reader: 'You, sir, are a "brainless troll"' (the quote opens right after "you
 * are a", a few words on from "you"), not a quotation: 'he said you are "a brainless troll"' is reported elsewhere.
 */
export function scareQuotedName(toks: readonly Token[], text: string, i: number): boolean {
  let open = -1;
  for (let k = toks[i]!.start - 1; k >= 0 && open < 0; k--) if (/["\u201c\u201d']/.test(text[k]!)) open = k;
  let j = i - 1;
  while (j >= 0 && toks[j]!.end > open) j--;
  if (j < 1 || !NAME_OPENER.has(toks[j]!.text)) return false;
  const verb = toks[j - 1]!.text;
  if (YOU_RE.has(verb)) return true;
  if (verb !== "are" && verb !== "r") return false;
  for (let k = j - 2; k >= Math.max(0, j - 5); k--) if (SECOND.has(toks[k]!.text)) return true;
  return false;
}

/**
 * In a line quoted with "> " that a reply follows: the whole line when the reply is on later lines,
 * else the line's first sentence ("> someone should burn his house down. No. Absolutely not.").
 * A quoted line with nothing after it quotes no one.
 */
function insideQuotedLine(text: string, at: number): boolean {
  let k = text.lastIndexOf("\n", at - 1) + 1;
  while (text[k] === " ") k++;
  if (text[k] !== ">") return false;
  const lineEnd = text.indexOf("\n", at);
  if (lineEnd >= 0) return text.slice(lineEnd).trim().length > 0;
  const sentenceEnd = /[.!?](\s|$)/.exec(text.slice(k));
  const end = sentenceEnd ? k + sentenceEnd.index : -1;
  return end >= 0 && at < end && text.slice(end + 1).trim().length > 0;
}

/** A line opening with ">" (after spaces): what insideQuotedLine looks for. */
const QUOTED_LINE = /(?:^|\n) *>/;

/** What may stand before a closing quote: "…your office.'", "…he said?'". */
const CLOSING_PUNCTUATION = new Set([".", "!", "?", ","]);
/**
 * The spans between single quotes used as quotation marks ('clueless clown', ‘moron’): one that opens
 * (after a space or the start, before a letter) and its closing one (after a letter, not before
 * one), in the same sentence. Apostrophes ("don't", "the students' union") open nothing.
 */
function singleQuotations(text: string): [open: number, close: number][] {
  const pairs: [number, number][] = [];
  let opened = -1;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    // (a sentence may end inside the quotation: "…outside your office.'")
    const closesNext = text[k + 1] === "'" || text[k + 1] === "\u2019";
    if (opened >= 0 && (((ch === "." || ch === "!" || ch === "?") && !closesNext) || ch === "\n")) opened = -1;
    if (ch !== "'" && ch !== "\u2018" && ch !== "\u2019") continue;
    const before = text[k - 1];
    const after = text[k + 1];
    if (opened < 0) {
      if (ch !== "\u2019" && !isLetter(before) && isLetter(after)) opened = k;
    } else if ((isLetter(before) || CLOSING_PUNCTUATION.has(before ?? "")) && !isLetter(after)) {
      pairs.push([opened, k]);
      opened = -1;
    }
  }
  return pairs;
}

const LUCKY = new Set(["lucky", "jammy", "flukey", "fluky", "flukie", "spawny", "lucky-ass", "luckiest"]);
const ENVIED = new Set(["bastard", "bastards", "git", "gits", "bugger", "buggers", "sod", "sods", "swine", "devil", "devils"]);
const RETRACTED = new Set(["retract", "retracted", "retracting", "withdraw", "withdrew", "withdrawing"]);
const TAKE = new Set(["take", "took", "taking"]);
/** Is offensive token i only mentioned: quoted, named, negated, or said of oneself (or envied)? */
function isMention(toks: readonly Token[], text: string, clause: Int32Array, i: number): boolean {
  if (insideQuotes(text, toks[i]!.start)) return !scareQuotedName(toks, text, i);
  // envied, not called names: "you LUCKY bastard, enjoy the holiday", "you JAMMY git" (not "you lucky IDIOT")
  if (ENVIED.has(toks[i]!.text) && LUCKY.has(toks[i - 1]?.text ?? "")) return true;
  if (retortedOnTheReader(toks, text, i)) return false;
  // trolls as the doers of abuse reported: "the TROLLS CALLED her ugly", "TROLLS WHO TOLD him to…" (not "you troll")
  if (trollsReported(toks, i)) return true;
  const c = clause[i]!;
  let from = i;
  while (from > 0 && clause[from - 1] === c) from--;
  let to = i;
  while (to + 1 < toks.length && clause[to + 1] === c) to++;
  // "Calling everyone who disagrees with you a moron isn't an argument": the act named and denied,
  // however long its object (not "Calling these bozos stupid would be an insult to stupidity")
  // …or judged as an act: "Calling everyone who disagrees with you a bot or a troll IS lazy"
  if (
    toks[from]!.text === "calling" &&
    i - from <= 10 &&
    !SECOND.has(toks[from + 1]?.text ?? "") &&
    (someBetween(toks, i, to + 1, NEGATION) || someBetween(toks, i, to + 1, ACT_JUDGED))
  )
    return true;
  // reported: "someone above wrote that refugees are vermin" (not "he said that YOU are…", relayed to
  // the reader; nor "one could say that she is…", a view hedged; nor "read that pile of garbage")
  for (let k = Math.max(from, i - 6); k < i - 1; k++)
    if (
      REPORTING.has(toks[k]!.text) &&
      toks[k + 1]!.text === "that" &&
      !FIRST_SINGULAR.has(toks[k - 1]?.text ?? "") &&
      !HEDGE.has(toks[k - 1]?.text ?? "") &&
      // (not "WHOEVER wrote that is a fool": the writer is the subject)
      !WHO_DID.has(toks[k - 1]?.text ?? "") &&
      // a clause reported ("that refugees ARE vermin"), not said to the reader
      someBetween(toks, k + 1, i, COPULA) &&
      !someBetween(toks, k, i, SECOND)
    )
      return true;
  // withdrawn: "I RETRACT what I said about you being a troll", "I TAKE BACK calling you a fool"
  for (let k = Math.max(from, i - 9); k < i; k++)
    if (RETRACTED.has(toks[k]!.text) || (TAKE.has(toks[k]!.text) && toks[k + 1]?.text === "back" && !SECOND.has(toks[k - 1]?.text ?? "")))
      return true;
  // said of oneself as the subject: "I was such a sucker for those ads", "I'm an idiot for trusting him"
  if (saidOfOneself(toks, from, i)) return true;
  // or beside "me": "ME, THE village idiot, thought…", "Thick as two short planks, ME, but…"
  if (besideMe(toks, text, from, to)) return true;
  // or the writer introduced by it: "IDIOT HERE booked a Friday flight…", "Self-confessed COWARD HERE, I'd never…"
  if (introducedHere(toks, text, i)) return true;
  // or said of oneself with no article, the clause ending there: "I'M PATHETIC and I don't care", "I was SO NAIVE."
  if (plainlyOfOneself(toks, text, i)) return true;
  // or a sentence of the name alone after the writer's own story, no one else in it ("Got lost in my
  // own neighbourhood after the new one-way system. Absolute muppet.")
  if (nameAloneOfOneself(toks, text, i)) return true;
  // named: "insults like loser", "the word moron", "calling people idiots" (not "I'm calling you…")
  for (let k = Math.max(from, i - 5); k < i; k++) {
    const w = toks[k]!.text;
    if (NAMING.has(w) && k > from && k >= i - 3 && NAMING_BEFORE.has(toks[k - 1]!.text)) return true;
    if ((w === "word" || w === "term") && k === i - 1) return true;
    // reported: "she called him a clueless clown" (up to five words on, not "I called him…")
    // ("WE called you a f***ing moron": the writers' own name for the reader)
    const ourOwn = FIRST_SINGULAR.has(toks[k - 1]?.text ?? "") || (toks[k - 1]?.text === "we" && SECOND.has(toks[k + 1]?.text ?? ""));
    // ("these SO-CALLED refugees are parasites": no one's words reported)
    if ((w === "calling" || w === "called") && !ourOwn && toks[k - 1]?.text !== "am" && toks[k - 1]?.text !== "so") return true;
    // a third person's habit, reported: "her ex USED TO CALL her useless and ugly every day" (not "I used to call…", nor
    // "…call you", the reader)
    const habit = toks[k - 1]?.text === "to" && toks[k - 2]?.text === "used" ? k - 3 : toks[k - 1]?.text === "would" ? k - 2 : -1;
    if (w === "call" && habit >= from && !FIRST_SINGULAR.has(toks[habit]!.text) && toks[habit]!.text !== "we")
      if (THIRD_OBJECT.has(toks[k + 1]?.text ?? "")) return true;
    // declined: "RATHER THAN CALL you stupid, let me ask…", "INSTEAD OF CALLING you a liar…"
    if ((w === "call" || w === "calling") && declinedBefore(toks, k)) return true;
    // withdrawn after: "Earlier I called you a moron. That was out of order and I take it back."
    if (w === "called" && FIRST_SINGULAR.has(toks[k - 1]?.text ?? "") && withdrawnAfter(toks, i)) return true;
  }
  // a word explained: "bellend is British SLANG FOR an idiot" (and the word explained)
  for (let k = Math.max(from, i - 4); k < i; k++) {
    const w = toks[k]!.text;
    if (w === "for" && toks[k - 1]?.text === "slang") return true;
  }
  if ((toks[i + 1]?.text === "is" || toks[i + 1]?.text === "means") && someBetween(toks, i + 2, Math.min(toks.length, i + 5), SLANG))
    return true;
  // its history told: "IDIOT COMES FROM the Greek for a private citizen" (probe set JF)
  if (DERIVED.has(toks[i + 1]?.text ?? "") && toks[i + 2]?.text === "from") return true;
  // "I don't speak idiot": the insult is the language the reader writes in, a use however negated
  if (toks[i - 1]?.text === "speak" && NEGATION.has(toks[i - 2]?.text ?? "")) return false;
  // negated predication: "not calling you a liar", "nobody here is an idiot", "you are not stupid"
  // (not a negative imperative: "don't be an idiot" is said to the reader)
  const told = imperativeEnd(toks, text, from);
  // "nobody HERE is saying you're a moron": a denied report further back
  for (let k = Math.max(from, i - 7); k < i - 5; k++) if (nobodyAt(toks, k) && someBetween(toks, k + 1, i, REPORTING)) return true;
  // "NEVER once in this thread DID I CALL you a hypocrite", "WHO SAID ANYTHING ABOUT you being a fool?"
  for (let k = Math.max(from, i - 10); k < i - 2; k++) {
    const w = toks[k]!.text;
    if (w === "never" && toks[k + 1]?.text !== "been" && someBetween(toks, k + 1, i, CALLING)) return true;
    // "NOBODY here CALLED you a racist", "WHERE DID I SAY you were a troll?"
    if (nobodyAt(toks, k) && someBetween(toks, k + 1, i, CALLING)) return true;
    if (w === "where" && toks[k + 1]?.text === "did" && toks[k + 2]?.text === "i" && SAID_OR_CALLED.has(toks[k + 3]?.text ?? ""))
      return true;
    if (w === "who" && REPORTING.has(toks[k + 1]?.text ?? "") && toks[k + 2]?.text === "anything" && toks[k + 3]?.text === "about")
      return true;
  }
  for (let k = Math.max(from, i - 5); k < i; k++) {
    if (told > k) continue;
    if (!NEGATION.has(toks[k]!.text) && !nobodyAt(toks, k)) continue;
    // ("…if you WEREN'T such an idiot": the counterfactual says it)
    if (toks[k - 2]?.text === "if" && SECOND.has(toks[k - 1]?.text ?? "") && PAST_NOT.has(toks[k]!.text)) continue;
    if (k === i - 1 || k === i - 2) return true;
    for (let j = k + 1; j < i; j++) if (PREDICATE_VERB.has(toks[j]!.text) || YOU_ARE.has(toks[j]!.text)) return true;
  }
  // said of oneself: "I was a fool", "call me a fool", "what an idiot I was"
  let self = false;
  for (let k = from; k <= to; k++) {
    const w = toks[k]!.text;
    if (k === i) continue;
    if (SECOND.has(w) || THIRD_PERSON.has(w) || OFFICIAL.has(w) || GROUP.has(w) || personName(toks, text, k)) return false;
    // (someone named by a deed is someone else: "WHOEVER posted the comment above me is a…"; probe set JP)
    if (w === "whoever") return false;
    // ("the comment ABOVE me": a place in the thread, not the writer spoken of)
    if (FIRST_SINGULAR.has(w) && !PLACE_BY_ME.has(toks[k - 1]?.text ?? "")) self = true;
  }
  return self;
}

const PLACE_BY_ME = new Set(["above", "below", "under", "beneath"]);
const TROLLS = new Set(["trolls", "troll"]);
/** What trolls are reported doing to someone: "trolls SENT her…", "the troll who MESSAGED my sister". */
const TROLLS_DID = new Set([
  ...["called", "told", "sent", "wrote", "posted", "messaged", "tweeted", "targeted", "abused", "harassed", "hounded"],
  ...["attacked", "bombarded", "flooded", "bullied", "taunted", "mocked", "threatened", "telling", "calling", "sending"],
  "messaging",
]);
/** Token i is "trolls" (or "the troll"), third persons, doing what abuse is reported as ("…the trolls called her ugly…"). */
function trollsReported(toks: readonly Token[], i: number): boolean {
  if (!TROLLS.has(toks[i]!.text) || SECOND.has(toks[i - 1]?.text ?? "")) return false;
  const verb = toks[i + 1]?.text === "who" || toks[i + 1]?.text === "that" ? i + 2 : i + 1;
  return TROLLS_DID.has(toks[verb]?.text ?? "");
}

const PAST_NOT = new Set(["weren't", "werent", "wasn't", "wasnt"]);
/** "nobody", or "NOBODY'S calling you…" (not "nobody's OPINION", a possessive). */
function nobodyAt(toks: readonly Token[], k: number): boolean {
  const w = toks[k]!.text;
  if (w === "nobody" || w === "noone") return true;
  if (w !== "nobody's" && w !== "nobodys" && w !== "noone's") return false;
  const next = toks[k + 1]?.text ?? "";
  return next.endsWith("ing") || NOBODY_IS.has(next);
}
const NOBODY_IS = new Set(["said", "called", "a", "an", "that", "ever", "here", "going"]);
const CALLING = new Set(["call", "called", "calling"]);
const SAID_OR_CALLED = new Set(["say", "call", "suggest", "imply", "write"]);

const APOLOGY = new Set(["apologise", "apologize", "apologies", "apology", "sorry", "retract", "withdraw"]);
const ON_CONDITION = new Set(["when", "if", "once", "until", "after"]);
/** What a name called is owned to be: "that was UNCALLED for", "it was (bang) OUT OF order|line" (the word before: "was", "bit"…). */
const OWNED_AS = new Set(["was", "that's", "thats", "it's", "its", "bit", "totally", "completely", "well", "way", "bang"]);
function ownedWrong(toks: readonly Token[], k: number): boolean {
  if (!OWNED_AS.has(toks[k - 1]?.text ?? "")) return false;
  const w = toks[k]!.text;
  return w === "uncalled" || (w === "out" && toks[k + 1]?.text === "of" && (toks[k + 2]?.text === "order" || toks[k + 2]?.text === "line"));
}

/**
 * A name taken back in the words after it: "…TAKE IT BACK", "Apologies", "that was UNCALLED FOR" (not "…and I'm NOT
 * sorry", "sorry BUT…").
 */
function withdrawnAfter(toks: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + 16); k++) {
    const w = toks[k]!.text;
    if (ownedWrong(toks, k)) return true;
    const taken = TAKE.has(w) && (toks[k + 1]?.text === "back" || toks[k + 2]?.text === "back");
    if (!taken && !APOLOGY.has(w)) continue;
    if (NEGATION.has(toks[k - 1]?.text ?? "") || NEGATION.has(toks[k - 2]?.text ?? "")) return false;
    // (not "I'll take it back WHEN you post a source")
    const back = toks[k + 1]?.text === "back" ? k + 1 : k + 2;
    if (taken && ON_CONDITION.has(toks[back + 1]?.text ?? "")) return false;
    const next = toks[k + 1]?.text;
    if (next !== "but" && next !== "not") return true;
  }
  return false;
}

/** Words that may stand between "I was" and what one calls oneself: "I was SUCH A TOTAL sucker". */
const SELF_DEGREE = new Set([
  "a",
  "an",
  "such",
  "total",
  "complete",
  "absolute",
  "utter",
  "real",
  "right",
  "proper",
  "bit",
  "of",
  "big",
  "huge",
  "little",
  "massive",
  "kind",
  "sort",
  "the",
  "biggest",
  // "I'm one of those clowns who…"
  "one",
  "those",
]);
const ARTICLE = new Set(["a", "an", "the", "such", "one"]);

/**
 * Offensive token i is the noun a first-person subject calls itself: "I was (such) a sucker", "I'm
 * an idiot" (an article before it: not "I'm fucking terrified", where the word only intensifies).
 */
function saidOfOneself(toks: readonly Token[], from: number, i: number): boolean {
  for (let k = Math.max(from, i - 5); k < i; k++) {
    const w = toks[k]!.text;
    const copula = w === "i'm" || w === "im" ? k : w === "i" && (toks[k + 1]?.text === "was" || toks[k + 1]?.text === "am") ? k + 1 : -1;
    if (copula < 0) continue;
    let between = true;
    let article = false;
    for (let j = copula + 1; j < i && between; j++) {
      between = SELF_DEGREE.has(toks[j]!.text);
      article ||= ARTICLE.has(toks[j]!.text);
    }
    if (between && article) return true;
  }
  return false;
}

/** Whom a third person's habit of calling names is reported of. */
const THIRD_OBJECT = new Set(["her", "him", "them", "his", "their"]);

/** Degrees between "I'm" and what one calls oneself with no article: "I'm SO stupid", "I was REALLY naive". */
const PLAIN_DEGREE = new Set(["so", "really", "completely", "totally", "utterly", "very", "too", "pretty", "just", "such"]);
/** "I'm pathetic", "I was so naive": the word right after a first-person copula (and a degree), its clause ending with it. */
function plainlyOfOneself(toks: readonly Token[], text: string, i: number): boolean {
  let k = i - 1;
  if (PLAIN_DEGREE.has(toks[k]?.text ?? "")) k--;
  const w = toks[k]?.text;
  const copula = w === "i'm" || w === "im" || ((w === "was" || w === "am") && toks[k - 1]?.text === "i");
  // (in the same sentence: not "Or even what race I AM? Moron.")
  if (!copula || /[.!?\n]/.test(text.slice(toks[k]!.end, toks[i]!.start))) return false;
  const next = toks[i + 1];
  return next === undefined || /[,.!?;:]/.test(text.slice(toks[i]!.end, next.start)) || next.text === "and" || next.text === "but";
}

/** Words that may come before the name a writer introduces themself by: "SELF-CONFESSED coward here", "FELLOW idiot here". */
const INTRODUCED_AS = new Set([
  ...["self", "confessed", "proclaimed", "certified", "resident", "total", "complete", "absolute", "utter", "proper", "fellow"],
  ...["another", "old", "ex", "former", "recovering", "professional", "chief", "local", "your", "friendly", "neighbourhood"],
]);
/**
 * The name i opens its sentence (after such words only), singular, and "here" follows it: "Idiot here booked…" (not
 * "Idiots here will believe anything", where the name is others').
 */
function introducedHere(toks: readonly Token[], text: string, i: number): boolean {
  if (toks[i + 1]?.text !== "here" || toks[i]!.text.endsWith("s")) return false;
  const [from] = sentenceOf(toks, text, i);
  for (let k = from; k < i; k++) if (!INTRODUCED_AS.has(toks[k]!.text)) return false;
  return true;
}

/**
 * The clause [from, to] stands beside "me" across a comma, as its apposition ("Me, the village idiot,
 * thought…") or as a tag after it ("Thick as two short planks, me, but…"), "me" itself set off.
 */
function besideMe(toks: readonly Token[], text: string, from: number, to: number): boolean {
  const gap = (k: number) => (k <= 0 || k >= toks.length ? "." : text.slice(toks[k - 1]!.end, toks[k]!.start));
  const setOff = (k: number, before: RegExp) => toks[k]?.text === "me" && before.test(gap(k)) && /[,.!?;:]/.test(gap(k + 1));
  return (from > 0 && ARTICLE.has(toks[from]!.text) && setOff(from - 1, /[,.!?;:]/)) || setOff(to + 1, /,/);
}

/** "rather than" or "instead of" just before token k. */
const declinedBefore = (toks: readonly Token[], k: number) =>
  (toks[k - 2]?.text === "rather" && toks[k - 1]?.text === "than") || (toks[k - 2]?.text === "instead" && toks[k - 1]?.text === "of");

const EXCLAIMED = new Set(["what", "such", "complete", "total", "absolute", "utter", "right", "proper", "bloody", "a", "an"]);
function nameAloneOfOneself(toks: readonly Token[], text: string, i: number): boolean {
  const [from, to] = sentenceOf(toks, text, i);
  if (from === 0) return false;
  // (exclaimed: "Absolute muppet.", "What a dope!"; not a bare "…moron", a retort)
  let exclaimed = false;
  for (let k = from; k <= to; k++) {
    if (k === i) continue;
    if (!EXCLAIMED.has(toks[k]!.text)) return false;
    exclaimed ||= !ARTICLE.has(toks[k]!.text);
  }
  if (!exclaimed) return false;
  let mine = false;
  for (let k = 0; k < from; k++) {
    const w = toks[k]!.text;
    if (SECOND.has(w) || THIRD_PERSON.has(w) || OFFICIAL.has(w) || GROUP.has(w) || personName(toks, text, k) || personNoun(w)) return false;
    mine ||= WRITER.has(w);
  }
  return mine;
}

/** Modals that make "say that…" one's own view, hedged. */
const HEDGE = new Set(["could", "would", "might", "can", "may", "must", "should", "i'd", "i'll"]);
const COPULA = new Set(["is", "are", "was", "were", "be", "'s", "'re"]);
/** An act judged as it is ("calling them trolls IS lazy"), not as what it would be ("…WOULD BE an insult to stupidity"). */
const ACT_JUDGED = new Set(["is", "was", "isn't", "isnt", "wasn't", "wasnt"]);

/** Is a word of `words` among the tokens strictly between `a` and `b`? */
function someBetween(toks: readonly Token[], a: number, b: number, words: ReadonlySet<string>): boolean {
  for (let k = a + 1; k < b; k++) if (words.has(toks[k]!.text)) return true;
  return false;
}

export interface Mentions {
  /** per token: it lies in a clause whose offensive words are all mentions */
  masked: Uint8Array;
  /** some offensive word is used, not mentioned */
  used: boolean;
  /** the text has offensive words at all */
  any: boolean;
}

/** Marks the clauses whose offensive words (per `offensive`) are all mentions. */
export function findMentions(toks: readonly Token[], text: string, offensive: (i: number) => boolean): Mentions {
  const masked = new Uint8Array(toks.length);
  // (worked out at the first offensive word: most comments have none)
  let clause: Int32Array | undefined;
  // per clause: 1 = offensive words all mentions so far, 2 = some used
  const state = new Map<number, number>();
  for (let i = 0; i < toks.length; i++) {
    if (!offensive(i)) continue;
    clause ??= clauses(toks, text);
    const c = clause[i]!;
    if (state.get(c) === 2) continue;
    state.set(c, isMention(toks, text, clause, i) ? 1 : 2);
  }
  if (!clause) return { masked, used: false, any: false };
  let used = false;
  for (const v of state.values()) if (v === 2) used = true;
  for (let i = 0; i < toks.length; i++) if (state.get(clause[i]!) === 1) masked[i] = 1;
  return { masked, used, any: state.size > 0 };
}

const DERIVED = new Set(["comes", "came", "derives", "derived", "originates", "originated"]);
/** "bellend is British SLANG for…", "…is a WORD for…". */
const SLANG = new Set(["slang", "word", "term"]);

/** Capitalised because it starts a sentence ("Well, …", "Holy …"), so no sign of a name. */
export function sentenceStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === " " || c === "\t" || c === "\n" || c === '"' || c === "(") continue;
    return c === "." || c === "!" || c === "?";
  }
  return true;
}

function nameTokens(name: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!name) return out;
  for (const w of name.toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (w.length >= 3) out.add(w);
  return out;
}

/** The target a single token names, if any. */
function targetOf(toks: readonly Token[], text: string, i: number, parent: Set<string>, author: Set<string>): Target | null {
  const t = toks[i]!;
  const w = t.text;
  // ("You're a disgrace to this county, Cllr Byrne.": the "you" of an official hailed)
  if (SECOND.has(w) && officialAddressed(toks, text, i, parent)) return "public-figure";
  if (SECOND.has(w) || COMMENTER_NOUN.has(w) || parent.has(w) || commenterNamed(toks, text, i)) return "commenter";
  if (author.has(w)) return "public-figure";
  // "they"/"people" etc. name a group; "the people of Ohio" as well; peoples by name ("Romanians")
  if (GROUP.has(w) || (isName(t, text) && demonymShaped(w))) return "group";
  if (THIRD_PERSON.has(w) || OFFICIAL.has(w) || personName(toks, text, i) || swearWordForSomeone(toks, i)) return "public-figure";
  return null;
}
/** "the bastard DOWN the road", "that bastard WHO keyed my car": a swear word standing for a third person. */
const swearWordForSomeone = (toks: readonly Token[], i: number) =>
  toks[i]!.text === "bastard" && THE_OR_THAT.has(toks[i - 1]?.text ?? "") && PLACED_OR_WHO.has(toks[i + 1]?.text ?? "");
const THE_OR_THAT = new Set(["the", "that", "this", "some"]);
const PLACED_OR_WHO = new Set(["down", "up", "next", "across", "over", "round", "from", "at", "who", "that", "in"]);

const NOT_COMMENTER = new Set(["god", "heaven", "lord", "jesus"]);
/** Who is "above" in a thread: "the GUY above", "the POSTER upthread". */
const THREAD_PERSON = new Set(["guy", "bloke", "fella", "person", "poster", "commenter", "lady", "man", "woman", "chap", "dude"]);

/** A commenter named by screen name or by place in the thread (a name alone is a public figure's). */
function commenterNamed(toks: readonly Token[], text: string, i: number): boolean {
  const t = toks[i]!;
  if (isScreenName(text, t) || inHandle(text, t)) return true;
  if (!(isName(t, text) || THREAD_PERSON.has(t.text)) || NOT_COMMENTER.has(t.text)) return false;
  return placeInThread(toks, i + 1) > 0 || (toks[i + 1]?.text === "up" && toks[i + 2]?.text === "there");
}

const ORDER: readonly Target[] = ["commenter", "group", "public-figure"];
/** A people's name in the plural: "Romanians", "Koreans", "Pakistanis", "Chinese" (not "Evans"). */
const demonymShaped = (w: string) =>
  w.length >= 6 && (w.endsWith("ians") || w.endsWith("eans") || w.endsWith("ese") || w.endsWith("anis")) && /^[a-z]+$/.test(w);

const GREETING = new Set(["hey", "oi", "dear", "oh", "well", "so"]);
/** Titles an official is hailed by ("Mayor Dunn, …", "Mr President, …"; not "Man, you're…"). */
const HAILED_TITLE = new Set([
  ...["mr", "mrs", "ms", "dr", "senator", "minister", "premier", "mayor", "president", "chancellor", "councillor", "councilor"],
  ...["governor", "judge", "secretary", "prime", "congressman", "congresswoman", "sheriff", "commissioner", "professor", "rep"],
  ...["dame", "baroness", "taoiseach", "cllr", "chairman", "chairwoman", "bishop", "justice", "mp", "mla", "mep", "ceo"],
  ...["superintendent", "detective"],
]);
/** Titles that are also mocking vocatives ("And you, SIR, are stupid", "Sure thing, CHIEF"): a title only before a name. */
const TITLE_BEFORE_NAME = new Set([
  "sir",
  "lord",
  "lady",
  "coach",
  "chief",
  "captain",
  "inspector",
  "general",
  "editor",
  "ref",
  "referee",
  "umpire",
]);
const titleAt = (toks: readonly Token[], text: string, k: number) =>
  HAILED_TITLE.has(toks[k]!.text) || (TITLE_BEFORE_NAME.has(toks[k]!.text) && toks[k + 1] !== undefined && isName(toks[k + 1]!, text));
/**
 * "Premier Ostrowski, you absolute buffoon": the "you" at i is an official hailed at the sentence's start, or at its
 * end ("You're a gutless coward, Prime Minister."), or named after a "you" ("Shame on you Senator Cole, you coward").
 */
function officialAddressed(toks: readonly Token[], text: string, i: number, parent: ReadonlySet<string>): boolean {
  return hailedFirst(toks, text, i, parent) || hailedInSentence(toks, text, i, parent) || hailOpensSentence(toks, text, i, parent);
}
/**
 * An official hailed by title at the sentence's start, set off by a comma, is the "you" anywhere after it ("Dear
 * Minister Hale, if you're reading this, you're an incompetent buffoon."; probe set IU; not "Ok Richard, when did you…").
 */
function hailOpensSentence(toks: readonly Token[], text: string, i: number, parent: ReadonlySet<string>): boolean {
  const [from] = sentenceOf(toks, text, i);
  let titles = 0;
  for (let k = from; k < i && k - from < 5; k++) {
    const t = toks[k]!;
    if (titleAt(toks, text, k)) titles++;
    else if (parent.has(t.text) || (!hailedName(t, text) && (k > from || !GREETING.has(t.text)))) return false;
    // (a greeting's own comma closes no hail: "OI, Chief Exec Moreland, yes you, you greedy pig"; probe set JP)
    const greeting = k === from && GREETING.has(t.text);
    if (!greeting && /,/.test(text.slice(t.end, toks[k + 1]!.start))) return k + 1 < i && titles > 0;
  }
  return false;
}
/** A name in a hail, with the apostrophe surnames isName leaves out ("Cllr O'Rourke", "D'Arcy"). */
const hailedName = (t: Token, text: string) => isName(t, text) || IRISH_NAME.test(text.slice(t.start, t.end));
const IRISH_NAME = /^[OD]'[A-Z][a-z]+$/;
/**
 * Names hailed that are a public figure's: a title ("Mayor", "MP", "Sir" before a name), or a first name and a surname ("Kylie
 * Brandt, you absolute drongo"; a commenter is hailed by a first name, and the one replied to by their own name).
 */
const hailedOfficial = (titles: number, names: number, parentNamed: boolean) => titles > 0 || (names >= 2 && !parentNamed);
function hailedInSentence(toks: readonly Token[], text: string, i: number, parent: ReadonlySet<string>): boolean {
  const [from, to] = sentenceOf(toks, text, i);
  for (let k = from; k < to; k++) if (SECOND.has(toks[k]!.text) && titleAt(toks, text, k + 1)) return true;
  // the sentence closes with a title or a full name after a comma
  let k = to;
  let [titles, names, parentNamed] = [0, 0, false];
  for (; k > from && to - k < 4; k--) {
    const title = titleAt(toks, text, k);
    if (!title && !hailedName(toks[k]!, text)) break;
    if (title) titles++;
    else names++;
    parentNamed ||= parent.has(toks[k]!.text);
  }
  return hailedOfficial(titles, names, parentNamed) && k < to && /,/.test(text.slice(toks[k]!.end, toks[k + 1]!.start));
}
/**
 * What only an official or a paper has, said to "you": "…get back to Dublin and DO YOUR JOB" (probe set JC), "YOUR
 * CONSTITUENTS deserve better", "YOUR READERS" (not "your club", which a rival fan has too, nor "your government", everyone's),
 * or is told to leave ("RESIGN ALREADY").
 */
const officeOfYoursAt = phraseMatcher([
  "your|ur constituents|constituency|portfolio|ministry|cabinet|electorate|shareholders|readers|newspaper|newsroom|editor|editors|byline",
  // (probe set KD) "…hand back YOUR PRESS CARD, you talentless hack"
  "your|ur press card|pass",
  "do|doing your|ur job|jobs",
  // (probe set JW) "Grayson, you bald headed bellend, RESIGN ALREADY" (an office to leave)
  "resign already|now|today|immediately|asap|tomorrow",
  "step down already|now|today|immediately|asap",
  // (probe set KD) "Joe, you doddering old fool, STEP ASIDE and let someone…", "…the Home Office was a circus ON YOUR WATCH"
  "step aside",
  "on your|ur watch",
]);
function officeOfYours(toks: readonly Token[], text: string, i: number): boolean {
  const [from, to] = sentenceOf(toks, text, i);
  return phraseIn(officeOfYoursAt, toks, from, to + 1);
}
/**
 * Someone outside the thread hailed by a deed, then spoken to: "To whoever KEYED MY CAR: you're a coward", "To whoever
 * spray-painted…" (not "To whoever POSTED that: you're a coward", nor "…replied to me in this thread": a commenter).
 */
function strangerHailed(toks: readonly Token[], text: string, subject: number): boolean {
  const [from] = sentenceOf(toks, text, subject);
  const who = toks[from]!.text === "to" || toks[from]!.text === "dear" ? from + 1 : from;
  if (toks[who]?.text !== "whoever" || who + 2 >= subject || POSTING_VERB.has(toks[who + 1]!.text)) return false;
  let hailEnds = false;
  for (let k = who + 1; k < subject; k++) {
    if (IN_THE_THREAD.has(toks[k]!.text)) return false;
    hailEnds ||= /[:,]/.test(text.slice(toks[k]!.end, toks[k + 1]!.start));
  }
  return hailEnds;
}
const IN_THE_THREAD = new Set(["comment", "comments", "thread", "reply", "replies", "post", "posts", "above", "below", "here", "said"]);

/** The article's writer spoken to: "Call yourself a journalist? You're a hack.", "You call this reporting?" */
const writerAddressedAt = phraseMatcher([
  "call~ yourself a|an (so-called|real|proper) journalist|reporter|writer|columnist|editor|hack",
  "you call this journalism|reporting|news|writing",
  "you call this an article",
  // (probe set JC) "To the editor: you're a hack…", "Dear author, you're an idiot.", "Whoever wrote this article, you're a clown."
  "dear (mr|madam|ms) author|editor|journalist|writer|reporter|columnist|subeditor",
  "to the author|editor|journalist|writer|reporter|columnist|subeditor",
  "whoever wrote|penned this|that article|piece|story|column|headline|rubbish|drivel|garbage|nonsense|tripe",
  // (probe set KD) "AUTHOR, YOU are a shill for the developers", "REPORTER, YOU'RE a liar"
  "author|reporter|journalist|columnist|journo|writer you|you're|youre|ur",
]);
/** What opens a sentence before a name, capitalised and no name itself: "HAHA Siobhán, you absolute eejit". */
const LAUGH = new Set(["haha", "hahaha", "ha", "lol", "ah", "aye", "yeah", "yes", "no", "och", "ach"]);
/** Words a hail may open with that are no name: "HONESTLY Keith, you're a clown", "SERIOUSLY Dave, …" (probe set IO). */
const HAIL_OPENER = new Set([
  "honestly",
  "seriously",
  "frankly",
  "genuinely",
  "really",
  "mate",
  "right",
  "wow",
  "jeez",
  "blimey",
  "christ",
]);
function hailedFirst(toks: readonly Token[], text: string, i: number, parent: ReadonlySet<string>): boolean {
  let k = i - 1;
  const comma = k >= 0 && /,/.test(text.slice(toks[k]!.end, toks[i]!.start));
  let [titles, names, parentNamed] = [0, 0, false];
  for (; k >= 0 && i - k <= 5; k--) {
    const t = toks[k]!;
    if (titleAt(toks, text, k)) titles++;
    else if (GREETING.has(t.text) || CALL.has(t.text) || LAUGH.has(t.text) || HAIL_OPENER.has(t.text)) {
      // ("Oi Kyle, you…", "Hey Mitch, you're…": a greeting is no name)
    } else if (hailedName(t, text)) names++;
    else return false;
    parentNamed ||= parent.has(t.text);
    // (a title needs no comma: "Mr Mahlangu you are a clown"; probe set IU)
    if (sentenceStart(text, t.start)) return (comma || titles > 0) && hailedOfficial(titles, names, parentNamed);
    // (or set off by commas inside it: "Shame on you, Anil Mehrotra, you spineless sellout")
    if (k > 0 && comma && /,/.test(text.slice(toks[k - 1]!.end, t.start))) return hailedOfficial(titles, names, parentNamed);
  }
  return false;
}

/** The strongest target among tokens [from, to], by ORDER, or null. */
function targetIn(
  toks: readonly Token[],
  text: string,
  from: number,
  to: number,
  parent: Set<string>,
  author: Set<string>,
  skip: Uint8Array,
) {
  let best = -1;
  for (let i = Math.max(0, from); i <= to && i < toks.length; i++) {
    if (skip[i]) continue;
    const t = targetOf(toks, text, i, parent, author);
    if (t) {
      const r = ORDER.indexOf(t);
      if (best < 0 || r < best) best = r;
    }
  }
  return best < 0 ? null : ORDER[best]!;
}

/** Mocking at the end of a sentence, friendly inside one ("Thanks, kid, that was helpful"). */
const FRIENDLY_TOO = new Set(["kid", "kiddo", "chief", "sunshine", "sweetheart", "champ"]);

/** Words that call someone before a vocative: "HEY loser, …". */
// (and in the Englishes of India and Nigeria: "ABEY chutiya, …", "OYE …", "ODE …")
const CALL = new Set(["hey", "oi", "yo", "listen", "look", "ok", "okay", "well", "sorry", "dear", "oh", "abey", "abe", "oye", "arre"]);

/** A vocative: an insult or vocative noun set off by a comma at the end or start of a sentence. */
export function findVocative(toks: readonly Token[], text: string, lex: InsultLexicon): number {
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.text;
    if (!VOCATIVE_NOUN.has(w) && (inLexicon(toks[i]!, lex) & INSULT_NOUN) === 0) continue;
    const before = i > 0 ? text.slice(toks[i - 1]!.end, toks[i]!.start) : "";
    const after = i + 1 < toks.length ? text.slice(toks[i]!.end, toks[i + 1]!.start) : text.slice(toks[i]!.end);
    // (an emoji or two may close it: "Sit down, bozo 🤡")
    const endsSentence = i + 1 >= toks.length || /[.!?;:]/.test(after) || onlyPictures(toks, i + 1);
    // (not the last of a list of names: "Senator Whitmore: liar, hypocrite, COWARD.")
    const listed =
      i >= 2 && [i - 1, i - 2].every((k) => lex.nouns.has(toks[k]!.text) && /^\s*,\s*$/.test(text.slice(toks[k]!.end, toks[k + 1]!.start)));
    if (/,/.test(before) && endsSentence && !listed) return i;
    // "Listen here, drongo, the limit changed", "Patience, jackass, patience": a name between commas
    // after a sentence's first few words (not one of a list: "a liar, a crook, bigot, racist")
    if (
      lex.nouns.has(w) &&
      /,/.test(before) &&
      /^\s*,/.test(after) &&
      !lex.words.has(toks[i + 1]!.text) &&
      !LIST_JOIN.has(toks[i + 1]!.text)
    ) {
      let j = i - 1;
      while (j > 0 && i - j <= 3 && !clauseBreak(text, toks[j - 1]!, toks[j]!, false)) j--;
      const opening = j === 0 || sentenceEnds(text, toks[j - 1]!, toks[j]!);
      // (no article before it: "what A silly, stupid, inane use" coordinates adjectives)
      if (opening && i - j <= 3 && toks.slice(j, i).every((t) => !lex.words.has(t.text) && !ARTICLE.has(t.text))) return i;
    }
    // "Nice try, Einstein, but…", "Careful, champ, thinking…": a mocking vocative between commas
    if (MOCKING_VOCATIVE.has(w) && !FRIENDLY_TOO.has(w) && /,/.test(before) && /^\s*,/.test(after)) return i;
    // "Einstein over here figured it out"
    if (MOCKING_VOCATIVE.has(w) && toks[i + 1]?.text === "over" && toks[i + 2]?.text === "here") return i;
    // "Idiot, read the article.", "Hey numpty, wages are not inflation."
    // ("Stupid cunt, read the article.", "Absolute gobshite, this fella.": its insults and intensifiers before it)
    // (not names said of others the sentence goes on to name: "Liars, cheats and cowards, the lot OF THEM in cabinet")
    if (
      i <= 3 &&
      /^\s*,/.test(after) &&
      toks.slice(0, i).every((t, k) => (k === 0 && CALL.has(t.text)) || lex.words.has(t.text) || CALLED_SO.has(t.text)) &&
      !ofThemAfter(toks, text, i)
    )
      return i;
    // "shut up dipshit", "sit down clown": a name called straight after a dismissal, no comma between
    if (i >= 2 && lex.nouns.has(w) && DISMISSAL.has(`${toks[i - 2]!.text} ${toks[i - 1]!.text}`) && !/[.!?;:,]/.test(before)) return i;
  }
  return -1;
}

/** "…of them" later in token i's sentence: the names are said of others. */
function ofThemAfter(toks: readonly Token[], text: string, i: number): boolean {
  const [, to] = sentenceOf(toks, text, i);
  for (let k = i + 1; k < to; k++) if (toks[k]!.text === "of" && toks[k + 1]!.text === "them") return true;
  return false;
}

/** Tokens k… are pictures only (emoji), or none. */
function onlyPictures(toks: readonly Token[], k: number): boolean {
  for (let j = k; j < toks.length; j++) if (!/^\p{Extended_Pictographic}/u.test(toks[j]!.text)) return false;
  return true;
}
/** What continues a list rather than a sentence after a word between commas: "liars, cheats, AND thieves", "funny, stupid, BUT…". */
const LIST_JOIN = new Set(["and", "or", "nor", "etc", "but", "yet"]);

/** Words that strengthen a name called at a comment's start: "ABSOLUTE gobshite, …", "FUCKING idiot, …". */
const CALLED_SO = new Set([
  ...["absolute", "complete", "total", "utter", "fucking", "fkn", "fuckin", "phucking", "effing", "freaking", "frickin"],
  ...["bloody", "stupid", "massive", "typical", "you"],
]);

/** Telling a commenter to stop or go, after which a name is called: "shut up dipshit". */
const DISMISSAL = new Set([
  ...["shut up", "sit down", "go away", "get lost", "piss off", "jog on", "do one", "grow up", "pipe down", "bugger off"],
  ...["sod off", "shove off", "back off", "shut it", "fuck off", "clear off", "naff off", "rack off", "nick off", "get out"],
]);

/**
 * "…wrote THIS", the word standing alone (not "this comment", "this rubbish on here"), and the article not named apart from
 * it ("Whoever wrote this is a moron, read THE ARTICLE": "this" is a comment).
 */
function writtenThisAlone(toks: readonly Token[], text: string, k: number): boolean {
  return (
    toks[k]?.text === "this" &&
    !/^(comment|comments|post|posts|reply|replies|thread|rubbish|drivel|nonsense|tripe)$/.test(toks[k + 1]?.text ?? "") &&
    !/\bthe (article|story|piece|headline|report)\b/i.test(text)
  );
}

/**
 * The target of a comment: of the construction's subject when one matched (`subject`), else of
 * the clause around `focus` (the most offensive token), else of the whole comment.
 */
export function readTarget(
  toks: readonly Token[],
  text: string,
  context: ScoreContext | undefined,
  subject: number,
  focus: number,
  masked: Uint8Array,
  threat = false,
): Target {
  const parent = nameTokens(context?.parentAuthor);
  const author = nameTokens(context?.articleAuthor);
  if (
    subject >= 0 &&
    SECOND.has(toks[subject]!.text) &&
    (officialAddressed(toks, text, subject, parent) ||
      phraseIn(writerAddressedAt, toks) ||
      officeOfYours(toks, text, subject) ||
      strangerHailed(toks, text, subject))
  )
    return "public-figure";
  if (subject >= 0 && (inThreadAt(toks, subject + 1) > 0 || placeInThread(toks, subject + 1) > 0)) return "commenter";
  if (subject >= 0) {
    // "whoever posted that…": the subject of the name-calling is a commenter, unless what they wrote is the article
    // ("Absolute gutter journalism. Whoever wrote this is a scumbag": the article named elsewhere)
    // (in a comment that replies to no one, "whoever WROTE THIS" is the article's writer: no comment is above it)
    if (POSTING_VERB.has(toks[subject]!.text))
      return /^\s*(this|the|these|those)\s+(\w+\s+)?(articles?|pieces?|stor(y|ies)|columns?|op-?eds?|headlines?)/i.test(
        text.slice(toks[subject]!.end),
      ) ||
        /\b(journalism|journalist|reporting|reporter|newspaper|editor)\b/i.test(text) ||
        (context?.parentAuthor === undefined && toks[subject]!.text === "wrote" && writtenThisAlone(toks, text, subject + 1))
        ? "public-figure"
        : "commenter";
    const t = targetIn(toks, text, subject - 2, subject, parent, author, masked);
    if (t) return t;
    // the subject of "Medvedev is a drunk clown" is a name even where it starts the sentence
    if (!masked[subject] && isName(toks[subject]!, text) && !inPlaceName(toks, text, subject) && !OATH.has(toks[subject]!.text))
      return "public-figure";
  }
  // (a "you" that means anyone names no one: "You realise how unfit you are when you run for the bus")
  masked = withGenericYou(toks, text, masked);
  if (focus >= 0) {
    const clause = clauses(toks, text);
    let from = focus;
    while (from > 0 && clause[from - 1] === clause[focus]) from--;
    let to = focus;
    while (to + 1 < toks.length && clause[to + 1] === clause[focus]) to++;
    const t = targetIn(toks, text, from, to, parent, author, masked);
    if (t) return t;
    // no target in the focus's clause: the nearest one in the comment ("When will these idiots
    // learn ... You could ..." is not said of the reader because a later sentence says "you")
    // (not someone agreed with in a sentence of their own: "Totally agree CHRIS. … Bloody ridiculous for 2024."; a
    // threat's "you" is whoever it threatens: "Go find a tall bridge. Your family would thank YOU for it.")
    // (the focus's sentence worked out only when a target is found outside its clause: most comments have none)
    let focusSentence: [number, number] | undefined;
    const outsideFocusSentence = (k: number) => {
      const [first, last] = (focusSentence ??= sentenceOf(toks, text, focus));
      return k < first || k > last;
    };
    let agreed = false;
    const near = (k: number) => {
      if (k < 0 || k >= toks.length || masked[k]) return null;
      const t = targetOf(toks, text, k, parent, author);
      if (t && !threat && outsideFocusSentence(k) && agreedWith(toks, text, k)) {
        agreed = true;
        return null;
      }
      return t;
    };
    for (let d = 1; d < toks.length; d++) {
      const a = near(focus - d);
      const b = near(focus + d);
      if (a || b) return a && b ? ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))]! : (a ?? b)!;
    }
    if (agreed) return "none";
  }
  return targetIn(toks, text, 0, toks.length - 1, parent, author, masked) ?? "none";
}

/**
 * Words of agreement, thanks or good will: "Totally AGREE Chris.", "You're BANG ON, Sandeep.", "FAIR PLAY Rhian",
 * "CREDIT to Councillor Obi…", "SORRY for your loss Bernadette."
 */
const AGREEING = new Set([
  ...["agree", "agreed", "right", "exactly", "true", "spot", "bang", "correct", "point", "said", "play", "respect", "yep"],
  ...["thanks", "thank", "cheers", "credit", "kudos", "congrats", "congratulations", "luck", "sorry"],
]);
/** Token k stands in a sentence with a word of agreement or thanks in it. */
function agreedWith(toks: readonly Token[], text: string, k: number): boolean {
  const [from, to] = sentenceOf(toks, text, k);
  for (let m = from; m <= to; m++) if (AGREEING.has(toks[m]!.text)) return true;
  return false;
}

/** Words after which "you" is anyone: "WHEN you run for the bus", "ONCE you're on it". */
const GENERIC_AFTER = new Set(["when", "whenever", "once", "until", "till"]);
/** A sentence opening "You can't…", "You try to…": a "you" that means anyone. */
const GENERIC_VERB = new Set([
  "can't",
  "cannot",
  "cant",
  "try",
  "get",
  "turn",
  "pinch",
  "realise",
  "realize",
  "never",
  "literally",
  "pay",
  "wonder",
]);
/** "Nothing MAKES you feel your age", "it makes you wonder". */
const MAKES = new Set(["makes", "make", "made"]);
const CONCEDED = new Set(["think", "feel", "make", "believe"]);
/**
 * `masked` with the second-person words of sentences where "you" means anyone added: a sentence
 * with "when you…", opening "You can't…", or "…makes you…" after "nothing", "it" or "that".
 */
function withGenericYou(toks: readonly Token[], text: string, masked: Uint8Array): Uint8Array {
  if (!toks.some((t) => t.text === "you")) return masked;
  let out: Uint8Array | null = null;
  let start = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i < toks.length && (i === 0 || !sentenceEnds(text, toks[i - 1]!, toks[i]!))) continue;
    // the sentence [start, i)
    let generic = false;
    for (let k = start; k < i && !generic; k++) {
      if (toks[k]!.text !== "you") continue;
      const before = toks[k - 1]?.text ?? "";
      generic =
        (k > start && GENERIC_AFTER.has(before)) ||
        // "That's vile, WHATEVER YOU THINK of his jokes": a concession to anyone
        (before === "whatever" && CONCEDED.has(toks[k + 1]?.text ?? "")) ||
        // "That's ALL YOU NEED to know about Senator Whitcombe": told to anyone
        ((before === "all" || before === "everything") && toks[k + 1]?.text === "need") ||
        (k === start && GENERIC_VERB.has(toks[k + 1]?.text ?? "")) ||
        (MAKES.has(before) && (toks[k - 2]?.text === "nothing" || toks[k - 2]?.text === "it" || toks[k - 2]?.text === "that"));
    }
    if (generic)
      for (let k = start; k < i; k++)
        if (SECOND.has(toks[k]!.text)) {
          out ??= Uint8Array.from(masked);
          out[k] = 1;
        }
    start = i;
  }
  return out ?? masked;
}

/**
 * Dehumanising language: a subject, a copula, then (after up to 3 modifiers) a dehumanising
 * noun, or "like animals"; for the nouns also said of things (THING_PRONE) the subject must name
 * people. Returns [from, to, subject] like findInsult, or null.
 */
export function findDehumanising(toks: readonly Token[], text: string, skip?: (i: number) => boolean): [number, number, number] | null {
  for (let i = 0; i < toks.length; i++) {
    if (skip?.(i)) continue;
    const w = toks[i]!.text;
    // humanity denied to people: "they aren't even human", "those people are less than human",
    // "foreigners in this city aren't human" (not "…aren't human RIGHTS lawyers")
    const even = toks[i - 1]?.text === "even";
    const less = toks[i - 1]?.text === "than" && toks[i - 2]?.text === "less";
    const bare = DENIED_BE.has(toks[i - 1]?.text ?? "") && !HUMAN_MODIFIES.has(toks[i + 1]?.text ?? "");
    // "MAGA types are BARELY human"
    const scarcely =
      SCARCELY.has(toks[i - 1]?.text ?? "") && COPULA_BE.has(toks[i - 2]?.text ?? "") && !HUMAN_MODIFIES.has(toks[i + 1]?.text ?? "");
    if (w === "human" && i >= 2 && (even || less || bare || scarcely)) {
      let be = less ? i - 3 : even || scarcely ? i - 2 : i - 1;
      while (be > 0 && ADVERB.has(toks[be]!.text)) be--; // "they are JUST less than human"
      const v = toks[be]?.text ?? "";
      const denied = DENIED_BE.has(v) || ((less || scarcely) && COPULA_BE.has(v));
      for (let subj = v === "not" ? be - 2 : be - 1; denied && subj >= Math.max(0, be - 6); subj--) {
        if (clauseBreak(text, toks[subj]!, toks[subj + 1]!, false)) break;
        if (GROUP.has(toks[subj]!.text) || toks[subj]!.text === "they" || namesPeople(toks, text, subj)) return [be, i, subj];
      }
    }
    // "Bankers AREN'T PEOPLE.", "…basement goblins, NOT ACTUAL PEOPLE.": a group named, then denied to be people at a
    // clause's end (not "to the council we're numbers, not people": a pronoun, people seen as numbers)
    if ((w === "people" || w === "humans") && (i + 1 === toks.length || clauseBreak(text, toks[i]!, toks[i + 1]!, false))) {
      const d = REAL.has(toks[i - 1]?.text ?? "") ? i - 2 : i - 1;
      if (d >= 1 && DENIED_BE.has(toks[d]!.text))
        for (let k = d - 1; k >= Math.max(0, d - 8); k--) {
          if (sentenceEnds(text, toks[k]!, toks[k + 1]!) || SEEN_AS.has(toks[k]!.text)) break;
          const g = toks[k]!.text;
          if (!PRONOUN_GROUP.has(g) && peopleWord(g) && !PEOPLE_HEAD.has(g)) return [d, i, k];
        }
    }
    // "these activists are an INVASIVE SPECIES"
    if (w === "species" && toks[i - 1]?.text === "invasive")
      for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
        if (!COPULA_BE.has(toks[k]!.text)) continue;
        if (k >= 1 && (GROUP.has(toks[k - 1]!.text) || namesPeople(toks, text, k - 1))) return [i - 1, i, k - 1];
        break;
      }
    // "those illegals breed like rabbits": people bred like animals
    if ((w === "breed" || w === "multiply") && toks[i + 1]?.text === "like" && ANIMALS.has(toks[i + 2]?.text ?? ""))
      for (let k = i - 1; k >= Math.max(0, i - 4); k--)
        if (GROUP.has(toks[k]!.text) || toks[k]!.text === "they" || (isName(toks[k]!, text) && demonymShaped(toks[k]!.text)))
          return [i, i + 2, k];
    // "an infestation of asylum seekers": people counted as pests (not "a plague of locusts")
    if (toks[i + 1]?.text === "of" && PEST_MASS.has(w))
      for (let k = i + 2; k < Math.min(toks.length, i + 5); k++)
        if (GROUP.has(toks[k]!.text) || namesPeople(toks, text, k)) return [i, k, k];
    const humanRefuse = toks[i - 1]?.text === "human" && HUMAN_REFUSE.has(w);
    // "are they even human", "are these people even human?": humanity questioned
    if (
      w === "human" &&
      toks[i - 1]?.text === "even" &&
      ASKED_BE.has(toks[i - 3]?.text ?? "") &&
      GROUP.has(toks[i - 2]?.text ?? "") &&
      !HUMAN_MODIFIES.has(toks[i + 1]?.text ?? "")
    )
      return [i - 3, i, i - 2];
    if (!inList(toks[i], DEHUMANISING_ANY_BIT) && !humanRefuse) continue;
    // "those savages across the border", "these woke maggots", "those scarf-wearing vermin": a demonstrative and a word said only of people
    if (ONLY_OF_PEOPLE.has(w))
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (k < i - 1 && clauseBreak(text, toks[k]!, toks[k + 1]!, false)) break;
        if (toks[k]!.text === "those" || toks[k]!.text === "these") return [k, i, k];
      }
    // "why do we keep letting this HUMAN FILTH wash up", "= human garbage": refuse said of people (not "human waste", sewage)
    if (humanRefuse && w !== "waste" && w !== "sewage" && w !== "debris" && !negatedAt(toks, i - 1, text)) return [i - 1, i, i - 1];
    // "a whole underclass of vermin", "a generation of bloated ticks": people counted as pests
    for (let k = i - 1; k >= Math.max(1, i - 3) && (!THING_PRONE.has(w) || LITERAL_PRONE.has(w)); k--) {
      if (toks[k]!.text !== "of") continue;
      if (PEOPLE_MASS.has(toks[k - 1]!.text)) return [k - 1, i, k - 1];
      break;
    }
    // a modifier of another noun ("a garbage workers' strike", "cancer patients") is no name for
    // people, unless that noun is people ("garbage people"); a participle follows the name ("parasites living off us")
    const next = toks[i + 1];
    // (but a dehumanising word before another is a predicate: "they are subhuman filth", "vermin scum")
    if (
      next &&
      !DEHUMANISING_ADJECTIVE.has(w) &&
      !DEHUMANISING.has(next.text) &&
      !clauseBreak(text, toks[i]!, next, false) &&
      /^[a-z]{3,}$/.test(next.text) &&
      !/ing$/.test(next.text) &&
      !STRUCTURAL.has(next.text) &&
      !PEOPLE_HEAD.has(next.text) &&
      !TRAILING_WORD.has(next.text)
    )
      continue;
    if (toks[i - 1]?.text === "like" && i >= 2) {
      // "treated like animals", "they breed like rats"
      for (let k = i - 2; k >= Math.max(0, i - 6); k--) if (GROUP.has(toks[k]!.text) || SECOND.has(toks[k]!.text)) return [i - 1, i, k];
      continue;
    }
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const v = toks[k]!.text;
      if (k < i - 1 && clauseBreak(text, toks[k]!, toks[k + 1]!, false)) break;
      // a comparison names the noun, not the subject ("animals are better than the beasts"),
      // unless it ranks the subject below it ("they are worse than rats")
      if (v === "than" && !/^(worse|lower|dirtier|filthier|uglier|dumber)$/.test(toks[k - 1]?.text ?? "")) break;
      if (v === "is" || v === "are" || v === "were" || v === "was" || v === "'re" || v === "they're" || v === "theyre") {
        if (NEGATION.has(toks[k + 1]?.text ?? "") || NEGATION.has(toks[k - 1]?.text ?? "")) break;
        const subj = v === "they're" || v === "theyre" ? k : k - 1;
        if (subj >= 0 && ((!THING_PRONE.has(w) && !humanRefuse) || namesPeople(toks, text, subj))) return [i, i, subj];
        // "shareholders are bloodsucking TICKS", "riders on e-bikes are a pest INFESTATION" (not "are worried the ticks…")
        const predicate = (LITERAL_PRONE.has(w) || humanRefuse) && subj >= 0 && plainPredicate(toks, k + 1, i);
        const people = !predicate ? -1 : peopleWord(toks[subj]!.text) ? subj : modifiedPeopleBefore(toks, text, subj);
        if (people >= 0) return [i, i, people];
        break;
      }
    }
  }
  return null;
}
