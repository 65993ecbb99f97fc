// Whom the words are aimed at (server/detector/target.ts), and what the default policy does
// with each target: commenters refused, public figures and groups held at most.
import { describe, expect, it } from "vitest";
import { artifact, detector, judge } from "./support.ts";

describe("targets", () => {
  it.each([
    ["second person", "You are an idiot."],
    ["an @mention", "@mark you are an idiot"],
    ["people like you", "People like you are idiots."],
    ["the poster above", "The poster above is a moron."],
    ["this user", "Mods, this user is a brain-dead idiot."],
    ["a mocking vocative", "Sure thing, Einstein."],
    ["an insulting vocative", "Go away, clown."],
    ["a screen name", "TruckerDave57 is a clown."],
    ["a name and a year", "Mike1985 is an idiot."],
    ["a name placed in the thread", "Dave above is a moron."],
    ["a name placed up the thread", "Janet up there is an idiot."],
  ])("commenter: %s (%j)", (_, text) => {
    const j = judge(text);
    expect(j.target).toBe("commenter");
    expect(j.decision).not.toBe("publish");
  });

  it.each([
    ["a named third person", "The senator Warren is a fraud and a moron."],
    ["a name that starts the sentence", "Medvedev is a drunk clown."],
    ["an official", "The mayor is an idiot."],
    ["a third-person pronoun", "He is a complete idiot."],
    ["the article's author", "The author is a hack."],
  ])("public figure: %s (%j), held at most", (_, text) => {
    const j = judge(text);
    expect(j.target).toBe("public-figure");
    expect(j.decision).toBe("hold");
  });

  it("a product's name and number is no screen name, God above no commenter", () => {
    for (const text of ["Covid19 is a scam", "Windows11 is garbage", "Fifa23 is trash", "God above, this council is useless"])
      expect(judge(text)).toMatchObject({ decision: "publish" });
    expect(judge("Covid19 is a scam").target).not.toBe("commenter");
  });

  it("a capitalised word after 'in' or 'near' is a place, unless a person is meant ('faith in Johnson')", () => {
    expect(judge("this rent is literally killing me, £1400 for a box room in Leeds")).toMatchObject({ decision: "publish" });
    expect(judge("this rent is literally killing me, £1400 for a box room in Leeds").target).not.toBe("public-figure");
    expect(judge("I have lost all faith in Johnson, he's a liar.").target).toBe("public-figure");
  });

  it("the nearest target when the insult's own sentence names none, not a 'you' further on", () => {
    expect(judge("Dan Quayle again. Ignorant losers get pushed forward every time. You can check the record.").target).toBe(
      "public-figure",
    );
  });

  it.each([
    ["by identity", "Immigrants are vermin."],
    ["those people", "Those people are cockroaches."],
    ["by affiliation", "Liberals are idiots."],
  ])("group: %s (%j), held", (_, text) => {
    const j = judge(text);
    expect(j.target).toBe("group");
    expect(j.decision).toBe("hold");
  });

  it("words also said of things dehumanise only people: 'the budget increase is garbage reasoning' is no attack", () => {
    expect(judge("The chief's defence of the budget increase is garbage reasoning.").decision).toBe("publish");
    expect(judge("This tax is a cancer on small business.").decision).toBe("publish");
    expect(judge("Liberals are a disease on this country.")).toMatchObject({ target: "group", decision: "hold" });
    expect(judge("Those immigrants are garbage.")).toMatchObject({ target: "group", decision: "hold" });
    // a modifier of another noun names no people; a participle after the noun does not stop it
    expect(judge("He was joining a garbage workers' strike in Memphis.").decision).toBe("publish");
    expect(judge("They are parasites living off us.").decision).toBe("hold");
    // a comparison: only ranking people below the noun dehumanises them
    expect(judge("Animals are better than the human beasts.").decision).toBe("publish");
    expect(judge("They are worse than rats.").decision).toBe("hold");
    // one dehumanising word before another is said of the subject, not a modifier of a thing
    expect(judge("Liberals are subhuman vermin.")).toMatchObject({ target: "group", decision: "hold" });
    // humanity denied to people, not to things or to oneself
    expect(judge("Those immigrants aren't even human.")).toMatchObject({ target: "group", decision: "hold" });
    expect(judge("Honestly they are less than human.").decision).toBe("hold");
    expect(judge("Those people are just less than human.").decision).toBe("hold");
    expect(judge("Refugees breed like rats, everyone knows it.")).toMatchObject({ target: "group", decision: "hold" });
    expect(judge("My rabbits breed like rabbits, as expected.").decision).toBe("publish");
    expect(judge("The robot isn't even human, it just looks it.").decision).toBe("publish");
    expect(judge("I'm not even human before my coffee.").decision).toBe("publish");
  });

  it.each([
    "Foreigners in this city aren't human, they're a pack of hyenas.",
    "Politicians are lice.",
    "The refugees are a virus and this country is the host.",
    "These people are an invasive species.",
  ])("%j dehumanises a group and is held (probe set CC)", (text) => {
    expect(judge(text)).toMatchObject({ target: "group", decision: "hold" });
  });

  // people described before their verb ("riders ON e-bikes are…"), "human garbage", ticks (probe set DR)
  it.each([
    "The protesters outside city hall are a herd of brainless cattle, bleating whatever they're told.",
    "The junkies clogging up A&E are human garbage, plain and simple.",
    "Delivery riders on e-bikes are a pest infestation clogging every lane in town.",
    "Water company shareholders are bloodsucking ticks on the country's neck.",
  ])("%j dehumanises people and is held", (text) => {
    expect(judge(text).decision).toBe("hold");
  });

  // "human filth", demonyms breeding, "these woke maggots", "an underclass of vermin", humanity questioned (probe set DV)
  it.each([
    "why do we keep letting this human filth wash up on our beaches",
    "Albanians breed like rats, give it ten years and half of Kent is theirs",
    "What is it with this generation, are they even human or just screens with legs?",
    "Every time these woke maggots crawl out to protest the rest of us pay for the cleanup",
    "council estate trash, a whole underclass of vermin who've never worked a day",
    "Boomers who voted for this are a generation of bloated ticks clinging to the triple lock",
    "Dole bludgers are parasites mate, always have been, always will be",
    "The lecturers egging them on are a tapeworm in the education system.",
  ])("%j dehumanises people and is held", (text) => {
    expect(judge(text).decision).toBe("hold");
  });

  // "so-called", "barely human", "aren't people", "human litter", "locusts only" (probe set EE)
  it.each([
    "These so-called refugees are parasites feeding off the host.",
    "MAGA types are barely human tbh, just walking grievance machines.",
    "Bankers aren't people. They're spreadsheets with teeth.",
    "These homeless are human litter and the council should sweep the high street.",
    "these outsiders coming into Bangalore are locusts only, eating up every job",
    // (the pests are people: likened, or named in the sentence)
    "Cockroaches everywhere in that mosque.",
    "Those cockroaches should be deported.",
  ])("%j dehumanises people and is held", (text) => {
    expect(judge(text).decision).toBe("hold");
  });

  it.each([
    "To the council we're numbers on a spreadsheet, not people.",
    "Corporations aren't people.",
    "Voters are treated as data points, not people.",
    "Immigrants are people, not statistics.",
    "The residents were hardly human rights activists.",
    "She called the protesters a bunch of so-called experts, which was rude.",
  ])("%j dehumanises no one and publishes", (text) => {
    expect(judge(text).decision).toBe("publish");
  });

  it.each([
    "He's not human garbage, he made a mistake.",
    "Are they even human rights lawyers?",
    "The barn had a whole load of rats in it.",
    "Rabbits breed like rats, my garden is proof.",
    "Vets found tapeworms in the dog.",
    "Those grubs are eating my lettuce again.",
    "The class of animals we studied were mammals.",
    "The river was full of human waste after the storm.",
    // (session 39: pests named in sentences that name no one, however much the model weighs the word)
    "Rats in the shed again. Council sent someone to poison them and a week later they're back.",
    "Rats in the compost bin? Snap traps are kinder than poison, which makes them bleed internally for days.",
  ])("%j dehumanises no one and publishes", (text) => {
    expect(judge(text).decision).toBe("publish");
  });

  it.each([
    "The river downstream of the works is full of human waste.",
    "Farmers in the valley are worried the ticks are spreading.",
    "Students at the uni are a plague on the housing market.",
    "The council is garbage at fixing potholes.",
    "Residents on my street are worried about the sewage.",
  ])("%j dehumanises no one and is not held", (text) => {
    expect(judge(text).decision).toBe("publish");
  });

  it.each([
    "Those lawyers aren't human rights specialists, they do tax.",
    "The dog had fleas and the vet sorted it.",
    "Japanese knotweed is an invasive species.",
    "My laptop has a virus again.",
  ])("%j dehumanises no one and publishes", (text) => {
    expect(judge(text).decision).toBe("publish");
  });

  it("criticism of ideas and institutions publishes, however strong; of a commenter's argument it is held at most", () => {
    for (const text of [
      "This idiotic policy will kill small business in this province. Nobody at Queen's Park talked to a single owner.",
      "A stupid, wasteful decision. It tells you everything about the council's priorities.",
      "This budget is a pathetic excuse for a plan, and the minister knows it.",
      "That's a dumb rule and it should be repealed.",
      "The province announced it without consultation. This whole process is beyond stupid, and nobody in cabinet has explained the numbers.",
      "This program is a stupid mess.",
    ])
      expect(judge(text).decision, text).toBe("publish");
    for (const text of [
      "We are stuck with this stupid red tape, and families pay the price every month. Publish the analysis.",
      "An idiotic waste of money, and the minister knows it.",
    ])
      expect(judge(text).decision, text).toBe("publish");
    expect(judge("Your argument is idiotic.").decision).toBe("hold");
    // an offensive word is no mere modifier of the thing: the attack around it still counts
    expect(judge("What a stupid ass idea, you ass.").decision).toBe("reject");
    expect(judge("That's dumb, even for someone as dim as you.").decision).not.toBe("publish");
    // a plural insult noun is no modifier: "idiots take…" is name-calling, not a thing criticised
    expect(judge("What kind of idiots take an old dog on such a hike?").decision).not.toBe("publish");
    expect(judge("Typical brainless reply from you.").decision).not.toBe("publish");
    // an insult noun before a thing names its maker: no criticism of a thing ("idiot-proof" is)
    expect(judge("Typical numpty response from you, Gavin.")).toMatchObject({ target: "commenter", decision: "reject" });
    expect(judge("Classic dumbass take from you, as always.")).toMatchObject({ target: "commenter", decision: "reject" });
    expect(judge("Absolute bellend behaviour from you in this thread.")).toMatchObject({ target: "commenter", decision: "reject" });
    // (conduct criticised is a thing criticised: "stupid behaviour")
    expect(judge("Hubris is often accompanied by stupid behavior, as the minister showed again.").decision).toBe("publish");
    expect(judge("Typical clown policy from the minister.").decision).not.toBe("reject");
    expect(judge("What a stupid take.").score).toBeLessThanOrEqual(artifact.ideaCap);
    expect(judge("What a moron take.").score).toBeGreaterThan(artifact.ideaCap);
  });

  it.each([
    "Equating a knife to a gun is stupid.",
    "Sending death threats over a football match is pathetic.",
    "Calling people names is childish.",
  ])("%j: an act criticised, not a person, publishes", (text) => {
    expect(judge(text).decision).toBe("publish");
  });

  it.each([
    "They won on dumb luck, the keeper slipped.",
    "The new self-checkout machines are supposed to be idiot-proof, but they're not.",
    // everyday things one curses
    "My own stupid fault for not reading the small print, but damn, that cancellation fee stings.",
  ])("%j: an insult word in an idiom about a thing publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it("a person as the subject is no act: 'Knowing their grandmother was so stupid…' is held", () => {
    expect(judge("Knowing their grandmother was so stupid, I'm not surprised.").decision).toBe("hold");
  });

  it.each([
    "Thanks for the article, I learned a lot.",
    "Holy shit, what a game.",
    "The budget numbers do not add up.",
    // months and days name no one
    "Holy shit, 40 degrees in April?",
    "The f***ing heating bill just doubled and it's only October.",
  ])("none, and published: %j", (text) => {
    const j = judge(text);
    expect(j.target).toBe("none");
    expect(j.decision).toBe("publish");
  });

  it.each([
    "Holy shit they actually won the cup!!",
    "Bloody hell, look at those rent prices.",
    "It's a damn shame how the council handled it.",
    // joy
    "Fuck yeah, the Matildas are through to the semis! What a team.",
    // a swear word on its own, and set phrases of exasperation
    "Shit, what a world. Twenty years ago this would've been a grumpy letter to the editor.",
    "Ah for f*ck sake, my young lad starts there in September.",
    "Fucking hell what a finish from Akinsanya-Blake. Top bins from 25 yards.",
    "Sh*t the bed, 2-1 with ten men. Still shaking.",
    "Lost my accumulator on this one but f**k it, what a story, fair play to them.",
    "Damn it, missed the bus again.",
    "Eish, this is a bloody nightmare. Sixteen hours without power. Damn it man.",
    "Hell yes, Okafor finally signed the extension.",
    "Sat on hold with HMRC for 90 minutes. Fuck my life.",
    "the fuck is this headline, who writes these",
    "Arse! Missed the last tram by 30 seconds. Taxi home it is, £28 later.",
    "Son of a b*tch, my train got cancelled again.",
    "what the actual f**k is going on with these waiting lists",
    // (session 32: no vocative, though an insult word opens the comment)
    "Arse, the ferry's cancelled again.",
  ])("an exclamation is aimed at no one, whoever the comment names: %j publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it.each([
    "What a shit result for the Lions, absolutely gutted.",
    "The fucking price of eggs, man.",
    "the shit state of those school toilets in the photo is shocking, kids deserve better than that",
    "this is such bullshit, they closed the only post office in the village",
    // a thing the copula's subject
    "Minister Hale's parking charges are a fucking scandal.",
    // (probe set DS)
    "stood on the platform at Huddersfield for 50 mins in the bastard rain, cheers",
    "This is so fucked. A kid went out for chips and didn't come home.",
    // ("you go away for a week": "you" the subject of a going told, no order)
    "Damn, you go away for a week and the whole cabinet has changed again.",
    // (probe set EA: a swear noun opening a sentence before a thing; a "U-turn" is no "you")
    "In Oz they at least wait till after the election to backflip lol. Shit move either way.",
    'Chancellor Priya Venn stood at that podium on Sunday and said "no U-turn". Well. Shit.',
    // (probe set EH: capitals shouted with the swear word, "this shit" pointed at, a simile)
    "WHAT A FUCKING GOAL. 94th minute. I'm still shaking.",
    "Honestly no idea how pensioners on a fixed income are meant to afford this shit.",
    "Sweating like an absolute bastard on the Central line this morning.",
    // (session 30: praise sworn in sarcasm as a sentence of its own)
    "Hosepipe ban AND a heatwave. Fucking marvellous.",
    "Trains cancelled again. Bloody typical.",
    // (session 32: swearing in a clause that says nothing to "you", in a reply to a commenter)
    "Ha! You're not wrong, the whole thing is a fucking circus.",
    "Shit, I'm sorry to hear that about your dog. Losing a pet is rough.",
    "Your story about the hospital car park is exactly what happened to my dad. Fucking disgraceful system.",
    // (a thing the copula's subject, the swear word ending its sentence)
    "Premier Ross's new tax forms are shit.",
    // (probe set FU: an acronym after "the" names a body or a thing; a place after its preposition is no subject)
    "The HMRC website is a fucking labyrinth designed by sadists.",
    "The DVLA is a fucking joke, six weeks for a licence.",
    "Yaar this traffic in Bangalore is bloody ridiculous, took me 2 hrs for 11 km today",
    // (session 35: a road or a body by its initials after "the" is no one, in the name-calling rule too)
    "The queue on the ORR is bloody ridiculous this morning, 2 hours for 12 km",
    // (probe set GG: a word raters often marked toxic, "bang on", calls no one a name; "the same crap music")
    "You're bang on about the queues. Passport office told me 10 weeks, it's been 14. Fucking nightmare. Been on hold for an hour listening to the same crap music on loop.",
    // (probe set GN: what the copula says of a thing, a word said of a person as often)
    "aye you're right enough, the ferry service is a bloody disgrace",
    "Ha, you said it. My football team is a fucking disgrace this season, lost at home to the bottom club.",
    // (session 35: a thing the model has no word for is the copula's subject all the same)
    "Agree with you there. The bypass is a fucking shambles.",
    "Mate, you nailed it. The energy company's helpline is a fucking joke, an hour on hold and then cut off.",
    "Ha, you're right. The roadworks on the bypass are a fucking saga at this stage.",
    "Yeah you're right Sean, the rezoning is a fucking farce.",
    // (the comment read again with its swear words blanked out: their features, not only their part of the logit)
    "So fuckin proud of this squad. Nobody gave them a chance.",
    // (a thing the model has no word for, after the swear word)
    "Agree with you Sue, these fucking roadworks have been going on since March.",
    // (a thing named after "a bastard of", or "a crock of" the swear word)
    "I'd disagree there Sean, the lads were fine. It was that bastard of a wind in the second half that beat us.",
    "Fair enough Jo, you make a fair point. The station car park is a bastard of a place to park, I missed my train.",
    "Agree with you there. The new parking app is a crock of shit, it charged me twice.",
    // (session 36: someone agreed with in a sentence of their own is not whom the swearing after it is aimed at)
    "Totally agree Chris. This heatwave is hell and the rails are buckling. Bloody ridiculous for 2024.",
    "You're bang on Sandeep. The LRT delays in Ottawa are a fucking saga at this point.",
    "Exactly, @kaz_77. The water company dumping sewage again is fucking disgusting.",
    // (a "you" heard or agreed with is not the one a thing's criticism is said to; a judgement after a swear word)
    "Mate I hear you, the queue at the passport office is ridiculous. Six hours standing.",
    "Mate I hear you, the queue at the passport office is fucking ridiculous. Six hours standing.",
    "Not sure I agree mate. But the ticket prices at St James' this season are fuckin ridiculous, nee family can afford that.",
    "The FA's decision to kick off at 8pm on a Sunday is madness, how are away fans meant to get home? Bloody joke.",
    // (probe set HI: a place's capitalised name calls no one names)
    "Mate this traffic on the Outer Ring Road is bloody ridiculous, two hours to cover 9 km.",
    "The Cross City Highway is ridiculous at rush hour.",
    // (probe set HQ: a name in a sentence of good will; "which is shit", "that's some bullshit")
    "Credit to Councillor Obi for actually turning up to the meeting. Still, the flooding on Mill Lane is a fucking disgrace.",
    "As Mr Okafor says in the article, there's no funding left. Which is shit, because the youth club kept the kids busy.",
    "Thanks Jamal for the info. Man, that's some bullshit, they closed the only pharmacy in the neighborhood.",
    // (session 39: a "you" praised, "fair play to you", "good on you", "you called it")
    "Fair fucking play to you, three years fighting the council over that hedge and you won.",
    "Good on you for reporting the pothole, the bloody thing has been there since March.",
    "Holy shit you called it, the bypass went over budget exactly like you said.",
  ])("swearing at a thing is aimed at no one, whoever the comment names: %j publishes", (text) =>
    expect(judge(text).decision).toBe("publish"),
  );

  it.each([
    // (agreement aside, the name-calling is aimed at someone)
    "Thanks Dave. What a moron.",
    "Cheers for that, Gary. Absolute clown.",
    "Sorry Dave. What a fucking moron.",
    "Credit to the mayor for turning up. Which is shit of him, frankly, you utter clown.",
    "You're right Dave, and the bloke above you is a fucking idiot.",
    "You posted that? Bloody joke, mate, you're a bloody joke.",
    "Honestly Dave your brain is fucking useless.",
    "Dave, you are bloody useless.",
    // (praise aside, the swearing is said to the reader)
    "Fair play to you for trying, but you're fucking useless at this.",
    "Good on you, you absolute fucking muppet.",
    // said of a person, after a copula or a pronoun
    "Good. Coughenour is a fucking toolbag, so life should have been awarded to Wilson.",
    "rofl she's just a fucking racist monkey.",
    "Senator Cole is a fucking disgrace.",
    "My neighbour Dave is a fucking disgrace and everyone on the street knows it.",
    // the word sworn at names a person, or what it says is of one
    "What a shit ref, Dawson should never officiate again.",
    "the bastard down the road keyed my car",
    "You're so fucked, mate.",
    "Your shit brain can't handle it.",
    "Fuck ya, Dave.",
    "Shit, you're a moron.",
    "Fucking hell, you're thick.",
    "Fuck, he's an idiot.",
    "You're such bullshit, mate.",
    "Fucking idiot.",
    "Fucking moron, the lot of you.",
    "You're a lying bastard, and I'd say it to your face.",
    "Stop posting this shit, you absolute clown.",
    // (swearing in the clause said to "you")
    "Get your fucking facts right.",
    "What the fuck is wrong with you?",
    "Your fucking posts are ruining this thread.",
    "Holy shit you're a piece of work.",
    "Dave, your posts are a fucking shambles.",
    // (a plural the word lists lack, of a word they have)
    "Get these fucking wankers out of our town.",
    "He's a bastard of a man and everyone on the street knows it.",
    "Honestly Dave, you're a crock of shit.",
    "Dave, you're such a crock of shit.",
    // doubtful without the swearing too
    "She was never sorry for a damn thing! She is a left wing fascist hater and more.",
  ])("swearing at a person, or beside other offence, is not let through as swearing at a thing: %j is held", (text) =>
    expect(judge(text).decision).not.toBe("publish"),
  );

  it.each(["You are fucking brilliant.", "@Dan fucking great, thanks a lot."])(
    "praise sworn at the reader, not as a sentence of its own, is not capped as swearing at a thing: %j scores as the model reads it",
    (text) => {
      const model = detector as unknown as { probability(logit: number): number; scorer: { detail(t: string): { logit: number } } };
      const plain = model.probability(model.scorer.detail(text).logit);
      // (above the cap, so that a cap would show)
      expect(plain).toBeGreaterThan(artifact.ideaCap);
      expect(judge(text).score).toBe(plain);
    },
  );

  it.each([
    "The housing secretary's conduct at the hearing was disgraceful, she dodged every single question.",
    "The government has been dragging its feet on the heat pump rebates for two years now. Pathetic.",
    "The FA chairman's handling of this has been cowardly and incompetent.",
    "The minister's immigration policy is cruel, lazy and dishonest.",
    // (probe set GU)
    "The pundit's comments about the women's team were ignorant and embarrassing for the broadcaster.",
  ])("a verdict on a public figure's conduct is criticism, however harsh: %j publishes", (text) =>
    expect(judge(text).decision).toBe("publish"),
  );

  it.each([
    ["said of a person", "Honestly, she is despicable and everyone at the hearing saw it."],
    ["said to a commenter", "You are pathetic."],
    ["said to a commenter, ignorant", "You're ignorant, read the report."],
  ])("a verdict %s is no criticism of conduct: %j is held", (_, text) => expect(judge(text).decision).not.toBe("publish"));

  it("a friendly vocative is aimed at a commenter but is no attack", () => {
    expect(judge("Good point, mate.")).toMatchObject({ target: "commenter", decision: "publish" });
  });
});

describe("the reader's mind called names", () => {
  it.each(["Your brain is bloody useless.", "Your brain is useless.", "Your mind is pathetic."])(
    "is name-calling of the reader, refused: %j",
    (text) => expect(judge(text)).toMatchObject({ decision: "reject", target: "commenter" }),
  );
  it.each(["Your brain is not useless, you just need sleep.", "Your argument is stupid.", "Your brain is bloody brilliant at this."])(
    "a negation, a thing criticised or praise is not: %j is not refused",
    (text) => expect(judge(text).decision).not.toBe("reject"),
  );
});

describe("a 'you' that means anyone", () => {
  it.each([
    "You realise how unfit you are when you run for the bus and need a sit down once you're on it. Cheers, legs.",
    "You can't park anywhere near the hospital without getting fleeced, it's a damn disgrace when you're visiting a sick relative.",
  ])("names no one: %j publishes", (text) => expect(judge(text)).toMatchObject({ target: "none", decision: "publish" }));

  it.each([
    "You're an idiot when you drink.",
    "You can't even read, can you?",
    "When you learn to spell, come back and argue.",
    "Once you grow a brain, get back to me.",
  ])("the reader, all the same: %j is aimed at a commenter and never published", (text) =>
    expect(judge(text)).toMatchObject({ target: "commenter", decision: expect.not.stringMatching(/^publish$/) }),
  );
});

describe("reply context", () => {
  it("the replied-to author's name makes a named insult an attack on a commenter, refused", () => {
    expect(judge("Mark is a moron.")).toMatchObject({ target: "public-figure", decision: "hold" });
    const reply = judge("Mark is a moron.", { parentAuthor: "Mark Jones" });
    expect(reply).toMatchObject({ target: "commenter", decision: "reject", rule: "personal-attacks" });
    expect(reply.words).toEqual(["moron"]);
  });

  it("any part of the replied-to author's name counts, in any case", () => {
    expect(judge("jones is an idiot", { parentAuthor: "Mark Jones" }).target).toBe("commenter");
  });

  it("the article's author is a public figure, held at most", () => {
    expect(judge("Smith is an idiot.", { articleAuthor: "Jane Smith" })).toMatchObject({ target: "public-figure", decision: "hold" });
  });

  it("a reply without insults publishes whoever it names", () => {
    expect(judge("Mark, you are wrong about the dates.", { parentAuthor: "Mark Jones" }).decision).toBe("publish");
  });
});

describe("indirect attacks on commenters", () => {
  it.each([
    "Crawl back under your rock.",
    "Enjoy your tinfoil hat, genius.",
    "Take your meds.",
    "Were you dropped on your head as a child?",
    "Nice try, Sherlock.",
    "Nobody would miss you if you disappeared.",
    "Were you born this dense or did you work at it?",
    "You type like a toddler having a tantrum.",
    "You must be a blast at parties.",
    "You clearly have the intellect of a garden gnome.",
    "Is there a single thought in your head that Fox didn't put there?",
    "Do us all a favour and stop breeding.",
    "Nobody asked for your opinion, mate.",
    "You've clearly never worked a day in your life.",
    "Were you dropped as a child?",
    "Go touch grass.",
    "Do you need someone to read it to you?",
    "I can explain it to you, but I can't understand it for you.",
    "Sounds like someone failed maths.",
    "The lights are on but nobody's home.",
    "Go back to sleep, grandpa.",
    "As someone with the attention span of a goldfish, you should skip this article.",
    "You've got the memory of a goldfish.",
    "Stay mad.",
    "Found the Tory shill.",
    "Ok Karen.",
    "Put down the crack pipe.",
    "Back to school for you.",
    "Are you paid to post this?",
    "Go troll somewhere else.",
    "You're embarrassing yourself.",
    "Cry me a river.",
    "Let the adults talk, please.",
    "I'd explain it but you wouldn't understand.",
    "Bless your little heart.",
    "Reading is hard, isn't it?",
    "Somebody forgot to take their meds again this morning.",
    "Turn off Facebook and maybe try reading a book sometime.",
    "Every time you post, the average IQ of this thread drops.",
    "If you're gonna troll, at least learn how to spell.",
    "Says the man who couldn't find Canberra on a map.",
    "Found the bloke who's never paid a council tax bill in his life.",
    "Imagine being so thick you think the council sets the price of petrol.",
    "Buddy, you wouldn't know a fair rent if it bit you on the ankle.",
    "Keep typing, champ, you're doing a brilliant job of proving my point for me.",
    "Aww, bless. Someone's learned a new word today.",
    "Were you raised by wolves or just by cable news?",
    "Do you need me to use smaller words?",
    "I'm sure that made sense inside your head.",
    "Have you considered that thinking isn't your strong suit?",
    "Ah yes, the famous economist of the comment section.",
    "I won't argue with someone whose brain runs on dial-up.",
    "Read it again, slowly, moving your lips if it helps.",
    "Two brain cells in there and they're both fighting for third place.",
    "Hey @glenn1962, the nurses are probably wondering where you wandered off to.",
    "Nice of the group home to let residents post unsupervised now.",
    "Your spelling tells me everything I need to know about your schooling, pal.",
    "I'd explain how property taxes work, but I don't have any crayons handy.",
    "Have you considered that maybe the voices in your head aren't a reliable news source?",
    "@greg_h when they handed out brains you must have been in line for extra opinions.",
    "This is what happens when someone gets their law degree from YouTube comments.",
    "The lights are on but clearly nobody's home, huh buddy?",
    "Bold take from someone whose biggest life accomplishment is a Wordle streak.",
    "Pretty rich coming from a guy whose entire personality is his lifted truck.",
    "Your retirement home should really limit the wifi hours.",
    // a view's holders called names (probe set CX)
    "Only a total cretin would think scrapping the bus lane saves money.",
    "Only a total buffoon would compare this to the 2008 crash",
    // written from scratch, with the look-alikes below
    "You're the reason shampoo has instructions.",
    "Honestly, I've met smarter houseplants.",
    "Someone's mad they lost the argument, @dave.",
    "Whatever you're smoking, share it.",
    "Please don't breed.",
    "Someone give this guy a participation trophy.",
    "Ever had an original thought?",
    "Congratulations on being wrong about everything.",
    "Should have stayed in the shallow end of the gene pool.",
    "Stop embarrassing yourself.",
    "I've seen better arguments on the back of a cereal box.",
    "Did the voices tell you that?",
    "its cute that u think ur opinion matters here lol",
    "Sounds like someone's still bitter his wife left him for the planning officer 😂",
    "r u ok hun? like mentally? because this is unhinged",
    "It's alright pet, not everyone can follow big words like 'inflation'",
    '"I did my own research" says the bloke who still hasn\'t found the caps lock key',
    "bro really typed all that with his whole chest 💀 sit down",
    "i see u finished year 9 and decided that was enough learning for one lifetime",
    "Sorry, I don't speak whatever language your brain is running on, Pauline",
    "Methinks the gentleman above has confused Facebook memes with peer reviewed research. Again.",
    "With all due respect Kevin (none), please log off and go outside",
    "Mate you've clearly got too much time on your hands since Meta let you go lol",
    "Another masterpiece from our resident conspiracy enjoyer. Tinfoil fitting nicely today, Dermot?",
    "You're actually quite clever for someone who obviously failed KCSE twice, Otieno. Impressive effort, really.",
    "Aww Bongani, typing with one finger again? Take your time old man, the pension office will still be there.",
    "Ms @Aarti_Writes, such a sweet essay. Did your mummy help you type it? Cute.",
    "Ye've nae clue whit yer on aboot, Callum. Away and bile yer heid, and come back when ye've read past the headline.",
    "Mr @ProfessorOfNothing, which university issued your certificate? Asking so I can avoid it for my kids.",
    "Ravi uncle please, WhatsApp University degree doesn't count here. Go and sit down.",
    "Aunty Bola, go and take your BP drugs first. This rant no be for your age.",
    "Pradeep bhai, your English itself is so weak, how will you understand the article? First learn grammar then comment.",
    "Jamal yuh brain small like pinda shell. Gwaan back a yuh yard an mek big people talk.",
    "You're what happens when a church bulletin learns to type.",
    "Sorry, I don't speak idiot. Could someone translate what @mike_t is trying to say?",
    "Not sure which is sadder, your argument or the fact you clearly have nothing better to do on a Tuesday afternoon",
    "Dunning Kruger has entered the chat 👆",
    "People like Janet up there are exactly why we need an IQ test for commenting",
    "You're very welcome to leave, the door's that way.",
    "Maybe have one of your grandkids read it to you.",
    "The people defending the coach in these comments are the same people who peaked in high school.",
    "Truly the sharpest mind in the comment section.",
    "I'm going to explain this slowly since the gentleman above seems to struggle.",
    "Reading @tractor_tim's comments always reminds me why some people shouldn't be let near a keyboard.",
    "Did you fall off the combine as a kid or something?",
    "You sound exhausting, honestly.",
    "I'd gently suggest therapy, or at least a walk.",
    "Go back to Melbourne, nobody down here asked.",
    "Said the guy who works at the county highway garage and leans on a shovel 6 hours a day.",
    "Hey, if you're a CPA I'm an astronaut.",
    "Mate, you've copped a few too many knocks to the head in the scrum.",
    "Oh look, it's @Patriot_Steve. Do they not have anything else for you to do at the home?",
    "Another pearl of wisdom from the resident village idiot.",
    "@GlenC you're the reason they put warning labels on shampoo bottles",
    "@realfilmguy your taste in movies is as bad as your grammar, and that's saying something",
    "oh look it's the same loser from yesterday's thread. do you have a job or is this it",
    "no bc why are you so pressed? ur clearly jealous bc u look like that 💅",
    "Your pfp is a filter and your opinion is still uglier than you",
    "you're a bitter old man, go back to your westerns",
    "delulu behavior from whoever wrote the first comment, seek help sis 🤡",
    "everything you post in these threads makes me understand why you're single, ThunderGirl88",
  ])("%j is aimed at a commenter and held, with spans", (text) => {
    const j = judge(text);
    expect(j).toMatchObject({ target: "commenter", decision: "hold", rule: "personal-attacks" });
    expect(j.words.length).toBeGreaterThan(0);
  });

  it("a put-down the learned reading of menace takes for a veiled threat is aimed at a commenter and never published", () => {
    // (refused and waiting in the Threats queue since session 26's bar to refuse: "next time" is how
    // many veiled threats at commenters end)
    const j = judge("Maybe think before you type next time.");
    expect(j.target).toBe("commenter");
    expect(j.decision).not.toBe("publish");
    expect(j.words.length).toBeGreaterThan(0);
  });

  it.each([
    "Soooo, can i step on your head if i apologize the next day. Lets give it a whirl",
    "Put your hat on your head, it is cold out there.",
    "Thanks, kid, that was helpful.",
    "Let's sit down and talk about the budget.",
    "My toddler eats like a toddler, obviously.",
    "I hate being this wrong about a forecast.",
    "Stay mad at the council, they deserve it.",
    "We need someone to read the minutes to the council.",
    "Back to school for the kids next week.",
    "I put down the bong years ago.",
    "Reading is hard for kids when schools close, the report says.",
    "Always think before you post a photo of your kids online.",
    "The kids touch grass at recess.",
    "Go touch grass, everyone! The sun's finally out in Galway and the parks look gorgeous.",
    "I forgot my meds this morning.",
    "My grandmother forgot to take her pills.",
    "I read a book once about the war.",
    "Where did you grow up, if you don't mind me asking?",
    "Did you see how the kids learn to read at that school?",
    "'It was avoidable,' says the man who led the inquiry.",
    "Police found the man who stole the statue within a day.",
    "My daughter learned a new word at nursery today.",
    "The wolves in the park were raised by wolves, the ranger said.",
    "Maths was never my strong suit.",
    "The nurses are probably wondering when the new wing opens.",
    "Hearing voices in your head can be a sign of illness, talk to your GP.",
    "My son's entire personality is football right now, and I love it.",
    "Shampoo has instructions for a reason.",
    "You're what happens when you stay up late reading policy papers, I admire it.",
    "I don't speak French, so the subtitles helped.",
    "You clearly have nothing better to do than help people, you're a saint.",
    "The Dunning-Kruger effect is often misunderstood, the original paper is more nuanced.",
    "We need an IQ test for commenting? No, we need better moderation.",
    "I peaked in high school, honestly, and I'm fine with it.",
    "You sound exhausting to work for, joking, you sound like a great boss.",
    "I'd suggest therapy to anyone struggling after the floods, the council has a free service.",
    "If you're a nurse, I'm a nurse too, the rosters are a nightmare.",
    "Said the man who led the inquiry, 'It was avoidable.'",
    "Nobody here asked for a new roundabout, but we're getting one anyway.",
    "You're the reason they put warning labels on my favourite hot sauce, I love it that spicy.",
    "You're the reason I joined the book club!",
    "Another pearl of wisdom from the village hall committee, they've done well.",
    "The reviews are as bad as your grammar warned, my friend joked.",
    "She explained why you're single in her new song and I felt that.",
    "Seek help if you're struggling after the show's ending, the helpline is free.",
    "I've met smarter people at the county fair, honestly the whole panel was sharp.",
    "Whatever you're smoking on that grill smells amazing.",
    "Every kid got a participation trophy at the tournament.",
    "Congratulations on being right about the weather!",
    "The voices in the choir told you the hymn was wrong, not me.",
    "It's cute that you kept the old station sign, it looks lovely in the garden.",
    "Sounds like someone's dog is barking again on our street.",
    "Our resident expert on the bypass, Dr Malik, spoke at the meeting last night.",
    "You ok hun? Saw the flood warning for your street, shout if you need sandbags.",
    "My nan couldn't follow big words in the council letter, so I translated it for her.",
    "I really typed all this on my phone, sorry for the typos.",
    "One degree was enough learning for one lifetime, I'm happy on the farm.",
    "Half the council confused Facebook posts with consultation responses, the report says.",
    "The volunteers clearly have too much time on their hands, and thank God for them.",
    "'We will fix it by spring,' says the minister who said the same last year.",
    "Your brain is running on empty after a night shift, don't drive home.",
    "The resident genius at our office fixed the printer again, legend.",
    "I've had enough education for one lifetime, but I'm loving this evening course.",
    "I need to log off and go outside, it's gorgeous out.",
    "She really typed all that on a flip phone in 2009, respect.",
    "The kids clearly have too much time on their hands this summer, the camp closed.",
    "Not everyone can handle big words at 7am, keep the memo short.",
    "It's quite clever for someone who never studied engineering to design that bridge, respect to her.",
    "My dad is typing with one finger these days, bless him.",
    "Which university issued the study? I'd like to read it.",
    "Take your BP meds on time, the doctor said it matters more than the diet.",
    "My English is so poor, sorry for the mistakes.",
    "Which university gave you that degree? Asking for my son, he's choosing now.",
    "Quite clever for someone who says they hate maths, you solved it fast!",
    "Typing with one finger while holding the baby, forgive the typos.",
    "As someone with the attention span of a goldfish, I made it to paragraph three before giving up.",
    "I've the reading comprehension of a goldfish today, ignore my last comment, you're right.",
    "I've got the memory of a goldfish, sorry.",
    // (session 39: the writer's own doing owned, "me being…")
    "Sorry, that was just me being a keyboard warrior last night.",
  ])("%j mentions a head, or addresses the reader kindly, and publishes", (text) => expect(judge(text).decision).toBe("publish"));

  // At the edge of the learned reading of put-downs, whose bar moves with every retrain (0.55 after session 24's
  // last sets, 0.50 after BS, 0.57 in session 23, 0.55 in session 22, 0.64 before: it holds about 74% of other
  // writers' put-downs at 1% of their must-publish lines): these of ours are published or go to a moderator, and
  // nothing refuses them (a compliment among them: BM's "your literacy is on par with a toddler's" taught it the frame).
  it.each([
    "Your grammar is on par with the best writers here.",
    "My kids made a card with crayons for you, @gran_ellen.",
    "Someone's upset they lost the raffle.",
    "You have no idea how much I needed this good news today.",
    "Are you twelve or older? The museum is free for kids under twelve.",
    "Please don't breed your dog before health testing.",
    "Stop embarrassing yourself worrying about it, everyone trips on stage!",
    "Sit down and negotiate with the union.",
    "Has anyone ever had an original thought about this film?",
    // (and since session 25's last model, whose put-down reading holds from 0.55)
    "The nutrition facts on the back of a cereal box are misleading.",
    "You'll regret this vote when your bills arrive.",
    "The first comment, which nobody will vote for.",
    // (and since session 26's heads, fitted over 60 epochs rather than 20)
    "If you weren't here I'd have missed the bus.",
    // "like you said" is "as you said": no likeness to the reader
    "The ministers are clowns like you said.",
  ])("%j: published or held for a moderator, never refused", (text) => {
    const j = judge(text);
    expect(j.decision).not.toBe("reject");
    expect(j.threat).toBe(false);
  });
});

// Families met in probe set AQ (put-downs with no insult word), each written for its family.
describe("indirect attacks of the probe-AQ families", () => {
  it.each([
    "@Gav the bloke above is the reason peanut packets need warnings.",
    "You, sir, have the personality of a damp teabag.",
    "I've seen brighter things in a coal cellar than your last three comments.",
    "Arguing with you is like reasoning with a toaster.",
    "Bless, you really thought that was a killer argument.",
    "Your reply has the same energy as a toddler refusing bedtime.",
    "Hush @Ken, the grown ups are discussing the budget, go off and play in the sandpit.",
    "Someone take the keyboard off him, Dave's posting again.",
    "Should have stayed at school a bit longer, love.",
    "Someone get this poster a tissue, he's upset about cycle lanes again.",
    "You're the human equivalent of a migraine.",
    "People like you are why commenting should require a licence.",
    "Your comment smells of wet dog and regret, mate.",
    "Please tell me @NorthernLass is a parody account.",
    "Watching you attempt basic arithmetic in these threads is a treat.",
    "Did you type this after the fifth pint, @Bazza?",
    "Someone's been on the cooking sherry again, @Moira.",
    "If I wanted your opinion I'd have asked for it, pal.",
    "Two whole sentences and you got both wrong, @JimmyB.",
  ])("%j is aimed at a commenter and held", (text) => {
    expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold", rule: "personal-attacks" });
  });

  it.each([
    "The reason peanut packets carry warnings is allergies, and they save lives.",
    "Reasoning with a toddler at bedtime is my daily sport.",
    "The grown ups are discussing the budget tonight, the kids are in bed.",
    "Take the keyboard off the desk before you clean it.",
    "I should have stayed at school a bit longer, I'd have liked a degree.",
    "Christmas dinner smells of wet dog because ours got into the pond.",
    "The article says the account is a parody account run by students.",
    "Their resident expert explained the bridge design clearly.",
    "If I wanted your opinion on the menu I'd ask the chef, says the critic in the piece.",
  ])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });
});

// Constructions met in probe sets AU and AV, each with its look-alikes.
describe("name-calling of the probe-AU and AV constructions", () => {
  it.each(["Dumbass.", "Jackass!", "Dumbass. Read the article."])(
    '%j, a name called as a sentence of its own, is held (an "-ss" is no plural)',
    (text) => expect(judge(text).decision).toBe("hold"),
  );

  it.each([
    "@DaveR52 is a troll and a liar, ignore him.",
    "You two are a pair of clueless imbeciles.",
    "The guy two comments up is a certified nutjob.",
    "Trevor below is a lying weasel.",
    "What kind of moron posts that without a source?",
    "Whoever wrote that comment is a braindead fool.",
    "Another dimwit in the comments who thinks he's an economist.",
    "Another pearl of wisdom from the resident village idiot in the comments.",
    "I've seen some cretins on this site but you take the prize.",
    "Stupid b!tch above thinks she knows economics.",
    "Cretin. Absolute cretin. @Frank, did you read past the headline?",
    "Prick. You know what you did.",
    "You son of a bitch.",
    "Go f*ck yourself @kevin, and take your links with you.",
    "@Jenny stfu, nobody wants your opinion.",
    "Fuck you and your made-up statistics, @numbersguy.",
    // (abuse opening a comment, a sentence of its own, is said to whoever reads it)
    "Shut the fuck up.",
    "Just stfu. Nobody cares.",
    "Get fucked.",
    "Eat shit.",
    // (a name, not an official, at the sentence's end; a journalist the reader is not)
    "You're a gutless coward, Dave.",
    "You're a hack, you call yourself a fan but you've never been to a match.",
    "Dave, you absolute drongo, the final was on Saturday.",
    // (named first, the reader named last; probe set JD)
    "The only muppet in this thread is you.",
    "Someone here is a troll, and that's you, Gary.",
    // (no title in the opening hail: a commenter)
    "Ok Richard, when you've finished reading it, you'll see you're an idiot.",
    "Whoever wrote this is a moron, read the article.",
  ])("%j is refused as an attack on a commenter", (text) => {
    expect(judge(text)).toMatchObject({ decision: "reject", target: "commenter" });
  });

  it.each([
    ["Premier Ostrowski, you absolute buffoon.", "public-figure"],
    ["Mayor Dunn, you are a clown and a liar.", "public-figure"],
    // (an official hailed at the sentence's end or after "you", the article's writer spoken to)
    ["You're a gutless coward, Prime Minister.", "public-figure"],
    ["Shame on you Senator Cole, you gutless coward.", "public-figure"],
    ["Call yourself a journalist? You're a hack, Jenny Marsh.", "public-figure"],
    ["You call this journalism? You're a clueless muppet.", "public-figure"],
    // (probe set HR: a title or a full name hailed, with or without the comma; names said of others; the writer)
    ["Sir Nigel Prentice, you are a bellend of the highest order.", "public-figure"],
    ["Kylie Brandt, you absolute drongo, the grand final was on Saturday not Sunday.", "public-figure"],
    ["Shame on you, Anil Mehrotra, you spineless sellout, for twisting the minister's words like that.", "public-figure"],
    ["Cheryl Wanless MP, you are as thick as two short planks and half as useful.", "public-figure"],
    ["Cllr O'Rourke, you're some eejit. Seriously.", "public-figure"],
    // (and at the sentence's end, an apostrophe surname read as at its start; held by the learned reading, no insult word)
    ["You're a disgrace to this county, Cllr O'Rourke.", "public-figure"],
    ["You're a disgrace to this county, Cllr Byrne.", "public-figure"],
    ["Taoiseach, you're a gobshite. Plain and simple.", "public-figure"],
    // (probe set IU: a title hail needs no comma; one opening the sentence is every "you" after it)
    ["Councillor Reeve you are a total clown.", "public-figure"],
    ["Dear Senator Marsh, if you ever read these, you're a coward.", "public-figure"],
    // (probe set JC: the article's writer hailed)
    ["Dear editor, you're a hack and it shows.", "public-figure"],
    ["Whoever wrote this piece, you're an idiot.", "public-figure"],
    // (what only an official has, said to "you": probe set JC)
    ["Oi Feeney, you useless clown, go back to Leinster House and do your job.", "public-figure"],
    ["Absolute gutter journalism. Whoever wrote this is a scumbag for doorstepping a grieving family.", "public-figure"],
    ["Romanians are subhuman thieves, every one of them.", "group"],
    ["Liars, cheats and cowards, the lot of them in cabinet.", "group"],
    ["Another infestation of asylum seekers at the hotel.", "group"],
    ["They are multiplying like vermin across Europe.", "group"],
    ["Tory voters are just sheep bleating whatever the papers tell them to bleat", "group"],
    ["Spurs fans are a subspecies, you can smell them before you see them", "group"],
  ])("%j is held at most, aimed at a %s", (text, target) => {
    expect(judge(text)).toMatchObject({ decision: "hold", target });
  });

  it.each([
    "There's an infestation of rats in the flats again.",
    "A swarm of journalists waited outside the court.",
    "The couple above us are lovely neighbours.",
    "Oh fuck off, another tax rise.",
    "Rain again tomorrow. Fuck off.",
    "The message to renters is clear: get fucked.",
    "You're better than the trolls on this site, I know you are.",
    "Legend. Thanks for the link.",
    "Ridiculous. The council wasted millions again.",
    "Which kind of bread do you buy?",
  ])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });

  it("a name said of someone 'your' introduces is not the reader named last: 'The idiot… is your own MP' is not refused", () => {
    expect(judge("The idiot who signed off the contract is your own MP.").decision).toBe("hold");
  });

  it("abuse reported is no abuse said: 'He told me to fuck off' is not refused", () => {
    expect(judge("He told me to fuck off and the police did nothing.").decision).not.toBe("reject");
  });
});

describe("imperatives said to the reader", () => {
  it.each([
    ["Don't be an idiot.", "idiot"],
    ["Please stop being such a moron.", "moron"],
    ["Quit acting like a fool.", "fool"],
    ["Do not be such an idiot about this.", "idiot"],
    ["Don't be such an idiot next time.", "idiot"],
    ["Stop acting like a clown and answer the question.", "clown"],
  ])("%j calls the reader names: aimed at a commenter, refused, the insult marked", (text, word) => {
    const j = judge(text);
    expect(j).toMatchObject({ target: "commenter", decision: "reject", rule: "personal-attacks" });
    expect(j.words).toContain(word);
  });

  it.each([
    "Don't be silly, the numbers are public.",
    "Don't be ridiculous.",
    "Don't be a hero, wait for the data.",
    "Stop being so hard on yourself.",
  ])("%j tells the reader what to be without calling them names, and publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it("a negated statement is still a mention: 'I'm not saying you are an idiot'", () => {
    expect(judge("I'm not saying you are an idiot.").decision).toBe("publish");
  });
});

describe("name-calling of commenters in longer grammar", () => {
  it.each([
    ["a place after 'some of you'", "Some of you in this thread are absolute morons who never read the report.", "morons"],
    ["an apposition after 'you,'", "And you, the one defending them every day, are a heartless creep.", "creep"],
    ["whoever posted it", "Whoever posted that renters are freeloaders is a pathetic loser.", "loser"],
    ["coordinated adjectives", "It shows what a smug, ignorant fool you are.", "fool"],
    ["written by", "Your comments read like they were written by a moron.", "moron"],
    ["only a X would, which you did", "Only a plonker would post that, which you did.", "plonker"],
    ["only a X would, and you just did", "only a moron would think that and you just did lol", "moron"],
    ["an adverb before the verb", "Wow, you really are the dumbest person on this site.", "dumbest person"],
    ["a vocative after a negated clause", "Nobody cares, you whiny little snowflake.", "snowflake"],
    ["several modifiers", "You sad, pathetic little man.", "man"],
    ["a waste of oxygen", "Honestly you're a waste of oxygen.", "waste of oxygen"],
    ["a piece of a swear word", "You're a piece of shit and everyone here knows it.", "piece of shit"],
    ["an insult compared up", "Bloody hell, you're as thick as pig shit.", "thick"],
    ["an insult compared up, after an adverb", "Damn, you really are as stupid as your comments.", "stupid"],
    ["a name in scare quotes", "You're a 'clueless clown'.", "clown"],
    ["a name the writers own", "Nobody here called you a moron. We called you a f***ing moron.", "moron"],
    ["a swear word that names someone", "Damn, you're a dense motherfucker.", "motherfucker"],
    ["a British name", "You're a clueless git and everyone on here knows it.", "git"],
    ["a nasty piece of work", "@Kerryanne you're a nasty piece of work and a liar to boot.", "nasty piece of work"],
    ["a comparative after 'even'", "Son of a gun, you're even dumber than your last comment.", "dumber"],
    ["a waste sworn at", "you're a waste of fucking oxygen", "waste of fucking oxygen"],
    ["a concession before 'but'", "No offence but you're genuinely thick as mince.", "thick"],
    ["a principle before 'but'", "I hate name calling but you're a complete imbecile.", "imbecile"],
    ["a likeness to the reader", "\"Calling people idiots won't help\" - it helps when they're idiots like you.", "idiots"],
    ["a name of a human being", "Honestly you're a complete disaster of a human being.", "disaster of a human"],
  ])("%s: %j is aimed at a commenter and refused", (_, text, word) => {
    const j = judge(text);
    expect(j).toMatchObject({ target: "commenter", decision: "reject" });
    expect(j.words.join(" ")).toContain(word);
  });

  it.each(["He's a giant of a man, and the club owes him everything.", "What a mess of a game, neither side could pass."])(
    "%j: praise and things in the same frame are no names, published",
    (text) => expect(judge(text).decision).toBe("publish"),
  );

  it("a title by its initials is someone: 'the POTUS is an idiot' is held", () => {
    expect(judge("Unfortunately, the POTUS is an idiot.")).toMatchObject({ target: "public-figure", decision: "hold" });
  });

  it("whoever wrote the article is its author: held at most", () => {
    expect(judge("Whoever wrote this article is a hack.")).toMatchObject({ target: "public-figure", decision: "hold" });
  });

  it("only a fool would buy now, and I did: the writer's own folly, published", () => {
    expect(judge("Only a fool would buy a house now, and I did.").decision).toBe("publish");
  });

  it("the report was written by a committee: no insult, published", () => {
    expect(judge("The report was written by a committee of experts.").decision).toBe("publish");
  });
});

describe("dismissals said to the reader", () => {
  it.each([
    "Another genius heard from.",
    "Oh, grow up.",
    "Go away.",
    "Crawl back under your rock.",
    "Must be nice living in mommy's basement.",
    "Another keyboard general who has never seen a war.",
    "Who let you out of the asylum?",
    "Thanks for proving you have no idea what you're talking about.",
    "Your mother should have swallowed you.",
    "You're the reason shampoo bottles have instructions.",
    "Try using your brain for once.",
    "Typical snowflake response.",
    "Are you twelve?",
    "What's wrong with you?",
    "You're a joke.",
    "Honestly, you're beneath contempt.",
    "You people are vile.",
    "You are what's wrong with this country.",
    "Go cry to your safe space.",
    "Nice try, bot.",
    "Paid shill, obviously.",
    // not turned on the writer by a "me" that is someone else's object
    "Sit down, mate. You're embarrassing me.",
    "Imagine being this clueless. Says it all about you.",
    // (nor by an oath, nor by the writer speaking in a sentence that names the reader)
    "My god, learn to read.",
    "Learn to read, I said.",
    "I think you need a grown-up to help with that.",
  ])("%j is aimed at a commenter and held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it.each([
    "Kids grow up fast these days.",
    "The pain won't go away.",
    "Children learn to read at different ages.",
    "Who let you out early from work? Lucky!",
    "The minister clearly has no idea what she is talking about on housing.",
    "Try using the new bus app, it shows live times.",
    "A typical response from the council: another consultation.",
    "You sound like a child psychologist I once met, very thoughtful.",
    "What's wrong with you getting a second opinion from another doctor?",
    "You're embarrassing me with all these compliments, thank you.",
    "My son cried when the team lost; go cry in the car, I told him, gently.",
    "The bot on the council website answered my question quickly.",
    "The bus service is a joke.",
    "It's a waste of bloody time.",
    "That was a fine piece of work by the council.",
    "I had a nasty cold last week.",
    "The sheep are out on the hill again and the cattle are in the top field.",
    // the put-down turned on the writer
    "Imagine being this clueless: that was me last week trying to fill in the census form online.",
    "Sit down, me. I've called the election wrong three times running now.",
    "Cope harder, says me, still wearing the jersey two days after the 6-0 thrashing.",
    "Tell me I'm getting old without telling me I'm getting old: I complained about the music at the festival.",
    "I got my economics degree from YouTube, so grain of salt and all that.",
    "Reading comprehension clearly isn't my strong suit, I completely misread the headline. My bad.",
    "lol I need a grown-up to help me with these tax brackets, my head is spinning.",
  ])("%j is plain English and publishes", (text) => expect(judge(text).decision).toBe("publish"));
});

describe("put-downs of the probe-CA families", () => {
  it.each([
    "Shame your one brain cell is on holiday, it might have helped you with that one.",
    "🤡 ok then, whatever you say chief",
    "Found the Rovers supporter. Every thread, like clockwork.",
    "Shill detected. Bet the supermarket's PR team is really proud of you.",
    "Don't feed the trolls, folks.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it("'We found the Rovers supporter who lost his wallet' is plain English and publishes", () => {
    expect(judge("We found the Rovers supporter who lost his wallet, he's fine.").decision).toBe("publish");
  });
});

describe("put-downs of the probe-DR families", () => {
  it.each([
    "Oh honey. No.",
    "Oh sweetheart. No.",
    "Found the Halstrom PR intern.",
    "Found the Ferrari fanboy.",
    // (probe set DX)
    "Genuinely feel for whoever has to share an office with you on the other four days",
    "Shouldn't you be at school? Term starts Monday kiddo",
    "Straight from WhatsApp uncle university, yes? Forwarded many times 🙏",
    "Oof. Hope you're better at your actual job than you are at reading charts.",
    "Sorry, I don't speak fluent conspiracy",
    // (probe sets EA and EB)
    "Sweet summer child. You think the government plans things?",
    'Pike told her to "crawl back under your rock". Fits you better than her, pal.',
    // (probe set ED)
    "Was there a sale on opinions at Woolies? Looks like you grabbed the cheapest one on the shelf.",
    "Interesting theory. Did it come to you in the same dream where you passed your driving test?",
    "Yawn. Same troll, new username. Didn't even change the punctuation this time.",
    "I'm embarrassed for you, and I don't even know you.",
    "Thanks for the input, sweetie. The grown-ups are talking.",
    "Bet you're a real hit down the pub.",
    // (probe set EK)
    "Ok, I'll go slowly. Schools get money. Money comes from taxes. Stay with me, we're nearly at the tricky bit.",
    "Not the sharpest pencil in the underfunded classroom, are we.",
    "All the warmth and insight of a damp sponge left at the bottom of the sink.",
    "🤡🤡🤡 this guy again",
    "🥴🥴 sir please log off",
    "Chai. Go and sleep jare, your head no correct today.",
    "Yer patter's drier than a week-old Dundee cake. Gie it a rest, eh.",
    "So glad you were here to clear that up for us.",
    // (probe set EO)
    "Points for enthusiasm. Zero for literally everything else.",
    // (probe set EX)
    "Maths gets tricky once you run out of toes, I suppose.",
    "Right, grandad. Go feed the pigeons, mate.",
    "Joined on Tuesday, sixty posts about the same bypass. Very organic, I'm sure.",
    "I'd send you the report but I doubt you'd make it past the first paragraph.",
    "Reading the actual study would cut into your TikTok time, I know.",
    "Did somebody skip their pills today?",
    "Your geography education stopped at the crayon stage, clearly.",
    "Less time shaking your fist at clouds and more time reading, maybe.",
    "It was in the minutes. Anyone with a working attention span would have seen it.",
    "Who let nana on the internet again?",
    // (probe set FA)
    "Rack off, mate.",
    "🥱 wake me up when you have a point",
    "Sure Jan.",
    "Someone's been sniffing the glue again, I see.",
    "Somebody check on this one, the sun's got to him.",
    "The conspiracy forums are that way, champ.",
    "How much airtime do they pay you in?",
    "Did they pay you in data again?",
    "My nephew has better grammar than you and he's seven.",
    "Not that evidence has ever bothered you.",
    // (probe set FC: short ones)
    "ratioed and you know it",
    "huge L take tbh",
    "skill issue honestly",
    "go outside and touch grass",
    "troll harder mate",
    "username checks out lol",
    "sure thing boomer",
    "failed GCSE maths, did you?",
    "posting from your mum's basement again?",
    "written with crayons, obviously",
    "your education was wasted on you",
    "escaped the asylum again, have we?",
    "that's a you problem, pal",
    "L ratio",
    "what a groundbreaking take there 🙄",
    "this is grown-up talk, run along",
    "been at the gin again, Sandra?",
    "therapy exists, you know.",
    "didn't ask, don't care.",
    "bro really thought he cooked",
    "not worth the bandwidth",
    "log off and seek sunlight",
    "someone found a dictionary today",
    "pass class 12 first, uncle",
    // (probe set FI)
    "you're background noise, mate",
    "Yawn. Next commenter please.",
    "Stick to the crossword, pal.",
    // (probe set FL)
    "Few sandwiches short of a picnic, that one.",
    "Oh look, the mouth-breathers have entered the chat.",
    "Run back to your subreddit, champ.",
    "Aren't you just precious.",
    // (probe set FO: the put-down sentence of a civil reply, alone)
    "I'd draw you a diagram but I suspect you'd colour it in.",
    "I'll type slower for you this time.",
    "Do try to keep up, grandad.",
    "Your hot take has all the depth of a puddle in August.",
    "Not sure how maths works on your planet.",
    "Explaining this to you feels like teaching a goldfish chess.",
    // (probe set FT: the put-down sentence of a long reply, alone)
    "Maybe put the crayons down and read their report.",
    "Read the article slowly, maybe with a finger under each line.",
    "That point has obviously sailed straight over your head.",
    "Maybe get one of the grandkids to show you how to open a spreadsheet.",
    "Perhaps ask an adult to explain how general taxation works.",
    "Loan with an obligation to buy is not the same as a straight loan. Do keep up.",
    // (probe set HC: the turn after a concession, with a name set off by commas)
    "Agreed the court is a strange setup. But Paudie, you've the legal mind of a man who got his law degree from afternoon radio.",
    "But sitting indoors typing under every article isn't a personality, Alan, it's a cry for help.",
    "But you moan about every event this town puts on, Barry, no wonder nobody invites you anywhere.",
    "You seem to know an awful lot about how the inside of a prison works, Craig, care to share with the group?",
    // (probe set HG)
    "Back in your day I suppose the bins were collected by horse and cart, Ken.",
    "You're the human version of a reply-all email, Marcus.",
    "Let me guess, you've got a bumper sticker and no friends.",
    // (probe set HE)
    "With respect, I think you've had a few too many before logging on tonight.",
    "You've had one too many, Gerry, go to bed.",
    // (probe set HJ)
    "Lads, leave Declan alone, it's not his fault he peaked in fifth year.",
    "Every time you comment on a planning story I feel my brain cells leaving in protest.",
    // (probe set GX)
    "Put the can down and go to bed, Shane.",
    "Honestly, Helen, you argue with the emotional maturity of a toddler who's dropped her ice cream.",
    // (probe set GI: no stock phrase)
    "Did you actually read it, or did you just look at the pictures?",
    "Son, you don't know a wicket from a wiener dog, so let the folks who watch the game pick the team.",
    "Next time they call you, please pass the phone to someone with sense.",
    "I weep for the people you sat next to in school if this is your science.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it("'oh honey' reported in a longer sentence, and an intern found, publish", () => {
    expect(judge("My darling daughter said oh honey no when she saw the bill.").decision).toBe("publish");
    expect(judge("Found the council's intern, she's at reception.").decision).toBe("publish");
    expect(judge("I don't speak fluent French so I used a translator.").decision).toBe("publish");
    expect(judge("The resident expert at the museum gave a great talk.").decision).toBe("publish");
    expect(judge("Whoever has to work with you next week is lucky, you're brilliant.").decision).toBe("publish");
    expect(judge("Thanks for the input, Karen, I'll pass it to the committee.").decision).toBe("publish");
    expect(judge("There's a sale on at Woolies this week if anyone needs nappies.").decision).toBe("publish");
    expect(judge("The idea came to him in a dream, he told the interviewer.").decision).toBe("publish");
    expect(judge("I'm not the brightest bulb but even I can see the figures don't add up.").decision).toBe("publish");
    expect(judge("Not the sharpest knife in the drawer, I voted for the tram scheme and now look at it.").decision).toBe("publish");
    expect(judge("The gallery has his drawings, not the sharpest pencil work but charming.").decision).toBe("publish");
    expect(judge("My daughter got points for enthusiasm at sports day, bless her.").decision).toBe("publish");
    expect(judge("The toddler didn't look at the words, she just looked at the pictures.").decision).toBe("publish");
    expect(judge("Most tourists don't know a Merlot from a Malbec, and the wine bar loves it.").decision).toBe("publish");
    expect(judge("I weep for the people who lost their homes in the fire.").decision).toBe("publish");
  });

  it.each([
    "I ran out of fingers counting the delays this week.",
    "Go feed the ducks at Abbey Park, the kids love it.",
    "I couldn't make it past the first page of that report, so dull.",
    "Grandad yelling at clouds is my favourite Simpsons scene.",
    "Who let the dog near the cake again?",
    "The new forum is that way, the old one closed.",
    "Sure, Jan from accounts is organising the raffle.",
    "My uncle works at the council, he says the bins will be fixed.",
    "The facts have never stopped him before, to be fair.",
    "I lived in my mum's basement till I was 30, no shame.",
    "The skill issue is in midfield, we can't pass.",
    "My granddad typed with two fingers his whole life.",
    "Truly groundbreaking research from the university team.",
    "The nurse said he'd escaped the ward twice to get a smoke, bless him.",
    "Therapy exists for a reason and the waiting lists are too long.",
    "I stick to the crossword these days, the news is too grim.",
    "The hum of the fridge is background noise, you stop hearing it.",
    "We ran out of sandwiches at the picnic, two short for the kids.",
    "The lift doesn't go all the way to the top floor after 10pm, take the stairs.",
    "The architect will draw you a diagram of the extension if you ask.",
    "The kids are teaching a goldfish tricks, apparently.",
    "The band must have peaked in 1994.",
    "The joke sailed straight over my head, I only got it on the bus home.",
    "Do keep up the good work, the new timetable is much better.",
    "My granddaughter used her finger under each line to read the menu, so proud.",
  ])("%j (the words of a probe-EX, FA, FC, FI, FL, FO or FT put-down, said of no one) publishes", (text) =>
    expect(judge(text).decision).toBe("publish"),
  );

  it.each([
    "u r such a l0s3r lmaooo",
    "you're a loser hahaha",
    "you're an idiot hehe",
    "Grow up you spoiled brat",
    'Is "numpty" a slur? Dunno, but you\'re a massive numpty either way.',
    "Nobody cares about your commute, you whiny little shit.",
    "Your comment is bullshit and you're a lying little toerag. Simple as.",
  ])("%j: laughter after the name does not hide it, refused", (text) =>
    expect(judge(text)).toMatchObject({ target: "commenter", decision: "reject" }),
  );
});

describe("insulting vocatives", () => {
  it.each([
    "Go away, troll.",
    "Sit down, dummy.",
    "Hey numpty, wages are not inflation.",
    "Go back under your bridge, troll; nobody asked.",
    "Get lost, you pathetic little worm.",
    "dude you are a complete tool",
    "@harry_b such a brainless twit.",
    "@dave what a moron",
    // a name straight after a dismissal, no comma
    "shut up dipshit nobody asked u",
    "Sit down clown, you lost the argument.",
    "grow up idiot",
  ])("%j calls the reader names: refused", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "reject" }));

  it.each([
    "Calm down mate, it's only a game.",
    "Shut up and take my money",
    "I told the kids to sit down and eat",
    "Get out clean before the crash.",
  ])("%j: a dismissal without a name called publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it.each(["@sue_b what a game that was.", "@sue such a shame about the match."])("%j exclaims to a commenter, and publishes", (text) =>
    expect(judge(text).decision).toBe("publish"),
  );

  it.each(["Such a dimwit.", "What a moron!", "Wow. What a jerk."])("%j: name-calling that names no one is held, not published", (text) =>
    expect(judge(text)).toMatchObject({ target: "none", decision: "hold" }),
  );

  it.each(["What a disaster.", "What a game!", "Such a shame.", "What a clown show."])(
    "%j: an exclamation about things publishes",
    (text) => expect(judge(text).decision).toBe("publish"),
  );

  it.each(["This app is a great tool for teachers.", "Use the right tool for the job.", "Early birds catch the worm."])(
    "%j: 'tool' and 'worm' said of things publish",
    (text) => expect(judge(text).decision).toBe("publish"),
  );

  it('a quoted vocative is a mention: "It\'s the economy, stupid" publishes', () => {
    expect(judge('"It\'s the economy, stupid." Never mind the rest.').decision).toBe("publish");
  });
});

// Met in probe set AO: names called at a comment's start after their insults, commenters placed in
// the thread by a noun ("the guy above") or named by a handle joined with underscores.
describe("commenters named in the thread, and names called first", () => {
  it.each([
    "St*pid c*nt, read the bloody article before commenting.",
    "Absolute gobshite, this fella. Ignore him.",
    "The guy above is a tw\u200dat, ignore him and read the actual report.",
    "The guy above is an idiot.",
    "FootyFan_99 is a w@nk3r and everyone on here knows it.",
    "jazzhands_42 is a clown.",
  ])("%j calls a commenter names: refused", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "reject" }));

  it.each([
    "Absolute legend, this fella.",
    "Complete disaster, this budget.",
    "The guy above is a doctor, he knows this stuff.",
    "Dave_from_Leeds is right about the bins.",
    "The file my_notes_2024 is a mess.",
  ])("%j publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it("a handle joined by underscores names a commenter; _emphasis_ does not", () => {
    expect(judge("Anyone defending this budget is a complete idiot, and yes Dave_from_Leeds that means you.").target).toBe("commenter");
    expect(judge("I _really_ think the minister is a clown.").target).not.toBe("commenter");
  });
});

// Families met in probe set AY (put-downs with no insult word), each written for its family.
describe("indirect attacks of the probe-AY families", () => {
  it.each([
    "I'll type this slowly for you: the vote passed.",
    "You got that from the back of a cereal box, didn't you?",
    "Clearly @NedK failed year 8 maths.",
    "Maybe lay off the doughnuts before lecturing us on health, @Gaz.",
    "Did you learn economics from the back of a cornflakes packet?",
    "I'll use small words so you can keep up.",
    "Let me slow down so you can follow, Trev.",
    "Please never breed.",
    "Pity whoever has to sit next to you in the office.",
    "Your mum didn't hug you enough as a child.",
    "Your entire personality is hating bike lanes.",
    "Bless your cotton socks, the levy isn't a tax.",
    "This debate is clearly beyond you.",
    "A full sentence this time, well done.",
    "I doubt you have the attention span for the report.",
    "There's always a contrarian. Today it's you.",
    "That reply says everything about your education.",
    "You argue like a petulant toddler.",
  ])("%j is aimed at a commenter and held", (text) => {
    expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold", rule: "personal-attacks" });
  });

  it.each([
    ["He needs both hands to count past ten, that one.", "count past ten"],
    ["Another post typed with his mittens on.", "mittens on"],
    ["More crayon maths from the usual suspect.", "crayon maths"],
    ["I've seen better reasoning written on a toilet door.", "toilet door"],
  ])("%j mocks whoever it describes: held, %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ decision: "hold" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "The housing plan reads like it was written on the back of a cereal packet.",
    "I failed year 9 science and still became a nurse.",
    "My doctor told me to lay off the pies, fair enough.",
    "Teachers use small words so the kids can follow.",
    "Type this slowly into the form or it times out.",
    "Pandas rarely breed in captivity.",
    "The person who has to sit next to the minister looked bored.",
    "Your whole holiday is ruined if the ferry is cancelled.",
    "Bless you, I hope the cold clears up.",
    "Why they did this is beyond me.",
    "My toddler can count past ten now.",
    "Wear mittens on the school run, it's freezing.",
  ])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });
});

// Families met in probe set BB (attacks on commenters, typical), each written for its family.
describe("attacks on commenters of the probe-BB families", () => {
  it.each([
    "The bloke above is a total tosser.",
    "You're such a drongo it's almost impressive.",
    "what a duffer you are",
    "You come across as a bigoted fool every time you post.",
    "SmartyPants99 is a gobshite.",
    "Calm down you loon.",
    "You are legitimately the dumbest person here.",
  ])("%j calls a commenter names: refused", (text) => {
    expect(judge(text)).toMatchObject({ target: "commenter", decision: "reject" });
  });

  it("a name called after an interjection is name-calling: held (whom it calls is read from the reply)", () => {
    expect(judge("lol what a clueless numpty")).toMatchObject({ decision: "hold" });
  });

  it.each([
    "Did you read the article or just the headline?",
    "If brains were dynamite you couldn't blow your nose.",
    "Classic bot, account made last week.",
    "How's the PR firm treating you?",
    "Nobody will miss your whinging.",
    "You've never run anything bigger than a lemonade stand.",
    "What a little world you live in.",
    "I feel sorry for your kids having to listen to this.",
    "Your comment has the same energy as a drunk uncle at a wedding.",
    "Do you ever get tired of hearing yourself?",
    "Did the bike lane hurt your feewings?",
    "You'd know that if you could read past the headline.",
    "Nobody asked, Gary.",
    "Get a life mate.",
    "Listen to yourself.",
    "I'd explain it to you but I've run out of crayons.",
  ])("%j is aimed at a commenter and held", (text) => {
    expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold", rule: "personal-attacks" });
  });

  it.each([
    "Nobody here is saying you're a moron, we just disagree about the route.",
    "Nobody asked for this tax.",
    "Listen to yourself read aloud, it helps with essays.",
    "Problem is your senator is on the oil lobby's payroll.",
    "Oh what a lovely day.",
    "Covid19 is a disaster for small shops.",
    "lol what a game",
    "You as a parent should know the school rules.",
    "The old fossil fuel plants are closing next year.",
    "It's a small world, I went to school with the mayor.",
  ])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });
});

// Constructions and words met in probe set BF (direct insults), each written for its family.
describe("name-calling of the probe-BF families", () => {
  it.each([
    "Take off, you hoser.",
    "Honestly mate, you're a bit of a bellend.",
    "You are the thickest person in this thread.",
    "you're dafter than a brush",
    "ur a dmbss",
    "Jou moegoe, read the article.",
    "Sit down, you munter.",
    "You stupid cow, the school closed in 2019.",
    "Abey chutiya, read the article.",
    "Youuu are an idiot.",
  ])("%j calls a commenter names: refused", (text) => {
    expect(judge(text)).toMatchObject({ target: "commenter", decision: "reject" });
  });

  it.each(["Pathetic loser.", "What a m0r0n, honestly."])("%j is a name called: held (whom it calls is read from the reply)", (text) => {
    expect(judge(text)).toMatchObject({ decision: "hold" });
  });

  it.each([
    "It's a bit of a mess, the new timetable.",
    "The thicker paint covers better.",
    "You're the loudest supporter in the stand, love it.",
    "Stupid decision.",
    "Pathetic.",
    "smh pls thx",
    "He is the nicest person here.",
    "Can't be arsed with the traffic today.",
    "Wee Jimmy scored twice on Saturday.",
  ])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });

  it.each(["Thank you stupid autocorrect.", "That's you worthless opinion on the budget."])("%j is not refused", (text) => {
    expect(judge(text).decision).not.toBe("reject");
  });

  it.each(["Abey yaar, the match was brilliant.", "Sooo tired of these roadworks."])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });
});

describe("name-calling of the probe-BH constructions", () => {
  it.each([
    ["Absolute plonker you are.", "plonker"],
    ["Thick as they come, muppet, that's what you are.", "muppet"],
    ["Look, drongo, the tip closes at four.", "drongo"],
    ["Sit down, clown 🤡", "clown"],
    ["It's in the report, which you'd know if you weren't such a muppet.", "muppet"],
    ["Your post is the ravings of a sad little troll.", "troll"],
  ])("%j is an insult aimed at a commenter, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ target: "commenter", decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "Complete and utter cretin, honestly.",
    "What a tosser this bloke is.",
    "The gentleman above is a proper arsehole.",
    "Listen to this clown, reckons the toll will pay for itself.",
    "This muppet really thinks the bridge will open on time.",
  ])("%j calls someone names and is held or refused, never published", (text) => {
    expect(judge(text).decision).not.toBe("publish");
  });

  it.each([
    "The mayor is a liar, a cheat, crook, fraud, and a disgrace.",
    "What a silly, stupid, inane use of public money.",
    "Funny, stupid, but funny all the same.",
    "You are what you eat, they say.",
  ])("%j calls no commenter names", (text) => {
    expect(judge(text).target).not.toBe("commenter");
  });

  it.each(["Even if you weren't a fan, the gig was great."])("%j: 'if you weren't' with no name called publishes", (text) => {
    expect(judge(text).decision).toBe("publish");
  });
});

// Families met in probe set BM (put-downs without an insult word, direct insults, warm look-alikes), each written for its family.
describe("attacks on commenters of the probe-BM families", () => {
  it.each([
    "You have the emotional range of a potato, Gary.",
    "Your spelling is on par with a five year old.",
    "Shut up and let the people who drive it every day talk.",
    "Not everyone can read a budget, and you're living proof of that.",
    "Listen here, buttercup, the council never promised that.",
    "Just log off, nobody is interested in anything you have to say.",
    "You clearly live alone, and it shows.",
    "Your tinfoil hat is showing again, Derek.",
    "Ok boomer, go back to your crossword.",
    "Take your meds, Gary, and then come back when you've calmed down.",
  ])("%j puts a commenter down: held or refused, never published", (text) => {
    const j = judge(text);
    expect(j.target).toBe("commenter");
    expect(j.decision).not.toBe("publish");
  });

  it.each([
    "You have the support of a majority of residents.",
    "Go touch grass, everyone! The sun's finally out and the parks look gorgeous.",
    "Me again, the village idiot, asking why nobody told us about the roadworks.",
    // (the put-down named, not said: probe set HX)
    "Ok boomer went into the dictionary years ago, this article is a bit late to the party.",
    "Take your meds with food, my pharmacist says, which the article about the new tablets doesn't mention at all.",
  ])("%j puts no commenter down and publishes", (text) => {
    expect(judge(text).decision).toBe("publish");
  });

  it.each([
    ["Jesus fucking Christ, the A1 has been closed for three days now.", "none"],
    ["Christ, the M4 is shut again.", "none"],
  ])("%j: a name sworn by, and a road, are no one", (text, target) => {
    expect(judge(text).target).toBe(target);
  });

  it.each([
    "I retract what I said about you being a troll, you clearly know the subject better.",
    "I take back calling you a fool.",
    "Earlier I called you a moron. That was out of order and I take it back. Apologies.",
    "I called you an idiot yesterday, I apologise, that was uncalled for.",
    // (owned as wrong, with no apology word)
    "Fair play, I called you a numpty last night and that was totally uncalled for.",
    "Yeah I called you a clown earlier, that was bang out of order.",
  ])("%j: a name withdrawn is a mention, published", (text) => {
    expect(judge(text).decision).toBe("publish");
  });

  it.each([
    "Never once in this thread did I call you a hypocrite, @GarethW. You're arguing with a ghost.",
    "who said anything about you being a fool? chill, bro, I was replying to the article not you",
    "Nobody's calling you a racist, Pete. People are asking you to explain one sentence.",
    "Where did I say you were a liar? I said the figures in the article were out of date.",
    "Nobody called you a snowflake, Tess, I was quoting the headline.",
  ])("%j: a name denied is no name called, never refused", (text) => {
    expect(judge(text).decision).not.toBe("reject");
  });

  it.each(["What a pillock @Simon is, lecturing nurses about their own job.", "What a useless pillock @Gary is."])(
    "%j: a commenter named by their handle is called a name, refused",
    (text) => {
      expect(judge(text)).toMatchObject({ target: "commenter", decision: "reject" });
    },
  );

  it("a friend envied ('you lucky bastard', 'you jammy git') is no name called; 'you lucky idiot' is one", () => {
    expect(judge("You lucky bastard, two weeks in Crete while we're stuck with this rain.").decision).toBe("publish");
    expect(judge("Won the meat raffle again, you jammy git! Save us a sausage.").decision).toBe("publish");
    expect(judge("You lucky idiot, you'd lose your head if it wasn't screwed on.").decision).toBe("reject");
    expect(judge("You're a lucky bastard and a lying one too, you fraud.").decision).toBe("reject");
  });

  it("'What a legend Simon is' praises; 'never been called a fool…, you idiot' still calls one", () => {
    expect(judge("What a legend Simon is.").decision).toBe("publish");
    expect(judge("I've never been called a fool so politely, you idiot.").decision).toBe("reject");
  });

  it.each([
    "I called you a moron and I'm not sorry.",
    "I called you a moron, sorry but you are one.",
    "I called you a clown and I'll take it back when you post a source.",
    "I called you a muppet because you're out of line.",
    "Where did I say you were wrong? You're a troll.",
  ])("%j: a name kept, or taken back only on a condition, is still refused", (text) => {
    expect(judge(text).decision).toBe("reject");
  });

  it("'As the resident village idiot, …' is the writer's own name: no dismissal of a commenter", () => {
    expect(judge("As the resident village idiot, can someone explain the difference between CPI and RPI?").decision).not.toBe("reject");
  });

  it("the last of a list of names is no vocative: 'Senator Whitmore: liar, hypocrite, coward.' is held, not refused", () => {
    expect(judge("Senator Whitmore: liar, hypocrite, coward. Pick one, she's all three.")).toMatchObject({
      target: "public-figure",
      decision: "hold",
    });
    expect(judge("Go away, liar, coward.")).toMatchObject({ target: "commenter", decision: "reject" });
  });

  it("'dweeb' is an insult: 'You're such a dweeb, Tyler.' is refused", () => {
    expect(judge("You're such a dweeb, Tyler.")).toMatchObject({ target: "commenter", decision: "reject" });
  });
});

// (session 40, probe set II)
describe("put-downs of the probe-II families", () => {
  it.each([
    "Your account is a week old and only posts about the stadium. Troll much?",
    "Big talk for someone who'll be back to flipping burgers on Monday, Kyle.",
    "Arguing with strangers on here seems to be the only social life you've got.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it.each(["Thanks much for the link, Priya, that settles it.", "My first job was flipping burgers at the pier and I loved it."])(
    "%j is plain English and publishes",
    (text) => expect(judge(text).decision).toBe("publish"),
  );
});

// (session 40, probe sets IB and IJ: names the writer introduces themself by, or calls themself with no article)
describe("names the writer gives themself", () => {
  it.each([
    "Idiot here booked a Friday flight out of Dublin during the strike.",
    "Coward here, I'd never have jumped in after him.",
    "Cried at the end of a dog food advert. I'm pathetic and I don't care.",
    "Forgot my own PIN at the till again, I'm so useless.",
  ])("%j is said of oneself and publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it.each([
    "Idiots here will swallow anything the council tells them, Dave included, you idiot.",
    "Or even what race I am? Moron.",
    "I'm stupid? You're the one who can't read a timetable, you idiot.",
  ])("%j: a name not the writer's own is no self-reference", (text) => expect(judge(text).decision).not.toBe("publish"));
});

describe("a third person's habit of calling names, reported", () => {
  it("'her ex used to call her useless and ugly' is reported, and publishes; one's own habit, or the reader called, is not", () => {
    expect(judge("Her ex used to call her useless and ugly. Coercive control is abuse, full stop.").decision).toBe("publish");
    expect(judge("Her dad would call her stupid and fat at every meal.").decision).toBe("publish");
    expect(judge("He used to call you a liar, and he was right, you liar.").decision).not.toBe("publish");
  });
});

// (session 40, probe set IO: the jab closing a civil reply, and a hail opened with an adverb)
describe("put-downs of the probe-IO families", () => {
  it.each([
    "Fair enough on the bus times. Mind you, scrolling this site seems to be the only exercise you ever get, Pete.",
    "I've explained the council tax bands twice now. Honestly it's like arguing with a toddler.",
    "Happy to send the link, but I suspect it would go over Gavin's head like everything else on here.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it("an adverb opening a hail is no name: 'Seriously Dave, you're an idiot.' is said to a commenter, refused", () => {
    expect(judge("Seriously Dave, you're an idiot.")).toMatchObject({ target: "commenter", decision: "reject" });
    expect(judge("Honestly Keith, you're a clown.")).toMatchObject({ target: "commenter", decision: "reject" });
    // (a first name and a surname are still a public figure's)
    expect(judge("Seriously Dave Hendry, you're an idiot.")).toMatchObject({ target: "public-figure" });
  });

  it.each(["The only exercise I ever get is walking the dog.", "Toddler groups like arguing with a parent over snacks, that's normal."])(
    "%j is plain English and publishes",
    (text) => expect(judge(text).decision).toBe("publish"),
  );
});

describe("'whoever wrote this' with no comment above it", () => {
  it("is the article's writer in a comment that replies to no one, and a commenter in a reply", () => {
    expect(judge("Whoever wrote this is a hack.")).toMatchObject({ target: "public-figure", decision: "hold" });
    expect(judge("Whoever wrote this is a hack.", { parentAuthor: "Maureen" })).toMatchObject({ target: "commenter", decision: "reject" });
    // ("this comment", or the article named apart from it: a comment)
    expect(judge("Whoever wrote this comment is a moron.")).toMatchObject({ target: "commenter", decision: "reject" });
  });
});

// (session 40, probe set IQ: a commenter mocked, often to the others)
describe("put-downs of the probe-IQ families", () => {
  it.each([
    "Such a deep thinker, our Wayne.",
    "Congratulations on the most clueless comment of the day, Tina.",
    "Leave him be, he's doing his best with what little he was given upstairs.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it.each([
    "She was a deep thinker and a kind teacher, the school said.",
    "Congratulations on the most successful season in the club's history.",
  ])("%j is plain English and publishes", (text) => expect(judge(text).decision).toBe("publish"));
});

// (session 41, probe set IX: put-downs with no insult word)
describe("put-downs of the probe-IX families", () => {
  it.each(["Lights are on but nobody's home with you, Darren.", "Get a hobby, Colin, you've posted forty times today."])(
    "%j puts a commenter down and is held",
    (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }),
  );

  it.each([
    "Left the lights on but nobody's home, so the burglars had a go.",
    "Retired last year and had to find a hobby, so I took up bowls.",
  ])("%j is plain English and publishes", (text) => expect(judge(text).decision).toBe("publish"));
});

// (session 41, probe set JD: a jab in a long civil reply)
describe("put-downs of the probe-JD families", () => {
  it.each([
    "The levy only applies over two million. Maths has never been your strong suit, has it, Derek?",
    "The minutes are online. Did you even finish school, Martin?",
    "Keep clutching your pearls, Susan, the fireworks are on for one night a year.",
    "That's the worst take today, and that's saying something with you around.",
    "With all due respect, and there isn't much due, the offside call was right.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it.each([
    "Her pearls were stolen from the museum in 1994 and never found.",
    "Did you finish school before the new exams came in? My son is in the first year of them.",
  ])("%j is plain English and publishes", (text) => expect(judge(text).decision).toBe("publish"));
});

// (session 41, probe set JF: denials and apologies that still land)
describe("put-downs of the probe-JF families", () => {
  it.each([
    "Never called you thick. Your posts do that for me, Alan.",
    "Sorry pal, didn't realise this was the kids' table.",
    "You argue like a petulant toddler, Jason.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it.each(["The kids' table at the wedding was the loudest by far.", "My comment did it for me: I finally said my piece at the meeting."])(
    "%j is plain English and publishes",
    (text) => expect(judge(text).decision).toBe("publish"),
  );
});

// (session 42, probe set JJ: commenters put down by name, mock pity, jabs at the reader's life)
describe("put-downs of the probe-JJ families", () => {
  it.each([
    "Another masterpiece from our resident genius Phil. Truly, the Oxford dons are trembling.",
    "Ah yes, our famous legal expert Dave. Qualifications: watched two seasons of Suits.",
    "Don't worry Ngozi, not everyone can be good at reading.",
    "Say what you like, Mrs Henderson, but at least my kids still speak to me.",
    "Is there someone at home who looks after you when you get like this?",
    "@Gaz_1966 this is what happens when you leave school at 15.",
    // (probe set JN: short replies)
    "Wow Tunde, such deep insight. Did it come free with the cereal box?",
    "Siobhan, how's the medication going? Only asking because of this comment.",
    "Des, is this the third bottle or the fourth? The spelling usually tells us.",
    "@DebbieLovesDogs The dogs are the only ones who still listen to you, aren't they?",
    "Reply to Lachlan: Sounds like someone's been into the goon again.",
    "Kieran, the men in white coats rang, they'd like you back before teatime.",
    // (session 43, probe set JS)
    "How's the weather down in the basement? Still no wifi signal to the real world?",
    "I think Gary's brain buffered halfway through that sentence and never recovered.",
    // (probe set JZ: inside long arguments)
    "It's in the second paragraph. I know it's a lot of words for you but the second paragraph really isn't that far down.",
    "Either you're trolling, or you genuinely can't hold two numbers in your head at once.",
    "I didn't realise we had a world-renowned epidemiologist in the comments. Oh wait, it's Tony.",
    "Everyone reply to Terry slowly and with small words please, he's clearly struggling.",
    "@RedWallRob have you tried turning your brain off and on again before the next reply?",
    "do you want a gold star for that one?",
    "Welcome to the conversation Jen, the grown-ups were just talking about the actual budget if you want to sit quietly",
    "Well done you for finding the comment section! now try finding the article",
    "Brilliant analysis, Ian. Truly the Einstein of the comments section.",
  ])("%j puts a commenter down and is held", (text) => expect(judge(text)).toMatchObject({ target: "commenter", decision: "hold" }));

  it.each([
    "Our very own cathedral choir sang at the opening, a lovely touch.",
    "At least my kids still speak to me after the divorce, which is more than my ex can say about hers.",
    "Not everyone can be good at maths, and the new tutoring scheme accepts that.",
    "What happens when you leave school at 16 in Scotland?",
    "@Ravi I must be thick as two short planks because I still don't understand the new bin schedule.",
    "The men in white coats at the lab ran the samples twice.",
    "My brain froze halfway through the exam, I'd revised the wrong chapter.",
    "How's the weather in Leeds? We're flooded again down here.",
    "shut up, no way, that's the best news all week",
    "A stupid amount of rain fell last night, the garden's a pond.",
    // (probe set KG: praise given elsewhere, care)
    "gold star to the council for once, the new bins actually get collected on time",
    "gold star for me, I finally read the whole article before commenting 😂",
    "Such a big boy now, our Alfie, first day at school!",
    "The article says the MP called the protester 'sweetie' and told him the adults were talking. Shocking from an elected official.",
    "did you even sleep last night Tom? you were posting updates from the count at 4am 😂 thanks for it though",
    "I didn't realise the bins went out on Tuesdays now, thanks for the heads up.",
    "Found the limit of the old bridge's weight rating in the council minutes: 7.5 tonnes.",
    "Shut up, that's brilliant, congrats to the whole team!",
  ])("%j is plain English and publishes", (text) => expect(judge(text).decision).toBe("publish"));
});

// (session 42, probe set JP: a greeting before the hail; someone named by a deed, beside "me")
describe("public figures hailed after a greeting, and commenters named by a deed", () => {
  it.each([
    "Oi, Chief Exec Moreland, yes you, you greedy pig, giving yourself a bonus while the wards close.",
    "Hey, Mayor Kent, you clown.",
  ])("%j calls a public figure names: held at most, never refused", (text) =>
    expect(judge(text)).toMatchObject({ target: "public-figure", decision: "hold" }),
  );

  it("'Oi, Dave, you greedy pig' is said to a commenter and refused", () =>
    expect(judge("Oi, Dave, you greedy pig.")).toMatchObject({ target: "commenter", decision: "reject" }));

  it("'Whoever posted the comment above me is a…' names a commenter, not the writer", () =>
    expect(judge("Whoever posted the comment above me is an absolute wanker.")).toMatchObject({ target: "commenter", decision: "reject" }));

  it("'What an idiot I was' is still said of oneself", () => expect(judge("What an idiot I was.").decision).toBe("publish"));
});

// (session 43, probe set JW: the reader named after the name called, a commenter by what they post)
describe("name-calling of the probe-JW families", () => {
  it.each([
    "you're a pathological liar Sandra, I've watched you make stuff up in every single thread",
    "You're an idiot Sandra, and everyone knows it.",
    "You're the thickest poster on this site and trust me that's a high bar",
    "Brian below is a corrupt little troll though, dont feed him",
    // (an insulting adjective makes a name of any noun after "you are a", as after "you": probe set JX)
    "you ar3 a st00pid c0w",
    "You are a stupid cow.",
    "you are a stupid cow and everyone knows it",
    // (probe set KB)
    "lol ur a r3t4rd m8, genuinely",
    // (probe set KD: a word no one is called makes a name of the noun after it; an open letter is the writer's own)
    "Sandra, you lying cow, I never said that anywhere in my post.",
    "@lucy_m you insufferable busybody, you're not a moderator so stop policing everyone's comments.",
    "Open letter to 'PatriotDave88': you are a knuckle-dragging halfwit. Sincerely, everyone else in this comment section.",
    "Linda, this is the fourth time you've replied to me today. Shut your trap, you ignorant old bat.",
    // (probe set KO: a relative clause after the name)
    "You're a coward who'd never say any of this to someone's face.",
    "You're all pathetic losers with nothing better to do on a Tuesday.",
  ])("%j calls a commenter names: refused", (text) => {
    expect(judge(text)).toMatchObject({ target: "commenter", decision: "reject" });
  });

  it("'what a moron, can't even read': the one called names is the subject left out, held for whom the reply says", () => {
    expect(judge("what a moron, cant even read a basic graph")).toMatchObject({ decision: "hold" });
    expect(judge("What a genius, can't wait to read his next book").decision).toBe("publish");
  });

  it("someone outside the thread hailed by a deed is no commenter: held at most", () => {
    expect(judge("To whoever keyed my car: you're a coward.")).toMatchObject({ target: "public-figure", decision: "hold" });
    expect(judge("To whoever said that in the comments below, you're a coward")).toMatchObject({ target: "commenter", decision: "reject" });
  });

  it.each([
    "Author, you are a shill for the developers and a hack. Byline noted.",
    "Reporter, you're a liar. The council never said that and you know it.",
    "Dear columnist, you smug metropolitan twit, some of us live outside the M25.",
    "Ref Atwell you numpty, VAR handed you the replay on a plate and you still got it wrong.",
    "Joe, you doddering old fool, step aside and let someone who's actually awake do the job.",
    "Suella you nasty piece of work, the Home Office was a circus on your watch.",
    "Whoever wrote this, hand back your press card, you talentless hack.",
    "You're a hack, Mr Dempsey, and your editor should be ashamed for running your drivel.",
  ])("%j speaks to a public figure: held at most (probe set KD)", (text) =>
    expect(judge(text)).toMatchObject({ target: "public-figure", decision: "hold" }),
  );

  it("a word no one is called names no one alone", () => {
    expect(judge("Thank you lying there so still, kitty, the vet was so gentle.").decision).toBe("publish");
    expect(judge("Come here, you silly old thing, and open your present.").decision).toBe("publish");
  });

  it("one told to resign holds an office: a public figure, held at most", () =>
    expect(judge("Grayson, you bald headed bellend, resign already")).toMatchObject({ target: "public-figure", decision: "hold" }));

  it.each([
    "You're a Leeds fan Sandra, so you would say that.",
    "You're a bloody legend.",
    "You're all heart, Sue.",
    "you're all right mate",
  ])("%j calls no one names and publishes", (text) => expect(judge(text).decision).toBe("publish"));
});

// (session 43, probe set KK: groups called the names of pests, weeds and cavemen)
describe("groups dehumanised in the words of probe set KK", () => {
  it.each([
    "Immigrants are weeds choking the garden, they need pulling up by the roots.",
    "Foreigners are scavengers, every last one.",
    "Liberals are mould. They grow in the dark damp corners of universities.",
  ])("%j dehumanises a group: held", (text) => expect(judge(text)).toMatchObject({ target: "group", decision: "hold" }));

  it.each([
    "The allotment is all weeds this year, nobody's touched it since May.",
    "There's mould in the bathroom again, the landlord won't fix it.",
  ])("%j is about weeds and mould and publishes", (text) => expect(judge(text).decision).toBe("publish"));
});
