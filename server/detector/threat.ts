/**
 * Hand-written threat constructions. The training data has few explicit threats of
 * violence (the learned model gives "I will find you and hurt you" a low score because
 * "hurt" is mostly harmless on Twitter), so a small, documented rule complements it:
 *
 *  A. a first-person / "someone" subject, then within 6 words a violent verb, then within
 *     3 words a person object:   "I will find you and hurt you", "someone should shoot him"
 *  B. wishing death on the addressee:  "you should die", "go kill yourself", "kys"
 *  C. violence wished on anyone:  a wish or verdict word, then "be"/"get" and a violent
 *     participle ("people like you should be hanged", "he deserves to be shot") or "die"
 *     ("he needs to die")
 *     or "hang" ("he deserves to hang for this"), or the means of it ("people like you deserve a
 *     bullet", "he needs the rope")
 *  D. menacing set phrases: "watch your back", "I know where you live", "put you in the
 *     ground", "put a bullet in", "you'll be sorry", "hope someone runs you over"; and "run …
 *     over" a person after a first-person or "someone" subject ("somebody ought to run that guy over")
 *  A negation just before C or D ("nobody should be shot", "I don't know where you live")
 *  cancels it.
 *
 * Works on normalised tokens, so evasive spellings are covered too.
 * Returns the token range [from, to] of the construction, or null.
 */
import { ENDORSABLE_AFTER, endorses, mayEndorse } from "./endorsement.ts";
import type { Token } from "./normalize.ts";
import { mayBeginAt, phraseIn, phraseMatcher } from "./phrases.ts";
import { CLAUSE_FINAL_MENACE_PHRASES, MENACING_PHRASES, VARIED_MENACE_PHRASES } from "./threat-phrases.ts";
import { contestAt, findViolentOrder, findWantedViolence, MATCH_DAY } from "./violence.ts";
import { CATCH, DISEASE, findMenace } from "./menace.ts";
import {
  ELECTION,
  lastOfSentence,
  messageReported,
  THEY_WOULD,
  toldByAnother,
  NEGATION,
  negatedAt,
  personNoun,
  CREATURES,
  QUOTE_MARK,
  REPORTING,
  sentenceEnds,
  sentenceStartWithin,
  tellingTakenBack,
  WHO_DID,
  WRITER_SUBJECT,
} from "./cues.ts";
import { findIntimidation } from "./intimidation.ts";
import { findSelfHarm } from "./self-harm.ts";
import { clauseBreak, THIRD, type InsultLexicon } from "./insult.ts";
import { isGroupWord, VOCATIVE_NOUN } from "./target.ts";
import { inList, wordBit } from "./word-bits.ts";

const SUBJECT = new Set([
  "someone's",
  "somebody's",
  "i",
  "i'll",
  "i'm",
  "im",
  "i'd",
  "ima",
  "imma",
  "i'ma",
  "we",
  "we'll",
  "we're",
  "someone",
  "somebody",
  "gonna",
  "lets",
  "let's",
]);
export const THREAT_VERBS = new Set([
  "kill",
  "hurt",
  "beat",
  "punch",
  "stab",
  "shoot",
  "murder",
  "strangle",
  "choke",
  "slap",
  "rape",
  "hang",
  "burn",
  "smash",
  "bash",
  "kick",
  "slit",
  "gut",
  "bury",
  "lynch",
  "execute",
  "torture",
  "knock",
  "behead",
  "decapitate",
  "skin",
  "break",
  "cut",
  "hunt",
  "end",
  "destroy",
  "stomp",
  "curb",
  "shank",
  "murk",
  "kidnap",
  "assault",
  "kneecap",
  "maim",
  "cripple",
  "drown",
  "poison",
  "suffocate",
  "smother",
  "torch",
]);
/** Words before "of" that pick people out of a group: "the lot of you", "every one of them". */
const QUANTIFIERS = ["the lot", "all", "each", "every one", "both", "some", "one", "most", "half", "the rest", "the whole lot"].map((q) =>
  q.split(" "),
);

/** The index after a quantifier and "of" starting at `i`, or -1. */
function afterQuantifier(tokens: readonly { text: string }[], i: number): number {
  for (const q of QUANTIFIERS)
    if (q.every((w, k) => tokens[i + k]?.text === w) && tokens[i + q.length]?.text === "of") return i + q.length + 1;
  return -1;
}

const OBJECT = new Set(["you", "u", "ya", "your", "ur", "him", "her", "them", "y'all", "yall", "yourself", "his", "their"]);
const THIRD_OBJECT = new Set(["him", "her", "them"]);
/** "take him out FOR dinner": an outing. */
const OUTING = new Set(["for", "to", "on", "of", "with", "and", "shopping", "tonight", "sometime"]);
/** "take out the CEO of the exchange FOR dinner": an outing a few words on. */
const OUTING_AFTER_OF = new Set(["for", "to", "shopping", "dinner", "lunch", "drinks", "tonight", "sometime"]);
const DETERMINER = new Set(["the", "that", "this", "those", "these", "every", "our", "your", "their", "whole"]);
/** Verbs also said of winning: only violence when no contest follows. */
const CONTEST_VERB = new Set([
  "beat",
  "destroy",
  "smash",
  "bury",
  "crush",
  "kill",
  "end",
  "break",
  "knock",
  "hunt",
  "murder",
  "slaughter",
  "batter",
  "hammer",
  "thrash",
]);

/** Said of a win at last: "we EVENTUALLY beat them". */
const AT_LAST = new Set(["finally", "eventually", "already"]);
const WINNER = new Set(["i", "we", "he", "she", "they"]);

/** A person object at token k: a pronoun, or a determiner and a person noun ("the governor", "that councillor's [throat]"). */
function personAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.text ?? ""; // (k may be past the end: "I'd love to see")
  if (OBJECT.has(t)) return k;
  if (DETERMINER.has(t)) for (let m = k + 1; m < Math.min(tokens.length, k + 3); m++) if (personNoun(tokens[m]!.text)) return m;
  // a title and a name: "make JUDGE PEMBERTON go away"
  const name = tokens[k + 1]?.text ?? "";
  if (TITLE.has(t) && /^[a-z][a-z'-]+$/.test(name) && !NOT_A_NAME.has(name)) return k + 1;
  return -1;
}

/** Titles before a name. */
const TITLE = new Set([
  ...["judge", "mayor", "governor", "senator", "president", "minister", "premier", "councillor", "councilor", "councilman"],
  ...["councilwoman", "commissioner", "sheriff", "rep", "representative", "congressman", "congresswoman", "dr", "mr", "mrs"],
  ...["ms", "superintendent", "prosecutor", "chairman", "chairwoman", "alderman", "coach", "chief", "referee", "ref", "keeper"],
  ...["mp", "mla", "mep", "cllr", "cr", "justice", "bishop", "ceo", "striker", "sen"],
]);
/** Words after a title that are no name: "the mayor AND…", "make the judge GO away". */
const NOT_A_NAME = new Set(["and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "from", "by", "is", "was", "go", "be"]);

const YOU = new Set(["you", "u", "ya", "ye", "yall", "y'all", "go"]);
const DIE = new Set(["die", "dies"]);

const WISH = new Set([
  ...["should", "shud", "shld", "deserve", "deserves", "deserved", "ought", "needs", "need", "hope", "wish", "must", "gotta"],
  ...["shall", "should've", "shouldve"],
]);
/** Wishes that take what is wished as an object: "deserves a bullet". */
const DESERVE = new Set(["deserve", "deserves", "deserved", "needs", "need"]);
/** What makes any wish take an object: "should GET a beating". */
const GIVEN = new Set(["get", "gets", "given", "receive", "catch", "cop"]);
const A_GOOD = new Set(["a", "an", "one", "good", "proper", "real", "right", "bloody", "severe", "sound"]);
/** The end of "a (good) beating" after "get" at j, or -1 (not "a beating at the polls", nor a slap but on the body). */
function meansGiven(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  while (k < j + 4 && A_GOOD.has(tokens[k]?.text ?? "")) k++;
  const means = tokens[k]?.text ?? "";
  return k > j + 1 && VIOLENT_MEANS.has(means) && lands(tokens, k) ? k : -1;
}
/**
 * Does the means of violence at k land on a person: a blow only on the body ("needs a punch IN THE
 * FACE", not "this soup needs a punch of flavour"), the others unless a defeat follows ("…at the polls")?
 */
function lands(tokens: readonly Token[], k: number): boolean {
  // ("needs a good kicking UP THE BACKSIDE": a figure for waking up)
  if (tokens[k + 1]?.text === "up" && tokens[k + 2]?.text === "the" && BACKSIDE.has(tokens[k + 3]?.text ?? "")) return false;
  const onBody = tokens[k + 1]?.text === "in" && tokens[k + 2]?.text === "the" && STRUCK_PART.has(tokens[k + 3]?.text ?? "");
  return BLOW.has(tokens[k]!.text) ? onBody : !defeatAfter(tokens, k) || onBody;
}
/** What follows a blow that is a figure: "a slap ON the wrist", "a punch OF flavour", "a slap FROM reality". */
const BLOW_FIGURE = new Set(["on", "of", "from", "to", "in", "at"]);
/** Who deserves it, before the wish at i: "HE needs…", "ANYONE WHO defends this deserves…", "that REF deserves…". */
const DESERVING_ONE = new Set(["he", "she", "they", "you", "u", "ya", "someone", "somebody", "who", "whoever", "him", "them"]);
function personDeserves(tokens: readonly Token[], text: string, i: number): boolean {
  const before = tokens[i - 1]?.text ?? "";
  if (DESERVING_ONE.has(before) || personWord(before)) return true;
  for (let k = i - 1; k > 0 && k >= i - 10; k--) {
    if (sentenceEnds(text, tokens[k - 1]!, tokens[k]!)) return false;
    if (tokens[k]!.text === "who" && (ANYONE.has(tokens[k - 1]!.text) || personWord(tokens[k - 1]!.text))) return true;
  }
  return false;
}
const BACKSIDE = new Set(["backside", "arse", "ass", "bum", "butt", "behind", "rear", "jacksie"]);
/** What is beaten in a kitchen or a yard: "the egg WHITES need a good beating", "the RUG needs a beating". */
const BEATEN_THING = new Set([
  "whites",
  "eggs",
  "egg",
  "cream",
  "batter",
  "mixture",
  "dough",
  "rug",
  "rugs",
  "carpet",
  "carpets",
  "mattress",
]);
/** The means of violence, as what someone deserves. */
// (not "a beating", "a thrashing": said of elections too, "needs a beating at the polls")
const VIOLENT_MEANS = new Set([
  "bullet",
  "bullets",
  "noose",
  "rope",
  "lynching",
  "firing",
  "beating",
  "beatdown",
  "kicking",
  "thrashing",
  "punch",
  "slap",
  "smack",
  "hiding",
  "kneecapping",
  "leathering",
  "shoeing",
  "raping",
]);
const BLOW = new Set(["punch", "slap", "smack"]);
/** Where a blow lands: "needs a punch in the FACE". */
const STRUCK_PART = new Set(["face", "mouth", "head", "teeth", "nose", "jaw", "gut", "throat"]);
/** "needs a beating AT THE POLLS", "…ON SATURDAY": a defeat, not violence (not "…in the car park"). */
const AT_POLLS = new Set(["at", "in", "on", "from"]);
function defeatAfter(tokens: readonly Token[], k: number): boolean {
  if (!AT_POLLS.has(tokens[k + 1]?.text ?? "")) return false;
  for (let m = k + 2; m < Math.min(tokens.length, k + 5); m++)
    if (ELECTION.has(tokens[m]!.text) || MATCH_DAY.has(tokens[m]!.text)) return true;
  return contestAt(tokens, k, k);
}
/** After "hang" these make it no execution: "hang out", "hang on", "hang up", "hang the picture". */
const HANG_ON = new Set([
  "out",
  "on",
  "up",
  "around",
  "onto",
  "together",
  "tight",
  "in",
  "the",
  "a",
  "an",
  "it",
  "them",
  "that",
  "this",
  "their",
  "his",
  "her",
  "back",
  "loose",
]);
/** Who is run over ("run that guy over"): a pronoun or a person noun. */
const RUN_OVER_PERSON = new Set(["him", "her", "them", "you", "u", "guy", "man", "woman", "dude", "bastard", "idiot", "moron", "clown"]);
const BECOME = new Set(["be", "b", "get", "gets", "got", "been"]);
const POSSESSIVE = new Set(["his", "her", "their", "your", "ur"]);
/** Who "will hang": "they'll hang", "these traitors will hang". */
const FUTURE = new Set(["they'll", "he'll", "she'll", "you'll", "theyll", "youll"]);
const GROUP_SUBJECT = new Set(["they", "he", "she", "you", "traitors", "politicians", "bankers", "billionaires", "globalists", "elites"]);
const WHO_LIVES = new Set(["he", "she", "they", "you", "u"]);
const KNOWER = new Set(["i", "we", "now", "already", "all"]);
const KNOWN_EXACTLY = new Set(["exactly", "precisely", "just"]);
/** Where one lives only in a figure of speech: "…in an echo CHAMBER", "…in a fantasy WORLD". */
const FIGURATIVE_PLACE = new Set([
  "echo",
  "chamber",
  "bubble",
  "fantasy",
  "dreamland",
  "world",
  "land",
  "head",
  "imagination",
  "past",
  "cave",
]);
/** Where someone can be found: "we know where the reporter PARKS". */
const HAUNT = new Set(["live", "lives", "park", "parks", "work", "works", "sleep", "sleeps", "drink", "drinks", "jog", "jogs"]);
/** Buildings set on fire as a threat to those in them ("burn down the mosque"; not "the house": "burn the house down" is a party). */
const BUILDING = new Set(
  ["mosque", "mosques", "church", "churches", "synagogue", "synagogues", "temple", "clinic", "clinics", "embassy", "courthouse"].concat([
    "headquarters",
    "caravan",
    "caravans",
    "office",
    "offices",
    "studio",
    "newsroom",
    "station",
    "shelter",
    "shelters",
    "hostel",
    "hotel",
  ]),
);
/** Where a person lives or drives, burned with them: "burn the landlord's HOUSE down". */
const DWELLING = new Set(["house", "houses", "home", "homes", "flat", "flats", "car", "cars", "farm", "caravan"]);
/** Harm that is only a threat when wished ("I hope he chokes on it"; not "he choked on a sweet", told). */
const wishedHarmAt = phraseMatcher(
  // (not "the team chokes on ITS hubris": a sporting failure; nor "burns in hell", "drowns in debt": curses and figures of speech)
  // ("Hope every anti-vaxxer gets turned away at A&E and chokes on IT": the curse, wished)
  ["his", "her", "their", "your", "it"]
    .flatMap((p) => [`chokes on ${p}`, `choke on ${p}`])
    .concat(
      ["car round a tree", "car around a tree", "falls down the stairs", "falls off a cliff", "falls off a bridge", "rots in a ditch"],
      ["crashes his car", "crashes her car", "brakes fail", "brakes failed", "brake lines fail", "brakes go", "brakes give out"],
      // "Praying Marcus Vale gets something terminal"
      ["get~ something terminal|fatal|incurable"],
      // (probe set GW) "I hope your laptop electrocutes you", "…I hope the nurse unplugs the wrong machine"
      ["electrocute~ you|him|her|them", "unplug~ the wrong machine|plug|ventilator"],
      // (probe set GZ) "Hope a bin lorry reverses over you", "Hope one of them plants a blade in your ribs", "I hope you get
      // doored at full speed and go headfirst under a streetcar"
      ["reverse~ over you|him|her|them", "get~ doored", "bleed~ out", "go~ headfirst|head-first under|into a|the"],
      // (probe set HA) "…and never walk right again", "…watch you go under a bus", "…come out in a bag", "…crushes you",
      // "…empty the magazine", "…go face down in your own effluent pond", "…the cholera take you slowly", "…in the form of
      // brake failure", "…gets flattened by a lorry", "…a heart attack halfway"
      ["never walk~ (right|properly) again", "go~ under a|the bus|train|lorry|truck|tram|tanker|car|van", "come~ out in a bag|bodybag|box"],
      ["crush~|flatten~ you|him|her|them", "empty~ the|a|his magazine|clip", "face down|first in", "take~ you|him|her slowly"],
      ["brake failure", "get~ flattened|crushed|mangled by", "a heart attack|stroke|aneurysm"],
      // (probe set HF) "I hope you snap both ankles at the first marker", "Hope he has the sense to put a pillow over your
      // face one night", "Hope you roll the ute and it lands square on ya"
      ["snap~|break~ both ankles|legs|arms|wrists", "put~ a pillow over your|his|her face", "roll~ the|your|his|her ute|car|truck|van"],
      // (probe set HD) "Wishing Sir Anthony Kell a long, slow death", "I hope Dr Halvorsen's heart packs in", "…and she lands
      // on her neck", "Hope the tax chief drowns in his own infinity pool", "…and suffers for days", "…the lift cable snaps"
      ["long slow|painful death", "slow|painful death", "heart pack~ in|up", "land~ on her|his|their|your neck|head"],
      ["drown~ in his|her|their|your own", "suffer~ for days|weeks|months|years", "cable snap~"],
      ["plant~|stick~|put~|shove~ a blade|knife|shank in|into your|ur|his|her|their ribs|back|neck|gut|belly|throat|side"],
      // (probe set HK) "Hope you burn in your house", "I wish that cyclist had gone under the lorry", "Hope you catch
      // whatever killed the rest of them", "Hope the tumour comes back", "Hopefully the gangs get to him before the police
      // do", "Wish someone would run Councillor Beasley over", "Hope your kids grow up without a dad"
      ["burn~ in your|ur|his|her|their house|home|bed|car|flat|sleep", "gone|went under a|the bus|train|lorry|truck|tram|car|van"],
      ["catch~ whatever killed|kills|took", "tumour|tumor|cancer come~|comes back", "get~ to him|her|them|you before the police|cops"],
      ["run~ councillor|cllr|minister|mayor|judge|senator|president|governor|sheriff @any over", "grow~ up without a|their dad|father"],
      // (probe set HP) "…and die slowly in that car park", "…and dies in agony", "…drives into that ditch at 60", "I hope
      // something just as awful happens to the officer", "…gets its tyres slashed and its wheel nuts loosened"
      ["die~ slowly", "die~ in agony", "drive~ into a|that|the ditch|wall|tree|river|canal|quarry"],
      ["something (just) (as) awful|bad|terrible|horrible|nasty happen~|happens to", "tyres|tires slashed", "wheel nuts loosened"],
    ),
);
const ROAD_VEHICLE = new Set(["car", "van", "truck", "lorry", "ute", "motorbike", "tractor", "suv", "limo", "bike", "coach", "4x4", "bus"]);
/** The kind of someone's vehicle: "his TOUR bus", "the club's TEAM coach". */
const OWNED_VEHICLE_KIND = new Set(["tour", "team", "campaign", "battle", "company", "private", "new", "posh", "flash", "fancy"]);
const WRECKED = new Set(
  ["crash", "crashes", "skid", "skids", "flip", "flips", "veer", "veers", "careers", "career", "plunge", "plunges"].concat([
    "spin",
    "spins",
    "explode",
    "explodes",
    "overturn",
    "overturns",
    "rolls",
    "roll",
  ]),
);
const AIRCRAFT = new Set(["plane", "jet", "helicopter", "chopper", "flight"]);
/** "SEE WHO SHOWS UP" after a quarrel's next round: the end of those words at k, or -1. */
const seeWhoShowsUpAt = phraseMatcher(["see who shows|turns up"]);
/** "…what happens", or "…what a broken jaw feels like": the end of what one finds out, or -1. */
function findsOutEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text === "happens") return k;
  for (let m = k + 1; m < Math.min(tokens.length - 1, k + 5); m++)
    if (tokens[m]!.text === "feels" && tokens[m + 1]!.text === "like") return m + 1;
  return -1;
}
/** Where one is found: "I know which gym you GO to", "what town you'RE in". */
const WHERE_YOU_ARE = new Set(["go", "live", "work", "drive", "park", "are", "train", "shop", "walk", "write", "pray", "drink", "sit"]);
/** What one keeps doing that a menace answers: "keep TALKING and you'll find out what happens". */
const KEEP_AT_IT = new Set([
  "talking",
  "running",
  "mouthing",
  "posting",
  "lying",
  "pushing",
  "it",
  "this",
  "that",
  "trolling",
  "provoking",
]);
/** What one "faces" that is an execution: "should face a firing squad". */
const GALLOWS = new Set(["firing", "noose", "rope", "gallows", "guillotine", "lynch", "chair", "bullet"]);
/** Who wants to "see" it: "I'd love to see him hanged", "can't wait to see…", "pay good money to see…". */
const SEE_WISH = new Set(["love", "like", "want", "wait", "money", "pay", "enjoy", "hope", "happy", "glad"]);
/** A word naming people, as the subject just before a wish: "THEY should be…", "these TRAITORS should…". */
function personWord(w: string): boolean {
  const t = w.replace(/'s$/, "");
  return OBJECT.has(t) || GROUP_SUBJECT.has(t) || personNoun(t);
}
/** (not pigs or dogs: "the scraps should be fed to the pigs") */
const PREDATORS = new Set(["sharks", "lions", "crocodiles", "alligators"]);
/** Someone cast where they would drown or fall: "should be THROWN IN the Thames", "tossed OFF a bridge". */
const CAST = new Set(["thrown", "dumped", "tossed", "chucked", "pushed", "dropped"]);
const WATER_OR_DROP = new Set([
  ...["river", "thames", "canal", "sea", "lake", "ocean", "harbour", "harbor", "sewer", "bridge", "cliff", "roof", "balcony"],
  ...["atlantic", "channel", "quarry", "volcano", "woodchipper", "chipper", "furnace", "mersey", "clyde", "liffey", "hudson"],
  ...["potomac"],
]);
const VEHICLE = new Set(["bus", "car", "truck", "train", "lorry", "tram", "tractor", "semi"]);
export const VIOLENT_PARTICIPLE = new Set([
  "shot",
  "killed",
  "hanged",
  "hung",
  "beaten",
  "beat",
  "lynched",
  "executed",
  "raped",
  "stabbed",
  "murdered",
  "burned",
  "burnt",
  "tortured",
  "gassed",
  "strangled",
  "beheaded",
  "exterminated",
  "slaughtered",
  "butchered",
  "euthanized",
  "shanked",
  "whipped",
  "flogged",
  "stoned",
  "punched",
  "curbstomped",
  "kneecapped",
  "mowed",
  "knifed",
  "glassed",
  "torched",
  "poisoned",
  "lynched",
  "drowned",
  "castrated",
  "guillotined",
  "strung",
  "ambushed",
  "disembowelled",
  "disemboweled",
  "dismembered",
  "maimed",
  ...["choked", "throttled", "smothered", "battered", "decked", "bottled", "headbutted", "trampled", "crucified", "rammed"],
  "necklaced",
]);
/** Where a public life is harmed: "crucified in THE PRESS", "slaughtered at THE POLLS", "butchered by THE VOTERS". */
const PUBLIC_ARENA = new Set([...ELECTION, "press", "media", "papers", "tabloids", "voters", "electorate", "reviews", "headlines"]);
/** Harm done to a public life, not a body: "should be hung OUT TO DRY", "deserves to be crucified IN THE PRESS". */
function publicHarm(tokens: readonly Token[], p: number): boolean {
  const next = tokens[p + 1]?.text;
  if ((tokens[p]!.text === "hung" || tokens[p]!.text === "hanged") && next === "out" && tokens[p + 2]?.text === "to") return true;
  if (next !== "in" && next !== "by" && next !== "at" && next !== "on") return false;
  for (let m = p + 2; m < Math.min(tokens.length, p + 5); m++) if (PUBLIC_ARENA.has(tokens[m]!.text)) return true;
  return false;
}
/** Menacing set phrases, as normalised tokens. */
const phraseAt = phraseMatcher(MENACING_PHRASES);

/** Where a person is put that is their death or injury: "put the mayor IN THE GROUND". */
const GRAVE = [
  ...["in the ground", "six feet under", "in a body bag", "in the hospital", "in hospital", "in an early grave", "in the grave"],
  ...["in a grave", "in a coffin", "in the morgue", "in a wheelchair", "in a box"],
].map((g) => g.split(" "));
const PUT = new Set(["put", "putting", "puts"]);
/** A first person or "someone" subject, or a wish, in the `window` words before token i: said as a threat, not told. */
/** A wish ("hope", "wish", "pray", "hopefully") among the three words before `i`. */
function wishWordBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (WISHING.has(tokens[k]!.text)) return true;
  return false;
}
const WISHING = new Set(["hope", "wish", "pray", "hopefully", "praying", "hoping"]);

/**
 * A threat verb's base form from its third person ("shoots", "punches"), else the word itself
 * (arson, "burns his office down…", is read with what burns, below).
 */
function baseOfThirdPerson(v: string): string {
  const base = v.endsWith("es") && THREAT_VERBS.has(v.slice(0, -2)) ? v.slice(0, -2) : v.endsWith("s") ? v.slice(0, -1) : v;
  return THREAT_VERBS.has(base) && !ARSON.has(base) ? base : v;
}

function wishedBefore(tokens: readonly Token[], i: number, window: number): boolean {
  for (let k = Math.max(0, i - window); k < i; k++) if (SUBJECT.has(tokens[k]!.text) || WISH.has(tokens[k]!.text)) return true;
  return false;
}

/** "…burns his office down WITH HIM IN IT": arson wished on a third person (said of "you", a phrase above). */
// ("…floods WITH YOU AND THE KIDS STILL IN IT": "you" too, wished; "with you in it" alone is a threat anywhere)
const inItAt = phraseMatcher(
  ["him", "her", "them", "you"].flatMap((p) => [
    `with ${p} (still) in it`,
    `with ${p} (still) inside`,
    `with ${p} and the|your|his|her|their kids|family|children|wife|husband|dog (still) in it`,
    `with ${p} and the|your|his|her|their kids|family|children|wife|husband|dog (still) inside`,
  ]),
);
const ARSON = new Set(["torch", "burn", "firebomb", "bomb", "petrol", "blow"]);
/** What befalls a house with people in it: "burns down", "floods", "torch their homes". */
const DISASTER = new Set([
  ...["torch", "torches", "torched", "burn", "burns", "burned", "burnt", "burning", "firebomb", "firebombs", "bomb", "bombs", "petrol"],
  ...["blow", "blows", "fire", "fires", "flames", "flood", "floods", "flooded", "collapse", "collapses", "sink", "sinks", "explode"],
  ...["explodes", "crash", "crashes", "falls", "fall"],
]);
const PLACE_GOES_ON = new Set(["wing", "ward", "bed", "beds", "room", "car", "lot", "parking", "garden", "floor", "level", "basement"]);

/**
 * "Someone should put the mayor in the ground", "I'd love to put that senator six feet under": a
 * person put in a grave, wished or said by a first person or someone, or ordered (the clause's first
 * word). Not things ("put the seeds in the ground") nor causes ("smoking will put him in an early grave").
 */
function putInGrave(tokens: readonly Token[], text: string, i: number): number {
  const named = personAt(tokens, i + 1);
  if (named < 0) return -1;
  // (a title and two names: "put Councillor Derek WHITLOW in the ground")
  const p = TITLE.has(tokens[i + 1]!.text) && isNameLike(tokens, named + 1) && tokens[named + 2]?.text === "in" ? named + 1 : named;
  const grave = GRAVE.find((g) => g.every((w, k) => tokens[p + 1 + k]?.text === w));
  // (not "put them in the hospital WING")
  if (!grave || PLACE_GOES_ON.has(tokens[p + 1 + grave.length]?.text ?? "")) return -1;
  return (i === 0 || wishedBefore(tokens, i, 6)) && !reportedOrNegated(tokens, i, text) ? p + grave.length : -1;
}

/** What dies that is no one: "I hope the BILL dies in committee", "this PLAN should die". */
const THING_DIES = new Set([
  ...["bill", "law", "plan", "idea", "deal", "proposal", "motion", "project", "program", "programme", "scheme", "policy", "tax"],
  ...["amendment", "it", "this", "treaty", "measure", "legislation", "budget", "initiative", "campaign", "story", "rumor"],
  ...["rumour", "trend", "show", "series", "franchise", "app", "company", "business", "pipeline", "merger", "talks", "strike"],
  ...["career", "careers", "presidency", "premiership", "tenure", "reign", "hopes", "chances"],
  // an argument wished dead: "the rigged-poll ARGUMENT needs to die" (not "line": "the dealer on our LINE")
  ...["argument", "arguments", "narrative", "narratives", "myth", "myths", "trope", "tropes", "theory", "rhetoric", "nonsense"],
  ...["excuse", "excuses", "meme", "notion", "conspiracy"],
]);

/** What names a thing only as a subject ("THIS should die"), and comes before a person as an object ("shank THIS guy"). */
const THIS_IT = new Set(["this", "it"]);
/** noThingDies, but an "it" after the hope's first word is what is caught, not what dies ("hope every anti-vaxxer catches IT and dies"). */
function noThingHopedDead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (THING_DIES.has(t) && !(k > from && (t === "it" || t === "this"))) return false;
  }
  return true;
}

/**
 * Does what dies name no thing? Tokens [from, to) hold who dies ("I hope HE dies", "HE should die"; "THIS MINISTER must
 * be necklaced" names a person, probe set JE).
 */
function noThingDies(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k]!.text;
    if (THING_DIES.has(t) && !(THIS_IT.has(t) && personNoun(tokens[k + 1]?.text ?? ""))) return false;
  }
  return true;
}

/** Menace said in words that vary: inflections (`run~`), alternatives (`door|gate`), optional words, a person (`@who`). */
const menacePhraseAt = phraseMatcher(VARIED_MENACE_PHRASES, {
  who: (tokens, k) => personAt(tokens, k),
  // a person, not one whose thing is meant: "take the axe to the chief exec's BONUS"
  whom: (tokens, k) => {
    const p = personAt(tokens, k);
    return p >= 0 && !tokens[p]!.text.endsWith("'s") ? p : -1;
  },
  // a person, or someone's relative or worker: "want YOUR MUM to…" (where @who stops at "your")
  someone: (tokens, k) => (POSSESSIVE.has(tokens[k]?.text ?? "") && personNoun(tokens[k + 1]?.text ?? "") ? k + 1 : personAt(tokens, k)),
  // a name as an owner, "break TANNER'S legs" (not "it's", "there's": words that end so)
  owner: (tokens, k) => {
    const t = tokens[k]?.text ?? "";
    return t.endsWith("'s") && t.length > 4 && !CONTRACTED_IS.has(t) ? k : -1;
  },
});
const CONTRACTED_IS = new Set(["that's", "what's", "there's", "here's", "where's", "who's", "she's", "let's", "one's", "how's", "else's"]);

/** What "your" may own that no blow lands on: "hurt your FEELINGS", "destroy your ARGUMENT". */
const ABSTRACT_OWNED = new Set(
  ["feelings", "feeling", "ego", "pride", "argument", "arguments", "case", "chances", "credibility", "point", "logic", "theory"].concat([
    "team",
    "side",
    "party",
    "candidate",
    "record",
    "score",
    "portfolio",
    "reputation",
    // ("We'll end your LOSING streak on Saturday", "I'll end your SUSPENSE")
    ...["streak", "losing", "winning", "unbeaten", "hopes", "run", "suspense", "confusion", "curiosity", "wait", "worries"],
    // ("Hope someone hangs his PORTRAIT in the town hall")
    ...["portrait", "picture", "photo", "painting", "shirt", "jersey", "medal", "medals", "coat", "jacket"],
  ]),
);
/** After "your"/"his": a thing (or a team, by its capitalised name: "bury your Red Sox"), not the person. */
function notThePerson(tokens: readonly Token[], text: string, k: number): boolean {
  const owned = tokens[k];
  if (!owned) return false;
  return ABSTRACT_OWNED.has(owned.text) || /^[A-Z]/.test(text.slice(owned.start, owned.end));
}

/** "Would be a shame if…", the threat of the protection racket. */
const shameAt = phraseMatcher([
  ...["shame if something happened", "be a real shame", "would be a shame if", "be a shame if"],
  // "Shame if the brakes stopped working one morning"
  "shame|pity if the|your|ur|his|her|their brakes|brake|steering",
]);
/** A mafia's "shame if" after "nice dog you've got": "Shame if it got out one night" is about the thing admired. */
const shameIfItAt = phraseMatcher([
  "shame|pity if it|he|she got out|loose|scratched|keyed|damaged|burned|burnt|torched|smashed",
  "shame|pity if it|he|she went missing",
  "shame|pity if it|he|she caught fire",
]);
const ADMIRED = phraseMatcher(["nice|lovely|cute|beautiful @any you've|youve|you|ya|u got", "nice|lovely|cute|beautiful @any you|u have"]);
/** Harm left vague and then shrugged at: "if something bad happened to that board… I wouldn't shed a tear". */
const somethingHappenedAt = phraseMatcher(
  ["if something|anything (bad|terrible|nasty|awful|horrible|serious) happened|happens|happen to @who"],
  {
    who: (tokens, k) => {
      const person = personAt(tokens, k);
      return person >= 0 ? person : bodyAt(tokens, k);
    },
  },
);
/** People as a body: "that whole school BOARD", "the CABINET", "that LOT". */
const BODY = new Set(["board", "council", "committee", "cabinet", "government", "family", "lot", "crew", "mob", "club", "union", "panel"]);
function bodyAt(tokens: readonly Token[], k: number): number {
  if (!DETERMINER.has(tokens[k]?.text ?? "")) return -1;
  for (let m = k + 1; m < Math.min(tokens.length, k + 5); m++) if (BODY.has(tokens[m]!.text)) return m;
  return -1;
}
/** What no one would do about violence done: "nobody would STOP IT", "no jury would CONVICT". */
const noOneWouldStopAt = phraseMatcher([
  "nobody|noone would|will|'d stop|stops it|them|him|her",
  "nobody|noone would|will|'d lift a finger",
  "no jury would|will|'d (ever) convict",
  "no jury in (this|the|that) @any would|will|'d (ever) convict",
  "wouldn't|wouldnt call an|the ambulance",
]);
/**
 * Violence wished and denied before token i: "I'm NOT SAYING the principal should be dragged out and BEATEN", "Not
 * saying anyone should HURT the Senator".
 */
function violenceDeniedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k < i; k++) {
    if ((tokens[k]!.text !== "saying" && tokens[k]!.text !== "suggesting") || tokens[k - 1]!.text !== "not") continue;
    for (let m = k + 1; m < Math.min(i, k + 14); m++) {
      const w = tokens[m]!.text;
      // ("KICKED to bits": a verb's past participle)
      if (THREAT_VERBS.has(w) || VIOLENT_PARTICIPLE.has(w) || w === "hurt" || (w.endsWith("ed") && THREAT_VERBS.has(w.slice(0, -2))))
        return true;
    }
  }
  return false;
}
const shrugAt = phraseMatcher([
  "wouldn't|wouldnt|won't|wont|not shed|lose a|any tear|tears|sleep",
  "wouldn't|wouldnt|won't|wont cry|mourn|grieve",
  "nobody|noone would|will|'d shed|lose a|any tear|tears|sleep",
  "might|may even throw|have a party",
  "crack~ open the champagne|bubbly|good",
  "buy~|buying the whole pub|bar|street (a) round|drinks|pint|pints",
  "buy~|buying everyone a drink|pint|round",
  "drinks are|r on me",
  "would|will anyone|anybody (actually|really|even) cry|care|mourn|miss",
  "throw~|throwing a party",
  "pop~|popping the champagne|bubbly|cork|corks",
]);
/** Whose things a "shame if" is about: "nice car YOU'VE got", "YOUR kids", "HER cat". */
const BELONGINGS = new Set([
  ...["your", "yours", "ur", "you've", "youve", "his", "her", "their", "@user", "him", "reg"],
  ...["house", "home", "car", "truck", "kids", "family", "wife", "husband", "daughter", "son", "dog", "cat", "children"],
]);
function belongingsInView(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (BELONGINGS.has(t.text.replace(/'s$/, ""))) return true;
  return false;
}

/** Weapons drawn in emoji; with a meeting promised ("see you soon") they are a threat. */
const WEAPON_EMOJI = new Set(["🔪", "🗡", "🗡️", "🔫", "🪓", "💣", "⚰️", "⚰"]);
const meetingAt = phraseMatcher([
  "see you soon|tonight|later|around|outside",
  // "…meet whoever wrote that in a dark alley. Just for a chat 🔪"
  "in a dark alley|alleyway",
  "see u soon|tonight|later|around|outside",
  "coming for you|u",
  "you're|youre|ur next",
  "you are next",
  "watch your back",
  "swing by",
  "drop by your|ur",
  "pay you a visit",
  "you're|youre|ur first on the|my list",
  "you are first on the|my list",
  "i'll|ill|we'll find you|u",
  "you know who you are",
  "let's|lets just say",
  "security can't|cannot cover everyone",
]);

const MESSAGES = new Set(["comments", "comment", "messages", "message", "posts", "post", "replies", "dms", "trolls", "stuff", "culture"]);
/** Telling someone to do a thing, reported: "people TELLING her to kys". */
const TELLING = new Set(["telling", "told", "tell", "tells"]);
/** "yourself" as typed: "kill URSELF". */
const YOURSELF = new Set(["yourself", "urself", "yourselves", "yerself", "yrself", "yaself"]);

/** Words that strengthen "a shame" without changing it: "a REAL shame", "a TERRIBLE tragedy". */
const SUCH_A = new Set(["real", "terrible", "great", "crying", "awful", "darn", "damn", "right"]);
/** What "it would be a … if" wishes on someone when harm follows: "a SHAME if", "TRAGIC if", "HILARIOUS if". */
const WOULD_BE_A_SHAME = new Set(["shame", "tragedy", "pity", "unfortunate", "tragic", "hilarious", "funny"]);
/**
 * Token i said in the conditional: "(it'd) be a shame", "be a REAL tragedy" (a noun after "be a"),
 * "wouldn't it be tragic", "would be REAL unfortunate" (an adjective after "be").
 */
function wouldBe(tokens: readonly Token[], i: number): boolean {
  const [b3, b2, b1] = [tokens[i - 3]?.text, tokens[i - 2]?.text, tokens[i - 1]?.text ?? ""];
  return b2 === "be" || b1 === "be" || (b3 === "be" && ((b2 === "a" && SUCH_A.has(b1)) || (b2 === "such" && b1 === "a")));
}
/** Harm that befalls someone or their things, as two words: "caught fire", "blew up". */
const ENDED = new Set(["ended", "end", "ends", "topped", "top", "offed", "off", "killed", "kill"]);
const SELF_END = new Set(["it", "themselves", "yourself", "urself", "himself", "herself", "yourselves"]);
const FIRST_PERSON_SUBJECT = new Set(["i", "i'll", "i'm", "im", "i'd", "ima", "imma", "i'ma", "we", "we'll", "we're"]);
const HE_SHE = new Set(["he", "she", "he's", "she's"]);
const PARTICLE = new Set(["out", "up", "down", "off", "in", "on", "away", "back", "over", "it", "all", "everyone", "everybody", "them"]);
/** What follows an illness looked for, not wished: "gets something terminal DIAGNOSED early". */
const CARE_AFTER = new Set(["diagnosed", "detected", "spotted", "checked", "caught", "screened", "treated"]);
const ANY_ONE = new Set(["a", "an", "any", "someone", "somebody", "anyone", "anybody", "nobody", "people", "kids", "children"]);
const FELL = new Set(["fell", "falls", "fall", "tumbled", "tumbles", "slipped", "slips"]);
const DROP = new Set(["stairs", "staircase", "steps", "cliff", "bridge", "roof", "balcony", "ladder", "escalator", "pier", "platform"]);
const HARM_BEFALLS = new Map([
  ["caught", "fire"],
  ["burned", "down"],
  ["burnt", "down"],
  ["went", "missing"],
  // "…if the referee's kids got followed home from school"
  ["followed", "home"],
  ["blew", "up"],
  // "…if his yacht SANK WITH him on board"
  ["sank", "with"],
]);
/** A person or what is theirs among tokens [from, to): "the councillor's office", "his house", "the mayor". */
function someonesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (BELONGINGS.has(t) || personNoun(t) || TITLE.has(t) || (t.endsWith("'s") && !NOT_SOMEONES.has(t))) return true;
  }
  return false;
}
const NOT_SOMEONES = new Set(["it's", "that's", "there's", "what's", "here's", "who's", "where's", "he's", "she's"]);
/** What befalls someone "accidentally", in scare quotes: "'accidentally' REVERSED OVER that cyclist". */
const ACCIDENT_HARM = new Set(
  ["reversed", "reverses", "ran", "runs", "run", "rolled", "rolls", "hit", "hits", "fell", "falls", "pushed", "pushes"].concat([
    "doored",
    "knocked",
    "knocks",
    "backed",
    "backs",
    "drove",
    "drives",
    "shot",
    "shoots",
    "tripped",
    "trips",
    "into",
    "over",
  ]),
);
/** A visit that is a menace after "it would be a pity if…": "an unexpected VISITOR". */
const VISIT = new Set(["visitor", "visitors", "visit"]);
/** Brakes that fail, said of someone's car as a wish. */
const BRAKES_FAIL = new Set(["failed", "fail", "failing", "gave", "went", "quit"]);

/** Who is lucky when the luck is one's own: "WE'RE lucky we're civilised". */
const OUR_LUCK = new Set(["we're", "were", "we", "i'm", "im", "i", "am", "us"]);

/** Where a menace phrase has someone wait for you (an appointment, when "for" or "at" a time follows). */
const WAITING = new Set(["standing", "waiting", "sitting", "lurking", "be"]);

/** Set phrases that are advice, regret or errands with what follows them: "watch your back ON that road", "you'll be sorry YOU missed it". */
const INNOCENT_AFTER = new Map<string, ReadonlySet<string>>([
  // ("watch your back LINE, United": a team's defence)
  ["back", new Set(["on", "in", "at", "when", "while", "around", "near", "crossing", "out", "line", "four", "three", "five"])],
  ["sorry", new Set(["you", "that", "to", "about", "for", "u"])],
  // "you'll regret this VOTE when the bills arrive": a prediction about a choice
  ["this", new Set(["vote", "decision", "purchase", "choice", "move", "deal", "policy", "plan", "one", "election", "result"])],
  ["bleed", new Set(["the", "them", "him", "her", "us", "dry", "money", "cash", "red", "out"])],
  // "put down ON the waiting list", "FOR a deposit"
  ["down", new Set(["on", "for", "as", "in", "to", "a", "some", "one", "another"])],
  // "hope we never meet SUCH a storm again"
  ["meet", new Set(["such", "a", "another", "that", "this", "those"])],
  // "what happens to your KIND OF garden"
  ["kind", new Set(["of"])],
  // "people like you have accidents AT work more often, the report says"
  ["accidents", new Set(["at", "in", "on", "more", "when", "while", "because", "than"])],
  // "go find a tall bridge and finish the job OF painting it"
  ["job", new Set(["of", "on", "for"])],
  // "I'll show you pepper SOUP like you've never tasted"
  ["pepper", new Set(["soup", "sauce", "stew", "spray", "steak"])],
  // "someone get a rope LADDER for the treehouse"
  ["rope", new Set(["ladder", "swing", "bridge", "course", "light", "lights", "for"])],
  // "bringing a rope and finding a tree FOR the kids' swing"
  ["tree", new Set(["for", "to", "in", "at", "house", "swing"])],
  // "to the courthouse with petrol PRICES at a record high"
  ["petrol", new Set(["prices", "price", "station", "stations", "money", "costs", "cost", "bill", "tax", "duty"])],
  ["gas", new Set(["prices", "price", "station", "stations", "money", "costs", "cost", "bill", "tax", "mark"])],
  // "on my property you're not leaving it OPEN"
  ["it", new Set(["open", "unlocked", "running", "behind", "lying", "parked", "there", "unattended", "like"])],
  // "I have your address PROBLEM too", "found your address BOOK"
  // ("I've got your address WRONG, sorry")
  ["address", new Set(["problem", "problems", "issue", "issues", "book", "bar", "label", "labels", "form", "field", "details", "wrong"])],
  // "wishing that player an injury-FREE season", "want them to suffer THE consequences"
  ["injury", new Set(["free", "update", "updates", "list", "report", "time", "clinic", "claim", "lawyer"])],
  ["suffer", new Set(["consequences", "defeat", "relegation", "fools", "less"])],
  // "give the kids a bullet JOURNAL"
  ["bullet", new Set(["journal", "journals", "point", "points", "train", "proof", "list", "chess", "time"])],
  // "found your IP CAMERA settings guide"
  ["ip", new Set(["camera", "cameras", "settings", "setting", "rating", "phone", "router", "range", "problem", "issue"])],
]);
const MONEY_OWED = new Set(["refund", "rebate", "payout", "compensation", "cheque", "pension", "bonus", "backpay", "money"]);
/** What one checks under a car for, innocently: "check under your car FOR HEDGEHOGS" (not "…for a present"). */
const SHELTERING = new Set(["hedgehogs", "hedgehog", "cats", "cat", "kittens", "kitten", "animals", "wildlife", "pets", "foxes", "toads"]);
/** Where someone lives, known as a neighbour knows it: "I know where you live Sue, we're literally NEIGHBOURS!" (probe set IM). */
const NEIGHBOURS = new Set(["neighbours", "neighbour", "neighbors", "neighbor", "neighbouring", "neighboring"]);
function knownAsNeighbour(tokens: readonly Token[], end: number): boolean {
  if (!LIVES_OR_WORKS.has(tokens[end]!.text)) return false;
  for (let k = end + 1; k < Math.min(tokens.length, end + 12); k++) {
    const w = tokens[k]!.text;
    // ("…she's two DOORS DOWN from us", "…SAME flooded street AS ME!")
    if (
      NEIGHBOURS.has(w) ||
      (w === "next" && tokens[k + 1]?.text === "door") ||
      (w === "doors" && DOWN_THE_ROAD.has(tokens[k + 1]?.text ?? "")) ||
      (w === "same" && sameAsMe(tokens, k))
    )
      return true;
  }
  return false;
}
const LIVES_OR_WORKS = new Set(["live", "work", "lives", "works"]);
/** "the SAME (flooded) street AS ME|US": a place shared with the writer. */
function sameAsMe(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < Math.min(tokens.length - 1, k + 4); m++)
    if (tokens[m]!.text === "as") return tokens[m + 1]!.text === "me" || tokens[m + 1]!.text === "us" || tokens[m + 1]!.text === "mine";
  return false;
}
const DOWN_THE_ROAD = new Set(["down", "up", "along", "away"]);

function innocentAfter(tokens: readonly Token[], end: number): boolean {
  if (end < 0) return false;
  if (knownAsNeighbour(tokens, end)) return true;
  // ("…taking out the back and PUTTING OUT OF ITS misery": a thing's misery ended, not a person's)
  if (
    (tokens[end]!.text === "putting" || tokens[end]!.text === "put") &&
    tokens[end + 1]?.text === "out" &&
    tokens[end + 3]?.text === "its"
  )
    return true;
  const car = tokens[end]!.text === "car" || tokens[end]!.text === "cars";
  if (car && tokens[end + 1]?.text === "for" && SHELTERING.has(tokens[end + 2]?.text ?? "")) return true;
  // ("…under your car Jenny, a HEDGEHOG was nesting under mine": the animal named just after)
  if (car && tokens.slice(end + 1, end + 11).some((t) => SHELTERING.has(t.text))) return true;
  // ("I'd sleep with one eye open IF I WERE THE CHANCELLOR": advice to someone else, not "…if I were you")
  const [a1, a2, a3] = [tokens[end + 1]?.text, tokens[end + 2]?.text, tokens[end + 3]?.text];
  if (tokens[end]!.text === "open" && a1 === "if" && a2 === "i" && a3 === "were" && !YOU.has(tokens[end + 4]?.text ?? "")) return true;
  // ("you'll get what's coming to you, A REFUND hopefully": money owed)
  if (tokens[end]!.text === "coming" && tokens.slice(end + 1, end + 6).some((t) => MONEY_OWED.has(t.text))) return true;
  // "have your IP ADDRESS problem too": the address is part of the thing named
  const last = tokens[end]!.text === "ip" && tokens[end + 1]?.text === "address" ? end + 1 : end;
  // (but "Pity the crash didn't finish the job ON HER": a person the job was on; probe set IV)
  if (tokens[end]!.text === "job" && tokens[end + 1]?.text === "on" && personAt(tokens, end + 2) >= 0) return false;
  // ("…to suffer THE consequences")
  const next = tokens[last]!.text === "suffer" && tokens[last + 1]?.text === "the" ? last + 2 : last + 1;
  return INNOCENT_AFTER.get(tokens[last]!.text)?.has(tokens[next]?.text ?? "") === true;
}

/** Menace only as the whole rest of a sentence (CLAUSE_FINAL_MENACE_PHRASES). */
const finalMenaceAt = phraseMatcher(CLAUSE_FINAL_MENACE_PHRASES);

/** A clause-final menace: [from, to], or null. */
function findFinalMenace(tokens: readonly Token[], text: string): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const end = finalMenaceAt(tokens, i);
    if (end >= 0 && closesSentence(tokens, text, end) && !negatedAt(tokens, i, text)) return [i, end];
  }
  return null;
}

/** The sentence ends after token k, or after a name called there: "Sleep light, Greg." */
/** Said in a menace's closing breath as a pretended kindness: "You'll learn it soon enough, LOVE." (probe set KF) */
const ENDEARMENT = new Set(["love", "luv", "hun", "sweetheart", "darling", "sunshine", "pet", "babe", "petal", "duck"]);
function closesSentence(tokens: readonly Token[], text: string, k: number): boolean {
  if (lastOfSentence(tokens, text, k)) return true;
  const next = tokens[k + 1]!;
  // (a title too: "Enjoy your last Christmas, JUDGE."; or a plea: "…don't wake up, PLEASE")
  const called =
    /^[A-Z@]/.test(text.slice(next.start, next.end)) ||
    VOCATIVE_NOUN.has(next.text) ||
    ENDEARMENT.has(next.text) ||
    TITLE.has(next.text) ||
    next.text === "please";
  return called && text.slice(tokens[k]!.end, next.start).includes(",") && lastOfSentence(tokens, text, k + 1);
}

/**
 * A curse said as an order, the whole of its sentence (probe set HK): "Get cancer Steph. Slowly.", "Choke on it
 * Marcus." (not "Get cancer screening done", "the dog will choke on it").
 */
const curseAt = phraseMatcher(["get cancer|aids|ebola|covid|sepsis|leprosy|rabies|gangrene", "choke on it|that|this"]);
const ORDER_BEFORE = new Set(["go", "just", "please", "pls", "and", "now"]);
function findCurse(tokens: readonly Token[], text: string, i: number): [number, number] | null {
  const end = curseAt(tokens, i);
  if (end < 0) return null;
  const ordered = i === 0 || sentenceEnds(text, tokens[i - 1]!, tokens[i]!) || ORDER_BEFORE.has(tokens[i - 1]!.text);
  if (!ordered || negatedAt(tokens, i, text)) return null;
  // the sentence ends there, or after a name called with or without its comma ("…on it Marcus."), or "…and die"
  const named = /^[A-Z@]/.test(text.slice(tokens[end + 1]?.start ?? 0, tokens[end + 1]?.end ?? 0)) && lastOfSentence(tokens, text, end + 1);
  const andDie = tokens[end + 1]?.text === "and" && DIE.has(tokens[end + 2]?.text ?? "");
  return closesSentence(tokens, text, end) || named || andDie ? [i, andDie ? end + 2 : end] : null;
}

/** Menace that a fuller construction may follow ("I will find you AND HURT YOU"): matched last. */
const menaceAt = phraseMatcher([
  "i|we will find you|u",
  "i'll|ill|we'll find you|u",
  "gunna|gonna find you|u",
  "i'm|im|we're going to find you|u",
  "i am going to find you|u",
  "we are going to find you|u",
]);

/** What one finds for someone: "I'll find you A LINK", "…THE STUDY", "…SOME sources". */
const FOUND_FOR_YOU = new Set([
  ...["a", "an", "the", "some", "one", "it", "that", "this", "more", "those", "these", "something", "anything", "another"],
  ...["link", "links", "source", "sources", "data", "proof", "evidence", "info", "numbers", "figures", "article", "study", "quote"],
  ...["better", "cheaper", "plenty", "any", "my", "our", "his", "her", "their", "somewhere", "someone", "somebody"],
]);
/** What one shoots someone that is sent: "shoot you a quick LINK", "…an EMAIL". */
const SENT = new Set(["link", "message", "msg", "email", "e-mail", "dm", "text", "pm", "note", "line", "invite", "reply", "wave"]);
const sentAfter = (tokens: readonly Token[], k: number) => tokens.slice(k, k + 3).some((t) => SENT.has(t.text));
/** Where friends look for each other: "I'll find you AT THE MEETUP", "…in the bar". */
const MEETING_PLACE = new Set([
  ...["meetup", "meetups", "reunion", "party", "afterparty", "conference", "gig", "concert", "festival", "bar", "pub", "drinks"],
  ...["event", "launch", "signing", "social", "picnic", "bbq", "barbecue", "stall", "booth", "lobby", "reception", "foyer"],
]);
const AT_PLACE = new Set(["at", "in", "by", "near"]);
function meetingPlaceAfter(tokens: readonly Token[], end: number): boolean {
  if (!AT_PLACE.has(tokens[end + 1]?.text ?? "")) return false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 8); k++) if (MEETING_PLACE.has(tokens[k]!.text)) return true;
  return false;
}
const WRITTEN_THING = new Set(["this", "it", "these", "the", "this article", "his", "her"]);
/** "WHOEVER wrote this should be…": a person, though "this" stands before the wish at i. */
function authorNamedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (WHO_DID.has(tokens[k]!.text)) return true;
  return false;
}

const SOMEONE = new Set(["someone", "somebody"]);
const DISOWNING = new Set(["saying", "suggesting"]);
/** Another's words reported in the five words before token i: "someone WHO SAID the referee should be beaten up" (not "I said…"). */
function reportedOfAnother(tokens: readonly Token[], text: string, i: number): boolean {
  // ("I'LL SEND you letters saying we'll burn your house down": the writer's own message)
  if (sentByWriter(tokens, i)) return false;
  // (in the threat's sentence: "Thank god someone finally SAID it. Kill every last one of that cartel.")
  for (let k = sentenceStartWithin(tokens, text, i, 5); k < i; k++)
    if (
      REPORTING.has(tokens[k]!.text) &&
      !NOT_REPORTED_SPEECH.has(tokens[k]!.text) &&
      !saidByWriter(tokens, k) &&
      // ("I'm not saying…", and "Not saying…" opening the comment: the writer's)
      !(tokens[k - 1]?.text === "not" && (k === 1 || saidByWriter(tokens, k - 1))) &&
      tokens[k - 1]?.text !== "just" &&
      // ("as THE saying goes": a noun)
      tokens[k - 1]?.text !== "the" &&
      !authorNamed(tokens, k)
    )
      return true;
  return false;
}
function neededOrCounterfactual(tokens: readonly Token[], i: number): boolean {
  const v = tokens[i - 1]?.text === "re" ? i - 1 : i;
  if (tokens[v - 1]?.text === "to" && tokens[v - 2]?.text === "had") return true;
  // what a thing could do: "That TACKLE COULD break his legs", "a CHALLENGE like that CAN snap an ankle" (probe set JM)
  if (MIGHT.has(tokens[v - 1]?.text ?? ""))
    for (let k = v - 2; k >= Math.max(0, v - 4); k--) if (HARMFUL_THING.has(tokens[k]!.text)) return true;
  return (
    tokens[v - 1]?.text === "have" &&
    (tokens[v - 2]?.text === "could" || tokens[v - 2]?.text === "might") &&
    /ed$|en$/.test(tokens[i]!.text)
  );
}
const MIGHT = new Set(["could", "might", "can", "may"]);
/** Things that harm by accident: "that TACKLE could break his legs". */
const HARMFUL_THING = new Set(
  ["tackle", "tackles", "challenge", "challenges", "fall", "crash", "injury", "collision", "ice"].concat([
    "pothole",
    "potholes",
    "accident",
    "lorry",
    "machine",
    "stairs",
    "ladder",
    "kick",
    "blow",
    "impact",
  ]),
);
/**
 * Saying it denied in the five words before i: "I DIDN'T SAY I'd hurt him", "I NEVER SAID…" (not "I'm not saying
 * someone should…, but": said while denied).
 */
function sayingDenied(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(1, i - 5); k < i; k++) {
    const w = tokens[k]!.text;
    if (w !== "say" && w !== "said") continue;
    const before = tokens[k - 1]!.text;
    if (before === "didn't" || before === "didnt" || before === "never" || (before === "not" && tokens[k - 2]?.text === "did")) return true;
  }
  return false;
}
/** The writer's own words at k: "I SAID it before and I'll SAY it again: …". */
const saidByWriter = (tokens: readonly Token[], k: number) =>
  FIRST_PERSON.has(tokens[k - 1]?.text ?? "") || I_WILL.has(tokens[k - 1]?.text ?? "");
/**
 * Reporting words that need not report another's speech: a dare ("SAY that again and…"), what the writer
 * will read ("can't wait to READ your name…"), a habit or a noun ("keep POSTING that and…", "every one of her POSTS").
 */
const NOT_REPORTED_SPEECH = new Set(["say", "read", "posting", "posts", "writing", "writes"]);
/**
 * "WHOEVER wrote THIS should be beaten": the author named, not words reported (the reporting word at k;
 * "who SAID THE referee should be…" reports what was said).
 */
function authorNamed(tokens: readonly Token[], k: number): boolean {
  const thing = tokens[k + 1]?.text ?? "";
  return WHO_DID.has(tokens[k - 1]?.text ?? "") && WRITTEN_THING.has(thing) && (thing !== "the" || !SPOKEN.has(tokens[k]!.text));
}
const SPOKEN = new Set(["say", "said", "says", "saying", "shouted", "shouting", "chanted", "chanting"]);

/** A wish at token i that is negated or reported in the five words before it. */
function reportedOrNegated(tokens: readonly Token[], i: number, text: string): boolean {
  // "I'm not saying someone should…": a wish disowned in the same breath is still made
  const who = tokens[i - 1]?.text === "should" ? i - 2 : i - 1;
  if (SOMEONE.has(tokens[who]?.text ?? "") && DISOWNING.has(tokens[who - 1]?.text ?? "") && tokens[who - 2]?.text === "not") return false;
  // (in its sentence: "…NO question. Hope Nigel Orme gets flattened by a lorry")
  for (let k = sentenceStartWithin(tokens, text, i, 5); k < i; k++) {
    if (NEGATION.has(tokens[k]!.text)) return true;
    if (REPORTING.has(tokens[k]!.text) && !saidByWriter(tokens, k) && !authorNamed(tokens, k)) return true;
  }
  return false;
}

export function findThreat(tokens: readonly Token[], text: string, lex: InsultLexicon): [number, number] | null {
  return findOwnThreat(tokens, text, lex) ?? endorsedThreat(tokens, text, lex);
}

/** The reported speaker's "he'd", "you'll" at the start of their words (within three) made the writer's "I'd", "I'll". */
function asWritersOwn(words: Token[]): Token[] {
  for (let k = 0; k < Math.min(3, words.length); k++) {
    const own = SPEAKER_AS_WRITER.get(words[k]!.text);
    if (own) {
      words[k] = { ...words[k]!, text: own, entry: undefined };
      break;
    }
  }
  return words;
}
const SPEAKER_AS_WRITER = new Map([
  ...["he'd", "she'd", "you'd", "they'd", "hed", "shed", "youd"].map((w) => [w, "i'd"] as const),
  ...["he'll", "she'll", "you'll", "they'll", "youll"].map((w) => [w, "i'll"] as const),
]);

/** A threat reported and agreed with: the words after the report read as the writer's own. */
function endorsedThreat(tokens: readonly Token[], text: string, lex: InsultLexicon): [number, number] | null {
  if (!mayEndorse(tokens)) return null;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!ENDORSABLE_AFTER.has(tokens[k]!.text)) continue;
    const found = findOwnThreat(asWritersOwn(tokens.slice(k + 1)), text, lex);
    if (found && endorses(tokens, k, found[1] + k + 1)) return [found[0] + k + 1, found[1] + k + 1];
  }
  return null;
}

function findOwnThreat(tokens: readonly Token[], text: string, lex: InsultLexicon): [number, number] | null {
  const found = readThreat(tokens, text, lex);
  // "burn the whole lot of them — AT THE BALLOT BOX": violence as a figure for a vote;
  // "people THREATENING TO burn his house down", "someone WHO SAID the ref should be beaten up": a threat reported, not made
  // "I'll kill him IF HE'S LATE again": exasperation
  // "destroy them SATURDAY", "dead meat IN FANTASY football": a fixture or a game
  // "TELLING someone you know their kids' school IS a threat": the act named, not done
  // "Surgeons HAD TO (re-)break his jaw to reset it": done, and needed; "That tackle COULD HAVE snapped his ankle": what
  // might have happened; "I DIDN'T SAY I'd hurt him": the words denied; "should be SHOT OF that contractor": rid of it
  return found &&
    !electionAfter(tokens, found[1]) &&
    !threatReported(tokens, found[0]) &&
    !(messageReported(tokens, sentenceStartWithin(tokens, text, found[0], 20), found[0]) && !sentByWriter(tokens, found[0])) &&
    !(toldByAnother(tokens, text, found[0]) && !endorses(tokens, found[0], found[1])) &&
    !neededOrCounterfactual(tokens, found[0]) &&
    !sayingDenied(tokens, found[0]) &&
    !reportedOfAnother(tokens, text, found[0]) &&
    !lateAgain(tokens, found[1]) &&
    !gameAfter(tokens, found) &&
    !actNamed(tokens, text, found) &&
    !figureByThing(tokens, text, found[0]) &&
    !riddance(tokens, found[1]) &&
    !animalsMeant(tokens, found)
    ? found
    : null;
}

const THEM = new Set(["them", "em", "'em", "dem"]);
const PEOPLE_AT_LARGE = new Set(["people", "folk", "folks", "they", "everyone", "everybody", "men", "women", "kids", "children"]);
/**
 * The threat's "them" stands for creatures: creatures are named before it and no people at all ("Rats in the flats
 * again. Council sent someone to poison them" is; "Migrants are rats. Drown them all." is not: a group named, and called
 * creatures).
 */
function animalsMeant(tokens: readonly Token[], [start, end]: readonly [number, number]): boolean {
  let them = -1;
  for (let k = start; k <= Math.min(tokens.length - 1, end + 1) && them < 0; k++) if (THEM.has(tokens[k]!.text)) them = k;
  let creatures = false;
  for (let k = 0; k < them; k++) {
    const w = tokens[k]!.text;
    if (isGroupWord(w) || PEOPLE_AT_LARGE.has(w) || (personNoun(w) && w.endsWith("s"))) return false;
    creatures ||= CREATURES.has(w);
  }
  return creatures;
}

/** "The council should be SHOT OF that contractor": rid of it (probe set GZ). */
const riddance = (tokens: readonly Token[], end: number) =>
  tokens[end]!.text === "shot" && tokens[end + 1]?.text === "of" && tokens[end + 2]?.text !== "course";

/** The day of a fixture: "we'll destroy them SATURDAY", "…ON SUNDAY", "…TONIGHT" (a team, "them", beaten). */
const FIXTURE_DAY = new Set([
  ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "tomorrow", "weekend"],
  ...["sat", "sun", "midweek"],
]);
/** Games one is beaten at: "you're dead meat in FANTASY football", "…at CHESS". */
const GAME = new Set([
  ...["fantasy", "chess", "poker", "scrabble", "monopoly", "darts", "snooker", "quiz", "trivia", "mario", "fifa", "fortnite"],
  ...["minecraft", "warzone", "cards", "bingo", "wordle", "sudoku", "crossword", "ludo", "draughts", "checkers", "uno", "pool"],
]);
const TEAM = new Set(["them", "em", "'em", "us"]);
const PLAY_SESSION = new Set(["lunch", "tea", "stumps", "halftime", "half-time", "fulltime", "full-time", "break", "interval", "quarter"]);
/** What a game is played for: "the pub darts LEAGUE is mine this SEASON". */
const PRIZE = new Set(["league", "season", "title", "trophy", "cup", "final", "crown", "team", "night", "championship"]);
const NEXT_FIXTURE = new Set(["week", "weekend", "match", "game", "round", "leg", "time", "season"]);
function gameAfter(tokens: readonly Token[], [start, end]: readonly [number, number]): boolean {
  // "Watch your back Kev, the pub DARTS LEAGUE is mine this season 🎯": a contest named after it (probe set JH)
  for (let m = end + 1; m < Math.min(tokens.length, end + 8); m++)
    if (GAME.has(tokens[m]!.text) && tokens.slice(m + 1, m + 6).some((t) => PRIZE.has(t.text))) return true;
  const next = tokens[end + 1]?.text ?? "";
  if (next === "in" || next === "at")
    for (let m = end + 2; m < Math.min(tokens.length, end + 5); m++) if (GAME.has(tokens[m]!.text)) return true;
  // "bury them BY LUNCH on day two", "…before half-time": a session of play
  if ((next === "by" || next === "before") && PLAY_SESSION.has(tokens[end + (tokens[end + 2]?.text === "the" ? 3 : 2)]?.text ?? ""))
    for (let m = start; m <= end; m++) if (TEAM.has(tokens[m]!.text)) return true;
  // (also after the ground: "murder them AT ANFIELD on Saturday")
  const at = (next === "at" || next === "in") && tokens[end + 3] !== undefined ? end + 2 : end;
  const after = tokens[at + 1]?.text ?? "";
  // ("bury them at home NEXT WEEK": probe set JQ)
  const day = FIXTURE_DAY.has(after)
    ? at + 1
    : (after === "on" || after === "this" || after === "next") &&
        (FIXTURE_DAY.has(tokens[at + 2]?.text ?? "") || NEXT_FIXTURE.has(tokens[at + 2]?.text ?? ""))
      ? at + 2
      : -1;
  if (day < 0) return false;
  for (let m = start; m <= end; m++) if (TEAM.has(tokens[m]!.text)) return true;
  return false;
}

/**
 * A thing as the subject: "That speech should SHUT HIM UP for good" (an argument won), "a couple of
 * lookalikes round there WILL PUT YOU IN THE GROUND" (a warning), "THAT'LL shut them up" (not "I'll…",
 * "someone should…", "the lads will…").
 */
const THING_WILL = new Set(["that'll", "thatll", "this'll", "it'll", "itll"]);
const MODAL = new Set(["should", "will", "would", "could", "might", "must", "can"]);
const BY_THING = new Set(["shut", "put"]);
const ANYONE = new Set(["someone", "somebody", "anyone", "anybody", "everyone", "everybody"]);
function figureByThing(tokens: readonly Token[], text: string, start: number): boolean {
  if (!BY_THING.has(tokens[start]?.text ?? "")) return false;
  const before = tokens[start - 1]?.text ?? "";
  if (THING_WILL.has(before)) return true;
  if (!MODAL.has(before) || start < 2) return false;
  const subject = tokens[start - 2]!.text;
  // (a capital may be a name: "DAVE will put you in the ground")
  const named = /[A-Z]/.test(text[tokens[start - 2]!.start] ?? "");
  return !SUBJECT.has(subject) && !personWord(subject) && !ANYONE.has(subject) && !named;
}

/** Acts named as the subject of a judgement: "TELLING someone … IS a threat", "POSTING someone's address IS harassment". */
const ACT_NAMED = new Set([
  ...["telling", "saying", "posting", "writing", "sending", "threatening", "wishing", "calling", "messaging", "texting"],
  ...["tweeting", "shouting", "chanting", "joking", "publishing", "sharing"],
]);
const JUDGED = new Set(["is", "was", "isn't", "isnt", "are", "aren't", "arent"]);
function actNamed(tokens: readonly Token[], text: string, [start, end]: readonly [number, number]): boolean {
  let s = start;
  while (s > 0 && start - s < 10 && !sentenceEnds(text, tokens[s - 1]!, tokens[s]!)) s--;
  if (!ACT_NAMED.has(tokens[s]!.text) || (s > 0 && !sentenceEnds(text, tokens[s - 1]!, tokens[s]!))) return false;
  // the act's own verb: no break before it and no subject of its own ("…, AND THAT IS a promise")
  for (let m = end + 1; m < Math.min(tokens.length, end + 8); m++) {
    if (/[.!?,;:\n]/.test(text.slice(tokens[m - 1]!.end, tokens[m]!.start))) return false;
    if (JUDGED.has(tokens[m]!.text)) return !OWN_SUBJECT.has(tokens[m - 1]!.text);
  }
  return false;
}
const OWN_SUBJECT = new Set(["that", "this", "it", "which", "he", "she", "they", "there", "what"]);

const THREATENED = new Set(["threatening", "threatened", "threatens", "threaten", "threats"]);
/** Promised, as told of others: "people have been PROMISING TO break his hands" (not "I promise to…"). */
const PROMISED = new Set(["promising", "promised", "vowing", "vowed", "vows"]);
const FIRST_PERSON = new Set(["i", "i'm", "im", "we", "we're", "i've", "we've"]);
/** Another's words: "DMs SAYING THEY'D snap his ankle". */
const SAYING = new Set(["saying", "said", "says", "claiming", "claimed", "that"]);
/** Done, and told: "he THREW acid in her face", "SPLASHED acid on his face" (not "I'll throw…"). */
const THROWN = new Set(["threw", "splashed", "flung", "hurled", "poured", "sprayed"]);
/** The writer sending the words, a few before them: "I'LL SEND you letters saying I'll burn your house down". */
const SEND = new Set(["send", "sending", "post", "posting", "write", "writing", "text", "texting", "email", "leave", "leaving"]);
function sentByWriter(tokens: readonly Token[], start: number): boolean {
  for (let k = Math.max(1, start - 10); k < start; k++)
    if (SEND.has(tokens[k]!.text) && (WRITER_SUBJECT.has(tokens[k - 1]!.text) || WRITER_SUBJECT.has(tokens[k - 2]?.text ?? "")))
      return true;
  return false;
}

function threatReported(tokens: readonly Token[], start: number): boolean {
  if (sentByWriter(tokens, start)) return false;
  if (THROWN.has(tokens[start - 1]?.text ?? "")) return true;
  // "the reply that TOLD @Jenny TO drink bleach", "trolls TOLD HER TO…": another's telling, reported (not "I'm telling you to…")
  if (tokens[start - 1]?.text === "to" && TOLD_PAST.has(tokens[start - 3]?.text ?? "") && start >= 4) {
    // (the teller named before it: not the writer's own, nor a telling denied, "NOT telling you to…")
    const teller = tokens[start - 4]!.text;
    if (!FIRST_PERSON.has(teller) && !NEGATION.has(teller)) return true;
  }
  // "SHE PUT antifreeze in his tea for months": done by another, and told (not "I'd put…", "someone should put…")
  if (POURED_IN.has(tokens[start - 1]?.text ?? "") && TOLD_DOER.has(tokens[start - 2]?.text ?? "")) return true;
  const before = tokens[start - 2]?.text ?? "";
  if (tokens[start - 1]?.text === "to")
    return (
      THREATENED.has(before) ||
      (PROMISED.has(before) && !FIRST_PERSON.has(tokens[start - 3]?.text ?? "") && !FIRST_PERSON.has(tokens[start - 4]?.text ?? ""))
    );
  if (THEY_WOULD.has(tokens[start - 1]?.text ?? "")) return SAYING.has(before);
  // "emails SAYING I'LL end up in a ditch": the writer threatened (not "I'm saying I'll…")
  if (I_WILL.has(tokens[start]?.text ?? "") && SAYING.has(tokens[start - 1]?.text ?? ""))
    return !FIRST_PERSON.has(tokens[start - 2]?.text ?? "") && tokens[start - 2]?.text !== "am";
  // "…a letter saying they would burn her house down" (the modal written out)
  return WOULD_WILL.has(tokens[start - 1]?.text ?? "") && THIRD.has(before) && SAYING.has(tokens[start - 3]?.text ?? "");
}
const WOULD_WILL = new Set(["would", "will", "were", "was"]);
const TOLD_PAST = new Set(["told", "telling", "urged", "urging"]);
/** Put into someone's food or drink, as told: "she PUT", "he SLIPPED", "who LACED" (the past of a third person; "poured": THROWN). */
const POURED_IN = new Set(["put", "slipped", "laced", "spiked", "added", "mixed", "stirred"]);
const TOLD_DOER = new Set(["he", "she", "who", "they"]);
const I_WILL = new Set(["i'll", "ill", "i'd", "id"]);

function readThreat(tokens: readonly Token[], text: string, lex: InsultLexicon): [number, number] | null {
  const found = findConstruction(tokens, text);
  if (found) return found;
  for (let i = 0; i < tokens.length; i++) {
    const end = menaceAt(tokens, i);
    // (not "I'll find you A LINK": found for someone; not "…AT THE MEETUP": a meeting arranged)
    if (end >= 0 && !negatedAt(tokens, i, text) && !FOUND_FOR_YOU.has(tokens[end + 1]?.text ?? "") && !meetingPlaceAfter(tokens, end))
      return [i, end];
  }
  return (
    findViolentOrder(tokens, text, lex) ??
    findWantedViolence(tokens, text, lex) ??
    findMenace(tokens) ??
    findFinalMenace(tokens, text) ??
    findIntimidation(tokens, text) ??
    findSelfHarm(tokens, text)
  );
}

const BY_VOTE = new Set(["at", "in", "through", "via", "by"]);

/** "…AT the ballot box", "…IN the next election" right after token k (not "BEFORE the election"; not a month or a game: "I'll deal with him in May"). */
function electionAfter(tokens: readonly Token[], k: number): boolean {
  if (!BY_VOTE.has(tokens[k + 1]?.text ?? "")) return false;
  for (let m = k + 2; m < Math.min(tokens.length, k + 5); m++) if (ELECTION.has(tokens[m]!.text)) return true;
  return false;
}

const PLOUGH = new Set(["plough", "plow", "mow", "drive", "ram"]);
const LET_DIE = new Set(["them", "em", "him", "her"]);
const HOME_PLACE = new Set(["house", "home", "office", "shop", "flat", "place"]);
const HIT_BY = new Set(["hit", "clipped", "struck", "flattened", "mowed", "mown", "rammed", "squashed"]);
const LATE_AGAIN = new Set(["he's", "she's", "they're", "hes", "shes", "theyre", "you're", "youre"]);
const lateAgain = (tokens: readonly Token[], k: number) =>
  tokens[k + 1]?.text === "if" && LATE_AGAIN.has(tokens[k + 2]?.text ?? "") && tokens[k + 3]?.text === "late";
/** Violence approved as done: "someone LAMPED the councillor? More of this please". */
const DONE_VIOLENCE = new Set([
  ...["lamped", "punched", "stabbed", "shot", "torched", "glassed", "decked", "battered", "firebombed", "bottled", "knifed"],
  ...["egged", "beaten", "attacked", "assaulted", "mugged", "jumped", "headbutted", "burned", "burnt"],
]);
const A_THE = new Set(["a", "an", "the"]);
/** Words that follow a noun, not a verb's object: "the break AND…", "the cut IN…", "the end OF…". */
const AFTER_A_NOUN = new Set(["and", "or", "of", "in", "at", "on", "for", "to", "from", "was", "is", "but"]);
/** How an accident meant for someone is wished ("a TRAGIC 'accident'"), not told ("the 'accident' for the kids was spilt juice"). */
const MISHAP_WISHED = new Set(["tragic", "nasty", "unfortunate", "terrible", "fatal", "horrible", "awful", "freak", "little", "sad"]);
/** "a tragic 'accident' on the M5 FOR THE CHIEF CONSTABLE": the person an accident at i is meant for, in its sentence, or -1. */
function accidentFor(tokens: readonly Token[], text: string, i: number): number {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 6); k++) {
    if (sentenceEnds(text, tokens[k - 1]!, tokens[k]!)) return -1;
    if (tokens[k]!.text === "for") return personAt(tokens, k + 1);
  }
  return -1;
}
const NOT_WAS = new Set(["wasn't", "wasnt", "weren't", "werent"]);
const MISSILE = new Set(["brick", "rock", "bullet", "grenade", "molotov", "bomb", "knife", "axe", "hammer", "bottle"]);
const SHAME = new Set(["shame", "pity", "shame's", "pity's", "shames"]);
/** What follows a disease named as no one's illness: "gets cancer SCREENING". */
const DISEASE_CARE = new Set(
  ["screening", "scan", "scans", "test", "tests", "check", "checks", "checkup", "research", "treatment"].concat([
    "ward",
    "charity",
    "care",
    "drug",
    "drugs",
    "jab",
    "vaccine",
    "patients",
    "survivor",
    "survivors",
    "awareness",
    "nurse",
    "nurses",
  ]),
);
const REWARD = new Set(["medal", "knighthood", "statue", "pint", "raise", "bonus", "award", "peerage"]);
const AWARDED = new Set(["deserves", "deserve", "gets", "earned", "earns", "needs"]);
/** Who had it coming, in the speaker's eyes as in anyone's: "the officer who shot THE GUNMAN deserves a medal". */
const VILLAIN = new Set(
  ["gunman", "attacker", "burglar", "robber", "thief", "terrorist", "knifeman", "shooter", "mugger", "intruder", "rapist"].concat([
    "gunmen",
    "attackers",
    "burglars",
    "robbers",
    "thieves",
    "terrorists",
    "muggers",
    "intruders",
    "hijacker",
    "carjacker",
  ]),
);
const MOVED_INTO = new Set(["in", "into", "onto", "off", "out", "over", "through", "down", "up", "from", "to"]);
/** "the lad WHO PUNCHED the MP deserves a medal": the violence done before a reward at i, or -1. */
function violenceRewarded(tokens: readonly Token[], text: string, i: number): number {
  for (let k = i - 3; k >= Math.max(1, i - 12); k--) {
    if (sentenceEnds(text, tokens[k]!, tokens[k + 1]!)) return -1;
    if (!DONE_VIOLENCE.has(tokens[k]!.text) || (!INCITED.has(tokens[k - 1]!.text) && tokens[k - 1]!.text !== "who")) continue;
    // (done to someone: not "the lifeguard who JUMPED IN", "the lad who jumped INTO the canal to pull her out")
    if (MOVED_INTO.has(tokens[k + 1]?.text ?? "") || (personAt(tokens, k + 1) < 0 && !isNameLike(tokens, k + 1))) continue;
    for (let m = k + 1; m < i - 2; m++) if (VILLAIN.has(tokens[m]!.text)) return -1;
    return k - 1;
  }
  return -1;
}
/** Means given as wished ("should BE given a hiding", "…AND given a hiding"), not as told ("were given"). */
const GIVEN_AFTER = new Set(["be", "and", "been"]);
const HAVE = new Set(["have", "has"]);
const WRAPPED_ROUND = new Set(["tree", "lamppost", "pole", "wall", "pylon", "bridge"]);
/** A wish ("should", "hope", "deserves"…) within `window` words before token i, in its sentence, not negated: its index, or -1. */
function sameClauseWish(tokens: readonly Token[], text: string, i: number, window = 10, wishes: ReadonlySet<string> = WISH): number {
  for (let k = i - 1; k >= Math.max(0, i - window); k--) {
    if (sentenceEnds(text, tokens[k]!, tokens[k + 1]!)) return -1;
    // (not "I hope NOBODY has an 'accident'")
    if (NEGATION.has(tokens[k]!.text)) return -1;
    if (wishes.has(tokens[k]!.text)) return !reportedOrNegated(tokens, k, text) && !negatedAt(tokens, k, text) ? k : -1;
  }
  return -1;
}
/** "MORE OF THIS please" ending at token i (not "we don't want more of this please"). */
const approvalBefore = (tokens: readonly Token[], text: string, i: number) =>
  tokens[i - 3]?.text === "more" &&
  tokens[i - 2]?.text === "of" &&
  THIS_THAT.has(tokens[i - 1]?.text ?? "") &&
  !negatedAt(tokens, i - 3, text);
const THIS_THAT = new Set(["this", "that", "it"]);
/** Where a rope is for someone: "rope, TREE, some assembly required". */
const HANGING_PLACE = new Set(["tree", "lamppost", "lampposts", "lamp-post", "gallows", "branch"]);
/** Tokens i and k are in one sentence. */
function sameSentence(text: string, tokens: readonly Token[], i: number, k: number): boolean {
  for (let m = Math.min(i, k) + 1; m <= Math.max(i, k); m++) if (sentenceEnds(text, tokens[m - 1]!, tokens[m]!)) return false;
  return true;
}
/** What is wished for someone as a noun: "a good old-fashioned HANGING for the MP". */
const GALLOWS_FOR = new Set([
  "hanging",
  "lynching",
  "noose",
  "guillotine",
  "bullet",
  "bullets",
  "kneecapping",
  "beating",
  "kicking",
  "squad",
]);
/** What one bears for others, not deals out: "I'd TAKE a bullet for the nurses", "took a kicking for the team". */
const TAKEN = new Set(["take", "takes", "took", "taking", "taken", "catch", "caught", "catching"]);
/** The makings of a fire, said beside what would burn: "petrol, matches, one constituency office". */
const FUEL = new Set(["petrol", "gasoline", "gas", "diesel", "paraffin", "kerosene", "accelerant", "jerrycan", "jerry"]);
const LIGHT = new Set(["match", "matches", "lighter", "zippo", "flame", "spark"]);
const POUR = new Set(["pour", "bring", "grab", "get", "douse", "splash", "fetch"]);
const FIXED = new Set(["fix", "fixes", "sort", "sorts", "sorted", "solve", "solves", "solved", "sorting"]);
/** …and what burns innocently: "petrol and matches for the bonfire". */
const MEANT_FIRE = new Set([
  "bonfire",
  "barbecue",
  "bbq",
  "braai",
  "campfire",
  "fireplace",
  "stove",
  "heater",
  "lawnmower",
  "generator",
  "mower",
]);
/** The one rewarded for harm, before "who": "the MAN who…". */
const REWARDED_ONE = new Set(["man", "woman", "person", "guy", "bloke", "lad", "fella", "one", "anyone", "anybody", "someone", "somebody"]);
/** Who is to be rewarded for harm done: "a pint for THE MAN WHO knocks his teeth out", "WHOEVER puts him in a coma". */
const INCITED = new Set(["whoever", "whomever"]);
/** Harm done to someone, as a third person does it: "whoever SHOOTS the mayor". */
const HARMS = new Set([
  "kills",
  "shoots",
  "stabs",
  "punches",
  "decks",
  "lamps",
  "batters",
  "chins",
  "headbutts",
  "bottles",
  "glasses",
  "strangles",
]);
/** …or as an outcome: "knocks his teeth out", "puts him in a coma", "runs him over". */
const HARMS_TO = new Set(["knocks", "puts", "sends", "breaks", "runs"]);
const HARM_OUTCOME = new Set(["coma", "hospital", "wheelchair", "ground", "grave", "morgue", "teeth"]);

/** "whoever SHOOTS the mayor", "the man who PUTS him in a coma": the end of the harm done from k, or -1. */
function harmDoneAt(tokens: readonly Token[], v: number): number {
  const verb = tokens[v]?.text ?? "";
  if (HARMS.has(verb)) {
    const p = personAt(tokens, v + 1);
    return p >= 0 ? p : isNameLike(tokens, v + 1) ? v + 1 : -1;
  }
  if (HARMS_TO.has(verb) && verb !== "runs")
    for (let m = v + 1; m < Math.min(tokens.length, v + 7); m++) if (HARM_OUTCOME.has(tokens[m]!.text)) return m;
  if (verb === "runs" && tokens[v + 2]?.text === "over") return v + 2;
  return -1;
}
/** A plain word at k that may be a name ("whoever shoots HOLLIS"). */
const isNameLike = (tokens: readonly Token[], k: number) =>
  /^[a-z][a-z'-]{2,}$/.test(tokens[k]?.text ?? "") && !NOT_A_NAME.has(tokens[k]!.text);

/** "the world would be a better place IF certain people on this thread just ENDED IT": a death wished, at "if" (i). */
function endedItWished(tokens: readonly Token[], text: string, i: number): [number, number] | null {
  const n = tokens.length;
  if (tokens[i - 1]?.text !== "place" && tokens[i - 1]?.text !== "off") return null;
  if (!tokens.slice(Math.max(0, i - 4), i).some((t) => t.text === "better")) return null;
  for (let k = i + 1; k < Math.min(n - 1, i + 10); k++)
    if (ENDED.has(tokens[k]!.text) && SELF_END.has(tokens[k + 1]!.text) && !negatedAt(tokens, k, text)) {
      // (a life, not a contract: the clause ends there, and no body did it: "if the council ended it now")
      const end = tokens[k + 2]?.text === "all" ? k + 2 : k + 1;
      const last = end + 1 >= n || sentenceEnds(text, tokens[end]!, tokens[end + 1]!);
      if (last && !tokens.slice(i + 1, k).some((t) => BODY.has(t.text))) return [i, end];
    }
  return null;
}

/** "IF Pryce gets flattened by the school bus I'm buying the whole pub a round": harm to someone, celebrated, at "if" (i). */
function harmCelebrated(tokens: readonly Token[], text: string, i: number): [number, number] | null {
  const named = /^[A-Z]/.test(text[tokens[i + 1]?.start ?? 0] ?? "") && isNameLike(tokens, i + 1);
  const who = personAt(tokens, i + 1) >= 0 ? personAt(tokens, i + 1) : named ? i + 1 : -1;
  const v = who >= 0 && BECOME.has(tokens[who + 1]?.text ?? "") ? who + 2 : -1;
  const harm = tokens[v]?.text ?? "";
  // (not a team "beaten" or "killed on Saturday")
  const harmed =
    ((VIOLENT_PARTICIPLE.has(harm) && harm !== "beaten" && harm !== "beat") ||
      HIT_BY.has(harm) ||
      (harm === "run" && tokens[v + 1]?.text === "over")) &&
    !defeatAfter(tokens, v);
  return harmed && phraseIn(shrugAt, tokens, v + 1) && !negatedAt(tokens, i, text) ? [i, harm === "run" ? v + 1 : v] : null;
}

/** Does a phrase findConstruction reads start at token i? */
const phraseStartsAt = (tokens: readonly Token[], i: number) =>
  mayBeginConstruction(tokens, i) &&
  (menacePhraseAt(tokens, i) >= 0 ||
    shameAt(tokens, i) >= 0 ||
    shameIfItAt(tokens, i) >= 0 ||
    somethingHappenedAt(tokens, i) >= 0 ||
    phraseAt(tokens, i) >= 0 ||
    seeWhoShowsUpAt(tokens, i) >= 0 ||
    noOneWouldStopAt(tokens, i) >= 0);
const mayBeginConstruction = mayBeginAt([
  menacePhraseAt,
  shameAt,
  shameIfItAt,
  somethingHappenedAt,
  phraseAt,
  seeWhoShowsUpAt,
  noOneWouldStopAt,
]);
/**
 * Every word a construction in findConstruction is read from by its own word (a comment's other words, nearly all of
 * them, are passed over in one lookup); a phrase's first word ("the", "to", "a": 38% of tokens) is read on only where
 * a phrase starts.
 */
const CONSTRUCTION_HEAD_BIT = wordBit([
  ...[WEAPON_EMOJI, WISH, FUTURE, ARSON, WOULD_BE_A_SHAME, PUT, DIE, SUBJECT].flatMap((words) => [...words]),
  ...["accidentally", "wants", "hope", "hoping", "hopefully", "wishing", "praying", "death", "kys", "k", "trigger", "string"],
  ...["will", "knife", "blade", "bullet"],
  ...["know", "rope", "may", "wish", "crossed", "see", "watch", "find", "i'd", "id", "we'd", "with", "only", "kill"],
  ...[...GALLOWS_FOR, ...FUEL, ...HARMS, ...HARMS_TO, "run", "please", "pls", "given", "accident", "wrapped", "hit"],
  ...[...DISEASE, ...REWARD, ...NOT_WAS, "if", "top", "get", "choke"],
]);

function findConstruction(tokens: readonly Token[], text: string): [number, number] | null {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.text;
    if (!inList(tokens[i], CONSTRUCTION_HEAD_BIT) && !phraseStartsAt(tokens, i)) continue;
    // "🔪🔪 see you soon @linda"
    if (WEAPON_EMOJI.has(w)) for (let k = 0; k < n; k++) if (meetingAt(tokens, k) >= 0 && !negatedAt(tokens, k, text)) return [i, i];
    // "🔪🔪🔪 for the driver"
    if (WEAPON_EMOJI.has(w)) {
      let last = i;
      while (WEAPON_EMOJI.has(tokens[last + 1]?.text ?? "")) last++;
      // (not a person's things: "🔪 for the chef's new knife set", "⚰️ for their title hopes")
      const p = tokens[last + 1]?.text === "for" ? personAt(tokens, last + 2) : -1;
      const things = p >= 0 && POSSESSIVE.has(tokens[p]!.text) && !personNoun(tokens[p + 1]?.text ?? "");
      if (p >= 0 && !tokens[p]!.text.endsWith("'s") && !things) return [i, p];
    }
    // 'if someone "accidentally" reversed over that cyclist': harm to someone, in scare quotes
    if (w === "accidentally" && QUOTE_MARK.test(text[tokens[i]!.start - 1] ?? ""))
      for (let k = i + 1; k < Math.min(n, i + 4); k++)
        if (ACCIDENT_HARM.has(tokens[k]!.text))
          // (the span starts after the quotes, which would otherwise make it a mention)
          for (let m = k + 1; m < Math.min(n, k + 4); m++) if (personAt(tokens, m) >= 0) return [k, personAt(tokens, m)];
    // (an appointment is no menace: "waiting outside your office AT nine FOR the interview")
    const menaceEnd = menacePhraseAt(tokens, i);
    // (nor our own luck: "WE'RE lucky we're civilised enough to argue about bins")
    const booked =
      (WAITING.has(w) && (tokens[menaceEnd + 1]?.text === "for" || tokens[menaceEnd + 1]?.text === "at")) ||
      innocentAfter(tokens, menaceEnd) ||
      (w === "lucky" && (OUR_LUCK.has(tokens[i - 1]?.text ?? "") || OUR_LUCK.has(tokens[i - 2]?.text ?? "")));
    // violence denied, then shrugged at: "I'm not saying the principal should be beaten. I'm just saying NOBODY WOULD
    // STOP IT." (the denial a figure of speech)
    const noOneWould = noOneWouldStopAt(tokens, i);
    if (noOneWould >= 0 && violenceDeniedBefore(tokens, i)) return [i, noOneWould];
    // harm left vague, then shrugged at ("…I wouldn't shed a tear")
    const happened = somethingHappenedAt(tokens, i);
    if (happened >= 0 && phraseIn(shrugAt, tokens) && !negatedAt(tokens, i, text)) return [i, happened];
    // (a mafia's "shame if": someone's home, family or belongings in view, not "a shame if the festival closed";
    // "nice dog you've got… shame if it got out": the thing admired is the reader's)
    const shameIfIt = shameIfItAt(tokens, i);
    if (shameIfIt >= 0 && phraseIn(ADMIRED, tokens, 0, i) && !negatedAt(tokens, i, text)) return [i, shameIfIt];
    const shame = shameAt(tokens, i);
    if (shame >= 0 && belongingsInView(tokens) && !negatedAt(tokens, i, text)) return [i, shame];
    const setPhrase = phraseAt(tokens, i);
    const phraseEnd = Math.max(innocentAfter(tokens, setPhrase) ? -1 : setPhrase, booked ? -1 : menaceEnd);
    if (phraseEnd >= 0 && !negatedAt(tokens, i, text)) return [i, phraseEnd];
    // ("I MUST HAVE been killed 40 times before I figured out the boss fight": a guess at the past, no wish)
    const guessed = w === "must" && tokens[i + 1]?.text === "have";
    if (WISH.has(w) && !guessed && !reportedOrNegated(tokens, i, text)) {
      // who is wished it: after "hope"/"wish" ("I hope HE dies"), before the others ("HE should die")
      const wishedOn = w === "hope" || w === "wish" ? i + 1 : i - 2;
      // "should be hanged", "deserves to get shot", "should all be executed", "needs to die"
      for (let j = i + 1; j < Math.min(n, i + 4); j++) {
        const v = tokens[j]!.text;
        if (NEGATION.has(v)) break;
        // "he should die", "I hope you die" (not "I hope the bill dies in committee")
        if (DIE.has(v) && noThingDies(tokens, wishedOn, j) && tokens[j + 1]?.text !== "laughing") return [i, j];
        // "deserves to hang (for this)"
        if (v === "hang" && tokens[j - 1]!.text === "to" && !HANG_ON.has(tokens[j + 1]?.text ?? "")) return [i, j];
        // "deserve a bullet", "needs a good beating", "deserves the rope"
        // (not "the egg WHITES need a good beating")
        if (DESERVE.has(w) && VIOLENT_MEANS.has(v) && lands(tokens, j) && !BEATEN_THING.has(tokens[i - 1]?.text ?? "")) return [i, j];
        // "Anyone who defends this deserves a slap", "he needs a good smack" (not "a slap on the wrist", "the sauce needs a punch")
        if (DESERVE.has(w) && BLOW.has(v) && A_GOOD.has(tokens[j - 1]!.text) && !BLOW_FIGURE.has(tokens[j + 1]?.text ?? ""))
          if (personDeserves(tokens, text, i)) return [i, j];
        // "should GET a (good) beating", "ought to be GIVEN a kicking"
        const given = GIVEN.has(v) ? meansGiven(tokens, j) : -1;
        if (given >= 0) return [i, given];
        // "should face a firing squad", "should face the noose"
        if (
          v === "face" &&
          (tokens[j + 1]?.text === "a" || tokens[j + 1]?.text === "the") &&
          GALLOWS.has(tokens[j + 2]?.text ?? "") &&
          noThingDies(tokens, wishedOn, j)
        )
          return [i, j + 2];
        // "hope the senator chokes to death"
        if (v === "to" && tokens[j + 1]?.text === "death") return [i, j + 1];
        // "truckies should just plough through these protesters"
        if (PLOUGH.has(v) && (tokens[j + 1]?.text === "through" || tokens[j + 1]?.text === "into")) {
          const p = personAt(tokens, j + 2);
          const q = p >= 0 ? p : afterQuantifier(tokens, j + 2);
          if (q > 0 && q < n && (p >= 0 || OBJECT.has(tokens[q]!.text))) return [i, q];
        }
        if (BECOME.has(v)) {
          const p = tokens[j + 1]?.text === "all" || tokens[j + 1]?.text === "just" ? j + 2 : j + 1;
          // (not "the bill should be killed in committee")
          const person = noThingDies(tokens, wishedOn, j) || authorNamedBefore(tokens, i);
          if (p < n && VIOLENT_PARTICIPLE.has(tokens[p]!.text) && person && !publicHarm(tokens, p)) return [i, p];
          // "I hope those rioters get run over", "hope he gets hit by a bus" (not "the bill gets hit by…")
          if (tokens[p]?.text === "run" && tokens[p + 1]?.text === "over" && noThingDies(tokens, i + 1, j)) return [i, p + 1];
          // ("…gets CLIPPED by a bus", "STRUCK by a lorry", "hit by a drunk DRIVER")
          if (HIT_BY.has(tokens[p]?.text ?? "") && tokens[p + 1]?.text === "by" && noThingDies(tokens, i + 1, j))
            for (let q = p + 2; q < Math.min(n, p + 5); q++)
              if (VEHICLE.has(tokens[q]!.text) || tokens[q]!.text === "driver") return [i, q];
          // "should be dragged out of the chamber and hanged", "should be set on fire"
          for (let q = p; q < Math.min(n, p + 8); q++) {
            const t = tokens[q]!.text;
            if (NEGATION.has(t) || t === "if" || t === "because") break;
            if ((t === "and" || t === "then") && VIOLENT_PARTICIPLE.has(tokens[q + 1]?.text ?? "")) return [i, q + 1];
            if (t === "set" && tokens[q + 1]?.text === "on" && tokens[q + 2]?.text === "fire") return [i, q + 2];
            // "should be nailed to his own cross", "deserves to be buried alive"
            if (t === "nailed" && tokens[q + 1]?.text === "to") return [i, q + 1];
            // "deserves to be dragged behind a car" (probe set IH)
            if (t === "dragged" && tokens[q + 1]?.text === "behind")
              for (let m = q + 2; m < Math.min(n, q + 5); m++)
                if (VEHICLE.has(tokens[m]!.text) || tokens[m]!.text === "horse") return [i, m];
            // "deserves to be ripped apart by their own hounds", "torn to pieces"
            if ((t === "ripped" || t === "torn") && (tokens[q + 1]?.text === "apart" || tokens[q + 1]?.text === "to")) return [i, q + 1];
            // "…should be buried under the rubble, alive"
            if (t === "buried") for (let m = q + 1; m < Math.min(n, q + 6); m++) if (tokens[m]!.text === "alive") return [i, m];
            // "should be thrown in the Thames", "dumped off a bridge" (not "thrown in jail", "under the bus")
            if (
              CAST.has(t) &&
              personWord(tokens[i - 1]?.text ?? "") &&
              (tokens[q + 1]?.text === "in" || tokens[q + 1]?.text === "into" || tokens[q + 1]?.text === "off")
            ) {
              const at = DETERMINER.has(tokens[q + 2]?.text ?? "") || tokens[q + 2]?.text === "a" ? q + 3 : q + 2;
              if (WATER_OR_DROP.has(tokens[at]?.text ?? "")) return [i, at];
            }
            // "they should be fed to the sharks" (wished; not told: "the tourists were fed to the sharks in the film")
            if (
              t === "fed" &&
              tokens[q + 1]?.text === "to" &&
              PREDATORS.has(tokens[q + 3]?.text ?? "") &&
              personWord(tokens[i - 1]?.text ?? "")
            )
              return [i, q + 3];
            if (t === "hanging" || t === "swinging") return [i, q];
          }
        }
      }
    }
    // British "that ref WANTS a beating" (what is wanted only: "she wants to hang" is no wish of death)
    if (w === "wants") {
      const means = meansGiven(tokens, i);
      if (means >= 0) return [i, means];
    }
    // a death hoped for a few words on: "hope every anti-vaxxer catches it and DIES" (within the clause), or further on
    // after "and": "hope the striking nurses all catch whatever their patients have AND DIE in the corridors" (probe set
    // IL); nothing wished dead on the way ("hope the new bridge PLAN dies")
    if ((w === "hope" || w === "hoping") && !reportedOrNegated(tokens, i, text))
      for (let j = i + 4; j < Math.min(n, i + 14) && !clauseBreak(text, tokens[j - 1]!, tokens[j]!, false); j++) {
        if (NEGATION.has(tokens[j]!.text)) break;
        const near = j < i + 8 || tokens[j - 1]!.text === "and";
        if (near && DIE.has(tokens[j]!.text) && noThingHopedDead(tokens, i + 1, j) && tokens[j + 1]?.text !== "laughing") return [i, j];
      }
    // "I hope he chokes to death", "should be beaten to death" (not "starved to death in the siege", reported)
    if (w === "death" && tokens[i - 1]?.text === "to")
      for (let k = Math.max(0, i - 7); k < i - 1; k++) if (WISH.has(tokens[k]!.text) && !negatedAt(tokens, k + 1, text)) return [k, i];
    // (not reported: "people telling her to kys need to get a grip")
    // (and spelled out, "k y s", "k.y.s": three letters are too few for the normaliser to join)
    const spelledKys = w === "k" && tokens[i + 1]?.text === "y" && tokens[i + 2]?.text === "s";
    if (
      (w === "kys" || spelledKys) &&
      !(tokens[i - 1]?.text === "to" && TELLING.has(tokens[i - 3]?.text ?? "")) &&
      // (a kind of message named: "these kys comments are copied from adults")
      !(w === "kys" && MESSAGES.has(tokens[i + 1]?.text ?? "")) &&
      !reportedOrNegated(tokens, i, text)
    )
      return [i, spelledKys ? i + 2 : i];
    // "pull the trigger on that traitor" (not "on the deal"); "string up every last one of those councillors"
    if ((w === "trigger" && tokens[i + 1]?.text === "on") || (w === "string" && tokens[i + 1]?.text === "up")) {
      const p = personAt(tokens, i + 2);
      const q = tokens[i + 2]?.text === "every" && tokens[i + 3]?.text === "last" ? Math.min(n - 1, i + 4) : afterQuantifier(tokens, i + 2);
      if (p >= 0) return [i, p];
      if (q > 0 && q < n) return [i, q];
    }
    // "These traitors will hang", "they'll be hanging from the lampposts" (not "the painting will hang in the lobby")
    if (FUTURE.has(w) || (w === "will" && (personNoun(tokens[i - 1]?.text ?? "") || GROUP_SUBJECT.has(tokens[i - 1]?.text ?? "")))) {
      const v = tokens[i + 1]?.text === "be" ? i + 2 : i + 1;
      const t = tokens[v]?.text ?? "";
      if ((t === "hang" || t === "swing") && !HANG_ON.has(tokens[v + 1]?.text ?? "")) return [i, v];
      if ((t === "hanging" || t === "swinging") && (tokens[v + 1]?.text === "from" || v + 1 >= n)) return [i, v];
    }
    // "put a knife in that judge", "stick a blade in him"
    if ((w === "knife" || w === "blade" || w === "bullet") && (tokens[i + 1]?.text === "in" || tokens[i + 1]?.text === "into")) {
      const p = personAt(tokens, i + 2);
      if (p >= 0 && !POSSESSIVE.has(tokens[p]!.text)) return [i, p];
    }
    // "We know where the councillors live" (not "I don't know where he lives": a phrase above keeps "lucky I don't know where")
    // ("I know EXACTLY where you work")
    const where = w === "know" && KNOWN_EXACTLY.has(tokens[i + 1]?.text ?? "") ? i + 2 : i + 1;
    // ("some of US know where…", not "let us know where the nurses work")
    const knower = KNOWER.has(tokens[i - 1]?.text ?? "") || (tokens[i - 1]?.text === "us" && tokens[i - 2]?.text !== "let");
    if (w === "know" && tokens[where]?.text === "where" && knower && !negatedAt(tokens, i, text)) {
      // ("…where YOUR MUM lives": the person after a possessive)
      const owned = POSSESSIVE.has(tokens[where + 1]?.text ?? "") && personNoun(tokens[where + 2]?.text ?? "");
      const named = owned ? where + 2 : personAt(tokens, where + 1);
      const p = named >= 0 ? named : WHO_LIVES.has(tokens[where + 1]?.text ?? "") ? where + 1 : -1;
      // (not "I know exactly where you live... in an echo chamber": a figure of speech)
      const figure = tokens[p + 2]?.text === "in" && tokens.slice(p + 3, p + 6).some((t) => FIGURATIVE_PLACE.has(t.text));
      if (p >= 0 && HAUNT.has(tokens[p + 1]?.text ?? "") && !figure && !knownAsNeighbour(tokens, p + 1)) return [i, p + 1];
    }
    // "Let's go burn down the mosque", "someone needs to firebomb that clinic" (not "the fire could burn down the church")
    if (ARSON.has(w) && w !== "petrol") {
      const d = tokens[i + 1]?.text === "down" ? i + 2 : i + 1;
      // (or a person's home: "Burn the councillors' houses down")
      const owned = personNoun(tokens[d + 1]?.text ?? "") && DWELLING.has(tokens[d + 2]?.text ?? "") ? 1 : 0;
      if (DETERMINER.has(tokens[d]?.text ?? "") && (BUILDING.has(tokens[d + 1]?.text ?? "") || owned)) {
        // wished ("let's go burn down…"), or ordered at the comment's start ("Firebomb the mosque tonight")
        const ordered = i === 0 || (i === 1 && (tokens[0]!.text === "just" || tokens[0]!.text === "go"));
        if ((ordered || wishedBefore(tokens, i, 6)) && !reportedOrNegated(tokens, i, text)) return [i, d + 1 + owned];
      }
    }
    if (w === "if") {
      const found = endedItWished(tokens, text, i) ?? harmCelebrated(tokens, text, i);
      if (found) return found;
    }
    // "Mayor Dorrington: rope, tree, some assembly required"
    if (w === "rope")
      for (let k = i + 1; k < Math.min(n, i + 4); k++)
        if (HANGING_PLACE.has(tokens[k]!.text) && !reportedOrNegated(tokens, i, text) && tokens.some((_, m) => personAt(tokens, m) >= 0))
          return [i, k];
    // "Put a rope round the senator's neck"
    if (w === "rope" && (tokens[i + 1]?.text === "round" || tokens[i + 1]?.text === "around"))
      for (let k = i + 2; k < Math.min(n, i + 6); k++) if (tokens[k]!.text === "neck" || tokens[k]!.text === "necks") return [i, k];
    // a wish: "I hope…", "fingers crossed…", or "May…" opening a sentence ("May the senator's plane fall out of the sky")
    const mayOpen = w === "may" && (i === 0 || sentenceEnds(text, tokens[i - 1]!, tokens[i]!));
    const wishing =
      w === "hope" ||
      w === "wish" ||
      w === "praying" ||
      w === "hoping" ||
      w === "hopefully" ||
      w === "wishing" ||
      (w === "crossed" && tokens[i - 1]?.text === "fingers") ||
      mayOpen;
    if (wishing && !reportedOrNegated(tokens, i, text)) {
      // "I hope the CEO chokes on his bonus", "hope he wraps his car round a tree", through the rest of the sentence
      // ("I hope you cop a 95mph yorker on the ankle and NEVER WALK RIGHT AGAIN") up to a negation ("I hope it doesn't…")
      for (let k = i + 1; k < Math.min(n, i + 20) && !sentenceEnds(text, tokens[k - 1]!, tokens[k]!); k++) {
        const end = wishedHarmAt(tokens, k);
        if (end >= 0 && !CARE_AFTER.has(tokens[end + 1]?.text ?? "")) return [i, end];
        if (NEGATION.has(tokens[k]!.text)) break;
      }
      // "hope the developer's car skids off the A61", "wish his van would flip", "hope that pop star's tour bus flips"
      // (someone's, not "the bus")
      const owned = (k: number) => POSSESSIVE.has(tokens[k]!.text) || tokens[k]!.text.endsWith("'s");
      for (let k = i + 2; k < Math.min(n - 1, i + 6); k++)
        if (ROAD_VEHICLE.has(tokens[k]!.text) && (owned(k - 1) || (OWNED_VEHICLE_KIND.has(tokens[k - 1]!.text) && owned(k - 2)))) {
          const a = tokens[k + 1]!.text === "would" || tokens[k + 1]!.text === "will" ? k + 2 : k + 1;
          if (WRECKED.has(tokens[a]?.text ?? "") && !negatedAt(tokens, a, text)) return [i, a];
        }
      // "I hope the minister's plane goes down", "wish his jet would crash"
      for (let k = i + 1; k < Math.min(n - 1, i + 6); k++)
        if (AIRCRAFT.has(tokens[k]!.text)) {
          const a = tokens[k + 1]!.text === "would" || tokens[k + 1]!.text === "will" ? k + 2 : k + 1;
          const v = tokens[a]?.text ?? "";
          if (v === "crashes" || v === "crash" || ((v === "goes" || v === "go") && tokens[a + 1]?.text === "down")) return [i, a];
          // "Hope his private jet takes a long nosedive"
          if ((v === "takes" || v === "take") && tokens.slice(a + 1, a + 4).some((t) => t.text === "nosedive")) return [i, a];
          // "…plane fall out of the sky", "…flight goes straight into the Atlantic"
          if ((v === "fall" || v === "falls") && tokens[a + 1]?.text === "out" && tokens[a + 4]?.text === "sky") return [i, a + 4];
          const into = tokens[a + 1]?.text === "straight" ? a + 2 : a + 1;
          if ((v === "goes" || v === "go") && tokens[into]?.text === "into" && WATER_OR_DROP.has(tokens[into + 2]?.text ?? ""))
            return [i, into + 2];
        }
    }
    // "I'd pay good money to see that CEO hanged", "can't wait to see him swinging from a rope"
    // ("…pay to WATCH that pop star GET stabbed")
    if (
      (w === "see" || w === "watch") &&
      tokens[i - 1]?.text === "to" &&
      SEE_WISH.has(tokens[i - 2]?.text ?? "") &&
      !reportedOrNegated(tokens, i - 2, text)
    ) {
      const p = personAt(tokens, i + 1);
      if (p >= 0) {
        const at = tokens[p + 1]?.text === "get" || tokens[p + 1]?.text === "getting" ? p + 2 : p + 1;
        const v = tokens[at]?.text ?? "";
        if (VIOLENT_PARTICIPLE.has(v) || v === "swinging" || v === "hanging") return [i, at];
      }
    }
    // "keep running your mouth and you'll find out what happens" (not "keep reading and you'll find out…")
    // (and "…you'll find out what a broken jaw feels like")
    // ("…and see who shows up at the bleachers", not "keep posting and see who shows up": a meetup)
    const found = w === "find" && tokens[i + 1]?.text === "out" && tokens[i + 2]?.text === "what" ? findsOutEnd(tokens, i + 3) : -1;
    const showsUp = seeWhoShowsUpAt(tokens, i);
    if (found >= 0 || showsUp >= 0)
      for (let k = Math.max(0, i - 8); k < i; k++) {
        const keptAt = tokens[k]!.text === "keep" && KEEP_AT_IT.has(tokens[k + 1]?.text ?? "");
        if ((keptAt && (found >= 0 || tokens[k + 1]!.text !== "posting")) || tokens[k]!.text === "again")
          return [k, Math.max(found, showsUp)];
      }
    // "I know which gym you go to", "I know what town you're in"
    if (w === "know" && (tokens[i + 1]?.text === "which" || tokens[i + 1]?.text === "what") && KNOWER.has(tokens[i - 1]?.text ?? ""))
      for (let k = i + 3; k < Math.min(n, i + 5); k++)
        if (tokens[k]!.text === "you're" || (tokens[k]!.text === "you" && WHERE_YOU_ARE.has(tokens[k + 1]?.text ?? ""))) return [i, k];
    // "Wouldn't it be a tragedy if that councillor's office caught fire one night"
    // (the conditional: "it'd BE a shame if…", not "it's a shame if the mill burned down")
    // ("Shame if the brakes on that Hilux went…": the conditional left unsaid at the head of a sentence)
    if (
      WOULD_BE_A_SHAME.has(w) &&
      tokens[i + 1]?.text === "if" &&
      (wouldBe(tokens, i) || i === 0 || sentenceEnds(text, tokens[i - 1]!, tokens[i]!))
    )
      for (let k = i + 2; k < Math.min(n - 1, i + 12); k++) {
        const [v, next] = [tokens[k]!.text, tokens[k + 1]!.text];
        // (someone's, or with their things in view: not "a shame if the old theatre burned down")
        const someones = () => someonesBetween(tokens, i + 2, k) || belongingsInView(tokens);
        if (HARM_BEFALLS.get(v) === next && someones()) return [i, k + 1];
        // "…if your grandchildren's school had an unexpected visitor"
        if (v === "unexpected" && VISIT.has(next) && someones()) return [i, k + 1];
        // "…took a tumble down the stairs"
        if (v === "tumble" && next === "down") return [i, k + 1];
        // "…if the headteacher fell down the main staircase", "…fell off the balcony"
        // (someone in particular: not "a tragedy if a kid fell off the pier", a railing wanted)
        const particular = () => !tokens.slice(i + 2, k).some((t) => ANY_ONE.has(t.text));
        if (FELL.has(v) && (next === "down" || next === "off" || next === "from") && someones() && particular())
          for (let m = k + 2; m < Math.min(n, k + 5); m++) if (DROP.has(tokens[m]!.text)) return [i, m];
        // "…if his brakes failed", "…if the brakes on that Hilux went"
        if (v === "brakes" || v === "brake")
          for (let m = k + 1; m < Math.min(n, k + 5); m++) if (BRAKES_FAIL.has(tokens[m]!.text)) return [i, m];
        // "…if the principal has an 'accident' on the stairs" (in scare quotes: not "if the driver had an accident")
        const accident = tokens[k + 2];
        if (
          (v === "has" || v === "had" || v === "have") &&
          next === "an" &&
          accident?.text === "accident" &&
          QUOTE_MARK.test(text[accident.start - 1] ?? "")
        )
          return [i, k + 2];
      }
    // "I'd have strangled him with my bare hands"
    if (
      (w === "i'd" || w === "id" || w === "we'd") &&
      tokens[i + 1]?.text === "have" &&
      VIOLENT_PARTICIPLE.has(tokens[i + 2]?.text ?? "")
    ) {
      const p = personAt(tokens, i + 3);
      if (p >= 0 && !POSSESSIVE.has(tokens[p]!.text)) return [i, p];
    }
    // wished ("I hope someone burns…", "they should torch…") or ordered ("Torch their homes…"); not told ("if a man burns down her home with her in it")
    if (w === "with") {
      const end = inItAt(tokens, i);
      const ordered = i <= 10 && ARSON.has(tokens[0]!.text);
      // (a disaster wished on a place with them in it, not "I'd love a house by the lake with you and the kids in it")
      let disaster = false;
      for (let k = Math.max(0, i - 10); k < i && !disaster; k++) disaster = DISASTER.has(tokens[k]!.text);
      if (end >= 0 && disaster && (ordered || wishedBefore(tokens, i, 10)) && !reportedOrNegated(tokens, i, text)) return [i, end];
    }
    if (PUT.has(w)) {
      const end = putInGrave(tokens, text, i);
      if (end >= 0) return [i, end];
    }
    if (w === "get" || w === "choke") {
      const curse = findCurse(tokens, text, i);
      if (curse) return curse;
    }
    // "the only good Tory is a dead Tory"
    if (w === "only" && tokens[i + 1]?.text === "good")
      for (let k = i + 2; k < Math.min(n, i + 8); k++)
        if (tokens[k]!.text === "dead" && tokens[k - 1]!.text === "a") return [i, k + 1 < n ? k + 1 : k];
    // ("top yourself", British: not "hard TO top yourself after a season like that", outdone)
    const ownEnd = w === "kill" || (w === "top" && tokens[i - 1]?.text !== "to");
    if (ownEnd && YOURSELF.has(tokens[i + 1]?.text ?? "")) {
      // "go kill yourself", "you should kill yourself" (not "don't kill yourself")
      const prev = tokens[i - 1]?.text ?? "";
      // ("Not telling you to kill yourself, but…": taken back)
      if (
        prev !== "don't" &&
        prev !== "dont" &&
        prev !== "not" &&
        (!reportedOrNegated(tokens, i, text) || tellingTakenBack(tokens, text, i))
      )
        return [i, i + 1];
    }
    // "let them die" (wished; not "don't let them die")
    if (w === "die" && tokens[i - 2]?.text === "let" && LET_DIE.has(tokens[i - 1]?.text ?? "") && !negatedAt(tokens, i - 2, text))
      return [i - 2, i];
    if (DIE.has(w)) {
      for (let k = Math.max(0, i - 3); k < i; k++) {
        if (YOU.has(tokens[k]!.text)) {
          const between = tokens.slice(k + 1, i).map((t) => t.text);
          if (
            !between.some(
              (b) =>
                b === "not" ||
                b === "don't" ||
                b === "won't" ||
                b === "never" ||
                b === "will" ||
                b === "could" ||
                b === "might" ||
                b === "can",
            )
          )
            return [k, i];
        }
      }
    }
    // "a good old-fashioned hanging FOR MP Clive Ashdown", "firing squad for the lot of them" (not "calls for a hanging")
    if (
      GALLOWS_FOR.has(w) &&
      tokens[i + 1]?.text === "for" &&
      (w !== "squad" || tokens[i - 1]?.text === "firing") &&
      !TAKEN.has(tokens[i - 2]?.text ?? "")
    ) {
      const p = personAt(tokens, i + 2);
      const q = p >= 0 ? p : afterQuantifier(tokens, i + 2);
      if (q > 0 && q < n && !reportedOrNegated(tokens, i, text) && tokens[i - 2]?.text !== "calls" && tokens[i - 2]?.text !== "called")
        return [i, q];
    }
    // "Petrol, matches, one constituency office", "a few litres of petrol and a match would fix that mosque"
    // "we're coming to HIS HOUSE WITH PETROL"
    if (
      FUEL.has(w) &&
      tokens[i - 1]?.text === "with" &&
      HOME_PLACE.has(tokens[i - 2]?.text ?? "") &&
      POSSESSIVE.has(tokens[i - 3]?.text ?? "")
    )
      if (!reportedOrNegated(tokens, i - 3, text)) return [i - 3, i];
    // (not told how easy it is: "gasoline and a match are NEVER hard to get")
    if (FUEL.has(w) && !reportedOrNegated(tokens, i, text)) {
      let lit = -1;
      // ("a jerry can and a box of matches")
      for (let k = i + 1; k < Math.min(n, i + 7) && lit < 0; k++) if (LIGHT.has(tokens[k]!.text)) lit = k;
      const innocent = (t: Token, k: number) => MEANT_FIRE.has(t.text) || (NEGATION.has(t.text) && sameSentence(text, tokens, i, k));
      // proposed: a list opening a sentence ("Petrol, matches, …"), ordered ("Pour the petrol…"), or a fix ("…would FIX that")
      const start = (k: number) => k === 0 || (k > 0 && sentenceEnds(text, tokens[k - 1]!, tokens[k]!));
      const proposed =
        start(i) ||
        (POUR.has(tokens[i - 2]?.text ?? "") && start(i - 2)) ||
        tokens.some((t) => FIXED.has(t.text)) ||
        start(i - 3 >= 0 && tokens[i - 1]!.text === "of" ? i - 3 : -1);
      if (lit > 0 && proposed && !tokens.some(innocent))
        for (let k = 0; k < n; k++)
          if (BUILDING.has(tokens[k]!.text) || personNoun(tokens[k]!.text) || TITLE.has(tokens[k]!.text)) return [i, lit];
    }
    // "would buy a pint for the man who knocks the judge's teeth out", "whoever puts Mayor Hollis in a coma gets my vote"
    if (HARMS.has(w) || HARMS_TO.has(w)) {
      // (read from the harm done, back to who does it: "WHOEVER (finally) shoots…", "the man WHO puts…")
      const adverb = tokens[i - 1]?.text === "finally" || tokens[i - 1]?.text === "just" ? 1 : 0;
      const who = i - 1 - adverb;
      const incited =
        INCITED.has(tokens[who]?.text ?? "") || (tokens[who]?.text === "who" && REWARDED_ONE.has(tokens[who - 1]?.text ?? ""));
      const end = incited ? harmDoneAt(tokens, i) : -1;
      if (end >= 0 && !reportedOrNegated(tokens, who, text)) return [who, end];
    }
    // "should be taken out the back and GIVEN a proper hiding": the means wished a few words on (not "were given a hiding by the All Blacks")
    if (w === "given" && GIVEN_AFTER.has(tokens[i - 1]?.text ?? "") && sameClauseWish(tokens, text, i) >= 0) {
      const means = meansGiven(tokens, i);
      if (means >= 0) return [i, means];
    }
    // "tax inspectors should all have an 'ACCIDENT' on the way in": harm in scare quotes, wished
    // (the span starts at the wish: the word alone, in quotes, would read as a mention)
    // (had by someone wished it: "should all HAVE an 'accident'", not "she just had an 'accident' on the carpet, she should be fine";
    // or meant for someone: "a tragic 'accident' on the M5 FOR THE CHIEF CONSTABLE")
    if (w === "accident" && QUOTE_MARK.test(text[tokens[i]!.start - 1] ?? "")) {
      const wish = tokens[i - 1]?.text === "an" && HAVE.has(tokens[i - 2]?.text ?? "") ? sameClauseWish(tokens, text, i - 2, 4) : -1;
      if (wish >= 0) return [wish, i];
      const meantFor = MISHAP_WISHED.has(tokens[i - 1]?.text ?? "") ? accidentFor(tokens, text, i) : -1;
      if (meantFor >= 0) return [i - 1, meantFor];
    }
    // "I hope his car gets WRAPPED round a tree"
    if (
      w === "wrapped" &&
      (tokens[i + 1]?.text === "round" || tokens[i + 1]?.text === "around") &&
      WRAPPED_ROUND.has(tokens[i + 3]?.text ?? "")
    ) {
      const wish = sameClauseWish(tokens, text, i);
      if (wish >= 0) return [wish, i + 3];
    }
    // "I hope the guy above gets HIT by a bus": hoped for, not feared ("before a kid gets hit by a car")
    // (not "I hope the BILL gets hit by a bus OF amendments")
    if (w === "hit" && tokens[i + 1]?.text === "by" && A_THE.has(tokens[i + 2]?.text ?? "") && VEHICLE.has(tokens[i + 3]?.text ?? "")) {
      const wish = sameClauseWish(tokens, text, i, 10, WISHING);
      if (wish >= 0 && tokens[i + 4]?.text !== "of" && noThingDies(tokens, wish + 1, i)) return [wish, i + 3];
    }
    // "hope that presenter gets CANCER of the mouth"
    if (DISEASE.has(w) && CATCH.has(tokens[i - 1]?.text ?? "") && !DISEASE_CARE.has(tokens[i + 1]?.text ?? "")) {
      const wish = sameClauseWish(tokens, text, i, 10, WISHING);
      if (wish >= 0) return [wish, i];
    }
    // "the lad who punched MP Colin Rudd deserves a MEDAL": violence done to someone, rewarded (not to "the gunman")
    if (REWARD.has(w) && AWARDED.has(tokens[i - 2]?.text ?? "") && A_THE.has(tokens[i - 1]?.text ?? "")) {
      const done = violenceRewarded(tokens, text, i);
      if (done >= 0) return [done, i];
    }
    // "shame the egg that hit him WASN'T A BRICK": a worse missile wished
    if (NOT_WAS.has(w) && A_THE.has(tokens[i + 1]?.text ?? "") && MISSILE.has(tokens[i + 2]?.text ?? "")) {
      const wish = sameClauseWish(tokens, text, i, 10, SHAME);
      if (wish >= 0) return [wish, i + 2];
    }
    // "Someone lamped Cllr Ashworth last week? More of this please": violence done, approved
    if ((w === "please" || w === "pls") && approvalBefore(tokens, text, i) && tokens.some((t) => DONE_VIOLENCE.has(t.text)))
      return [i - 3, i];
    // "run the protesters over", "just run them over" (ordered, at a sentence's start)
    if (w === "run" && (i === 0 || tokens[i - 1]!.text === "just" || sentenceEnds(text, tokens[i - 1]!, tokens[i]!))) {
      const p = personAt(tokens, i + 1);
      if (p >= 0 && tokens[p + 1]?.text === "over") return [i, p + 1];
    }
    if (!SUBJECT.has(w)) continue;
    // "I hope someone shoots the mayor": a third person's act, wished (not "someone shoots him in the film")
    const wishedOfSomeone = (w === "someone" || w === "somebody") && wishWordBefore(tokens, i) && !reportedOrNegated(tokens, i, text);
    for (let j = i + 1; j < Math.min(n, i + 7); j++) {
      const v = wishedOfSomeone ? baseOfThirdPerson(tokens[j]!.text) : tokens[j]!.text;
      if (v === "not" || v === "never" || v === "don't" || v === "won't" || v === "wouldn't") break;
      // "somebody needs to take out the governor" (not "take out the trash", "take out a loan")
      if (v === "take" && tokens[j + 1]?.text === "out") {
        const p = j + 2 < n ? personAt(tokens, j + 2) : -1;
        if (p >= 0) {
          // (a person named by office may be "the CEO OF this exchange": "of" is no outing after a noun)
          const ofWhat = tokens[p + 1]?.text === "of" && personNoun(tokens[p]!.text);
          const outing = ofWhat
            ? tokens.slice(p + 2, p + 7).some((t) => OUTING_AFTER_OF.has(t.text))
            : OUTING.has(tokens[p + 1]?.text ?? "");
          if (!outing) return [j, p];
        }
      }
      // "someone should just take him out" (not "take you out for dinner")
      if (
        v === "take" &&
        THIRD_OBJECT.has(tokens[j + 1]?.text ?? "") &&
        tokens[j + 2]?.text === "out" &&
        !OUTING.has(tokens[j + 3]?.text ?? "")
      )
        return [j, j + 2];
      // "somebody ought to run that guy over"
      if (v === "run")
        for (let k = j + 1; k < Math.min(n, j + 4); k++)
          if ((RUN_OVER_PERSON.has(tokens[k]!.text) || personNoun(tokens[k]!.text)) && tokens[k + 1]?.text === "over") return [j, k + 1];
      if (!THREAT_VERBS.has(v)) continue;
      // a noun, no verb: "we didn't create much after THE break AND their midfield…" (probe set JM)
      if ((A_THE.has(tokens[j - 1]!.text) || DETERMINER.has(tokens[j - 1]!.text)) && AFTER_A_NOUN.has(tokens[j + 1]?.text ?? "")) continue;
      // "let's bury the hatchet, neighbours": made peace, whoever is named after it
      if (v === "bury" && tokens[j + 2]?.text === "hatchet") continue;
      // passive / undergoing: "when I get cut", "I was hurt"; done already: "I agree the strike HAS hurt the students"
      const pv = tokens[j - 1]!.text;
      if (
        pv === "has" ||
        pv === "have" ||
        pv === "had" ||
        pv === "get" ||
        pv === "got" ||
        pv === "gets" ||
        pv === "getting" ||
        pv === "was" ||
        pv === "been" ||
        pv === "am" ||
        pv === "i'm" ||
        pv === "im"
      )
        continue;
      // "hang" only with its person right after it ("we hang him"; not "hang out, you…", "hang photos of their…")
      for (let k = j + 1; k < Math.min(n, v === "hang" ? j + 2 : j + 4); k++) {
        // (within its clause: not "they cut more jobs, your mum said"; nor past a thing killed: "let's kill the IDEA that
        // cutting nurses saves money")
        if (clauseBreak(text, tokens[k - 1]!, tokens[k]!, false) || (THING_DIES.has(tokens[k]!.text) && !THIS_IT.has(tokens[k]!.text)))
          break;
        const p = personAt(tokens, k);
        if (p >= 0) {
          // (or a win told: "before I FINALLY beat him"; not "someone should finally beat him")
          if (
            CONTEST_VERB.has(v) &&
            (contestAt(tokens, j, p) || (AT_LAST.has(tokens[j - 1]!.text) && WINNER.has(tokens[j - 2]?.text ?? "")))
          )
            break;
          // "we'll hunt you down A better deal": found for someone
          if (v === "hunt" && tokens[p + 1]?.text === "down" && FOUND_FOR_YOU.has(tokens[p + 2]?.text ?? "")) break;
          // "gonna shoot you A quick LINK": a message sent (probe set JE)
          if (v === "shoot" && (tokens[p + 1]?.text === "a" || tokens[p + 1]?.text === "an") && sentAfter(tokens, p + 2)) break;
          if (POSSESSIVE.has(tokens[p]!.text) && notThePerson(tokens, text, p + 1)) break;
          return [j, p];
        }
      }
      // "I will genuinely stab Thornley", "…stab thornley if he refs our derby": a name right after the verb
      const name = j + 1;
      const capitalised = /^[A-Z][a-z]/.test(text.slice(tokens[name]?.start ?? 0, tokens[name]?.end ?? 0));
      const heAfter = tokens[name + 1]?.text === "if" && HE_SHE.has(tokens[name + 2]?.text ?? "");
      // (not a team beaten, "Thornley's argument" or "Mike's feelings")
      if (
        FIRST_PERSON_SUBJECT.has(w) &&
        !CONTEST_VERB.has(v) &&
        v !== "hang" &&
        isNameLike(tokens, name) &&
        !PARTICLE.has(tokens[name]!.text) &&
        !tokens[name]!.text.endsWith("'s") &&
        (capitalised || heAfter) &&
        !personWord(tokens[name]!.text)
      )
        return [j, name];
      // "shoot the lot of you", "hurt every one of them"
      const q = afterQuantifier(tokens, j + 1);
      if (q > 0 && q < n && OBJECT.has(tokens[q]!.text)) return [j, q];
    }
  }
  return null;
}
