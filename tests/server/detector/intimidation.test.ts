// Intimidation (server/detector/intimidation.ts): whereabouts known, or a politician's murder
// recalled, with a warning in the same comment is a threat; either half alone is not.
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

describe("intimidation", () => {
  it.each([
    [
      "Keep talking Sharon, I know which end of Millbrook Road you live on. Blue door isn't it",
      "know which end of Millbrook Road you live",
    ],
    ["Councillor Hughes has three kids at St Mary's. Everyone knows that. Think on before the vote, councillor.", "has three kids at"],
    ["Ye want to be careful what you say about us, Declan. We know the farm, we know the sheds, and sheds burn easy", "We know the farm"],
    ["I am know where is your shop Ahmed, you will see what happen to your glass on Friday", "know where is your"],
    ["Your car is the silver Qashqai on Elm Close yeah? I'd park it somewhere safer tonight", "Your car is the"],
    [
      "Found your LinkedIn, Priya. Senior Engineer at that place off Deansgate. See you at half five when you come out 😘",
      "Found your LinkedIn",
    ],
    [
      "Remember what happened to Jo Cox. Our MP might want to think very hard about that before she votes for this housing estate.",
      "Remember what happened to Jo",
    ],
    ["Sic semper tyrannis. Ford's Theatre has a seat with the Senator's name on it 🎭", "Sic semper tyrannis"],
    ["Funny how the JFK motorcade went down Elm St. Bet the Governor's parade takes Main St next month 🔭", "JFK motorcade"],
    [
      "Funny how you keep mentioning you go to St. Agnes on Sundays, Marcy. Lot of people know where St. Agnes is. Just saying.",
      "keep mentioning you go",
    ],
    ["Boda guys, that traffic cop at Kencom who keeps extorting us, we meet him tonight. Bring rungus.", "we meet him tonight"],
    ["Anybody seen with an Orlando Pirates jersey in Diepkloof will be stabbed. Consider yourself warned, Thabo.", "will be stabbed"],
    ["@Sipho_K your Toyota Quantum parked outside Bree taxi rank will not have tyres tomorrow. Try me.", "will not have tyres"],
    ["Priya ji your beta goes to DPS Vasant Kunj na? Tell him to be careful on the way home. Just saying. 🙂", "your beta goes to"],
    ["Keep running your mouth Wanjiku. Your matatu passes Githurai every morning na tunajua plate number.", "plate number"],
    ["Somebody should deal with that MCA before Friday. Boys are ready, just give the word.", "deal with that"],
    ["Mr Odhiambo, your time is coming. Every dog has its day and yours is nearer than you think.", "your time is coming"],
    ["found ur ip lol enjoy the visitors tonight", "found ur ip"],
    ["You'll want to be careful what you type, pal. I know a few lads who drink in your local.", "who drink in your local"],
    [
      "We all know which house on Ashby Rd is yours, the one with the white Tesla. Shame if the windows got put in. Twice.",
      "know which house on Ashby Rd is yours",
    ],
    ["grand so, you've a wife and two young ones out in Ballincollig. I'd mind them if I were you.", "you've a wife and two young"],
    ["The bully's mum should remember her own kids walk home from St Joseph's too. Just saying.", "her own kids walk home"],
    ["Stop posting where you are on Insta. Never know who's going to turn up.", "posting where you are"],
    ["R5000 to whoever sends me this oke's address. No need for the cops.", "whoever sends me this oke's address"],
    [
      "The bloke who kicked that cat jogs along the canal every morning about 6. Just putting it out there.",
      "jogs along the canal every morning",
    ],
    ["@Mike_Ferguson I see from your profile you're in Stockport, same as me. see you around 😉", "from your profile you're in"],
    [
      "Keep typing, @TowerYesPlease. The IP logs make very interesting reading. Won't be so brave when there's a knock at the door.",
      "The IP logs make",
    ],
    [
      "We know where the Gazette's office is. Might pop round and have a word with whoever signed off this puff piece.",
      "know where the Gazette's office is",
    ],
    ["Big talk from someone whose profile picture shows exactly which street they live in. Noted.", "shows exactly which street they live"],
    ["Anyone in Leeds fancy finding this guy? His profile says he works at the Tesco on Kirkstall Rd 👀", "profile says he works"],
    // (probe set EC)
    [
      "The journalist who wrote this is called Marisa Toller. Her office is on Quay Street. Do with that what you will.",
      "Her office is on Quay Street",
    ],
    [
      "MP Garrow's office is two streets from me. I've walked past it three times. Fourth time I'm going in.",
      "office is two streets from me",
    ],
    ["That Crown Prosecutor, Marcus Tolland, drives a silver Audi and parks on Queen St. Hint hint.", "parks on Queen St"],
    // (session 42, probe set JI: a house given by its number, and a mob called)
    ["Sharpen the pitchforks, lads. Councillor Amadi's house is number 9 Elm Road and he's home most evenings.", "house is number 9"],
    [
      "PeterHolmes2, you mentioned your kids' school in another thread, and I'd think about that before you mouth off again.",
      "mentioned your kids' school",
    ],
    [
      "The ump should keep a close eye on his kids at the school gate this week, people round here don't forget.",
      "keep a close eye on his kids",
    ],
    // (probe set JQ: no violent word at all)
    ["Ever been glassed, Tariq? First time for everything. See you Saturday.", "Ever been glassed"],
    ["I know your shift pattern at the Co-op, Jade. See you at 10 in the car park.", "know your shift pattern"],
    ["Mrs Pillay's cat went missing the week after she commented on here. Yours could be next, Hemant.", "cat went missing"],
    [
      "Everyone in this town knows which one is your house, Mr Ashworth. Everyone. Keep the curtains shut.",
      "knows which one is your house",
    ],
    // (probe set JR)
    ["Your wife and kids look lovely on Facebook. Tell them I said hi.", "kids look lovely on Facebook"],
    // (probe set JY)
    ["tell Cllr Patel her kids go to the same school as mine. she'll understand", "kids go to the same school as mine"],
    ["dog attacked my daughter, owner laughed. i've got his address and i'm not waiting for the police", "i've got his address and i'm"],
    // (probe set KF)
    [
      "I'd hate for anything to happen to the shop, your wife works so hard in there. Drop the complaint.",
      "hate for anything to happen to",
    ],
    ["Maybe think about whether your daughter's nursery has decent security before you write the next column.", "your daughter's nursery"],
    [
      "The councillor's kids go to the grammar on Elm Road. Just putting that out there for anyone who cares about this vote.",
      "councillor's kids go to",
    ],
  ])("%j: refused under the threats rule, span %j", (text, span) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject", rule: "threats" });
    expect(j.words).toContain(span);
  });

  it.each([
    "I know which end of Millbrook Road you mean, the potholes there are awful.",
    "My house is number 42 and I'm home most evenings if the courier wants to try again.",
    "Sharpen the pitchforks, the council want to close the library again.",
    "You mentioned your kids' school is closing, that's a real shame for the village.",
    "Keep a close eye on your kids near the reservoir this summer, the water is colder than it looks.",
    "My cat went missing last week, if anyone in Hove sees a ginger tom please shout.",
    "Keep the curtains shut in this heat, it makes a huge difference.",
    "Your kids look lovely on Facebook, Dave, what a day for it.",
    "Tell them I said hi when you see the old team on Saturday.",
    "Her kids go to the same school as mine, she'll understand the catchment problem.",
    "Still on Carlton Street? Lovely. We'll pop by with the kids at Christmas.",
    "Your daughter's nursery sounds lovely, which one is it? We're looking for ours.",
    "I'm not waiting for the police to fix the streetlight, I've emailed the council myself.",
    "Think before you reply to the consultation, the form is confusing.",
    "I know which end of Millbrook Road you live on, my nan lived two doors down!",
    "Keep talking, Sharon, you're making the council's case for them.",
    "I know where is your shop, I buy bread there every Friday, best in town.",
    "You will see what happens to your savings when the rates drop.",
    "We know the farm well, we buy eggs there every week.",
    "Be careful what you say about the planning officer, he's reading these comments.",
    "Councillor Hughes has three kids at St Mary's, so she knows the school is overcrowded.",
    "Think on before the vote, councillor, the whole estate is watching how you vote.",
    "Your car is the problem, not the road.",
    "I'd park it somewhere safer tonight, there's been a spate of break-ins on Elm Close.",
    "Found your LinkedIn post really useful, Priya, thanks for sharing.",
    "Her office is on Quay Street, next to the library. Opening hours are on the council site.",
    "The data's all public, do with that what you will.",
    "MP Garrow's office is two streets from me, I pop in when the surgery is open.",
    "Fourth time I'm going in for this surgery, wish me luck.",
    "My neighbour parks on Queen Street, which is why the bins never get collected.",
    "The bus parks on Mill Lane overnight, hint hint to the council about the noise.",
    "Hint hint, the answer is in the second paragraph.",
    "See you at half five when you come out of the meeting, we'll grab a pint.",
    "Remember what happened to Jo Cox? MPs need far better protection than this.",
    "JFK's motorcade route is still argued about by historians sixty years on.",
    "There's a seat with your name on it at the council meeting, Dermot, come along.",
    "Lot of people know where the old mill is, it's a landmark.",
    "I know where the library is, I'll pop round and have a word with the librarian about the opening hours.",
    "The photo shows which street they live in, noted in the police report.",
    "His profile says he works at the hospital, fancy finding a better source?",
    "Does anyone know where the vet lives? Asking for a friend whose cat is ill.",
    "Funny how the council always finds money for roundabouts.",
    "I don't know where your shop is, but I'd love to visit. Just saying, the bread sounds great.",
    "Bring your knives and forks, the potluck starts at six.",
    "Your beta goes to DPS too? Mine loves the debate club there.",
    "What's the plate number of the car that hit him? Police need witnesses.",
    "Your car is parked outside my gate again, please move it before the school run.",
    "Anyone who drives drunk will be killed eventually. Please take a taxi.",
    "The council should deal with this pothole before someone gets hurt.",
    "Your time is coming, keep applying and the right job will turn up.",
    "One more time for the people at the back: vote!",
    "Be careful on the way home, the floods on Mombasa Road are bad tonight.",
    "Consider yourself warned: the new parking fines start Monday.",
    "Just give the word and I'll bring extra chairs for the meeting.",
    "The council should deal with this pothole properly. Keep it up, campaigners!",
    "Great game, we meet them tomorrow in the final. Keep it up lads!",
    "We see you tomorrow at the market, keep it up!",
    "The club will deal with him internally, the manager said. One more time and he's out.",
    "Funny how nobody got the plate number of the car that hit her.",
    "Bet the police already have the plate number, they always do.",
    "Funny how everyone knows where the best chippy is but nobody knows where the council office is.",
    "Your car is the same model as mine, keep it up with the servicing and it'll last forever.",
    "I know the farm you mean, my cousin works there. Funny how small the world is.",
    "Councillor Hughes has two kids at the local primary, so she gets it. Think twice before calling her out of touch.",
    "Found your LinkedIn article really good, keep it up!",
    "Your kids go to St Anne's too? Funny how we never met at the gate.",
    "We know the house was empty for years. Bet the new owners will fix it up.",
    "Remember what happened to Lincoln's reputation after the war? Bet the same happens here.",
    "Your time is coming, keep it up and the promotion will follow.",
    "My mates who drink in your local say the new landlord's great.",
    "Which house on Ashby Rd is yours? Mine's the one with the broken gate, just saying hi neighbour.",
    "You've a wife and two young kids, you'll know how dear childcare is.",
    "Shame if the windows got steamed up on the bus again, ventilation is terrible.",
    "I'd mind them if I were you, those puppies chew everything.",
    "Enjoy the visitors this weekend, the festival is always packed.",
    "Her kids walk home from school past the new crossing, it's much safer now.",
    "Stop posting where you live on Facebook, scammers use it, the police say.",
    "The postman jogs past the park every morning, lovely lad, just putting it out there that he deserves a raise.",
    "No need for the cops, the neighbours sorted the parking dispute over a cuppa.",
  ])("%j: one half alone, published", (text) => expect(judge(text)).toMatchObject({ threat: false, decision: "publish" }));
});

// The learned threat reading may hold these for a moderator; no rule refuses them.
describe("a knock at the door, and bravery doubted, alone", () => {
  it.each([
    "The police will knock on your door if you don't pay the fine, just saying.",
    "Won't be so brave when the bill for the stadium lands, will they.",
  ])("%j: no threat, not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });
});

// (session 41, probe sets IV and IY: a family admired, then a warning)
describe("a family admired and a warning", () => {
  it.each(["Beautiful daughters you've got, Gareth. Be a shame.", "Nice family you have there. Be careful what you post."])(
    "%j: refused as a threat",
    (text) => expect(judge(text)).toMatchObject({ threat: true, decision: "reject" }),
  );

  it.each([
    "Lovely kids you've got, they were so polite at the café yesterday.",
    "Would be a shame if the market closed, it's been there forty years.",
  ])("%j: one half alone, published", (text) => expect(judge(text)).toMatchObject({ threat: false, decision: "publish" }));
});
