/**
 * Intimidation: a comment that shows its writer knows where someone lives, works or sends their
 * children, foretells harm to them, or recalls a politician's murder, and warns them. Neither half alone is a threat ("I
 * know which end of Millbrook Road you mean", "Think twice before you vote", "Remember what happened
 * to Jo Cox? MPs need protection"); together they are the oldest threat there is.
 * Plain TypeScript, Workers-compatible.
 */
import type { Token } from "./normalize.ts";
import { phraseMatcher } from "./phrases.ts";
import { lastOfSentence, negatedAt } from "./cues.ts";

/** Where someone can be found, or who their family are, said as known. */
const whereaboutsAt = phraseMatcher([
  // "I am know where is your shop": where a fluent writer puts "is" last
  "know~ where is|are your|his|her|their|ur",
  "i|we know the|your|ur farm|house|home|shop|sheds|shed|car|van|truck|kids|school|street|address|family|office|door",
  "found|got|have your|ur linkedin|address|workplace|facebook|instagram|plates|reg|kids|family|house|office|school|ip",
  // "I know a few lads who drink in your local"
  "who drink~|live~|work~ in|at|near|on|by your|ur local|street|road|estate|building|block|area",
  "know~ which house|flat|door|one on @any rd|road|street|st|lane|close|avenue|ave|drive|way is yours|urs",
  "you've|youve a wife|husband|missus|partner and two|three|four|2|3|4 young|little|kids|children|small",
  "you have a wife|husband|missus|partner and two|three|four|2|3|4 young|little|kids|children|small",
  "know~ when you|u leave|finish|clock|walk",
  // "…whose profile picture shows exactly which street they live in. Noted."
  "shows|showed (exactly) which|what street|road|house|estate|building you|u|they|he|she live|lives|work|works",
  // "We know where the Gazette's office is", "I know where that councillor's surgery is"
  "know~ where the|that @any office|surgery|house|home|depot|studio|newsroom|yard is",
  "know~ where the|that @any @any office|surgery|house|home|depot|studio|newsroom|yard is",
  "the|your|ur ip logs|log|address|addresses make|say|show~",
  "your|ur|her|his|their (own) kids|children|daughter|son|daughters|sons walk~ home",
  "what time the|your|ur|his|her @any leave~|leaves|finish~|finishes",
  "posting where you|u are|live",
  "whoever sends|finds|gets me (this|that|his|her|the) @any address",
  "jogs|walks|runs|drives|cycles along|by|past the @any every (single) morning|night|evening|day",
  "from your|ur profile you're|youre in",
  "from your|ur profile you are in",
  "the @any lives on @any avenue|ave|street|st|road|rd|lane|drive|close|way",
  "your|ur car|house|home|shop|door|van|truck|office is the",
  // (probe set EC) "Her office is on Quay Street. Do with that what you will."; "…office is two streets from me"
  "his|her|their office|surgery|house|home|flat is on|in|at @any street|st|road|rd|lane|avenue|ave|drive|quay|square|terrace",
  "office|surgery|house|home|flat is two|three|four|five|a|2|3|4|5 few|couple streets|doors|minutes from me|mine|my",
  "office|surgery|house|home|flat is @any streets|doors|minutes from me|mine|my",
  // (probe set EJ) "…drives a silver Audi and parks on Queen St. Hint hint."
  "parks on|in|at @any st|street|road|rd|lane|avenue|ave|drive|close",
  "parks on|in|at the corner of",
  "people|everyone|everybody know~ where",
  "keep mentioning you go",
  "has|have two|three|four|2|3|4 kids|children|daughters|sons|grandkids at",
  "your|ur kids|children|daughter|son|grandkids|beta|beti go~ to",
  "your|ur|im|his|her shop|house|office|stall dey",
  "plate number|numbers",
  "your|ur car|van|truck|taxi|matatu|bus|quantum parked",
  "find your|ur hdb|block|flat|house|address|shop",
  // (probe set IM) "I know exactly which estate you're on from that pic", "…your dad's shop on Station Road closes at 9"
  "know~ (exactly) which|what estate|street|road|house|flat|block|pub|gym|school you're|youre|your|ur|you|u",
  "your|ur @any shop|house|office|flat|pub|stall|garage on|in @any road|rd|street|st|lane|avenue|ave|drive|close",
  // (probe set IP) "Your elderly mum still lives on her own in Hove, doesn't she. For now.", "…the journalist who wrote
  // this lives in Clapham. Do your duty."
  "your|ur (elderly|old|little|wee) mum|mam|mom|mother|dad|father|nan|nana|gran|granny|wife|husband|kids|daughter|son (still) lives|live on|in|alone",
  "who wrote this|that lives|works in|on|at",
  // (probe set JY) "tell Cllr Patel HER KIDS GO TO THE SAME SCHOOL AS MINE. she'll understand", "…I'VE GOT HIS ADDRESS and I'm
  // not waiting for the police"
  "kids|children|son|daughter|lad|girl go~|goes to the same school|nursery|club as mine|my|ours|our",
  "i've|ive|i|we've|weve got his|her|their|your|ur address and i'm|im|i|we|we're|were|my|me|the",
  // (probe set KF) "…your DAUGHTER'S NURSERY has decent security before you write the next column", "THE COUNCILLOR'S KIDS
  // GO TO the grammar on Elm Road. Just putting that out there for anyone…" (not "we know the town", "still on Carlton
  // Street?": said to friends as often)
  "your|ur daughter's|son's|kids|kid's|childrens|children's nursery|school|creche",
  "councillor's|mayor's|mp's|judge's|editor's|reporter's kids|children go~ to",
  // (probe set JR) "Your wife and kids LOOK LOVELY ON FACEBOOK. Tell them I said hi."
  "wife|husband|kids|children|family|daughter|son|missus|daughters|sons look~|looked lovely|nice|cute|sweet|happy on|in facebook|insta|instagram|your|ur|those|the",
  // (probe set JI) "…Councillor Amadi's house is number 9 Elm Road and he's home most evenings."
  "house|home|flat|office is number @any",
  // (probe set JM) "…you mentioned YOUR KIDS' SCHOOL in another thread, and I'd think about that before you mouth off
  // again"; "…should KEEP A CLOSE EYE ON HIS KIDS at the school gate this week, people round here don't forget"
  "mentioned your|ur kids'|kids|children's|childrens|daughter's|son's school|nursery",
  "keep a close eye on his|her|your|ur|their kids|children|family|daughter|son|wife",
  // (probe set JQ) "Everyone in this town KNOWS WHICH ONE IS YOUR HOUSE", "I KNOW YOUR SHIFT PATTERN at the Co-op", "YOU'VE GOT A
  // DAUGHTER AT Riverside Primary, haven't you?"
  "know~ which one is your|ur house|car|flat|door|home",
  "know~ your|ur shift|shifts pattern|patterns|rota|routine|schedule",
  "you've|youve got a daughter|son|kid|kids|little girl|little boy at",
  "he's|hes|she's|shes|they're|theyre home|in most|every evenings|nights|mornings|weekends",
  // (probe sets IV and IY) "Lovely wife you've got Marcus… Be careful what you write.", "Lovely kids you've got there,
  // Dermot. Be a pity."
  "lovely|nice|beautiful|cute|sweet wife|husband|missus|kids|family|daughter|son|daughters|sons|girls|boys|children you've|youve|ya got",
  "lovely|nice|beautiful|cute|sweet wife|husband|missus|kids|family|daughter|son|daughters|sons|girls|boys|children you|u have|got",
  // Taglish and Hinglish: "where you live", "your house", "(we) know the address"
  "kung saan|san ka nakatira",
  "bahay mo",
  "address pata hai",
]);

/** "I know which end of Millbrook Road you live on": a place known, where the person is found in it. */
const KNOWN_PLACE = new Set(["which", "what", "where"]);
const FOUND_IN = new Set(["live", "lives", "work", "works", "park", "parks", "go", "goes", "drink", "drinks", "shop", "shops", "stay"]);
const WHO_IS_FOUND = new Set(["you", "u", "he", "she", "they", "ya"]);
function placeKnownAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]!.text !== "know" || !KNOWN_PLACE.has(tokens[i + 1]?.text ?? "")) return -1;
  for (let k = i + 2; k < Math.min(tokens.length - 1, i + 9); k++)
    if (WHO_IS_FOUND.has(tokens[k]!.text) && FOUND_IN.has(tokens[k + 1]!.text)) return k + 1;
  return -1;
}

/** Harm foretold to someone or their things, or called for: "…will be stabbed", "…will not have tyres tomorrow", "deal with him". */
const harmForetoldAt = phraseMatcher([
  "will|gonna|go be|get stabbed|shot|killed|beaten|burned|burnt|lynched|necklaced|hanged",
  "will not|never have (any) tyres|tires|windows|wheels",
  "won't|wont have (any) tyres|tires|windows|wheels",
  "people|folks disappear round|around|in",
  // "…when there's a knock at the door", "expect a knock on your door" (not "the police will knock on your door")
  "there's|theres|there'll|therell be a knock at|on the|your|ur door",
  "there's|theres a knock at|on the|your|ur door",
  "expect|await a knock",
  "your|ur time is coming",
  // (probe set KF) "I'D HATE FOR ANYTHING TO HAPPEN TO the shop… Drop the complaint."
  "hate for anything|something to happen to",
  // (probe set DU) "Enjoy walking home in the dark tonight mate. Just saying."
  "enjoy walking home",
  // "Anyone fancy finding this guy? His profile says he works at…", "Does anyone know where the ref lives?"
  "profile|bio says he|she|they|you work~|live~",
  "know~ where the|that @any lives|works|parks|drinks",
  "enjoy the walk home",
  // "…the away bus parks behind the main stand. They'll know what to do"
  "bus|coach|car|van park~ behind|outside the",
  // (probe set EZ) "Keep talking. There's plenty of room in the bush behind the sports ground."
  "plenty|lots of room in the bush|woods|river|canal|quarry|forest|marsh",
  // (probe set FD) "The bridges outside the stadium are high and people do fall, just saying."
  "people|folk|folks do fall|slip|drown|trip",
  // (probe set JQ) "EVER BEEN GLASSED, Tariq?", "Mrs Pillay's CAT WENT MISSING the week after…", "…if your FRONT DOOR CAME IN at
  // 4am", "HOW FAST DO YOU THINK YOU CAN RUN, Marcus?"
  "ever been glassed|stabbed|knifed|bottled|shanked|kneecapped|jumped",
  "cat|dog|pet went|goes missing",
  "front|back door came|comes|went|goes in at",
  "how fast (do) you|u (think) (you|u) can run",
]);

/**
 * A mob called out: someone to be dealt with or met, and the mob told it is ready or what to bring. Only
 * together ("we meet them tonight" is a fixture, "deal with him" a disciplinary panel, "bring your knives" a potluck).
 */
const mobCalledAt = phraseMatcher(["deal with him|her|them|that", "we meet|find him|her|them tonight|tomorrow|later"]);
const mobReadyAt = phraseMatcher([
  "boys are ready",
  "give the word",
  "bring (your|the|some) rungus|pangas|machetes|knives|guns|weapons|clubs",
]);

/** A politician's murder recalled: what the warning then promises. */
const murderRecalledAt = phraseMatcher([
  "remember~ what happened to jo|lincoln|jfk|kennedy|amess|mussolini|gaddafi|ceausescu|abe|rabin|sadat|garfield|mckinley",
  "ford's|fords theatre|theater",
  "jfk|kennedy motorcade|motorcades",
  "dealey plaza",
  "grassy knoll",
  "sic semper tyrannis",
]);

/** A warning: harmless said alone ("Think twice before you buy"), a threat after the knowledge above. */
const warningAt = phraseMatcher([
  "just saying",
  "think on",
  "think very|really|long hard",
  "think hard",
  "might want to think",
  "be careful what you|u",
  "careful what you|u say|post|write",
  "watch yourself",
  "watch your|ur step|mouth",
  "somewhere safer",
  "when you come|get|leave out|home",
  "you will|you'll|youll see what happen~",
  "keep talking|posting|mouthing|running|talkin|runnin|postin",
  "consider yourself warned",
  "you've|youve been warned",
  "you have been warned",
  "just know say",
  "nobody asks|ask questions",
  "try me",
  "nearer|closer than you think",
  "isang post pa",
  "abangan mo ako",
  "seedha kar denge|dunga",
  "burn easy|easily",
  "shame|pity if the|your|ur windows|tyres|tires|windscreen|windshield|brakes got|get|were|was|went",
  "mind|watch them|him|her|yourself if i were you",
  "enjoy the|your visitors|visit",
  "not as patient as me|i",
  "keep writing|typing|commenting",
  "if you get my meaning|drift",
  "never know who's|whos going|gonna (to) turn|show up",
  "no need for the cops|police|law",
  "handle the rest ourselves",
  "they'll|theyll know what to do",
  "fancy finding|visiting this|that|him|her|them",
  "won't|wont|wouldn't|wouldnt be so brave|tough|cocky|gobby|mouthy when",
  "not be so brave|tough|cocky|gobby|mouthy when",
  "pop|drop round|over and have a word",
  "pay him|her|them|you|u a little|quiet visit",
  "do with that|this what you|u will|like",
  // (probe set EW) "…people round here have long memories, and she drives past the estate every single morning."
  "have|got long memories",
  "do what you|u will|like with that|this",
  "third|fourth|fifth|next time i'm|im going in",
  // (probe set IM) "I know the school your lad goes to, Chris. Thought you'd like to know that."; "…Lights are on, I can see."
  "thought you'd|youd like|want to know",
  "thought you should know",
  "lights are on",
  // (probe set IP) "…the journalist who wrote this lives in Clapham. Do your duty."
  "do your|ur duty",
  "tell them|her|him|em i|we said hi|hello",
  "not waiting for the police|cops|law|courts",
  "before you|u write|post the|your|ur next",
  "putting that|this|it out there for anyone",
  "drop the complaint|case|charges|objection",
  "won't|wont wait for the police|cops|law|courts",
  "before you|u mouth off",
  "people|folk|folks round|around here don't|dont|never forget",
  // (probe set JI) "Sharpen the pitchforks, lads." (after where someone lives)
  "sharpen|grab|get the|your|ur pitchforks|torches",
  // (probe set JQ) "Keep the curtains shut.", "You'll find out soon enough.", "Yours could be next, Hemant.", "Think before you
  // reply.", "First time for everything.", "…because you're going to need to."
  "keep the curtains shut|closed|drawn",
  "you'll|youll find out soon enough",
  "yours could|might be next",
  "think before you|u reply|post|comment|type",
  "first time for everything",
  "going|gonna to need to",
  "see you|u in the car park",
  "see you|u at @any in the car park",
]);
/** What makes a murder recalled a threat, besides the warnings above: "…a seat with the Senator's NAME ON IT", "FUNNY HOW the JFK motorcade…". */
const hintAt = phraseMatcher(["name on it", "funny how", "bet the", "think twice"]);
const WORD = /[\p{L}\p{N}]/u;
/** Warnings only as a sentence's last words: "…civilised people round here. For now.", "…parks on Queen St. Hint hint." */
const closingWarningAt = phraseMatcher([
  ...["for now", "just putting it out there", "see you around", "noted", "hint hint", "just checking"],
  ...["be a pity", "be a shame"],
  // (probe set JY) "…her kids go to the same school as mine. SHE'LL UNDERSTAND" (not "…she'll understand the catchment problem")
  "she'll|he'll|they'll|you'll|shell|theyll|youll understand",
]);

/** The knowledge (or the murder recalled) that a warning in the same comment makes a threat: [from, to], or null. */
export function findIntimidation(tokens: readonly Token[], text: string): [number, number] | null {
  let known: [number, number] | null = null;
  let recalled: [number, number] | null = null;
  let warned = false;
  let hinted = false;
  let called: [number, number] | null = null;
  let ready = false;
  for (let i = 0; i < tokens.length && !(known && warned) && !(called && ready); i++) {
    if (!called) {
      const end = mobCalledAt(tokens, i);
      if (end >= 0 && !negatedAt(tokens, i, text)) called = [i, end];
    }
    if (!ready) ready = mobReadyAt(tokens, i) >= 0 && !negatedAt(tokens, i, text);
    if (!known) {
      const end = Math.max(whereaboutsAt(tokens, i), placeKnownAt(tokens, i), harmForetoldAt(tokens, i));
      if (end >= 0 && !negatedAt(tokens, i, text)) known = [i, end];
    }
    if (!recalled) {
      const end = murderRecalledAt(tokens, i);
      if (end >= 0 && !negatedAt(tokens, i, text)) recalled = [i, end];
    }
    hinted ||= hintAt(tokens, i) >= 0;
    if (!warned) {
      const end = warningAt(tokens, i);
      const closing = closingWarningAt(tokens, i);
      // (an emoji may close the sentence after it: "see you around 😉")
      const closes =
        closing >= 0 &&
        (lastOfSentence(tokens, text, closing) || (!WORD.test(tokens[closing + 1]!.text) && lastOfSentence(tokens, text, closing + 1)));
      warned = (end >= 0 || closes) && !negatedAt(tokens, i, text);
    }
  }
  if (known && warned) return known;
  if (recalled && (warned || hinted)) return recalled;
  return called && ready ? called : null;
}
