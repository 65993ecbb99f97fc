// Menace without a verb of killing (server/detector/menace.ts): harm foretold to a body, a weapon
// brought to a quarrel or wished on a head, the quarrel's next round promised, private life known.
// The same words told as news, advice or history publish.
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

describe("menace", () => {
  it.each([
    ["Reply to me one more time and you'll be leaving on a stretcher.", "leaving on a stretcher"],
    ["That councillor should have his jaw wired shut.", "jaw wired"],
    ["I'll make sure your kneecaps get smashed.", "kneecaps get smashed"],
    ["Say that again and I'll have your nose broken.", "nose broken"],
    ["I own a crowbar, so keep typing.", "own a crowbar"],
    ["Next time you comment here, remember I've got a loaded rifle.", "got a loaded rifle"],
    ["Honestly the editor deserves a bat across the face.", "bat across the face"],
    ["Post that again and you'll regret it.", "Post that again and you'll regret"],
    ["Keep lying about me and you will pay.", "Keep lying about me and you will pay"],
    ["I've looked up your plates, by the way.", "looked up your plates"],
    ["We found your house last night.", "found your house"],
    ["I pray your whole family drowns in that flood.", "pray your whole family drowns"],
    ["I hope you catch ebola.", "hope you catch ebola"],
    ["Hoping the tumour takes him soon.", "Hoping the tumour takes him"],
    ["I'm coming round to your flat tonight.", "coming round to your flat"],
    ["Careful. Dead people can't tweet.", "Dead people can't tweet"],
    ["Once I'm done there won't be enough left of him to identify.", "enough left of him to identify"],
    ["That judge won't live to see Christmas if I have my way.", "won't live to see"],
    ["Put the whole board on one jet, and the jet should crash.", "jet should crash"],
    ["Shame the sniper missed the senator, he should have aimed better.", "sniper missed"],
    ["Keep talking and see what happens.", "Keep talking and see what happens"],
    ["Mess with me and you'll regret it.", "Mess with me and you'll regret"],
    ["You're going to get hurt, pal.", "You're going to get hurt"],
    ["Next time I see you you're done.", "Next time I see you you're done"],
    ["Somebody will find you one day and it won't be pretty.", "find you one day and it won't be pretty"],
    ["I hope you burn.", "hope you burn"],
    ["Make one more comment like that and you're finished.", "one more comment like that and you're finished"],
    ["Watch your mouth or else.", "or else"],
    ["You'd better watch yourself, pal.", "better watch yourself"],
    // veiled, said as the whole sentence (server/detector/threat.ts, finalMenaceAt)
    ["I'd be careful if I were you.", "be careful if I were you"],
    ["People have disappeared for less.", "People have disappeared for less"],
    ["I have friends who would love to meet you.", "friends who would love to meet you"],
    ["We'll see how tough you are in person.", "We'll see how tough you are in person"],
    ["I know what you drive.", "know what you drive"],
    ["You'll get a visit soon.", "You'll get a visit soon"],
    ["Guys like you get hurt.", "Guys like you get hurt"],
    ["You're going to disappear.", "You're going to disappear"],
    ["You're lucky we're online.", "You're lucky we're online"],
    ["Enjoy your last days.", "Enjoy your last days"],
    ["Your kids will pay for this.", "Your kids will pay for this"],
    // and in set phrases
    ["Your car would look better on fire.", "look better on fire"],
    ["Somebody should teach you some manners with a baseball bat.", "teach you some manners with a baseball bat"],
    ["Someone is going to shut your mouth for good.", "shut your mouth for good"],
    ["Somebody should give you a concrete pair of shoes.", "give you a concrete pair of shoes"],
    ["I'm going to beat the crap out of you.", "beat the crap out of you"],
    ["I'll make sure you never post again.", "make sure you never post again"],
    ["May you burn in a house fire.", "May you burn"],
    ["You belong in a body bag.", "belong in a body bag"],
    ["Another word and you're in the river.", "and you're in the river"],
  ])("%j: refused under the threats rule, span %j", (text, span) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject", rule: "threats" });
    expect(j.words.join(" ")).toContain(span);
  });

  it.each([
    "The striker broke his leg in the second half.",
    "I know what you drive to work is none of my business, but the bus is quicker.",
    "People like you get hurt by these scams every year, so be careful.",
    "We'll see how tough the new rules are in practice.",
    "Your family will pay for this policy through higher bills.",
    "The coach will beat the hell out of the other team's tactics.",
    "The concrete shoes of the statue were restored last year.",
    "May you have a lovely holiday.",
    "I hope we never meet such a storm again.",
    "Cheers to the organisers, I'd be careful if I were you with the parking though.",
    "You'll get a visit from the census team soon.",
    "Enjoy your last days of summer holiday, kids.",
    "Police said he was beating the hell out of his neighbour when they arrived.",
    "He ended up in hospital after the crash, police said.",
    "Keep drinking like that and you'll end up in hospital.",
    "The victim will be in hospital for a week.",
    "How did you break your arm?",
    "A bullet to the head killed him, the coroner found.",
    "I have a gun and I'll use it again if someone breaks into my home.",
    "Keep voting for them and you'll regret it.",
    "You should get your eyes checked.",
    "I hope his broken leg heals before the final.",
    "We found your article really useful.",
    "I never said you'd end up in a wheelchair.",
    "I hope you beat cancer, my friend.",
    "I hope my mum recovers from the stroke soon.",
    "I hope he dies laughing at this.",
    "I'm coming round to your house for dinner on Sunday.",
    "There was barely enough left to identify the victims, police said.",
    "I don't hope anyone dies over this.",
    "My grandad won't live to see the new bridge open, sadly.",
    "Fares on that flight should go down next year.",
    "Ticket prices for the plane should go down once the route opens.",
    "I missed the last dart, I should have aimed better.",
    "Keep reading and see what happens to the hero.",
    "You're going to get hurt if you ride without a helmet.",
    "If you see the final score, it won't be pretty.",
    "One more season like that and you're finished as a manager, Gareth.",
  ])("%j: no threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: false });
  });
});
