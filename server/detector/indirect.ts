/**
 * Indirect attacks on a commenter: dismissive set phrases that carry no insult word ("crawl back
 * under your rock", "take your meds", "learn to read") and mocking vocatives ("…, genius.").
 * The linear model scores them low (their words are harmless one by one), so a match aimed at
 * a commenter lifts the score to at least the middle of hold..reject: held, never published.
 * Plain TypeScript, Workers-compatible.
 */
import type { Token } from "./normalize.ts";
import { phraseMatcher } from "./phrases.ts";
import { clauseBreak, isName, YOU, YOU_ARE } from "./insult.ts";
import { lastOfSentence, sentenceEnds, sentenceStartWithin, WRITER } from "./cues.ts";

/** Dismissive phrases, said to the reader when they open a clause or when the comment names a commenter. */
const DISMISSIVE = [
  // (probe set HC) "…isn't a personality, Alan, it's a cry for help", "care to share with the group?"
  ...["isn't|isnt a personality", "a cry for help", "care to share with the group|class"],
  // (probe set HG) "Shame it came out of such an empty head", "…a bumper sticker and no friends"
  ...["such an empty head", "and no friends"],
  "crawl back",
  "under your rock",
  "under a rock",
  "tinfoil hat",
  "tin foil hat",
  "take your meds",
  "take your medication",
  "off your meds",
  "you on your head",
  "dropped on your head",
  "learn to read",
  "learn how to read",
  "reading comprehension",
  "get a life",
  "ashamed of you",
  "your ignorance",
  "your stupidity",
  "brainwashed",
  "sheeple",
  "your drivel",
  "crack pipe",
  "bless your heart",
  "go back to school",
  "grow up",
  "shut up",
  "shut your mouth",
  "back to your cave",
  "tiny brain",
  "pea brain",
  "brainless",
  "paid troll",
  "kool aid",
  "koolaid",
  "clown show",
  "go away",
  "get lost",
  "do us all a favor",
  "do everyone a favor",
  "do us all a favour",
  "do everyone a favour",
  "do the world a favour",
  "your mommy",
  "your mama",
  "sit down",
  "do the world a favor",
  "nobody would miss you",
  "no one would miss you",
  "under your bridge",
  "dense as a",
  "dumb as a",
  "dumb as rocks",
  "thick as a",
  "thick as two",
  "sharp as a marble",
  "sharp as a bowling ball",
  "run along",
  "stick to coloring books",
  "stick to colouring books",
  "people like you are why",
  "people like you are the reason",
  "people like you are the problem",
  "people like you are what's wrong",
  "people like you ruin",
  "playing with a full deck",
  "sandwiches short",
  "screw loose",
  "screws loose",
  "sharpest tool",
  "brightest bulb",
  "finish high school",
  "finished high school",
  "try thinking",
  "mental limitations",
  "conspiracy nut",
  "piss off",
  "bugger off",
  "sod off",
  "get bent",
  "get a clue",
  "paying you",
  "paid by the kremlin",
  "paid per comment",
  "troll farm",
  "your five accounts",
  "your other accounts",
  "taking your meds",
  "take your pills",
  // "I'd explain it to you but I left my crayons at home" (not "a card made with crayons")
  "any|my|got|the|bring|brought crayons",
  "crayon drawings",
  "past your bedtime",
  "little one",
  "ok grandad",
  "okay grandad",
  "ok grandpa",
  "okay grandpa",
  "gold star",
  // (probe set EO: mock praise)
  "points for enthusiasm",
  "mum's basement",
  // (probe set EX) "…numbers get hard once you run out of fingers." (not "I ran out of fingers counting the delays")
  "once|when|after you|u run|ran out of fingers|toes",
  "go feed some|the ducks|pigeons love|mate|pal|grandad|grandpa|hun|dear|sweetie",
  "make it past the first|second page|paragraph|line|sentence|headline",
  "cut~ into your|ur facebook|tiktok|youtube|twitter|telly|reddit|gaming|screen time",
  "shaking your|ur fist at clouds|the sky",
  "yelling|shouting|screaming at clouds",
  "anyone|anybody with a working attention span",
  // (probe set FA) "🥱🥱 wake me when you've got a point", "Not that facts have ever slowed you down."
  "wake me (up) when you've|youve|you|u got|have|make|find",
  "comments|forums|forum|section are|is that way",
  "pay|paid you|u in data|airtime|bundles",
  "better manners|maths|math|grammar|spelling|logic than you|u",
  "facts|evidence|logic|reality have|has ever slowed|stopped|bothered|troubled you|u",
  "you'd|youd ever watched|seen|read @any (full) @any sober",
  // (probe set FL: idioms) "Elevator doesn't quite go all the way to the top floor, does it, hon?", "Well, aren't you
  // just precious.", "Shame you got lost on the way to a coherent point."
  "go all the way to the top floor",
  "aren't|arent you just precious|adorable",
  "lost on the way to a|the|your (coherent|sensible|real) point",
  // (probe set FO: one sentence of a civil reply) "I'd draw you a diagram but I suspect you'd colour it in.", "I'll type
  // slower for you this time.", "Do try to keep up, grandad."
  "draw~ you|u a diagram|picture but",
  "if you|u ever left your|ur keyboard|basement|bedroom",
  "your|ur mum|mom|mummy|mommy still drives|dresses|feeds you|u",
  "a lot for you|u to take in",
  "near a keyboard unsupervised",
  "judging by your|ur spelling|grammar|punctuation",
  "type~ slower|slowly for you|u",
  "skipped that lesson|class too",
  "depth of a puddle",
  "special kind of brain|stupid|thick|dense",
  "teaching a goldfish|pigeon|toddler",
  "on your|ur planet",
  "have a little nap",
  "from gut to keyboard",
  "most confident wrong take",
  "that was a long sentence",
  "heartwarming|adorable|sweet|cute that you|u (still) believe|think",
  "big scary word|words for you|u",
  "do try to keep up",
  "must have peaked",
  "have a grown-up|grownup look",
  "bless you for thinking",
  "clearly never looked into",
  "sweet how you|u reckon|think|believe",
  // (probe set FC: short ones) "ratio'd and you know it", "your broadband is wasted on you"
  "ratio'd|ratioed",
  "your|ur broadband|internet|education|degree|schooling is|was wasted on you|u",
  "not the full shilling|quid|pound",
  "average intelligence",
  "argument with a toaster",
  "peaked in",
  "it's adorable that you",
  "cute that you|u think|believe|still|actually|really",
  "people like you shouldn't",
  "people like you should not",
  "psych ward",
  "your carer",
  "must be so proud",
  "mummy let you",
  "mommy let you",
  "mum let you",
  "your second language",
  "chess with a pigeon",
  "embarrass yourself",
  "sit this one out",
  "your attention span",
  "some of us have lives",
  "all by yourself",
  "learned to spell",
  "learn to spell",
  "how to spell",
  "wrong about everything",
  ...["fun at parties", "blast at parties", "born this dense", "being this dense", "being this wrong", "being this clueless"],
  ...["a single thought in your head", "a thought in your head", "an original thought in your head", "stop breeding"],
  ...["iq of this thread", "iq of the thread", "iq of this comment section", "iq in this thread", "iq of everyone"],
  ...["the intellect of a", "the intelligence of a", "the iq of a", "the brains of a", "the attention span of a", "the reasoning of a"],
  ...["did your mum", "did your mom", "moon landing was faked", "moon landing was staged", "moon landing was fake"],
  ...[
    "an original thought",
    "engaging your brain",
    "engage your brain",
    "hit at parties",
    "a grown-up in your house",
    "a grown up in your house",
  ],
  ...["an adult in your house"],
  ...["as thick as you", "as dumb as you", "as stupid as you", "as dense as you", "as clueless as you", "excuse for a human"],
  ...["let me guess you", "nobody asked for your", "go touch grass", "go touch some grass", "touch grass", "touch some grass"],
  ...["no one asked for your", "without telling me", "without telling us", "from a cereal box", "from a cracker jack box"],
  ...["never worked a day in your life", "your echo chamber", "forget your meds"],
  ...["forgot your meds", "not very bright", "not the brightest", "for trying to think", "dropped as a child", "dropped as a baby"],
  ...["must be so disappointed", "must be disappointed in you"],
  ...["like a toddler", "like a five year old", "like a 5 year old", "like a spoiled child", "like a spoilt child"],
  "stay mad",
  "think before you type",
  ...["raised by wolves", "smaller words", "simpler words", "shorter words", "cereal box", "word soup", "moving your lips"],
  // retorts that open their clause: "Says the man who couldn't find Canberra on a map", "Found the bloke who's never…"
  "says|said the man|woman|guy|bloke|person|one|fella|lad|lady|chap who",
  "found the man|woman|guy|bloke|person|one|fella|lad|lady|chap|expert|genius who|who's|that",
  "another expert|genius|einstein|scholar who|who's|heard",
  "imagine being so thick|dense|dim|stupid|clueless|gullible|ignorant|deluded",
  "people like you are exactly|precisely|the reason|why",
  "laugh|riot|hoot|hit at parties|christmas",
  "great fun at parties|christmas|dinner",
  "did it take you all morning|day|week",
  "typical boomer|snowflake|karen|sheep|leftie|lefty|trumper|libtard",
  "hush now",
  // "Sounds like someone's still bitter his wife left him": the reader as "someone"
  "sounds like someone's|somebody's|someones (still|really|getting) bitter|salty|jealous|mad|upset|triggered|butthurt",
  "ok|okay (hun|hon) like mentally",
  "not everyone can follow|understand big words like",
  "enough learning|education|schooling for one lifetime",
  "log off and go outside|touch|check",
  "clever|smart|articulate for someone who obviously|clearly|failed|flunked",
  "typing with one finger again",
  "whatsapp university|uni degree|graduate",
  "go (and) take your|ur bp drugs|meds|pills|medicine",
  "the door's|doors that way",
  "the door is that way",
  "need~ a hobby",
  // met in probe set AQ
  "should've|shouldve stayed|stopped in|at school (a) (bit|little) longer",
  "should have stayed|stopped in|at school (a) (bit|little) longer",
  "smell~ (faintly) of damp|regret|cabbage|cabbages|despair",
  "smell~ (faintly) of wet dog|dogs",
  // met in probe set BB
  "out of crayons",
  "thick as mince|custard|pigshit",
  "old fossil|dinosaur",
  // met in probe set AY (each written for its family; look-alikes in indirect.test.ts)
  "type~ (this|it) slowly|slow since|so|for|because",
  "back of a|the cornflakes|cornflake|cereal box|packet",
  "failed year|grade|yr @any science|maths|math|english|biology|physics|chemistry|geography|history",
  "lay off the pies|pie|doughnuts|donuts|cakes|biscuits|buffet",
  "stick to sharing|posting|forwarding|reposting memes|whatsapp|tiktoks",
  "stick to whatsapp|facebook|tiktok forwards|memes|videos",
  "nobel prize for discovering|figuring|working|realising|realizing|noticing",
  "whose only qualification is|was",
  "his|your|ur mum's|mums|mom's|moms|mother's|nan's spare room",
  // (probe set IX) "lights on, nobody home with this one", "Maybe find a hobby that doesn't involve sulking online",
  // "Hope the Kremlin pays you overtime"
  "lights (are) on (but) nobody|nobody's|nobodys|noone's home",
  "lights (are) on (but) no one's home",
  "find~|get~ a hobby",
  "kremlin pays|paying|paid you|overtime|well|for",
  // (probe set JD: a jab in a long civil reply) "…reading past a headline has never been your strong suit", "Did you
  // actually finish school, Kyle…", "I know nuance is hard for you", "Your comment history is a masterclass in being
  // confidently wrong", "Keep clutching those pearls", "…and that's saying something with you around", "nobody could
  // genuinely be this dense", "You really need to get out more", "You're a walking advert for thinking before typing",
  // "With all due respect, and there isn't much due", "you've got no mind of your own", "Do you get a bonus every time…"
  "never been your|ur strong suit|forte",
  "did you|u actually|even finish|pass|leave|attend school|primary|highschool",
  "nuance is|must be hard|difficult|tricky for you|u",
  "masterclass in being",
  "clutch~ your|those|them|the pearls",
  "saying something with you|u around|here",
  "genuinely|really|possibly|actually be this dense|thick|stupid|dim|clueless|gullible",
  "you|u (really) need to get out more",
  "walking advert|advertisement|billboard for",
  "there isn't|isnt much due",
  "no mind of your|ur own",
  "get a bonus|commission every time you|u",
  // (probe set JF: denials and apologies that still land) "Apologies for calling you a muppet. It was unfair to muppets.",
  // "Never said you were stupid… your comments do it for me", "I'm not insulting you, I'm describing you", "didn't realise
  // this was the kids' table", "Dictionary definition of gobshite: see Declan's last four comments", "…post like a
  // spiteful child"
  "unfair|insult|disservice on|to (all) muppets|idiots|morons|clowns|donkeys|sheep|goldfish|toddlers|potatoes|chimps|monkeys",
  "your|ur comments|posts|replies|comment|post do|does it|that for me|us",
  "i'm|im (just|only|simply) describing you|u",
  "this was|is the kids'|kids|children's|kiddies table",
  "definition of @any see",
  "like a spiteful|petulant|sulky|whiny|whiney|bratty child|toddler|brat|teenager",
];

/**
 * Mockery of whoever it describes, commenter or not ("needs both hands to count past ten", "arguments I've
 * seen written on a toilet wall"): held whatever its target, as name-calling of a public figure is.
 */
const MOCKERY = [
  // met in probe set AY
  "running on dial|dialup",
  "written on a|the toilet|bathroom|loo wall|walls|door",
  "crayon maths|math|drawings|scribbles",
  "hands (and) (a|both) (foot|feet) to count past|beyond|to ten|10|twenty|20",
  "with his|her|your|ur mittens on",
  "with his|her|your|ur oven gloves on",
];
const mockeryAt = phraseMatcher(MOCKERY);

/** The token range of the first phrase that mocks whoever it describes, or null. */
export function findMockery(tokens: readonly Token[], skip?: (i: number) => boolean): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const end = skip?.(i) ? -1 : mockeryAt(tokens, i);
    if (end >= 0) return [i, end];
  }
  return null;
}

/** Phrases said to someone in the conversation wherever they stand ("Must be nice living in mommy's basement"). */
const ADDRESSED = [
  "another genius",
  "you|u can't|cannot|cant even read|spell|count|write",
  // a view's holders called names, in a thread where they are the commenters ("Only a total cretin would think…")
  "only a|an (total|complete|absolute|utter) idiot|moron|cretin|imbecile|halfwit|dimwit|clown|muppet|numpty|dumbass|simpleton|buffoon|plonker|eejit|dunce would think|believe|say|defend|support|vote|argue|post|write|trust|buy|compare|claim|suggest|blame",
  ...["university of youtube", "university of google", "university of facebook", "big words from", "a little triggered", "triggered much"],
  "ok boomer",
  // (probe set EX) "Did someone forget their meds this morning?", "Who let grandad near the iPad again?"
  "did someone|somebody forget|skip their|his|her meds|pills|medication",
  "who let grandad|grandpa|granddad|nan|nana|gran|grandma|granny near|on|at the|a ipad|keyboard|internet|computer|laptop|phone|wifi",
  "education|schooling ended|stopped at the colouring|coloring|crayon",
  "someone's|somebody's|someones been sniffing",
  "someone|somebody check on this one",
  // (probe set FC) "massive L take", "typed with crayons, clearly", "been at the cooking sherry again, Margaret?"
  "massive|huge|big|major|absolute l take|takes",
  "l ratio",
  "ratio l",
  "go outside and touch (some) grass",
  "troll harder",
  "username checks out",
  "sure thing grandad|grandpa|gramps|boomer|sweetie|champ|kiddo",
  "failed gcse|gcses|matric @any did we|you",
  "failed gcse|gcses|matric did we|you",
  "posting|typing|commenting from mum's|mom's|mums|moms|mummy's|mommy's basement",
  "typed|typing|written|wrote with crayons|crayon",
  "certified yapper",
  "blud|bro|bruh (really) thought he|she cooked",
  "escaped the|his|her ward|asylum again",
  "that's|thats a you problem",
  "groundbreaking|revolutionary thought|take there",
  "truly groundbreaking|revolutionary thought|take",
  "this is grown up news|talk|conversation|table",
  "been at the (cooking) sherry|gin|meths|vodka again",
  "didn't|didnt ask don't|dont care",
  "not worth the pixels|bandwidth",
  "seek sunlight|daylight",
  "somebody|someone found a thesaurus|dictionary",
  "pass class 10|12|ten|twelve first",
  // met in probe set BB
  "read the article or just the headline",
  "if brains were dynamite|gunpowder|taxes",
  "classic bot|shill",
  "pr firm|agency treating you|u",
  "miss your|ur whinging|whining|moaning",
  "bigger than a lemonade stand",
  "little world you|u live in",
  "sorry for your|ur kids|wife|husband|family|partner|colleagues having to",
  // met in probe set BM
  "you|u have|got the emotional|critical range|depth|intelligence|maturity of a|an",
  "you|u have|got the iq|brains|insight|self-awareness|charisma|wit|personality|intelligence|maturity|logic of a|an",
  "you've|youve got the iq|brains|insight|self-awareness|charisma|wit|personality|intelligence|maturity|logic of a|an",
  "your|ur literacy|iq|intelligence|comprehension|reasoning|logic|spelling|grammar is|are on par with a|an toddler's|toddler|child's|child|kid's|goldfish|potato|chimp|rock|houseplant|infant's|infant",
  "your|ur literacy|iq|intelligence|comprehension|reasoning|logic|spelling|grammar is|are on par with a|an 5|five|6|six|4|four year|yr old|old's|olds|old\u2019s",
  "shut up and let the|those|people|someone|somebody",
  "you're|youre|ur living proof of that|this",
  "you are living proof of that|this",
  // met in probe set BO
  "interested in anything|what you|u have to say",
  "you|u (clearly|obviously) live alone",
  "your|ur comment|post|reply has the same energy as",
  "clearly working out for you|u",
  "tired of hearing yourself|urself",
  "hurt your|ur feewings|feelz|fee",
  "if you|u could read past|beyond",
  "big ask for someone like you|u",
  "away from sharp objects",
  // met in probe set AY
  "small words so you|u",
  "slow down so you|u can",
  "please never reproduce|breed",
  "has|have to sit next to you|u",
  "hug~|hugged them|you|u enough as a child|kid",
  "your|ur whole|entire personality is",
  "bless your|ur (little) cotton socks",
  "bless you|u tried",
  "weather under that|the|your bridge",
  "is way|well|far|clearly beyond you|u",
  "discussion|conversation|topic|debate is beyond you|u",
  "full|complete sentence this time",
  "you|u have|had the attention span",
  "today it's|its you|u",
  "everything|all about your|ur education|intelligence|iq|upbringing|schooling",
  "you're|youre|ur (real|really|so) popular at parties",
  "you are (real|really|so) popular at parties",
  "argue~ like a|an grade|year|class @any kid|child|student|pupil|schoolkid",
  "argue~ like a|an (spoiled|whiny|petulant|angry|sulky) kid|child|toddler|teenager|schoolkid|schoolboy|schoolgirl|preschooler",
  "saw|seen your|ur profile pic|picture|photo and",
  "okay boomer",
  "grown up discussion",
  "grown ups are talking",
  "grownups are talking",
  "the adults are talking",
  "imagine being this",
  "cool story",
  "mommy's basement",
  "mummy's basement",
  "mom's basement",
  "mother's basement",
  "parents basement",
  "your basement",
  "without telling me",
  "keyboard warrior",
  "keyboard warriors",
  "keyboard general",
  "keyboard commando",
  "dose of stupidity",
  "spoken like someone",
  "spoken like a true",
  "somebody skipped",
  "someone skipped",
  "the bots are out",
  "nobody asked you",
  "nobody cares what you",
  "nobody wants to read",
  "did you even",
  "do you even",
  "beep boop",
  "totally not a bot",
  "village is missing",
  "exhausting being wrong",
  "cope harder",
  "seethe",
  "cry more",
  "keep crying",
  "your mom help you",
  "your mommy help you",
  "your mum help you",
  // in words that vary (phrases.ts): inflections, alternatives, optional words
  "need~ an|a adult|grownup to",
  "need~ a grown up to",
  "read~ like it|they was|were written by a|an (confused|drunk|bored|angry|sulky) child|toddler|kid|teenager|twelve|five|ten|six",
  "professor|dr|doctor google|wikipedia|youtube|facebook",
  "the (resident) expert has|have arrived|spoken",
  "you're|youre (only|just) embarrassing yourself",
  "you are (only|just) embarrassing yourself",
  "your mum|mom|mother|mummy|mommy (still|must) think|thinks you're|youre",
  "nothing between the|your|his|her ears",
  "somebody's|someone's|somebody|someone (has) skipped|forgot|forgotten (their|his|her|your) meds|medication|pills",
  "somebody's|someone's|somebody|someone (has) forgot|forgotten to take (their|his|her|your) meds|medication|pills",
  "try reading|opening a book|newspaper sometime",
  "read|open a book|newspaper sometime",
  "read|open a book|newspaper for once",
  "pick up a book|newspaper sometime",
  "pick up a book|newspaper for once",
  "skipped|skipping your|their meds|medication|pills",
  "nothing|little (else) going on upstairs",
  "not much (else) going on upstairs",
  "that little going on upstairs",
  "baa baa",
  "little lamb",
  "your (last|only|lone|remaining|single|one) brain cell",
  "your two brain cells",
  "called they want their",
  "exhausting being (this|so) wrong",
  "skills|memory|span|iq|intelligence|brain|logic|maturity of a|an goldfish|toddler|potato|gnat|doorknob|houseplant|amoeba|sponge",
  "troll farm|farms is|are working overtime",
  "need~ someone|somebody to read|explain it|this|that to you",
  "can't|cannot understand it for you",
  "sounds like someone|somebody failed|flunked",
  "lights are on but (clearly|obviously) nobody's|nobodys home",
  "lights are on but no one's|nobody is home",
  "go back to sleep grandpa|grandad|gramps|boomer|granny",
  "found the shill|troll|bot|snowflake|boomer|karen|idiot|clown",
  "found the tory|labour|liberal|leftie|lefty|maga|trumper|conservative shill|troll|bot|voter",
  // written beside probe set CA (put-downs as varied as one writer could make them)
  "shill|troll|bot|boomer detected",
  // (probe set II) "This account was made three weeks ago and only ever posts about the bypass. Shill much?", "Back to
  // flipping burgers, Jordan.", "…seems to be the only social life you've got."
  "shill|troll|bot|projecting|triggered|salty|bitter|jealous|deflecting much",
  // (probe set IQ: a commenter mocked to the others) "Has anyone ever actually seen Trevor say something intelligent?",
  // "Such a deep thinker, our Callum.", "…make people pass a test before commenting", "A true intellectual giant walks
  // among us.", "Congratulations on the most clueless comment of the week", "…what little he was given upstairs"
  "seen @any say|post|write something intelligent|sensible|smart|clever",
  "such a deep|original|great thinker",
  "pass a test before commenting|posting",
  "intellectual giant|colossus walks among us",
  "congratulations|congrats on the most @any comment|post",
  "what little he|she|you|they was|were given upstairs",
  "back to flipping burgers",
  "stick to flipping burgers",
  "only social life you've|you|u (have) got|have",
  "don't|dont feed the troll|trolls",
  "do not feed the troll|trolls",
  "ok|okay karen|boomer",
  "put down the crack pipe|bong",
  "back to school for you",
  "are you paid to post|troll|comment|write",
  "troll somewhere else",
  "brain cells are|were fighting",
  "who let you out of the|your asylum|basement|cage|zoo|ward|institution|padded",
  "you have no idea|clue what you're|youre talking about",
  "should have|should've swallowed you",
  "reason shampoo|conditioner bottles have instructions",
  "reason warning labels exist",
  "try using|use your brain|head for once",
  "using your brain for once",
  "typical snowflake|troll|libtard response|reply|comment|answer",
  "rock|hole|basement|cave|swamp you crawled out of|from",
  "your caretaker|caretakers|carer|carers|handler|handlers|keeper|keepers",
  "did you take your meds|medication|pills|tablets",
  "have you taken your meds|medication|pills|tablets",
  "if it bit you",
  "someone's|somebody's|someone|somebody learned|learnt a new word",
  "someone's|somebody's been at the sauce|sherry|bottle|wine|gin|booze|cooking",
  "failed gcse|basic|primary maths|math|english",
  "get|gets your|his|her|their news|opinions from tiktok|facebook|youtube|twitter|telegram",
  "still live|lives with your|his|her|their parents|mum|mom|mother|mummy|mommy",
  "proving|prove my|our point|argument|case for me|us",
  "from under the|your tinfoil|tin foil hat",
  "time you post|comment i lose",
  "making|make my|our argument|point|case for me|us",
  "forgot to change the wifi password",
  "houseplants|rocks|potatoes|goldfish|toddlers with more",
  // written from scratch with look-alikes: the reason for instructions, smarter houseplants, a lost argument
  "you're|youre the reason shampoo|conditioner|bleach|coffee|microwaves has|have|comes|come (with) instructions|warnings|labels",
  "you are the reason shampoo|conditioner|bleach|coffee|microwaves has|have|comes|come (with) instructions|warnings|labels",
  "you're|youre the reason shampoo|bleach|coffee bottles|cups have|come (with) instructions|warnings|labels",
  "you are the reason shampoo|bleach|coffee bottles|cups have|come (with) instructions|warnings|labels",
  "i've|ive met smarter|brighter|sharper|cleverer houseplants|rocks|potatoes|toasters|doorknobs|bricks|sandwiches|goldfish|sheep|cows|pigeons",
  "i have met smarter|brighter|sharper|cleverer houseplants|rocks|potatoes|toasters|doorknobs|bricks|sandwiches|goldfish|sheep|cows|pigeons",
  "someone's|somebody's (big) mad|salty|upset|angry|butthurt|triggered (that) they|he|she lost the|this|an|that argument|debate",
  "whatever you're|youre|ur smoking share|pass",
  "whatever you are smoking share|pass",
  "what have you been smoking",
  "give~ him|her|them|this|that (guy|man|woman|person|one|clown) a participation trophy|medal|ribbon",
  "congrats|congratulations on being wrong|clueless|dense|stupid|thick about",
  "shallow end of the gene pool",
  "seen|read|heard better arguments|logic|reasoning|takes on the back of a cereal box|packet",
  "the voices tell|told you|u",
  "you ever had an original thought",
  "paid shill|shills|troll|trolls",
  "you're|youre what's|whats wrong with",
  "you are what's|whats wrong with",
  "go cry to your",
  "go cry about it",
  "go cry in a|your corner|safe space",
  "cry me a river",
  "let the adults|grownups talk",
  "let the grown ups talk",
  "but you wouldn't|wouldnt|won't|wont understand",
  "bless your (little|pointy|tiny) heart",
  "reading (comprehension) is hard isn't|isnt it",
  "reading (comprehension) must be hard",
  "made|makes sense in|inside your head",
  "thinking|reading|logic|math|maths|spelling|comprehension (maybe|clearly|obviously) isn't|isnt your strong suit",
  "thinking|reading|logic|math|maths|spelling|comprehension (maybe|clearly|obviously) is not your strong suit",
  "famous|resident|local economist|expert|genius|scientist|lawyer|professor|historian of the comment|comments section",
  "brain (clearly) runs|run on dial-up|dialup",
  "brain (clearly) runs|run on dial up",
  "fighting for third place",
  "two brain cells",
  "nurses|orderlies|carers are (probably) wondering|looking where|for you",
  "post~|comment~ unsupervised",
  "tells|told me (everything|all) i need to know about your",
  "draw you a picture",
  "crayons handy",
  "the voices in your head aren't|arent|told|tell",
  "the voices in your head are not",
  "between shifts at",
  "judging by your profile|avatar pic|picture|photo",
  "when they handed out brains|sense|brain",
  "when they handed out common sense",
  "degree from youtube|google|facebook|tiktok|twitter|reddit",
  "get~ that|your paranoia|head looked at",
  "whose biggest|greatest (life) accomplishment|achievement is",
  "the|resident village genius|idiot",
  "finish~|finished your ged",
  "whose entire|whole personality is",
  "your retirement|nursing|care home should",
  "our|the resident conspiracy|tinfoil|contrarian|crank|know-it-all|know-all|knowall",
  "bro|you|u|someone|somebody really typed all that|this",
  "speak whatever language your|ur",
  "confused~ facebook|youtube|tiktok|twitter|reddit|instagram memes|videos with",
  "clearly got|have too much time on your|ur hands",
  "did your mummy|mommy|mum|mom|mother help you type|write",
  "bile yer|your heid|head",
  "which university issued your certificate|degree|diploma",
  "your|ur english (itself) is (so) weak|poor|bad|terrible",
  "mek|make|let big people talk",
  "you're|youre|ur what happens when a|an|someone|somebody",
  "you are what happens when a|an|someone|somebody",
  "i don't|dont speak (fluent) idiot|moron|stupid|troll|clown|boomer|conspiracy|nonsense|gibberish|tinfoil",
  "i do not speak (fluent) idiot|moron|stupid|troll|clown|boomer|conspiracy|nonsense|gibberish|tinfoil",
  "you|u (clearly|obviously) have|got nothing better to do on|all|with|today|at",
  "dunning kruger has|just entered",
  "dunning-kruger has|just entered",
  "why we need an|a iq test for|before commenting|posting",
  "for you|u to do at the home",
  "you're|youre the reason they put warning|warnings labels|label on shampoo|bleach|coffee|microwaves|hair|plastic",
  "is as bad|ugly as your|ur grammar|spelling|face|haircut",
  "bc|because you|u look like that",
  "uglier than you|u",
  "you're|youre|ur a bitter old man|woman|hag",
  "seek help sis|hun|bro|babe|mate|pal",
  "understand|see why you're|youre|ur single|divorced|alone",
  "do you|u (even) have a job|life or is this it",
  // written beside probe set AI (long replies with the put-down in the middle)
  "maybe have|get one of your|ur grandkids|kids|children|grandchildren read it to you|u",
  "who peaked in high school|college",
  // met in probe set DX
  "peaked in sixth form|secondary school|year nine|primary school",
  "shouldn't|shouldnt you|u be at|in school|class|bed",
  "whatsapp|facebook|youtube|tiktok|twitter university|uni",
  "whatsapp uncle university|uni",
  "better at your|ur (actual|day|real) job than",
  "for|pity whoever|anyone has to live|work with you|u",
  "for|pity whoever|anyone has to share an|a office|house|desk|flat with you|u",
  "someone whose profile|bio says",
  "sharpest mind|tool|knife in the comment|comments|thread",
  "i'll|ill explain this|it slowly|slower",
  "going|gonna (to) explain this|it slowly|slower",
  "no wonder your|ur kids|wife|husband|family|children left|never",
  "shouldn't be let|allowed near a keyboard",
  "should not be let|allowed near a keyboard",
  "fall~|fell off the @any as a kid|child|baby",
  "your|ur family must love you|u at|on thanksgiving|christmas",
  "so little to back it up",
  "you've|youve (had|copped|taken|took) (a) few|one too many knocks|blows|hits to the head",
  "you (had|copped|took|got) (a) few|one too many knocks|blows|hits to the head",
  // met in probe set AQ (put-downs with no insult word), each written for its family
  "reason shampoo|conditioner|bleach|coffee|microwaves|peanut (bottles|cups|packets) need~ instructions|warnings|labels",
  "seen|met brighter|smarter|sharper|cleverer things|creatures|rocks|bricks|lampposts",
  "retrievers|labradors|spaniels|dogs|goldfish|toddlers|hamsters|houseplants|potatoes with a|more firmer|better|stronger|greater grasp|understanding|sense",
  "reason|argue|debate|reasoning|arguing|debating with a fridge|toaster|pigeon|doorknob|potato|houseplant|goldfish|lamppost magnet|cone",
  "reason|argue|debate|reasoning|arguing|debating with a toaster|pigeon|doorknob|potato|houseplant|goldfish|lamppost",
  "you (really|actually|genuinely) thought that was a|an (good|clever|great|winning|killer) point|argument|gotcha|comeback",
  "personality|charisma|insight|warmth|wit|depth of a|an wet|damp|soggy|stale|limp|beige|cardboard|plank|lettuce|teabag|dishcloth|brick|spreadsheet",
  "energy as|of a|an toddler|toddlers|child|drunk|sulking|angry|overtired",
  "off and play in the sandpit|sandbox|playpen",
  "sound them|it|the words out for you|u",
  "words of more than one|two|three syllables|syllable",
  "don't|dont worry about the|all (the) long|big words",
  "take~ the|his|her|your keyboard|phone|laptop|crayons off him|her|them|you",
  "take~ the|his|her|your keyboard|phone|laptop|crayons away from him|her|them|you",
  "care|nursing|retirement home's|homes got the wifi|internet",
  "get~ this|that|the fella|guy|man|bloke|lad|poster|commenter|snowflake a tissue|tissues|hanky|dummy|pacifier",
  "equivalent of a|an participation|wet|damp|soggy|beige|broken|expired|automated|pothole|migraine|headache|yawn",
  "internet|commenting|posting|voting should require a|an licence|license|test|iq|exam",
  "allowed|let anywhere near a|the polling|voting station|booth|ballot|keyboard|computer",
  "tell me @any is a parody|joke account",
  "its|their resident genius|idiot|troll|clown|crank",
  "who left the gate|cage open",
  "you attempt|try|attempting|trying basic maths|math|arithmetic|logic|spelling|english",
  "hasn't|hasnt|haven't|havent seen a|the washing|bath|shower|razor machine|since",
  "write|wrote|type|typed this|that after the|your|a third|fourth|fifth|sixth|tenth|few pint|pints|drinks|beers",
  "been on the (cooking) sherry|sauce|gin|wine|booze|bottle early|again|today",
  "if i wanted your opinion|input|thoughts|advice i'd|id",
  "if i wanted the opinion|input|thoughts|advice of a|an",
  "two|three|four whole sentences|words|paragraphs and you",
  // met in probe set EK
  "is everything alright|ok|okay|all right at home",
  "i'll|ill go slowly|slower",
  "stay with me we're|were nearly",
  // (not "the sharpest knife in the drawer", "tool in the shed": as often said of oneself)
  "not the sharpest pencil|crayon|spoon|marble|pencils|crayons in",
  "not the brightest bulb|spark|crayon|button|bulbs|sparks",
  "whatever they've|theyve|they have got you|u on",
  "more productive|intelligent|sensible conversations|conversation|chats|debates with my|a|the toaster|fridge|kettle|cat|dog|goldfish|microwave",
  "🤡 this guy|bloke|one|clown again",
  "sir|madam|maam|ma'am please log off",
  "get~|getting someone|somebody to read it|this|that to you|u",
  "your|ur head no correct",
  "gie it a rest",
  "so glad you|u were here to clear|clearing that|this up",
  // met in probe set ED
  "i'm|im (so|genuinely|honestly|actually|truly) embarrassed|cringing for you|u",
  "i am (so|genuinely|honestly|actually|truly) embarrassed|cringing for you|u",
  "same troll new username|name|account|handle",
  "new username|name|account|handle same troll",
  // (not "Karen": a name too)
  "thanks|cheers|ta for the|your input|contribution|insight|opinion chad|boomer|grandad|sweetie|sunshine|sweetheart",
  "did|does that|this|it come to you|u in a|the (same) dream",
  "bet you're|youre|ur a real|such a|an (absolute) hit|riot|delight at parties",
  "bet you're|youre|ur a real|such a|an (absolute) hit|riot|delight down|at the pub",
  "sale|clearance|discount on opinions|brains|braincells",
  "sale|clearance|discount on brain cells",
  "🖕 to you|u",
  "🖕 you|u",
  "ta gueule",
  "callate|cállate pendejo|idiota|cabron",
  // (probe set FL: idioms) "Few sandwiches short of a picnic, this one.", "Ah, the mouth-breathers have entered the chat."
  "sandwiches|sandwich|sarnies short of a picnic",
  "mouth-breathers|mouthbreathers have entered|in the chat|thread",
  "mouth breathers have entered|in the chat|thread",
  "run|go|crawl back to your|ur subreddit|forum",
  // (probe set FT: one put-down sentence of a long reply) "Maybe put the crayons down and read their report.", "Read the
  // article slowly, maybe with a finger under each line…", "That point has obviously sailed straight over your head…",
  // "Maybe get one of the grandkids to show you how to open a spreadsheet…", "…I suspect long division is where school stopped for you."
  "put|pop the|your|ur crayons down",
  // (probe set GX) "Put the can down and go to bed, Shane.": the reader drunk
  "put|pop the|your|ur can|cans|bottle|cider|vodka|pipe|bong down",
  "finger under each|every line|word",
  "use|using small words since|as|because|for you|u",
  "have a word with whoever taught you|u to",
  "sailed|flew|went (straight|right|clean) over your|ur head",
  "bless you|u for trying",
  "one of the|your|ur grandkids|grandchildren to show|teach|help you|u",
  "ask an|a adult|grownup to explain|help",
  "school stopped|ended for you|u",
  "sheltered (little) life you|u lead",
  // (probe set GI: veiled put-downs with no stock phrase) "Did you actually read it, or did you just look at the pictures?",
  // "Son, you don't know a wicket from a wiener dog…", "…please pass the phone to someone with sense.", "Log off and go
  // for a walk, it'll do you good.", "I weep for the people you sat next to in school…", "You're off your head if you think…"
  "you|u|ya|ye just look|looked at the pictures",
  "you|u|ya|ye don't|dont know a|an|the @any from a|an|the",
  "pass|hand the phone|keyboard to someone|somebody",
  "to someone|somebody with (some|more) sense",
  "log off|aff and go for a walk",
  "weep for the people|kids|teachers|children you",
  "off your|ur|yer head|heid if you|u|ye|ya think",
  // (probe set HC: the turn after a concession) "you've the legal mind of a man who got his law degree from ringing
  // into afternoon radio", "no wonder nobody invites you anywhere", "does anyone at home actually talk to you?"
  "you've|youve (got) the brain|mind|intellect|wit|wisdom of a|an",
  "you've|youve (got) the @any brain|mind|intellect|wit|wisdom of a|an",
  "you have (got) the brain|mind|intellect|wit|wisdom of a|an",
  "you have (got) the @any brain|mind|intellect|wit|wisdom of a|an",
  "no wonder nobody|noone invites|likes|visits|rates you|u",
  "no wonder nobody|noone listens|talks to you|u",
  "does|do anyone|anybody at home (actually|even|ever) talk|listen to you|u",
  // (probe set HE) "I think you've had a few too many before logging on tonight"
  "you've|youve had (a) few|one too many",
  // (probe set HG) "Back in your day I suppose the bins were collected by horse and cart", "You're the human version of a
  // reply-all email", "I've met fence posts with more insight"
  "back in your|ur day",
  "you're|youre the human version|equivalent of a|an",
  "i've|ive met @any with more insight|sense|brains|intelligence",
  "i've|ive met @any @any with more insight|sense|brains|intelligence",
  // (probe set HJ) "it's not his fault he peaked in fifth year", "every time you comment I feel my brain cells leaving"
  "peaked in (high|secondary|primary|middle) school|college|uni|fifth|sixth|year",
  "feel my brain cells leaving|dying|die",
  // (probe set IO: the jab that closes a civil reply) "…jumping to conclusions seems to be the only exercise you ever get",
  // "…would go over Jackie's head like everything else on this thread", "Honestly it's like arguing with a toddler."
  "only exercise you|u (ever) get|do",
  "go|goes|going|went over @any head like everything|most",
  "like arguing|debating|reasoning with a|an toddler|pigeon|child|brick|wall|fence",
  // (probe set IQ) "You lie for a living, Martin", "Caps lock is not an argument, Paula", "…even for someone of your limited
  // abilities", "You've got a real problem with the truth", "Why don't you just zip it for once", "Nothing you say can be
  // trusted"
  "you|u lie for a living",
  "caps lock is not|isn't|isnt an argument",
  "someone|somebody of your|ur limited abilities|ability|intelligence|intellect|brainpower|talents",
  "you've|youve (got) a (real|serious) problem with the truth",
  "you|u (just) zip it",
  "nothing you|u say can be trusted|believed",
  // (probe set JJ) "…everyone on this thread is LAUGHING AT HER, NOT WITH her", "AT LEAST MY KIDS STILL SPEAK TO ME", "Is there
  // SOMEONE AT HOME WHO LOOKS AFTER YOU when you get like this?", "NOT EVERYONE CAN BE GOOD AT READING", "this is WHAT
  // HAPPENS WHEN YOU LEAVE SCHOOL AT 15"
  "laughing at you|u|her|him|them not with",
  "at least my kids|children|wife|husband|family|grandkids (still) speak~|talk~ to me",
  "someone|somebody|anyone at home who|to look~ after you|u",
  "not everyone can be good at reading|spelling|thinking|understanding",
  // (not the question "What happens when you leave school at 16 in Scotland?")
  "is what happens when you|u leave|left school at",
  "that's|thats what happens when you|u leave|left school at",
  // (probe set JN) "Did it come FREE WITH THE CEREAL box?", "HOW'S THE MEDICATION GOING?", "Is this THE THIRD BOTTLE or the
  // fourth?", "The dogs are THE ONLY ONES WHO STILL LISTEN TO YOU", "someone's BEEN INTO THE GOON again", "THE MEN IN WHITE
  // COATS RANG", "I've MET SHARPER THINGS in my garden shed"
  "free with a|the|your cereal|cornflakes|weetabix box|packet",
  "free in a|the|your cereal|cornflakes|weetabix box|packet",
  "how's|hows the|your|ur medication|meds|medicine going|working",
  "how is the|your|ur medication|meds|medicine going|working",
  "is this the second|third|fourth|fifth bottle|pint|glass|can",
  "the only ones|one who|that still listen~ to you|u",
  "someone's|somebody's|someones been into|on|at the goon|sauce|sherry|wine|vodka|gin|bottle",
  "men in white coats rang|called|phoned|rung|are|have",
  // (probe set JS) "HOW'S THE WEATHER DOWN IN THE BASEMENT?", "I think Gary's BRAIN BUFFERED halfway through that sentence"
  "how's|hows the weather|view|wifi|signal (down) in|from the|your|ur basement",
  "how is the weather|view|wifi|signal (down) in|from the|your|ur basement",
  "brain buffered|buffering|glitched|blue-screened|bluescreened|short-circuited|lagged|froze|crashed halfway|mid|midway|again|partway",
  // (probe set JZ: put-downs inside long arguments) "I know it's A LOT OF WORDS FOR YOU but…", "…you genuinely can't HOLD TWO
  // NUMBERS IN YOUR HEAD at once", "I DIDN'T REALISE WE HAD A world-renowned epidemiologist in the comments", "…we've FOUND
  // THE LIMIT OF YOUR current affairs knowledge", "Everyone reply to Terry SLOWLY AND WITH SMALL WORDS please" (not "You're
  // not fooling anyone": a view doubted, not a person put down)
  "a lot of words for you|u",
  "hold two|2 numbers|thoughts|ideas|facts in your|ur head",
  "didn't|didnt realise|realize we had a|an",
  "found the limit|limits|extent of your|ur",
  "slowly and with small|smaller|short|simple words",
  "with small|smaller|short|simple words please",
  "with small|smaller|short|simple words for him|her|them|you",
  // (probe set KG) "…THE GROWN-UPS WERE just TALKING about the actual budget", "…NOW TRY FINDING THE ARTICLE", "Truly THE
  // EINSTEIN OF THE COMMENTS section" (not "such a big boy", "bless her, she thinks…": said of children)
  "the grown-ups|grownups|adults were|are just talking",
  "the grown ups were|are just talking",
  "now try reading|finding|opening the article|story|piece",
  "the einstein|genius|mastermind|oracle|brains of the comments|thread|comment",
  // (probe set KD) "…have you tried TURNING YOUR BRAIN OFF AND ON again"
  "your|ur brain off and on",
];
/**
 * Said to the reader only as a whole clause: "You're a joke.", "Are you twelve?" (not "you're a joke
 * teller", "are you twelve or older?", "what's wrong with you getting a second opinion?").
 */
const WHOLE_CLAUSE = [
  "nobody asked",
  "no one asked",
  "listen to yourself|urself",
  "are you twelve|five|ten|six|eight|12|5|10",
  "you sound like a (spoiled|whiny|petulant) child|toddler|teenager|brat|baby",
  "what's|whats wrong with you|u",
  "you're|youre|ur vile|despicable|contemptible|embarrassing|pathetic",
  "you're|youre|ur a joke|disgrace|laughingstock",
  "you are vile|despicable|contemptible|embarrassing|pathetic",
  "you are a joke|disgrace|laughingstock",
  "you're|youre|ur beneath contempt",
  "you are beneath contempt",
  "you people are vile|despicable|disgusting|sick|pathetic",
  "please don't|dont breed|reproduce",
  "stop embarrassing yourself|urself",
  "ever had an original thought",
  "you|u sound exhausting",
  "i'd|i (gently) suggest therapy",
  "nobody (down|up|round|around) here asked",
  "no one (down|up|round|around) here asked",
  "if you're|youre a|an @any i'm|im a|an|the @any",
  // (probe set CA: "Found the Rovers supporter." but not "…who lost his wallet")
  "found the @any supporter|fan|voter|shill",
  // (probe set DQ: "Found the Halstrom PR intern.")
  "found the @any bot|plant|stooge|apologist|fanboy|fangirl",
  "found the @any pr|comms|press|marketing intern|team|department",
  "whatever you say chief|champ|sunshine|einstein|genius|sweetie|hun",
  // (probe set EA) "Sweet summer child. You think the government plans things?"
  "sweet summer child",
  // (probe set EX) "Account created this week… Totally organic, I'm sure." (not "…totally organic, I'm sure of it")
  "totally|very|so|completely|entirely organic i'm|im sure",
  // (probe set FA) "Rack off, mate."
  "rack|nick|naff off",
  "sure jan",
  "skill issue (tbh|tbf|honestly)",
  "therapy exists (you|u) (know)",
  // (probe set DR) "Oh honey. No."
  "oh honey|sweetie|sweetheart|hun|hon|sweetpea|darling",
  // (probe set FI) "…you're background noise.", "Next commenter please, this one's done.", "…stick to the crossword."
  "you're|youre|ur (just) background noise",
  "you are (just) background noise",
  "next commenter|poster please",
  "stick to the crossword|crosswords|comics|sudoku|wordsearch",
  // (probe set FT) "Loan with an obligation to buy is not the same as a straight loan. Do keep up." (not "do keep up the good work")
  "do keep up",
];
const addressedAt = phraseMatcher(ADDRESSED);
const dismissiveAt = phraseMatcher([...DISMISSIVE, ...ADDRESSED]);
const wholeClauseAt = phraseMatcher(WHOLE_CLAUSE);

/** Phrases that are also plain English ("the pain won't go away", "kids grow up"): said to someone only as a whole clause. */
const WHOLE_CLAUSE_ONLY = new Set(["sit", "go", "get", "grow", "shut", "stay"]);
/** Words that may open a clause before an imperative ("Oh, grow up", "Just go away"). */
const BEFORE_ORDER = new Set(["oh", "just", "please", "so", "now", "seriously", "honestly", "and", "then", "pal", "buddy", "mate", "dude"]);

/**
 * A dismissive phrase said to the reader: "Another genius heard from", an imperative opening its
 * clause ("Crawl back under your rock", "Grow up."), or one in a sentence that says "you" ("Every
 * time you post, the average IQ of this thread drops").
 */
export function dismissiveAddressed(
  tokens: readonly Token[],
  text: string,
  [from, to]: readonly [number, number],
  youInSentence: boolean,
): boolean {
  if (addressedAt(tokens, from) >= 0 || tokens[from - 1]?.text === "another") return true;
  if (WHOLE_CLAUSE_ONLY.has(tokens[from]!.text) || wholeClauseAt(tokens, from) === to) return wholeClause(tokens, text, from, to);
  return youInSentence || opensClause(tokens, text, from) || hailedAfter(tokens, text, to);
}

/** A name set off by commas just after token `to`: "…isn't a personality, ALAN, it's a cry for help". */
function hailedAfter(tokens: readonly Token[], text: string, to: number): boolean {
  const name = tokens[to + 1];
  if (!name || !isName(name, text) || !/^\s*,\s*$/.test(text.slice(tokens[to]!.end, name.start))) return false;
  const after = tokens[to + 2];
  return after === undefined || /[,.!?]/.test(text.slice(name.end, after.start));
}

const ONE = new Set(["someone", "somebody", "person", "one", "man", "woman", "bloke", "guy"]);
/**
 * The phrase at `from` describes the writer: "AS SOMEONE WITH the attention span of a goldfish, I made it
 * to paragraph three" ("as (a) someone with/who …" before it, the writer speaking within a few words after).
 */
export function selfDescribed(tokens: readonly Token[], text: string, from: number): boolean {
  if (turnedOnOneself(tokens, text, from)) return true;
  // "I'VE (GOT) THE memory of a goldfish", "MY reading comprehension…": the writer's own
  let own = from - 1;
  if (tokens[own]?.text === "the") own--;
  if (tokens[own]?.text === "got") own--;
  const owner = tokens[own]?.text;
  if (owner === "my" || owner === "i've" || owner === "ive" || (owner === "have" && tokens[own - 1]?.text === "i")) return true;
  // "I MUST BE thick as two short planks", "I'M as daft as a brush" (not "I'm sure your mum…": the put-down said of the writer)
  let k = from - 1;
  while (k > from - 4 && WRITER_IS_FILLER.has(tokens[k]?.text ?? "")) k--;
  const w = tokens[k]?.text;
  if (w === "i'm" || w === "im" || (WRITER_IS.has(w ?? "") && tokens[k - 1]?.text === "i")) return true;
  for (let k = Math.max(1, from - 5); k < from; k++) {
    const one = tokens[k]!.text === "a" || tokens[k]!.text === "an" ? k + 1 : k;
    if (tokens[k - 1]!.text !== "as" || !ONE.has(tokens[one]?.text ?? "")) continue;
    if (tokens[one + 1]?.text !== "with" && tokens[one + 1]?.text !== "who") continue;
    for (let m = from + 1; m < Math.min(tokens.length, from + 14); m++) if (WRITER.has(tokens[m]!.text)) return true;
  }
  return false;
}

/** What the writer "is" before a put-down said of themselves: "I MUST be", "I AM", "I WAS". */
const WRITER_IS = new Set(["am", "was", "must"]);
const WRITER_IS_FILLER = new Set(["be", "so", "such", "as", "really", "just", "probably", "clearly", "totally", "being"]);
/** What makes a "me" the one a put-down was about: "that WAS me", "IT'S me", "SAYS me". */
const I_AM = new Set(["i'm", "im", "i've", "ive"]);
const IS_ME = new Set(["was", "is", "it's", "its", "that's", "thats", "says", "said"]);
/**
 * The put-down at `from` turns on the writer in its own sentence or the next: "Imagine being this clueless: THAT WAS ME
 * last week", "Found the idiot who forgot his rego. IT'S ME.", "Sit down, ME.", "…without telling ME I'M getting old".
 */
function turnedOnOneself(tokens: readonly Token[], text: string, from: number): boolean {
  // "tell me / without telling me I'M…": the meme said of oneself
  for (let k = from; k < Math.min(tokens.length - 1, from + 3); k++)
    if (tokens[k]!.text === "me" && I_AM.has(tokens[k + 1]!.text)) return true;
  // "that was ME BEING a keyboard warrior", "me acting the big man": the writer's own doing owned
  for (let k = Math.max(0, from - 3); k < from - 1; k++) if (tokens[k]!.text === "me" && ME_BEING.has(tokens[k + 1]!.text)) return true;
  const endsSentence = (k: number) => k + 1 >= tokens.length || sentenceEnds(text, tokens[k]!, tokens[k + 1]!);
  if (ownSentence(tokens, text, from, endsSentence)) return true;
  let ends = 0;
  for (let k = from; k < tokens.length && ends < 2; k++) {
    if (tokens[k]!.text === "me") {
      // "…, me." a vocative of oneself
      const alone = /,\s*$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]!.start)) && endsSentence(k);
      if (alone || IS_ME.has(tokens[k - 1]?.text ?? "")) return true;
    }
    if (endsSentence(k)) ends++;
  }
  return false;
}

const ME_BEING = new Set(["being", "acting", "playing"]);
const MINE = new Set(["my", "myself"]);
/** "MY GOD, learn to read": an oath, not the writer's own. */
const OATH_AFTER_MY = new Set(["god", "gosh", "goodness", "lord", "word", "days", "dude", "guy", "friend", "man"]);
const READER_OWN = new Set(["your", "yours", "yourself", "you've", "youve", "you'll", "you'd", "@user"]);
const I_OPEN = new Set(["i", "i'm", "im", "i've", "ive"]);
/**
 * The sentence of token `from` is the writer's own, no one else in it: it opens with "I" or says "my" ("I got MY
 * economics degree from YouTube", "lol I need a grown-up to help me"), names no reader and quotes no one.
 */
function ownSentence(tokens: readonly Token[], text: string, from: number, endsSentence: (k: number) => boolean): boolean {
  // (someone else's, named just before: "I think GARY'S brain buffered…")
  if (from > 0 && namedOwner(tokens[from - 1]!, text)) return false;
  let start = from;
  while (start > 0 && !endsSentence(start - 1)) start--;
  // (a quotation in it is someone else's words: '"I did my own research" says the bloke…')
  if (/["\u201c\u201d]/.test(text.slice(tokens[start]!.start, tokens[from]!.end))) return false;
  let mine = I_OPEN.has(tokens[start]!.text) || (tokens[start]!.text === "lol" && I_OPEN.has(tokens[start + 1]?.text ?? ""));
  for (let k = start; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (YOU.has(w) || YOU_ARE.has(w) || READER_OWN.has(w)) return false;
    mine ||= MINE.has(w) && !OATH_AFTER_MY.has(tokens[k + 1]?.text ?? "");
    if (endsSentence(k)) break;
  }
  return mine;
}

/** A name's possessive: "Gary's", "ScouseLad99's" (capitalised; not "my granddaughter's", not "It's": a verb's "'s"). */
const namedOwner = (tok: Token, text: string) =>
  tok.text.endsWith("'s") && tok.text.length > 3 && !CONTRACTED_S.has(tok.text) && /\p{Lu}/u.test(text[tok.start] ?? "");
const CONTRACTED_S = new Set(["it's", "that's", "what's", "there's", "here's", "he's", "she's", "who's", "let's", "where's", "how's"]);

/** Token `from` opens a clause (words like "oh", "just" may come before it). */
function opensClause(tokens: readonly Token[], text: string, from: number): boolean {
  const start = clauseOpening(tokens, text, from);
  return start === 0 || clauseBreak(text, tokens[start - 1]!, tokens[start]!, false);
}
/** Token `from` opens the comment (words like "oh", "just" may come first). */
const opensComment = (tokens: readonly Token[], text: string, from: number) => clauseOpening(tokens, text, from) === 0;
function clauseOpening(tokens: readonly Token[], text: string, from: number): number {
  let start = from;
  while (start > 0 && !clauseBreak(text, tokens[start - 1]!, tokens[start]!, false) && BEFORE_ORDER.has(tokens[start - 1]!.text)) start--;
  return start;
}

/** Mocking vocatives: a reader called these is being mocked ("Enjoy your hat, genius."). */
export const MOCKING_VOCATIVE = new Set([
  "genius",
  "einstein",
  "snowflake",
  "sweetie",
  "buttercup",
  "princess",
  "sparky",
  "skippy",
  "sunshine",
  "champ",
  "chief",
  "sherlock",
  "honey",
  "darling",
  "bot",
  "shill",
  "kid",
  "kiddo",
  "sweetheart",
  "professor",
  "sonny",
  "beta",
]);

/** Someone else doing what a dismissive order tells the reader to: "the KIDS learn to read". */
const OTHER_SUBJECT = new Set(["i", "we", "they", "he", "she", "kids", "children", "students", "pupils", "people", "everyone"]);
/** Orders among the dismissive phrases, which are plain English with a subject of their own. */
const ORDER_VERB = new Set(["grow", "learn", "sit", "go", "get", "shut", "stay", "crawl", "run", "try"]);
/** Words before "you" that make what follows a question or a time, not an order: "where did you grow up". */
const ASKING = new Set(["did", "do", "does", "where", "when", "if", "as", "how", "until", "before", "after"]);

const QUOTE_BEFORE = /[,.!?]["'\u2019\u201d]\s*$/;
/** A quotation opening later in the sentence: `, "…`, ` '…`. */
const QUOTE_AFTER = /[,:]\s*["'\u2018\u201c]/;

/**
 * A dismissive phrase (tokens from..end) in its plain sense: an order with a subject of its own ("the kids learn to read",
 * "where did you grow up?"), a quotation attributed, or a dose ("take your meds with food").
 */
function plainSense(tokens: readonly Token[], text: string, from: number, end: number): boolean {
  // "'It was avoidable,' says the man who led the inquiry": a quotation attributed
  // (not '"I did my own research" says the bloke who…': the reader's words thrown back, no comma before the quote closes)
  // ("Said the man who led the inquiry, 'It was avoidable.'": the quotation follows)
  const w = tokens[from]!.text;
  if (w === "says" || w === "said") {
    const before = text.slice(Math.max(0, tokens[from]!.start - 4), tokens[from]!.start);
    const sentenceAfter = /^[^.!?]*/.exec(text.slice(tokens[from]!.end))![0];
    if (QUOTE_BEFORE.test(before) || QUOTE_AFTER.test(sentenceAfter)) return true;
  }
  // "Take your meds WITH food, my pharmacist says": a dose, not a put-down
  if (MEDS.has(tokens[end]?.text ?? "") && DOSING.has(tokens[end + 1]?.text ?? "")) return true;
  if (from === 0 || !ORDER_VERB.has(tokens[from]!.text) || addressedAt(tokens, from) >= 0) return false;
  if (clauseBreak(text, tokens[from - 1]!, tokens[from]!, false)) return false;
  const before = tokens[from - 1]?.text ?? "";
  if (OTHER_SUBJECT.has(before) || (before === "you" && ASKING.has(tokens[from - 2]?.text ?? ""))) return true;
  // "Damn, you go away for a week and the whole cabinet has changed": "you" the subject, going somewhere
  return before === "you" && end >= 0 && GOING_ON.has(tokens[end + 1]?.text ?? "");
}
const MEDS = new Set(["meds", "medication", "medicine", "pills", "tablets"]);
const DOSING = new Set(["with", "at", "every", "twice", "once", "daily", "on", "as"]);
/** What follows a going told, not ordered: "you go away FOR a week", "…AND come back". */
const GOING_ON = new Set(["for", "and", "to", "on", "until", "till", "at", "with", "then"]);

/** The token range of the first dismissive phrase, or null. */
export function findDismissive(tokens: readonly Token[], text: string, skip?: (i: number) => boolean, from = 0): [number, number] | null {
  for (let i = from; i < tokens.length; i++) {
    if (skip?.(i)) continue;
    const end = dismissiveAt(tokens, i);
    if (
      end >= 0 &&
      !plainSense(tokens, text, i, end) &&
      !saidToEveryone(tokens, text, end) &&
      !saidOfMe(tokens, i) &&
      !named(tokens, text, i, end) &&
      !(tokens[end]!.text === "up" && surpriseAt(tokens, end + 1) >= 0) &&
      !creditedElsewhere(tokens, end) &&
      !(tokens[end]!.text === "even" && CARED_FOR.has(tokens[end + 1]?.text ?? ""))
    )
      return [i, end];
    const whole = wholeClauseAt(tokens, i);
    if (whole >= 0 && wholeClause(tokens, text, i, whole) && !(tokens[whole]!.text === "up" && surpriseAt(tokens, whole + 1) >= 0))
      return [i, whole];
  }
  return null;
}

/** Praise given to a third party or the writer, not the reader: "gold star TO THE council", "gold star FOR ME" (probe set KG). */
function creditedElsewhere(tokens: readonly Token[], end: number): boolean {
  if (!PRAISE.has(tokens[end]!.text)) return false;
  const [to, whom] = [tokens[end + 1]?.text, tokens[end + 2]?.text ?? ""];
  return (to === "to" || to === "for") && CREDITED.has(whom);
}
const PRAISE = new Set(["star", "stars", "marks", "medal", "prize", "award", "kudos", "bravo"]);
const CREDITED = new Set(["the", "our", "whoever", "me", "us"]);
/** What "did you even…" asks after out of care, not scorn: "did you even SLEEP last night Tom?" (probe set KG). */
const CARED_FOR = new Set(["sleep", "eat", "rest", "stop", "breathe", "sit"]);

/** "Shut up, NO WAY, that's the best news all week": disbelief at good news, not a reader silenced (probe set JX). */
const surpriseAt = phraseMatcher([
  "no way",
  "omg",
  "oh my god|gosh|days",
  "wow",
  "congrats|congratulations",
  "you're|youre kidding|joking",
  "you did not",
  "you didn't|didnt",
  "that's|thats amazing|brilliant|great|fantastic|incredible|awesome|unreal|class|mint",
  "this|that is amazing|brilliant|great|fantastic|incredible|awesome|unreal|class|mint",
  "that's|thats the best",
]);

/**
 * The put-down named as a subject, not said: "Enjoy your tinfoil hat IS the kind of reply…", "Ok boomer WENT into the
 * dictionary years ago" (its sentence opening with it, no determiner: "Your tinfoil hat IS showing" is said).
 */
function named(tokens: readonly Token[], text: string, from: number, end: number): boolean {
  const next = tokens[end + 1];
  if (!next || !NAMING_VERB.has(next.text) || clauseBreak(text, tokens[end]!, next, false)) return false;
  // (its sentence opening at most three words before it)
  const s = sentenceStartWithin(tokens, text, from, 4);
  return s >= from - 3 && !OWNING.has(tokens[s]!.text);
}
const NAMING_VERB = new Set(["is", "was", "went", "became", "gets", "got", "used", "sounds", "seems"]);
const OWNING = new Set(["your", "ur", "yer", "his", "her", "their", "my", "the", "that", "this", "a", "an"]);

/** "ME AGAIN, the village idiot", "AS the resident village idiot, can someone…": the writer, in apposition (a few words like "again", "the" between). */
function saidOfMe(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (tokens[k]!.text === "me" || (tokens[k]!.text === "as" && k === 0)) return true;
    if (!APPOSED.has(tokens[k]!.text)) return false;
  }
  return false;
}
const APPOSED = new Set(["again", "the", "your", "resident", "local", "here", "yours", "truly"]);
const EVERYONE = new Set(["everyone", "everybody", "all", "folks", "yall", "y'all", "people", "guys"]);
/** "Go touch grass, EVERYONE! The sun's out": said to the whole thread, as a whole clause, is no one's put-down. */
function saidToEveryone(tokens: readonly Token[], text: string, end: number): boolean {
  const next = tokens[end + 1];
  return (
    next !== undefined &&
    EVERYONE.has(next.text) &&
    clauseBreak(text, tokens[end]!, next, false) &&
    (end + 2 >= tokens.length || clauseBreak(text, next, tokens[end + 2]!, false))
  );
}

/** Tokens [from, to] are a clause of their own (words like "oh", "just" may open it). */
function wholeClause(tokens: readonly Token[], text: string, from: number, to: number): boolean {
  if (!opensClause(tokens, text, from)) return false;
  const ends = (k: number) => k + 1 >= tokens.length || clauseBreak(text, tokens[k]!, tokens[k + 1]!, false);
  // (and the one it is said to: "Get a life mate.", "Nobody asked, Gary.")
  const next = tokens[to + 1];
  return ends(to) || (next !== undefined && (TRAILING_VOCATIVE.has(next.text) || isName(next, text)) && ends(to + 1));
}
const TRAILING_VOCATIVE = new Set(["mate", "pal", "buddy", "bud", "dude", "bro", "love", "son", "sunshine", "champ", "lol"]);

/** Abuse said to someone, whatever it calls them: "fuck off", "go fuck yourself", "stfu". */
const abuseAt = phraseMatcher([
  "fuck|fck|fuk|phuck|fcuk|fook off",
  "go (and) fuck|fck|fuk|phuck|fcuk yourself|urself|off",
  "fuck|fck|fuk|phuck|fcuk yourself|urself",
  "get fucked",
  "stfu",
  "gtfo",
  "shut the fuck|fck|f|hell up",
  "eat shit",
  "get the fuck|fck out",
  "fuck|fck|fuk|phuck|fcuk you|u|ya",
]);
/** Reported, not said: "he TOLD me to fuck off", "SHOUTED 'fuck you' at the ref". */
const TOLD_OF = new Set(["told", "tell", "tells", "telling", "said", "say", "says", "saying", "shouted", "yelled", "screamed", "to"]);
/** After "fuck you", words that keep it said to a person in the conversation. */
const STILL_SAID_TO_YOU = new Set(["and", "@user", "mate", "pal", "dude", "man", "buddy", "too", "all", "very", "sir", "then"]);

/**
 * Abuse said to the reader: a phrase of `abuseAt` said to someone in the conversation
 * (`toReader(i)`: a reply, or a "you" in the sentence of token i), not reported nor said of a
 * named person ("fuck off, Boris": a public figure's, left to the score). "Fuck you" counts only
 * when nothing but the reader is named after it ("fuck you, cancer" is no attack). Returns its
 * token range, or null.
 */
export function findAbuse(
  toks: readonly Token[],
  text: string,
  toReader: (i: number) => boolean,
  isName: (i: number) => boolean,
): [number, number] | null {
  for (let i = 0; i < toks.length; i++) {
    const end = abuseAt(toks, i);
    if (end < 0) continue;
    let reported = false;
    for (let k = Math.max(0, i - 3); k < i; k++) if (TOLD_OF.has(toks[k]!.text)) reported = true;
    const next = end + 1 < toks.length ? end + 1 : -1;
    const sentenceEnds = next < 0 || /[.!?\n]/.test(text.slice(toks[end]!.end, toks[next]!.start));
    if (reported || (next >= 0 && !sentenceEnds && isName(next))) continue;
    if (YOU.has(toks[end]!.text) && !sentenceEnds && !STILL_SAID_TO_YOU.has(toks[next]!.text)) continue;
    // (or said to whoever reads it, a comment's first sentence: "Shut the fuck up.", "Just stfu."; not "Oh fuck
    // off, another tax rise.", "Rain again tomorrow. Fuck off.")
    if (toReader(i) || (opensComment(toks, text, i) && lastOfSentence(toks, text, end))) return [i, end];
  }
  return null;
}
