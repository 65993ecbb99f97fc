/**
 * Word classes the threat readers share (threat.ts, violence.ts, menace.ts, intimidation.ts): what
 * negates a threat, what reports someone else's words, the nouns that name people, where a sentence ends;
 * and the creatures a threat's "them" may stand for, which model.ts also reads as pests, not people.
 */
import type { Token } from "./normalize.ts";

/** Negation before a threat: "NOBODY should be shot", "I would NEVER say…". */
export const NEGATION = new Set([
  ...["not", "no", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "nobody", "shouldn't", "won't", "wouldn't"],
]);

/** Someone else's words, reported: "anyone POSTING that the secretary should be shot". */
export const REPORTING = new Set([
  ...["say", "saying", "said", "says", "posting", "posted", "posts", "wrote", "writing", "writes", "claims", "claiming"],
  ...["suggesting", "suggested", "tweeted", "tweeting", "chanting", "chanted", "shouting", "shouted", "read"],
]);

/** Prepositions before a place's name: "in Leeds", "near Swindon". */
export const LOCATIVE = new Set(["in", "near", "outside", "around", "across"]);

/** Votes and elections, where "beat", "bury" or "burn" them is a figure for winning. */
export const ELECTION = new Set([
  ...["election", "elections", "polls", "poll", "ballot", "vote", "votes", "primary", "primaries", "midterms", "referendum"],
  ...["runoff", "byelection", "by-election", "caucus"],
]);

/** People named by a noun after a determiner: "take out THE GOVERNOR", "shoot THAT JUDGE". */
const PERSON_NOUN = new Set([
  ...["guy", "man", "woman", "lady", "judge", "mayor", "governor", "senator", "president", "minister", "premier", "ceo", "boss"],
  ...["cop", "cops", "reporter", "journalist", "journo", "politician", "politicians", "councillor", "councilor", "cabinet", "parliament"],
  ...["congress", "council", "bastard", "bastards", "traitor", "traitors", "idiot", "idiots", "moron", "morons", "clown", "clowns"],
  ...["coach", "referee", "ref", "manager", "owner", "landlord", "candidate", "chairman", "commissioner", "sheriff", "prosecutor"],
  ...["billionaire", "banker", "millionaire", "mp", "pm", "cyclist", "neighbour", "neighbor", "official", "bureaucrat"],
  ...["chairwoman", "councilwoman", "councilman", "superintendent", "teacher", "officer"],
  ...["streamer", "influencer", "youtuber", "author", "doctor", "nurse", "scientist", "pastor", "priest", "bishop", "imam"],
  ...["defendant", "paedo", "nonce", "magistrate"],
  ...["presenter", "footballer", "columnist", "commentator", "pundit", "broadcaster", "editor", "celebrity", "singer", "rapper"],
  ...["actor", "actress", "popstar", "jockey", "umpire", "goalkeeper", "striker", "cabbie", "bouncer", "vicar", "tory", "tories"],
  ...["mum", "mom", "wife", "husband", "daughter", "son", "kid", "dad", "mother", "father", "brother", "sister", "girlfriend"],
  ...["boyfriend", "bloke", "fella", "lad", "chap", "geezer", "dude", "lawyer", "solicitor", "barrister", "protester", "activist"],
  ...["chancellor", "secretary", "dictator", "tyrant", "soldier", "warden", "inspector", "detective", "surgeon", "dentist"],
  ...["professor", "lecturer", "headteacher", "headmaster", "planner", "contractor", "builder", "plumber", "waiter", "bartender"],
  ...["motorist", "tenant", "jogger", "copper", "chef", "vet"],
  ...["troll", "poster", "commenter", "keeper", "farmer", "constable", "landlady"],
  ...["grandmother", "grandfather", "grandma", "grandad", "granddad", "gran", "nan", "aunt", "uncle", "cousin", "nephew", "niece"],
  ...["driver", "founder", "surveyor", "exec", "executive", "fan", "star", "player", "rapist", "murderer", "thief", "thug", "lout"],
  ...["yob", "staffer", "boss", "worker", "volunteer", "councilwoman", "director", "spokesman", "spokeswoman", "host", "anchor"],
  ...["rider", "shareholder", "investor", "junkie", "addict", "pensioner", "commuter", "tourist", "resident", "student"],
  ...["bailiff", "migrant", "immigrant", "voter", "rambler", "vandal", "crook", "squatter", "lawmaker", "bosses", "sab"],
]);

/** Creatures, as pests, game and garden visitors: "Japanese BEETLES… I knock them into a bucket", "RATS… poison them". */
export const CREATURES: ReadonlySet<string> = new Set([
  ...["slugs", "snails", "beetles", "rats", "mice", "wasps", "hornets", "ants", "aphids", "pigeons", "foxes", "rabbits", "moles"],
  ...["squirrels", "ferals", "boars", "deer", "cockroaches", "roaches", "fleas", "ticks", "mosquitoes", "midges", "flies"],
  ...["caterpillars", "possums", "toads", "weeds", "magpies", "crows", "gulls", "seagulls", "starlings", "weevils", "termites"],
  ...["bedbugs", "lice", "maggots", "grubs", "locusts", "moths", "ducks", "geese", "trout", "carp", "pike", "fish", "roos"],
  ...["kangaroos", "feral", "pests", "vermin", "rodents", "critters", "bugs", "insects", "ferrets", "stoats", "mink", "badgers"],
]);

/** A person noun, plural or possessive too: "judge", "councillors", "that councillor's". */
export function personNoun(w: string): boolean {
  const t = w.replace(/'s$/, "");
  return PERSON_NOUN.has(t) || (t.endsWith("s") && PERSON_NOUN.has(t.slice(0, -1)));
}

/**
 * A negation among the three words before token i, in its sentence: "I would NEVER say…" (but "…they're NOT welcome.
 * Bring something heavy." and "Not a chance. Let him die." negate nothing).
 */
export function negatedAt(tokens: readonly Token[], i: number, text: string): boolean {
  // the telling denied: "I'm NOT telling anyone to jump off a bridge", "I'd NEVER tell someone to step in front of a
  // train" (not disowned in the same breath: "I'm not telling you to jump, BUT nobody would stop you")
  if (toldBefore(tokens, i)) return negatedAt(tokens, i - 3, text) && !butLater(tokens, text, i);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (sentenceEnds(text, tokens[k]!, tokens[k + 1]!)) return false;
    // ("WHY DON'T YOU just swallow…" urges it: a suggestion, not a negation)
    if (NEGATION.has(tokens[k]!.text) && !(tokens[k - 1]?.text === "why" && tokens[k + 1]?.text === "you"))
      return !takenBackAfter(tokens, text, i);
  }
  return false;
}

/** Words that take a denial back as a sentence of their own: "I'm not going to stab you. PROBABLY." */
const TAKING_BACK = new Set(["probably", "maybe", "yet", "perhaps", "possibly", "unless", "prob", "probs"]);
/** The sentence of token i is followed by one that takes it back: "…Probably.", "…Unless?", "…For now." */
export function takenBackAfter(tokens: readonly Token[], text: string, i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && !sentenceEnds(text, tokens[j - 1]!, tokens[j]!)) j++;
  if (j >= tokens.length) return false;
  const w = tokens[j]!.text;
  const last = w === "for" && tokens[j + 1]?.text === "now" ? j + 1 : TAKING_BACK.has(w) ? j : -1;
  return (
    last >= 0 && (last + 1 === tokens.length || sentenceEnds(text, tokens[last]!, tokens[last + 1]!) || tokens[last + 1]!.text === "lol")
  );
}

/** "telling anyone TO" just before token i. */
const toldBefore = (tokens: readonly Token[], i: number) =>
  tokens[i - 1]?.text === "to" && TOLD_WHO.has(tokens[i - 2]?.text ?? "") && TELLING.has(tokens[i - 3]?.text ?? "");
/** What is told at token i, the telling denied, is taken back in the same sentence: "Not telling you to X, BUT…". */
export const tellingTakenBack = (tokens: readonly Token[], text: string, i: number) => toldBefore(tokens, i) && butLater(tokens, text, i);
function butLater(tokens: readonly Token[], text: string, i: number): boolean {
  for (let k = i + 1; k < tokens.length && !sentenceEnds(text, tokens[k - 1]!, tokens[k]!); k++) if (tokens[k]!.text === "but") return true;
  return false;
}
const TOLD_WHO = new Set(["anyone", "anybody", "someone", "somebody", "you", "u", "people", "him", "her", "them"]);
const TELLING = new Set(["telling", "tell", "told", "asking", "ask", "asked", "urging", "urge", "encouraging", "encourage"]);

/** A sentence ends between tokens a and b (a full stop, "!", "?" or a line break). */
export function sentenceEnds(text: string, a: Token, b: Token): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    // . ! ? newline
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

/** The first token of token i's sentence, looking back at most `window` tokens (i - window when it starts further back). */
export function sentenceStartWithin(tokens: readonly Token[], text: string, i: number, window: number): number {
  const limit = Math.max(0, i - window);
  for (let k = i; k > limit; k--) if (sentenceEnds(text, tokens[k - 1]!, tokens[k]!)) return k;
  return limit;
}

/** Token k is the last of its sentence: the text's last token, or a sentence ends after it. */
export function lastOfSentence(tokens: readonly Token[], text: string, k: number): boolean {
  return k + 1 === tokens.length || sentenceEnds(text, tokens[k]!, tokens[k + 1]!);
}

/** Who did it, named by the deed: "WHOEVER wrote this", "the guy WHO posted that". */
export const WHO_DID = new Set(["whoever", "who", "whomever"]);

/** The writer speaking of themself: "I", "me", "my"… */
export const WRITER = new Set(["i", "i'm", "im", "me", "myself", "i've", "i'd", "i'll", "ive", "my", "mine"]);

/** A quotation mark, straight or curly, double or single: an "accident" in scare quotes. */
export const QUOTE_MARK = /["'\u2018\u2019\u201c\u201d]/;

/** Messages reported with what they said: "the councillor got LETTERS SAYING they'd burn her house down". */
const MESSAGE = new Set(
  ["letter", "letters", "message", "messages", "email", "emails", "text", "texts", "note", "notes", "dms", "voicemails"].concat([
    "tweets",
    "posts",
    "comments",
    "calls",
    "threats",
  ]),
);
const MESSAGE_SAYING = new Set(["saying", "threatening", "telling", "warning"]);
/** The writer (or the writer's side) as a subject: "I'LL send you…", "WE'RE coming…". */
export const WRITER_SUBJECT: ReadonlySet<string> = new Set(["i", "i'll", "ill", "i'm", "im", "i'd", "we", "we'll", "we're", "we'd"]);
/** Among tokens from..to, messages someone else sent are reported saying something (not "I'll SEND you letters saying…"). */
export function messageReported(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    if (WRITER_SUBJECT.has(tokens[i]!.text)) return false;
    if (MESSAGE.has(tokens[i]!.text) && MESSAGE_SAYING.has(tokens[i + 1]!.text)) return true;
  }
  return false;
}

/** Another's future, as told or reported: "told her HE'D…", "DMs saying THEY'D snap his ankle". */
export const THEY_WOULD: ReadonlySet<string> = new Set(["they'd", "he'd", "she'd", "they'll", "he'll", "she'll", "theyd", "hed", "shed"]);
/** Telling of harm, as a report: "a bloke TOLD her he'd… smash her face in", "she GOT TOLD she'd have her throat slit". */
const TELLING_OF_HARM = new Set(["told", "telling", "texting", "texted", "messaging", "messaged", "emailing", "emailed"]);
/** "I'm JUST telling you…": the teller stands before these. */
const ADVERB_BEFORE_TELLING = new Set(["just", "only", "simply", "really", "merely", "literally", "honestly", "seriously"]);
/** The writer as the teller, beside WRITER_SUBJECT: "I'VE told you before". */
const TELLER_AS_WRITER = new Set(["i've", "we've"]);
/**
 * Before the threat in its sentence, someone other than the writer told it, or it was told to someone (passive, or the
 * act named: "…covers TEXTING a referee that you'll break his legs"): not the writer's own ("I'm telling you…", "I've
 * told you before…", and a sentence that opens with the telling, "Told you I'd find you", are).
 */
export function toldByAnother(tokens: readonly Token[], text: string, start: number): boolean {
  return tellingByAnother(tokens, text, start) >= 0;
}

/** The telling word of toldByAnother, or -1. */
export function tellingByAnother(tokens: readonly Token[], text: string, start: number): number {
  const from = sentenceStartWithin(tokens, text, start, 20);
  for (let k = start - 1; k > from; k--) {
    if (!TELLING_OF_HARM.has(tokens[k]!.text)) continue;
    // (words quoted after the telling are read as a quotation: '…telling the keeper to "go hang yourself". Disgusting.')
    if (/["\u201c\u201d]/.test(text.slice(tokens[k]!.end, tokens[start]!.end))) return -1;
    let t = k - 1;
    while (t > from && ADVERB_BEFORE_TELLING.has(tokens[t]!.text)) t--;
    const teller = tokens[t]!.text;
    const another =
      !WRITER_SUBJECT.has(teller) && !TELLER_AS_WRITER.has(teller) && teller !== "am" && teller !== "you" && !NEGATION.has(teller);
    return another ? k : -1;
  }
  return -1;
}
