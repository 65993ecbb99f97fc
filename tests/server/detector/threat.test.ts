// Threats (server/detector/threat.ts) are the threats rule's, refused whatever the target, with
// the construction marked; negated or quoted threats are not threats.
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

describe("threats", () => {
  it.each([
    ["Somebody should put you in the ground.", "commenter", "put you in the ground"],
    ["I will find you and hurt you.", "commenter", "hurt you"],
    ["Go kill yourself.", "commenter", "kill yourself"],
    ["Watch your back.", "commenter", "Watch your back"],
    ["I know where you live.", "commenter", "know where you live"],
    ["He deserves to be shot.", "public-figure", "deserves to be shot"],
    ["Those protesters should be hanged.", "group", "should be hanged"],
    ["Somebody should shoot the lot of you.", "commenter", "shoot the lot of you"],
    ["I will hurt every one of them.", "group", "hurt every one of them"],
    ["People like you deserve a bullet.", "commenter", "deserve a bullet"],
    ["The senator deserves to hang for this.", "public-figure", "deserves to hang"],
    ["Somebody ought to run that guy over.", "public-figure", "run that guy over"],
    ["Somebody needs to take out the governor before the vote.", "public-figure", "take out the governor"],
    ["Someone should shoot that judge.", "public-figure", "shoot that judge"],
    ["I hope Putin dies.", "public-figure", "hope Putin dies"],
    ["The whole cabinet should be lined up against a wall.", "public-figure", "lined up against a wall"],
    ["I've got your address now.", "commenter", "got your address"],
    ["Do the world a favor and end yourself.", "commenter", "end yourself"],
    ["I hope your house burns down with you in it.", "commenter", "your house burns down"],
    ["That judge needs a beating he'll never forget.", "public-figure", "needs a beating"],
    ["If you post my address again, I will find you.", "commenter", "I will find you"],
    ["The only good Tory is a dead Tory.", "public-figure", "only good Tory is a dead Tory"],
    ["Honestly someone should just take him out.", "public-figure", "take him out"],
    ["The senator should be dragged out of the chamber and hanged.", "public-figure", "should be dragged out of the chamber and hanged"],
    ["Your family should be very afraid.", "commenter", "be very afraid"],
    ["Someone should put the mayor in the ground.", "public-figure", "put the mayor in the ground"],
    ["I'd love to put that senator six feet under.", "public-figure", "put that senator six feet under"],
    ["Put the governor in an early grave.", "public-figure", "Put the governor in an early grave"],
    ["I hope someone burns his office down with him in it.", "public-figure", "with him in it"],
    ["Torch their homes with them inside.", "group", "with them inside"],
    ["I hope those rioters get run over.", "group", "hope those rioters get run over"],
    ["I hope he gets hit by a bus.", "public-figure", "hope he gets hit by a bus"],
    ["Keep running your mouth and you'll find out what happens.", "commenter", "Keep running your mouth and you'll find out what happens"],
    ["One of these days someone is going to shut you up for good.", "commenter", "shut you up for good"],
    ["You won't be so brave when I'm standing in your driveway.", "commenter", "standing in your driveway"],
    ["Let's see how tough you are with a broken jaw.", "commenter", "with a broken jaw"],
    ["I'd pay good money to see that CEO hanged.", "public-figure", "see that CEO hanged"],
    ["Can't wait to see him swinging from a rope.", "public-figure", "see him swinging"],
    ["Someone should slit that councillor's throat.", "none", "slit that councillor's"],
    ["Hope your house catches fire tonight.", "commenter", "your house catches fire tonight"],
    ["Give me five minutes alone with him and he'll never talk again.", "public-figure", "minutes alone with him"],
    ["Every one of those traitors should face a firing squad.", "group", "traitors should face a firing squad"],
    ["Someone should kneecap that referee.", "none", "kneecap that referee"],
    ["Maybe a Molotov through his window will change his mind.", "public-figure", "Molotov through"],
    ["Someone ought to string up every last one of those councillors.", "group", "string up every last one"],
    ["I'd happily pull the trigger on that traitor myself.", "none", "trigger on that traitor"],
    ["Shoot every last looter on sight.", "none", "Shoot every last looter"],
    ["Someone should drown that councillor in the river.", "none", "drown that councillor"],
    ["I hope the minister's plane goes down.", "none", "hope the minister's plane goes"],
    ["Whoever wrote this should be beaten within an inch of their life.", "none", "should be beaten"],
    ["Next time I see you I'm breaking your legs.", "commenter", "breaking your legs"],
    ["I've got a bullet with your name on it.", "commenter", "bullet with your name on it"],
    ["These traitors will hang, mark my words.", "group", "traitors will hang"],
    ["They'll be hanging from the lampposts soon enough.", "none", "They'll be hanging"],
    ["Somebody is going to put a knife in that judge one day.", "public-figure", "knife in that judge"],
    ["We know where the councillors live and we're coming.", "none", "know where the councillors live"],
    ["Let's go burn down the mosque.", "none", "burn down the mosque"],
    ["They should all be put down like rabid dogs.", "group", "put down like rabid"],
    ["A bullet is too good for him.", "public-figure", "A bullet is too good for"],
    ["He's lucky I don't know where he lives.", "public-figure", "lucky I don't know where"],
  ])("%j: refused under the threats rule, aimed at a %s, span %j", (text, target, span) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, target, decision: "reject", rule: "threats" });
    expect(j.words).toContain(span);
  });

  it("a threat in a longer comment is marked where the author typed it", () => {
    const text = "😀 Great article. Somebody should put you in the ground, troll.";
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain("put you in the ground");
    for (const s of j.spans) expect(s.start).toBeGreaterThan(text.indexOf("Somebody") - 1);
  });

  it.each([
    "Nobody should be shot over a parking spot.",
    "I don't know where you live, but the post office is on Main St.",
    'He wrote "someone should shoot him" and was banned.',
    "The film is about a hitman who kills for money.",
    "The council needs a beating at the polls.",
    "He deserves a fair trial.",
    "Can we hang out, you are hilarious.",
    "Maybe we should hang photos of their kids in the hall.",
    "Somebody should run this over to the council office.",
    "We will beat them in November.",
    "I will destroy him in the debate.",
    "I hope the bill dies in committee.",
    "Somebody should take out the trash.",
    "He burned down her home with her in it, the court heard.",
    "I'll take him out for dinner.",
    "I would never say someone deserves to be shot.",
    "Anyone posting that the health secretary should be shot is hurting the campaign.",
    "It depends on where you live.",
    "Put the seeds in the ground in April.",
    "The council should put the plan six feet under.",
    "Smoking will put him in an early grave.",
    "We should put them in the hospital wing.",
    "That dog got run over last week, so sad.",
    "I hope the bill gets hit by a bus of amendments.",
    "I'd love to take out the manager for dinner.",
    "I can't wait to see the mayor dead wrong again.",
    "I parked in your driveway by mistake, sorry.",
    "If you keep reading you'll find out what happens in chapter 3.",
    "The bill should face a firing squad of amendments.",
    "The senator should face the music.",
    "I'd love to see him lose the election.",
    "Hang the photos in the hall.",
    "Execute the plan.",
    "Pull the trigger on the deal.",
    "String up the lights.",
    "I hope the flight goes smoothly.",
    "Lock your doors and windows before the storm, police say.",
    "Stab the potatoes with a fork.",
    "The painting will hang in the lobby.",
    "The flags will be hanging from every window.",
    "They'll hang out at the mall.",
    "Do you know where the mayor lives?",
    "The fire could burn down the church.",
    "Our vet had to put down our dog, so sad.",
    "We will beat the councillors in May.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});
