/**
 * Menace without a verb of killing: harm foretold to someone's body ("you'll be leaving on a
 * stretcher", "he should have his jaw wired shut"), a weapon brought to a quarrel ("I own a
 * crowbar, keep typing"), a weapon wished on a head ("deserves a bat across the face"), a
 * quarrel's next round promised ("post that again and you'll regret it"), and private life
 * known ("I've looked up your plates"). Each reads the sentence's frame, so that the same words
 * told as news ("he ended up in hospital", "the player broke his jaw") stay news.
 */
import type { Token } from "./normalize.ts";
import { NEGATION, personNoun } from "./cues.ts";

const has = (toks: readonly Token[], i: number, set: ReadonlySet<string>) => set.has(toks[i]?.text ?? "");
const words = (...lists: string[][]) => new Set(lists.flat());

const BODY = words(
  ["legs", "leg", "arms", "arm", "jaw", "neck", "skull", "teeth", "nose", "ribs", "knees", "kneecaps", "face", "head", "fingers"],
  ["bones", "spine", "back", "hands", "skulls", "heads", "faces", "necks", "throat", "eye", "eyes"],
);
/** Where a weapon is wished: "a brick to the HEAD" (not "guns in the HANDS of…"). */
const STRUCK = words([
  "head",
  "face",
  "skull",
  "teeth",
  "knees",
  "kneecaps",
  "mouth",
  "neck",
  "chest",
  "gut",
  "ribs",
  "jaw",
  "nose",
  "eyes",
]);
const DAMAGED = words(
  ["broken", "broke", "break", "breaking", "smashed", "smash", "smashing", "snapped", "snap", "knocked", "kicked", "caved", "bashed"],
  ["busted", "crushed", "shattered", "cracked", "rearranged", "stomped", "wired", "ripped", "torn", "gouged", "slashed", "pulped"],
);
/** Whose body: "YOUR legs", "HIS jaw" (not "my", which tells of oneself). */
const OWNER = words(["your", "ur", "his", "her", "their", "yer"]);
const SECOND_OWNER = words(["your", "ur", "yer"]);
/** Where a hurt body goes: "wake up IN HOSPITAL", "leave ON A STRETCHER". */
const CARRIED_TO = words(
  ["hospital", "wheelchair", "coffin", "coffins", "bodybag", "ambulance", "stretcher", "morgue", "grave", "icu", "casket", "urn"],
  ["traction", "pieces", "body", "bags", "ditch", "intensive"],
);
const CARRIED_VERB = words(["wake", "end", "be", "go", "leave", "leaving", "come", "carried", "wheeled", "sent", "going", "waking"]);
/** Foretold of someone: "YOU'LL end up…", "he WON'T be…", "you're GONNA…", or wished: "he SHOULD…". */
const FORETELLING = words(
  ["you'll", "youll", "you'd", "will", "gonna", "going", "won't", "wont", "should", "shall"],
  ["needs", "need", "deserves", "deserve", "hope", "wish", "i'll", "we'll", "i'd", "would", "gotta", "let's", "lets"],
);
/** Wished, or promised by oneself: "he SHOULD…", "I'LL make sure…" (not "he WILL be in hospital", news). */
const WISHED = words(["should", "needs", "need", "deserves", "deserve", "hope", "wish", "i'll", "we'll", "i'd", "gotta", "let's", "lets"]);
const SECOND = words(["you", "u", "ya", "you'll", "youll", "you're", "youre", "you'd", "ur"]);
const WEAPON = words(
  ["gun", "guns", "shotgun", "rifle", "rifles", "pistol", "glock", "bat", "bats", "crowbar", "knife", "knives", "machete", "axe"],
  ["hammer", "brick", "bricks", "rope", "noose", "pitchfork", "pitchforks", "torches", "petrol", "gasoline", "acid", "bullet"],
  ["bullets", "ammo", "tire-iron", "sledgehammer", "golf-club", "boot", "fist", "fists", "shovel", "spade", "chainsaw"],
);
/** A weapon meeting a body: "a brick TO the head", "a bat ACROSS the face". */
const MEETS = words(["to", "in", "across", "into", "through", "over", "upside", "between"]);
/** One's own weapon: "I'VE GOT a shotgun", "I OWN a crowbar", "I'm BRINGING a bat". */
const MINE = words(["i've", "ive", "i", "we've", "we", "i'm", "im", "i'll", "we'll", "my"]);
const HOLDING = words(["got", "have", "own", "keep", "bringing", "bring", "carry", "carrying", "coming", "loaded", "sharpened", "oiled"]);
/** The quarrel going on: "keep TALKING", "say that AGAIN", "NEXT TIME you post". */
const KEEP = words(
  ["talking", "typing", "posting", "it", "this", "running", "mouthing", "pushing", "trolling", "commenting", "lying"],
  ["digging", "poking", "snooping", "replying", "chatting"],
);
const AGAIN = words(["again"]);
const CANNOT = words(["don't", "dont", "can't", "cant", "cannot", "won't"]);
const SPEAK_ON = words(["post", "talk", "tweet", "comment", "type", "lie", "speak", "write", "tell"]);
const GOING = words(["going", "gonna"]);
const HURT = words(["hurt", "killed", "shot", "stabbed", "beaten", "smashed", "knifed", "jumped"]);
/** A warning, not a threat: "you're going to get hurt IF you ride WITHOUT a helmet". */
function warned(toks: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(toks.length, i + 12); k++) if (WARNING.has(toks[k]!.text)) return true;
  return false;
}
const WARNING = words(["if", "without", "unless", "driving", "riding", "cycling", "climbing", "playing", "skating", "doing"]);
const SEE_YOU = words(["see", "catch", "meet", "find", "get"]);
const FINISHED = words(["done", "dead", "finished", "toast", "mine"]);
const NOT_PRETTY = words(["won't", "wont", "not", "isn't"]);
const THIRD_ONE = words(["he", "she", "they"]);
const BURN = words(["burn", "burns"]);
/** One's own hand in what is foretold: "IF I HAVE ANYTHING TO DO WITH IT", "if I have my way". */
function byMyHand(toks: readonly Token[]): boolean {
  for (let k = 0; k + 3 < toks.length; k++)
    if (
      toks[k]!.text === "if" &&
      toks[k + 1]!.text === "i" &&
      toks[k + 2]!.text === "have" &&
      (toks[k + 3]!.text === "anything" || toks[k + 3]!.text === "my")
    )
      return true;
  return false;
}
const AIRCRAFT = words(["plane", "jet", "helicopter", "chopper", "planes", "jets"]);
/** "fares ON that plane should go down": the plane is not what goes down. */
const OF_IT = words(["on", "of", "for", "from", "by", "in", "aboard"]);
const OUGHT = words(["should", "must", "ought", "needs", "would"]);
const CRASH = words(["crash", "explode", "blow"]);
/** A landing: "goes down SAFELY", "…ON time". */
const SAFELY = words(["safely", "smoothly", "on", "ok", "okay", "fine", "well"]);
const CRASHES = words(["crashes", "explodes", "crash", "explode"]);
const GOES = words(["goes", "go", "going"]);
/** Whose aircraft: "the ref'S flight", "HIS jet". */
const owner = (w: string) => OWNER.has(w) || w.endsWith("'s");
/** A hope in the five words before token i, not negated: "I HOPE that ref's…" (not "I don't hope…"). */
function hopedBefore(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 5); k < i; k++) if (HOPE.has(toks[k]!.text)) return !NEGATION.has(toks[k - 1]?.text ?? "");
  return false;
}
const SHOOTING = words(["shot", "shooter", "gunman", "bullet", "shooting", "sniper", "assassin", "assassination"]);
const WONT = words(["won't", "wont", "wouldn't", "will", "you'll", "he'll", "she'll", "they'll"]);
/** What is done with what is left of someone: "not enough left to BURY". */
const REMAINS = words(["bury", "identify", "scrape", "recognise", "recognize"]);
const SPEAK = words(["say", "post", "write", "type", "call", "comment", "do", "try", "repeat", "tweet", "reply"]);
const THAT = words(["that", "it", "this", "me", "those"]);
const ROUND = words(["word", "comment", "post", "time", "lie", "crack", "insult"]);
/** What the next round brings: "you'll REGRET it", "you'll be SORRY", "you'll PAY". */
const CONSEQUENCE = words([
  "regret",
  "sorry",
  "pay",
  "learn",
  "wish",
  "suffer",
  "bleed",
  "hurt",
  "limp",
  "scream",
  "beg",
  "disappear",
  "vanish",
]);
/** A life outside the comments, known: "I've LOOKED UP your plates", "I FOUND your house". */
const PRIVATE = words(
  ["address", "house", "home", "car", "kids", "children", "wife", "husband", "daughter", "son", "family", "workplace", "office"],
  ["street", "plates", "plate", "routine", "school", "gym", "driveway", "parents", "mother", "mum", "mom", "flat", "apartment"],
);
/** What a private word may name a thing of: "your address BOOK", "your car KEYS", "your school REPORT". */
const A_THING_OF_IT = words(["book", "label", "bar", "problem", "issue", "form", "keys", "key", "report", "photo", "bag"]);
const FOUND = words(["found", "looked", "tracked", "traced", "seen", "watched", "followed", "photographed", "know", "memorised"]);
/** Told as news or history: "he ENDED up", "the player BROKE his jaw", "police SAID". */
const TOLD = words(["said", "says", "reported", "according", "after", "when", "was", "were", "had", "ended", "woke", "went"]);

function negatedOrTold(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (NEGATION.has(toks[k]!.text) || TOLD.has(toks[k]!.text)) return true;
  return false;
}

function foretoldBefore(toks: readonly Token[], i: number, window: number): number {
  for (let k = i - 1; k >= Math.max(0, i - window); k--) if (FORETELLING.has(toks[k]!.text)) return k;
  return -1;
}

/** "your legs broken", "break his jaw", "your teeth knocked in": [first, last] of the pair, or null. */
function bodyHarmed(toks: readonly Token[], i: number): [number, number] | null {
  if (!has(toks, i, OWNER)) return null;
  const b = has(toks, i + 1, BODY) ? i + 1 : has(toks, i + 2, BODY) ? i + 2 : -1; // "your (whole) face"
  if (b < 0) return null;
  for (let k = b + 1; k <= Math.min(toks.length - 1, b + 2); k++) if (has(toks, k, DAMAGED)) return [i, k];
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (has(toks, k, DAMAGED)) return [k, b];
  return null;
}

const HOPE = words(["hope", "wish", "pray", "praying", "hoping"]);
/** Dying wished on someone: "I hope he CHOKES", "wish your family would all DROWN" (not "rots in jail", "burns in hell": curses). */
const DYING = words([
  "die",
  "dies",
  "choke",
  "chokes",
  "drown",
  "drowns",
  "bleed",
  "bleeds",
  "suffocate",
  "suffocates",
  "croak",
  "overdose",
  "overdoses",
]);
/** Diseases wished on someone, and the verbs that give them (threat.ts reads them too: "hope that presenter GETS CANCER"). */
export const DISEASE = words(
  ["cancer", "covid", "aids", "ebola", "tumour", "tumor", "disease", "plague", "stroke", "sepsis", "leprosy"],
  ["dementia", "rabies", "aneurysm", "seizure"],
);
export const CATCH = words(["get", "gets", "catch", "catches", "contract", "contracts", "develop", "develops", "got"]);
/** Having a sudden illness: "hope he HAS a stroke", "hope she SUFFERS a heart attack". */
const SUFFERS = words(["has", "have", "suffers", "suffer", "gets", "get"]);
/** An illness had, not a stroke of luck or a heart attack's worth of news: "a stroke", "a massive heart attack". */
function illnessAt(toks: readonly Token[], k: number): boolean {
  const w = toks[k]?.text;
  if (w === "heart") return toks[k + 1]?.text === "attack" && toks[k + 2]?.text !== "of";
  return w !== undefined && DISEASE.has(w) && toks[k + 1]?.text !== "of";
}
const TAKES = words(["gets", "takes", "eats", "kills", "finds", "get", "take", "eat", "kill"]);
const PERSON = words(
  ["you", "u", "he", "she", "they", "him", "her", "them", "your", "his", "their", "ur", "family", "kids", "children", "wife"],
  ["husband", "mother", "father", "son", "daughter", "whole", "everyone", "all"],
);
/** First person coming to a home: "I'LL COME round to your house", "WE'RE COMING to your work". */
const COMING = words(["come", "coming", "visit", "visiting", "show", "showing", "turn", "turning", "drop", "dropping", "call"]);
const MEAL = words(["dinner", "tea", "lunch", "breakfast", "coffee", "drinks", "party", "barbecue", "bbq", "christmas", "visit"]);

/** One's own people, whose illness is no wish of harm: "MY dad", "OUR nan". */
const OURS = words(["my", "our", "me"]);
/** What follows an illness that is care for it: "cancer SCREENING", "covid TEST". */
const CARE = words([
  "screening",
  "test",
  "tests",
  "scan",
  "treatment",
  "research",
  "charity",
  "ward",
  "nurse",
  "check",
  "checks",
  "jab",
  "vaccine",
]);
const SICK = words(["sick", "ill", "sicker"]);
/** What makes "get sick" no illness: "sick OF it", "sick AND tired", "sick PAY", "sick NOTES". */
const AFTER_SICK = words(["of", "and", "to", "pay", "leave", "note", "notes", "day", "days", "bay", "bag", "bags", "from", "with"]);
/** Whose illness: "THAT tumour", "HIS cancer". */
const ILLNESS_OWNER = words(["that", "your", "ur", "his", "her", "their"]);
const GROWS = words(["spreads", "spread", "grows", "returns", "wins"]);
const comesBack = (toks: readonly Token[], k: number) =>
  (toks[k]?.text === "comes" || toks[k]?.text === "come") && toks[k + 1]?.text === "back";
/** Death or disease wished on a person after "hope"/"wish", within ten words ("hope the dinghy capsizes and every one of them drowns"). */
function wishedDeath(toks: readonly Token[], i: number): number {
  let person = false;
  let official = false;
  for (let k = i + 1; k < Math.min(toks.length, i + 11); k++) {
    const w = toks[k]!.text;
    if (NEGATION.has(w) || w === "if" || w === "because" || w === "recovers" || w === "beats" || w === "beat") return -1;
    if (PERSON.has(w)) person = true;
    // an illness wished on an official or anyone named by role, not one's own ("Praying PRIME MINISTER Ashdown has a
    // massive stroke", probe set IP; not "I hope MY dad gets his cancer screening")
    if (personNoun(w) && !OURS.has(toks[k - 1]?.text ?? "")) official = true;
    if (person && DYING.has(w) && toks[k + 1]?.text !== "laughing") return k;
    if ((person || official) && CATCH.has(w))
      for (let m = k + 1; m < Math.min(toks.length, k + 4); m++)
        if (DISEASE.has(toks[m]!.text) && !CARE.has(toks[m + 1]?.text ?? "")) return m;
    if ((person || official) && SUFFERS.has(w) && (toks[k + 1]?.text === "a" || toks[k + 1]?.text === "an"))
      for (let m = k + 2; m < Math.min(toks.length, k + 5); m++) if (illnessAt(toks, m)) return m;
    // "I pray to God her kids GET SICK so she knows…" (probe set IV; not "hope you get sick OF hearing it", "…sick PAY")
    if (
      (person || official) &&
      (w === "get" || w === "gets") &&
      SICK.has(toks[k + 1]?.text ?? "") &&
      !AFTER_SICK.has(toks[k + 2]?.text ?? "")
    )
      return k + 1;
    // "Hope THAT TUMOUR SPREADS mate", "hope his cancer comes back" (someone's illness growing)
    if (DISEASE.has(w) && ILLNESS_OWNER.has(toks[k - 1]?.text ?? "") && (GROWS.has(toks[k + 1]?.text ?? "") || comesBack(toks, k + 1)))
      return k + 1;
    // ("hope the VIRUS gets you": a virus caught is no wish, "hope they get the virus under control")
    if ((DISEASE.has(w) || w === "virus") && TAKES.has(toks[k + 1]?.text ?? "") && PERSON.has(toks[k + 2]?.text ?? "")) return k + 2;
  }
  return -1;
}

/** [from, to] of a menace, or null. */
export function findMenace(toks: readonly Token[]): [number, number] | null {
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const w = toks[i]!.text;
    // "I hope your whole family chokes", "I hope the cancer gets you"
    // ("FINGERS CROSSED he has a stroke": a hope)
    if ((HOPE.has(w) || (w === "crossed" && toks[i - 1]?.text === "fingers")) && !NEGATION.has(toks[i - 1]?.text ?? "")) {
      const end = wishedDeath(toks, i);
      if (end >= 0) return [i, end];
    }
    // "I'll come round to your house", "we're coming to your office" (not "for dinner")
    if (COMING.has(w) && MINE.has(toks[i - 1]?.text ?? "")) {
      for (let k = i + 1; k < Math.min(n - 1, i + 5); k++)
        if (has(toks, k, SECOND_OWNER) && has(toks, k + 1, PRIVATE)) {
          const rest = toks.slice(k + 2, k + 6).some((t) => MEAL.has(t.text));
          if (!rest && !negatedOrTold(toks, i - 3, i)) return [i - 1, k + 1];
        }
    }
    // "Accidents happen on those roads, mate. Something to think about before you hit reply again."
    // (said to someone: not "keep digging into the accounts, the accidents happen in the paperwork")
    if (w === "accidents" && toks[i + 1]?.text === "happen" && !negatedOrTold(toks, i - 3, i) && toks.some((t) => YOU_WORD.has(t.text)))
      for (let k = 0; k < n; k++) if (quarrelAt(toks, k)) return [i, i + 1];
    // "meet me outside the ground after the game and say that again", "Say that to my face. Marina car park, 9pm, come
    // alone": a place to settle the quarrel (not "meet me at the café on Saturday", no quarrel)
    const settle = settlingAt(toks, i);
    if (settle >= 0 && !negatedOrTold(toks, i - 3, i))
      for (let k = Math.max(0, i - 14); k < Math.min(n, i + 14); k++) if (quarrelAt(toks, k)) return [i, settle];
    // "he won't live to see the election if I have anything to do with it": a death foretold, with one's hand in it
    if (w === "live" && toks[i + 1]?.text === "to" && toks[i + 2]?.text === "see" && has(toks, i - 1, WONT) && byMyHand(toks))
      return [i - 1, i + 2];
    // "the plane should go down", "his jet ought to crash": people on board wished dead
    if (AIRCRAFT.has(w) && has(toks, i + 1, OUGHT) && !has(toks, i - 1, OF_IT) && !has(toks, i - 2, OF_IT)) {
      const v = toks[i + 2]?.text === "to" ? i + 3 : i + 2;
      if (has(toks, v, CRASH) || (toks[v]?.text === "go" && toks[v + 1]?.text === "down")) return [i, toks[v]?.text === "go" ? v + 1 : v];
    }
    // "hope that ref's flight home goes down in flames" (someone's own aircraft: not "hope the Jets crash out")
    if ((AIRCRAFT.has(w) || w === "flight") && owner(toks[i - 1]?.text ?? "") && hopedBefore(toks, i - 1)) {
      const v = toks[i + 1]?.text === "home" ? i + 2 : i + 1;
      const down = has(toks, v, GOES) && toks[v + 1]?.text === "down" && !has(toks, v + 2, SAFELY);
      if ((has(toks, v, CRASHES) && toks[v + 1]?.text !== "out") || down) return [i - 1, v];
    }
    // "whoever shot at the governor should have aimed better" (not "I should have aimed better", a darts player)
    if (w === "aimed" && (toks[i + 1]?.text === "better" || toks[i + 1]?.text === "higher") && toks[i - 1]?.text === "have") {
      const who = toks[i - 3]?.text ?? "";
      if (who !== "i" && who !== "we" && toks.some((t) => SHOOTING.has(t.text))) return [i - 2, i + 1];
    }
    // "you won't be so brave with a broken nose" (not "she came home with a broken nose": told of someone else)
    if (w === "with" && toks[i + 1]?.text === "a" && has(toks, i + 2, DAMAGED) && has(toks, i + 3, BODY))
      for (let k = Math.max(0, i - 8); k < i; k++) if (SECOND.has(toks[k]!.text)) return [k, i + 3];
    // "keep talking and see what happens", "say that again and find out what happens"
    // (the round may be a sentence back: "say that to my face. I'm in the Red Lion every Friday, come and find out what happens")
    if (w === "see" || (w === "find" && toks[i + 1]?.text === "out")) {
      const what = w === "see" ? i + 1 : i + 2;
      const closing = what + 2 === n || has(toks, what + 2, PAL);
      const round = quarrelBefore(toks, i, closing ? 16 : 8);
      if (round >= 0 && toks[what]?.text === "what" && toks[what + 1]?.text === "happens") return [round, what + 1];
      // "keep talking and you'll find out" (not "…find out more", "…find out you agree": what is found follows;
      // nor "keep posting recipes and…": the quarrel's words end just before "and")
      const and = toks[i - 1]?.text === "and" ? i - 1 : toks[i - 2]?.text === "and" ? i - 2 : -1;
      const roundEnds = and > 1 && has(toks, and - 1, ROUND_END) && (quarrelAt(toks, and - 2) || quarrelAt(toks, and - 3));
      if (w === "find" && roundEnds && (what === n || has(toks, what, PAL) || has(toks, what, SOON))) return [and - 2, what - 1];
    }
    // "you're going to get hurt" (not "…if you ride without a helmet": a warning)
    if ((w === "you're" || w === "youre") && GOING.has(toks[i + 1]?.text ?? "")) {
      const get = toks[i + 2]?.text === "to" ? i + 3 : i + 2;
      if (toks[get]?.text === "get" && HURT.has(toks[get + 1]?.text ?? "") && !warned(toks, i)) return [i, get + 1];
    }
    // "next time I see you, you're done"
    if (
      w === "next" &&
      toks[i + 1]?.text === "time" &&
      toks[i + 2]?.text === "i" &&
      SEE_YOU.has(toks[i + 3]?.text ?? "") &&
      toks[i + 4]?.text === "you"
    )
      for (let k = i + 5; k < Math.min(n, i + 10); k++) if (FINISHED.has(toks[k]!.text) && SECOND.has(toks[k - 1]!.text)) return [i, k];
    // "somebody will find you one day and it won't be pretty"
    if (w === "pretty" && toks[i - 1]?.text === "be" && has(toks, i - 2, NOT_PRETTY))
      for (let k = Math.max(1, i - 12); k < i - 2; k++) if (toks[k]!.text === "you" && SEE_YOU.has(toks[k - 1]!.text)) return [k - 1, i];
    // "I hope you burn" (not "burn in hell": a curse, nor "burn through your savings")
    if (HOPE.has(w) && (toks[i + 1]?.text === "you" || THIRD_ONE.has(toks[i + 1]?.text ?? "")) && BURN.has(toks[i + 2]?.text ?? "")) {
      const after = toks[i + 3]?.text;
      if (after === undefined || after === "alive" || after === "slowly" || after === "to") return [i, i + 2];
    }
    // "you'd better watch yourself, pal" (not "…watch yourself on the ice")
    if (w === "better" && toks[i + 1]?.text === "watch" && toks[i + 2]?.text === "yourself" && (i + 3 === n || has(toks, i + 3, PAL)))
      return [i, i + 2];
    // "watch your mouth or else": the threat left unsaid, ending the comment
    if (w === "or" && toks[i + 1]?.text === "else" && i + 2 === n && i > 0) return [i, i + 1];
    // "dead men don't post": silence by death, promised
    if (
      w === "dead" &&
      (toks[i + 1]?.text === "men" || toks[i + 1]?.text === "people") &&
      has(toks, i + 2, CANNOT) &&
      has(toks, i + 3, SPEAK_ON)
    )
      return [i, i + 3];
    // "there won't be enough left of him to bury"
    if (w === "enough" && toks[i + 1]?.text === "left" && toks.slice(Math.max(0, i - 4), i).some((t) => WONT.has(t.text)))
      for (let k = i + 2; k < Math.min(n, i + 6); k++) if (has(toks, k, REMAINS)) return [i, k];
    // "you'll have your legs broken", "he should have his jaw smashed"; said to "you", any frame not told
    const hurt = bodyHarmed(toks, i);
    if (hurt) {
      const f = foretoldBefore(toks, hurt[0], 6);
      const from = f >= 0 ? f : quarrelAround(toks, i);
      if (from >= 0 && !negatedOrTold(toks, Math.max(0, Math.min(from, hurt[0]) - 3), hurt[0])) return [Math.min(from, hurt[0]), hurt[1]];
    }
    // "you'll wake up in hospital", "he won't be leaving except on a stretcher"
    if (CARRIED_VERB.has(w)) {
      const f = foretoldBefore(toks, i, 3);
      // to "you" in a quarrel ("keep it up and you'll wake up in…"; not "keep drinking and you'll end up in…"), or wished
      const toYou = f >= 0 && (SECOND.has(toks[f]!.text) || SECOND.has(toks[f - 1]?.text ?? "")) && quarrelAround(toks, i) >= 0;
      const wished = f >= 0 && WISHED.has(toks[f]!.text);
      if ((toYou || wished) && !negatedOrTold(toks, Math.max(0, f - 3), f)) {
        for (let k = i + 1; k < Math.min(n, i + 6); k++) {
          if (
            CARRIED_TO.has(toks[k]!.text) &&
            (toks[k - 1]!.text === "a" ||
              toks[k - 1]!.text === "the" ||
              toks[k - 1]!.text === "in" ||
              toks[k - 1]!.text === "on" ||
              toks[k - 1]!.text === "body")
          )
            return [f, k];
        }
      }
    }
    // "deserves a bat across the face", "a brick to the head is what he needs"
    if (WEAPON.has(w) && has(toks, i + 1, MEETS)) {
      const body = has(toks, i + 2, STRUCK) ? i + 2 : has(toks, i + 3, STRUCK) ? i + 3 : -1;
      const f = foretoldBefore(toks, i, 5);
      if (body >= 0 && f >= 0 && !negatedOrTold(toks, Math.max(0, f - 3), i)) return [f, body];
    }
    // "I've got a shotgun, so keep talking", "I own a crowbar and I know your street"
    if (WEAPON.has(w) && i >= 2) {
      let k = i - 1;
      while (
        k > 0 &&
        (toks[k]!.text === "a" ||
          toks[k]!.text === "my" ||
          toks[k]!.text === "the" ||
          toks[k]!.text === "loaded" ||
          toks[k]!.text === "baseball")
      )
        k--;
      if (HOLDING.has(toks[k]!.text) && (MINE.has(toks[k - 1]?.text ?? "") || MINE.has(toks[k - 2]?.text ?? ""))) {
        const quarrel = quarrelAround(toks, i);
        if (quarrel >= 0) return [k - 1, Math.max(i, quarrel)];
      }
    }
    // "one more comment like that and you're finished"
    if ((w === "you're" || w === "youre") && FINISHED.has(toks[i + 1]?.text ?? "") && quarrelBefore(toks, i) >= 0)
      return [quarrelBefore(toks, i), i + 1];
    // "post that again and you'll regret it", "keep typing and you'll pay"
    if (w === "you'll" || w === "youll" || (w === "you" && (toks[i + 1]?.text === "will" || toks[i + 1]?.text === "gonna"))) {
      const c = toks.slice(i + 1, i + 4).findIndex((t) => CONSEQUENCE.has(t.text));
      if (c >= 0 && quarrelBefore(toks, i) >= 0 && !negatedOrTold(toks, i, i + 1 + c)) return [quarrelBefore(toks, i), i + 1 + c];
    }
    // "I've looked up your plates", "we found your house", "I know your kids' school"
    if (FOUND.has(w) && (MINE.has(toks[i - 1]?.text ?? "") || MINE.has(toks[i - 2]?.text ?? ""))) {
      const your = toks[i + 1]?.text === "up" ? i + 2 : i + 1;
      // (not "found your address BOOK": a thing named after the private word)
      const known =
        has(toks, your, SECOND_OWNER) &&
        ((has(toks, your + 1, PRIVATE) && !has(toks, your + 2, A_THING_OF_IT)) || has(toks, your + 2, PRIVATE));
      // (not "I know your family has been through a lot": knowing is a menace only in a quarrel)
      if (known && !negatedOrTold(toks, i - 3, i) && (w !== "know" || quarrelAround(toks, i) >= 0)) return [i - 1, your + 1];
    }
  }
  return null;
}

/** The last word of a meeting set to settle something at token k ("MEET ME OUTSIDE", "COME ALONE", "BE WAITING AT"), or -1. */
function settlingAt(toks: readonly Token[], k: number): number {
  const w = toks[k]!.text;
  const next = toks[k + 1]?.text ?? "";
  if (w === "meet" && next === "me" && has(toks, k + 2, MEETING_PLACE)) return k + 2;
  if (w === "come" && next === "alone") return k + 1;
  return w === "waiting" && toks[k - 1]?.text === "be" && has(toks, k + 1, MEETING_PLACE) ? k + 1 : -1;
}
const MEETING_PLACE = words(["outside", "at", "after", "behind", "by", "in", "round", "around", "down"]);

/** Does the quarrel's next round start at token k: "keep talking", "say that again", "next time you", "one more word", "try me"? */
function quarrelAt(toks: readonly Token[], k: number): boolean {
  const w = toks[k]!.text;
  const next = toks[k + 1]?.text ?? "";
  if (w === "keep" && KEEP.has(next)) return true;
  if (SPEAK.has(w) && (AGAIN.has(next) || (THAT.has(next) && AGAIN.has(toks[k + 2]?.text ?? "")))) return true;
  if (w === "next" && next === "time" && toks[k + 2]?.text === "you") return true;
  // "something to think about before you hit reply"
  if (w === "before" && next === "you" && BEFORE_YOU.has(toks[k + 2]?.text ?? "")) return true;
  if (w === "one" && next === "more" && ROUND.has(toks[k + 2]?.text ?? "")) return true;
  // "mess with me", "cross me", "come at me"
  if ((w === "mess" && next === "with" && toks[k + 2]?.text === "me") || ((w === "cross" || w === "come") && CROSS_ME.has(next)))
    return true;
  // "say that to my face"
  if (w === "say" && THAT.has(next) && toks[k + 2]?.text === "to" && toks[k + 3]?.text === "my" && toks[k + 4]?.text === "face")
    return true;
  return (w === "try" && next === "me") || (w === "plenty" && next === "of" && toks[k + 2]?.text === "time");
}
const CROSS_ME = words(["me", "at"]);
const YOU_WORD = words(["you", "u", "your", "ur", "@user"]);
const BEFORE_YOU = words(["hit", "post", "reply", "comment", "type", "press"]);
/** The last word of a quarrel's next round: "keep TALKING", "say that AGAIN", "keep it UP", "try ME". */
const ROUND_END = new Set([...KEEP, ...AGAIN, "up", "me"]);
const SOON = words(["soon", "quick", "quickly", "fast", "eventually", "tonight"]);
const PAL = words(["pal", "mate", "buddy", "son", "sunshine", "sweetheart", "champ", "bud"]);

/** "Keep it up", "keep this up": a quarrel's next round nearby, as often a cheer further off. */
const cheered = (toks: readonly Token[], k: number) =>
  toks[k]!.text === "keep" && (toks[k + 1]?.text === "it" || toks[k + 1]?.text === "this");

/** Where the quarrel is named within ten words of token i, or -1. */
function quarrelAround(toks: readonly Token[], i: number): number {
  for (let k = Math.max(0, i - 10); k < Math.min(toks.length, i + 10); k++) if (quarrelAt(toks, k)) return k;
  return -1;
}

/** Where the quarrel is named in the eight words before token i (or, wider, a sentence back), or -1. */
function quarrelBefore(toks: readonly Token[], i: number, window = 8): number {
  for (let k = Math.max(0, i - window); k < i; k++) if (quarrelAt(toks, k) && (k >= i - 8 || !cheered(toks, k))) return k;
  return -1;
}
