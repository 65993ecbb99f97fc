// Threats (server/detector/threat.ts) are the threats rule's, refused whatever the target, with
// the construction marked; negated or quoted threats are not threats.
import { describe, expect, it } from "vitest";
import { judge, rulesOnly } from "./support.ts";

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
    ["I hope someone shoots the mayor before he ruins this city.", "public-figure", "shoots the mayor"],
    ["Hopefully somebody punches him in the face.", "public-figure", "punches him"],
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
    ["Put a rope round the senator's neck and let the crowd decide.", "none", "rope round the senator's neck"],
    ["I hope the CEO chokes on his bonus, literally.", "public-figure", "hope the CEO chokes on his"],
    ["I know which school you go to.", "commenter", "know which school you"],
    ["It would be a shame if his shop caught fire.", "public-figure", "would be a shame if"],
    [
      "Keep lying and you'll find out what a fractured skull feels like.",
      "commenter",
      "Keep lying and you'll find out what a fractured skull feels like",
    ],
    ["Someone should put the coach in a box.", "none", "put the coach in a box"],
    ["They should be fed to the sharks.", "group", "should be fed to the sharks"],
    ["Someone needs to shove him down the stairs.", "public-figure", "shove him down the stairs"],
    ["That senator needs a lead injection.", "public-figure", "lead injection"],
    ["They'll be hanging from the lampposts soon enough.", "none", "They'll be hanging"],
    ["Somebody is going to put a knife in that judge one day.", "public-figure", "knife in that judge"],
    ["We know where the councillors live and we're coming.", "none", "know where the councillors live"],
    ["Let's go burn down the mosque.", "none", "burn down the mosque"],
    ["They should all be put down like rabid dogs.", "group", "They should all be put down"],
    ["A bullet is too good for him.", "public-figure", "A bullet is too good for"],
    ["He's lucky I don't know where he lives.", "public-figure", "lucky I don't know where"],
    ["Somebody should teach him a lesson he won't forget.", "public-figure", "teach him a lesson he won't forget"],
    ["Count yourself lucky we've never met.", "commenter", "lucky we've never met"],
    ["You won't be so brave with a broken nose.", "commenter", "You won't be so brave with a broken nose"],
    ["Keep it up and you'll be pushing up daisies.", "commenter", "pushing up daisies"],
    ["Acid in her face would fix that smile.", "public-figure", "Acid in her face"],
    ["We should tar and feather him.", "public-figure", "tar and feather"],
    ["You're a dead man.", "commenter", "You're a dead man"],
    ["A bullet between the eyes is what he deserves.", "public-figure", "bullet between the eyes"],
    ["Firebomb the mosque tonight.", "none", "Firebomb the mosque tonight"],
    ["I'll make sure you never walk again.", "commenter", "make sure you never walk again"],
    ["Give me five minutes in a room with that senator.", "public-figure", "minutes in a room with that senator"],
    ["They'll be carrying you out in a box.", "commenter", "carrying you out in a box"],
    ["Somebody should take him out back.", "public-figure", "take him out"],
    ["Send them home in body bags.", "group", "Send them home in body bags"],
    ["Somebody put this guy out of his misery.", "public-figure", "put this guy out of his misery"],
    ["The world would be better if he were dead.", "public-figure", "better if he were dead"],
    ["I could have him whacked, you know.", "public-figure", "have him whacked"],
    ["He deserves to be thrown off a roof.", "public-figure", "deserves to be thrown off a roof"],
    ["I've got a rope with his name on it.", "public-figure", "rope with his name on it"],
    ["That councillor needs a punch in the face.", "none", "needs a punch"],
    ["He deserves a good hiding.", "public-figure", "deserves a good hiding"],
    ["Someone should shut you up permanently.", "commenter", "shut you up permanently"],
    ["Wait until I catch you outside.", "commenter", "until I catch you outside"],
    ["People like you should be put down.", "commenter", "you should be put down"],
    ["Do everyone a favour and die.", "none", "Do everyone a favour and die"],
    ["I'll be waiting outside your work.", "commenter", "waiting outside your work"],
    ["Hope someone gives you a proper beating.", "commenter", "someone gives you a proper beating"],
    ["Someone should knock some sense into you with a bat.", "commenter", "knock some sense into you with a bat"],
    ["If I ever meet you, you're going to the hospital.", "commenter", "you're going to the hospital"],
    ["Somebody's going to hurt you one day.", "commenter", "hurt you"],
    ["I'll make your life a living hell.", "commenter", "make your life a living hell"],
    ["You won't see it coming.", "commenter", "You won't see it coming"],
    ["I'd love to wring his neck.", "public-figure", "wring his neck"],
    ["He'd better not show his face around here again.", "public-figure", "better not show his face"],
    ["I'll tear you limb from limb.", "commenter", "limb from limb"],
    ["Nobody will ever find the body.", "none", "Nobody will ever find the body"],
    ["I'll put you through a wall.", "commenter", "put you through a wall"],
    ["I want him dead.", "public-figure", "I want him dead"],
    ["I will make you regret ever posting this.", "commenter", "I will make you regret"],
    ["I'll make you suffer for this.", "commenter", "I'll make you suffer"],
    ["You are going to get what's coming to you.", "commenter", "You are going to get what's coming"],
    ["You're going to be sorry when they find your body.", "commenter", "find your body"],
    ["You'll be six feet under soon enough.", "commenter", "You'll be six feet under"],
    ["They should line you all up against a wall.", "commenter", "line you all up against a wall"],
    ["I want to see you bleed.", "commenter", "see you bleed"],
    ["I can't wait to see him hanged for this.", "public-figure", "wait to see him hanged"],
    ["I'll be waiting for you after work.", "commenter", "be waiting for you after work"],
    ["Next time I see you, you're getting a beating.", "commenter", "you're getting a beating"],
    ["Garbage like you should be incinerated!", "commenter", "you should be incinerated"],
    ["Just cut off their hands.", "none", "cut off their hands"],
    ["Cut off this guy's hands and castrate him.", "public-figure", "Cut off this guy's hands"],
    ["He should resign and go hang himself in shame.", "public-figure", "go hang himself"],
    ["He needs to do America a favor and die in his sleep.", "public-figure", "a favor and die"],
    ["Just line the border with troops and start shooting them.", "group", "start shooting them"],
    ["Death to all traitors.", "none", "Death to all traitors"],
    ["A knife around his throat until he bleeds out.", "public-figure", "until he bleeds out"],
    ["They should be put down with extreme prejudice.", "group", "They should be put down"],
    ["Burn the whole lot of them.", "group", "Burn the whole lot of them"],
    ["The only solution is a bullet.", "none", "only solution is a bullet"],
    ["Someone should set fire to the lot of them.", "group", "set fire to the lot of them"],
    ["Hang every last one of them.", "group", "Hang every last one of them"],
    ["Storm the parliament and drag them out.", "group", "and drag them out"],
    ["Put them all against a wall.", "group", "Put them all against a wall"],
    ["Why don't you just end it all?", "commenter", "Why don't you just end it all"],
    ["Do us a favour and jump.", "none", "a favour and jump"],
    ["Take a long walk off a short pier.", "none", "long walk off a short pier"],
    ["Go play in traffic.", "none", "Go play in traffic"],
    ["Swallow a bottle of pills and sleep forever.", "none", "Swallow a bottle of pills"],
    ["Hope you overdose.", "commenter", "Hope you overdose"],
    // veiled: habits known, people made to vanish, what happens to "people like you"
    ["I know where you park, Gary.", "commenter", "I know where you park"],
    [
      "Somebody with nothing to lose should make Judge Pemberton go away for good.",
      "public-figure",
      "make Judge Pemberton go away for good",
    ],
    ["Someone needs to make the mayor disappear.", "public-figure", "make the mayor disappear"],
    ["That reporter keeps digging, she might just disappear one day.", "public-figure", "might just disappear one day"],
    ["People like you get stomped in my neighborhood.", "commenter", "People like you get stomped"],
    ["Keep talking. Come thru and find out.", "none", "Come thru and find out"],
    ["One day you'll wake up with your tires slashed.", "commenter", "wake up with your tires slashed"],
    ["Nobody would blame you if you just ended it tonight.", "commenter", "Nobody would blame you if you just ended it tonight"],
    ["Hang the whole planning commission from the courthouse steps.", "none", "Hang the whole planning commission"],
    ["Would be a real tragedy if the councillor's brakes failed on the interstate.", "none", "tragedy if the councillor's brakes failed"],
    ["Nice car you've got there. Would be a shame if something happened to it.", "commenter", "Would be a shame if"],
    ["Nice dog you've got in your profile photo. Shame if it got out and ran onto the road, eh.", "commenter", "Shame if it got out"],
    ["Lovely garden you have. Shame if it caught fire.", "commenter", "Shame if it caught fire"],
    [
      "Honestly if something bad happened to that whole school board on the drive in tomorrow I wouldn't shed a tear.",
      "none",
      "if something bad happened to that whole school board",
    ],
    ["🔪🔪 see you soon @lindaK", "commenter", "🔪"],
    ["I know where the reporter parks.", "public-figure", "know where the reporter parks"],
    // (session 42, probe set JI: the person after a possessive)
    ["Keep mouthing off, bab, I know where your mom lives.", "commenter", "know where your mom lives"],
    ["We know where his sister works.", "public-figure", "know where his sister works"],
    ["Chairman Vickers, if you're reading this, enjoy your last season breathing.", "public-figure", "enjoy your last season breathing"],
    // (session 42, probe set JM: one sentence of a long comment)
    ["Honestly Mensah should do everyone a favour and throw himself off a bridge.", "public-figure", "a favour and throw himself off"],
    ["Genuinely hope he slits his wrists after that spell.", "public-figure", "Genuinely hope he slits his wrists"],
    ["The councillor is lucky we haven't necklaced him yet, and that can still change.", "public-figure", "lucky we haven't necklaced him"],
    [
      "Next time I see the transport minister I'm gonna flog him within an inch of his life.",
      "public-figure",
      "within an inch of his life",
    ],
    ["Hope the yacht sinks with him on it.", "public-figure", "sinks with him on it"],
    ["Keep it up and I'll find your address and come round with a bat.", "commenter", "come round with a bat"],
    ["Someone should break Tanner's legs before the cup final.", "none", "break Tanner's legs"],
    [
      "If he raises the fees again, parents should lock him inside the school and set it ablaze.",
      "public-figure",
      "lock him inside the school and set",
    ],
    ["I'll be taking the chainsaw to the parks manager instead.", "none", "taking the chainsaw to the parks manager"],
    // (probe set JQ: no violent word at all)
    [
      "Keep mouthing off, Dean. You'll be needing a new set of teeth before Christmas.",
      "commenter",
      "You'll be needing a new set of teeth",
    ],
    ["If you value those kneecaps, Padraig, stay well away from Drogheda.", "commenter", "If you value those kneecaps"],
    ["Please, Anil, do the decent thing and take yourself out of the gene pool.", "commenter", "take yourself out of the gene pool"],
    ["I'll be waiting for him by the team bus with a bat.", "public-figure", "waiting for him by the team bus with a bat"],
    ["Honestly @tommyg, just go jump off the overpass.", "commenter", "go jump off the overpass"],
    ["Go jump off the Route 9 overpass.", "none", "Go jump off the Route 9 overpass"],
    // (session 43, probe set JR: threats as readers write them)
    ["we'll see how brave you are when there's no keyboard between us", "commenter", "no keyboard between us"],
    ["Grand so, you'll not be so smart with half your teeth on the footpath", "commenter", "with half your teeth"],
    ["He'll be getting a knock on the door from me and two mates, mark my words", "none", "knock on the door from me"],
    ["Round here we sort grasses out with a claw hammer.", "none", "sort grasses out with a claw hammer"],
    ["If that bill passes I'm taking my rifle to the statehouse", "none", "taking my rifle to the statehouse"],
    ["What's the postcode again? Asking for a friend with a baseball bat.", "none", "Asking for a friend with a baseball bat"],
    ["Everyone involved in that decision should hang, starting with the judge", "public-figure", "should hang, starting"],
    ["Not a threat. A promise. You'll regret every word of that.", "commenter", "Not a threat. A promise"],
    ["Hope that hotel goes up with them all in it", "group", "goes up with them all in it"],
    [
      "I'm not saying someone should torch that asylum hotel, I'm just saying nobody round here would cry if it went up with them in it",
      "group",
      "if it went up with them in",
    ],
    // (probe set JV: public figures)
    ["Och gie us five minutes wi the First Minister an a baseball bat", "public-figure", "minutes wi the First Minister an a baseball bat"],
    ["wish the cancer had finished Lord Pemberton off in 2019", "public-figure", "wish the cancer had finished"],
    ["Wish that journo had been on the plane that crashed.", "public-figure", "Wish that journo had been on the plane"],
    ["reckon a pitchfork through the minister would fix the NHS", "public-figure", "pitchfork through the"],
    ["Hope his surgery goes wrong.", "public-figure", "Hope his surgery goes wrong"],
    // (probe set JY: local rows)
    ["hope the speeding idiot on Mill Lane wraps himself round a lamp post", "public-figure", "wraps himself round a lamp"],
    ["hope it's your kid under the wheels next", "commenter", "your kid under the wheels"],
    ["planning committee members need a few broken windows to remind them", "group", "need a few broken windows"],
    ["enjoy your garden while your fence is still standing", "commenter", "while your fence is still standing"],
    ["we'll be back, and next time it won't be a chat", "none", "next time it won't be a chat"],
    ["his cat keeps coming in my garden. rat poison's cheap, just saying", "public-figure", "rat poison's cheap"],
    ["they should have their own face chewed off", "group", "face chewed off"],
    ["my mates are going down to have words and they don't really do words", "group", "they don't really do words"],
    ["i'd gladly put a stanley knife through the festival promoter", "none", "gladly put a stanley knife through"],
    ["when we find you you'll be needing a wheelchair", "commenter", "be needing a wheelchair"],
    // (probe set KB: disguised)
    ["eat sh1t and d1e", "none", "eat sh1t and d1e"],
    ["go k!ll ur self", "commenter", "k!ll ur self"],
    ["do the world a favour, kay why ess", "none", "kay why ess"],
    // (probe set KF: veiled)
    ["you're going to regret this post in ways you haven't even imagined yet", "commenter", "regret this post in ways"],
    [
      "careful who you call a racist pal. people have ended up in the canal for less round here",
      "group",
      "have ended up in the canal for less",
    ],
    ["Reported me to the mods did you? Fine. I'll report to your house instead.", "commenter", "report to your house"],
    ["your kids will grow up without a dad if you keep this up. your choice", "commenter", "grow up without a dad if you"],
    ["pretty sure nobody would find you if you went missing up on them moors", "commenter", "nobody would find you if you went missing"],
    ["hope your car's parked somewhere safe tonight pal. really hope so.", "commenter", "hope your car's parked somewhere safe tonight"],
    ["your days of posting are numbered sunshine", "commenter", "your days of posting are numbered"],
    [
      "There's a reason people around here don't talk to the papers. You'll learn it soon enough, love.",
      "commenter",
      "You'll learn it soon enough",
    ],
    // (probe set KJ: sport)
    ["I want that linesman in intensive care, not suspended", "none", "want that linesman in intensive care"],
    ["@Gooner_4life you'll be in a box before you see us lose to your lot again", "commenter", "you'll be in a box before"],
    ["they can sack him all they like, some of us still want a word with him and it won't be words", "public-figure", "it won't be words"],
    // (probe set KN: replies to a named commenter)
    ["Fiona @fi_mcleish I hope you drop dead before the next election, honestly", "commenter", "hope you drop dead"],
    ["@jesstweed Jess I hope you get the same illness and suffer every minute of it", "commenter", "suffer every minute of it"],
    [
      "@hannah_qld Hannah pray you never bump into me in Brisbane. You'll need a surgeon after.",
      "commenter",
      "You'll need a surgeon after",
    ],
    ["Keep going and you won't have a front tooth left by Christmas.", "commenter", "won't have a front tooth left"],
    [
      "Nick @nick_wharton when I find you, and I will, you'll wish you'd kept your keyboard shut",
      "commenter",
      "when I find you, and I will",
    ],
    ["I hope your dog dies, Bridget.", "commenter", "hope your dog dies"],
    // a denial taken back as a sentence of its own
    ["Relax I'm not going to stab you. Probably.", "commenter", "stab you"],
    ["just kys already @bob", "commenter", "kys"],
    ["honestly just k y s", "none", "k y s"],
    ["go kill urself", "commenter", "kill urself"],
    ["hang urself, nobody here likes you", "commenter", "hang urself"],
    ["You'll regret this, I promise.", "commenter", "You'll regret this"],
    ["Keep it up and you'll see how fast a car goes up in flames in your driveway.", "commenter", "up in flames in your driveway"],
    ["Whoever wrote this article deserves a brick through the window.", "none", "deserves a brick through"],
    ["Hang every last one of those council members from the courthouse oak.", "group", "Hang every last one of those"],
    ["Ppl like u need a good beatdown.", "commenter", "need a good beatdown"],
    ["Nobody would blame you if you just swallowed the whole bottle tonight.", "commenter", "Nobody would blame you if you just swallowed"],
    ['gonna be real unfortunate if the principal has an "accident" on the stairs', "none", 'unfortunate if the principal has an "accident'],
    ["wish the flood had taken you and your whole street", "commenter", "wish the flood had taken you"],
    ["might swing by and say hi with a few friends 🔪", "none", "🔪"],
    [
      "Wouldn't it be tragic if the inspector general took a tumble down a long flight of stairs.",
      "none",
      "tragic if the inspector general took a tumble down",
    ],
    ["Would be hilarious if the chief exec's boat blew up in the marina.", "none", "hilarious if the chief exec's boat blew up"],
    [
      "The kindest thing you could do for your family is disappear for good.",
      "commenter",
      "thing you could do for your family is disappear for good",
    ],
    ["If the courts won't sort him out, the town will. We know which pub he drinks at.", "public-figure", "We know which pub he drinks"],
    // probe set Z: vanishing in the passive, traffic and named bridges, "unalive", accidents that happen to those who talk
    ["Respectfully Sir, persons such as yourself should be made to disappear.", "commenter", "yourself should be made to disappear"],
    [
      "@LeafsFan88 go for a nice long stroll down the middle of the 401 at rush hour.",
      "commenter",
      "go for a nice long stroll down the middle of the 401 at rush hour",
    ],
    ["@marcus_t you could take a long walk off the Lions Gate Bridge.", "commenter", "long walk off the Lions Gate Bridge"],
    ["nobody would even notice if u unalived urself tbh", "commenter", "unalived urself"],
    ["Someone should find a rope and a noose waiting for him at the gate.", "public-figure", "and a noose waiting for him"],
    ["Find him after his shift and remind him what happens to traitors.", "public-figure", "remind him what happens to traitors"],
    ["If that ref shows up in Christchurch again, he's leaving in a box.", "public-figure", "he's leaving in a box"],
    ["We know your car, Ms Naidoo, and you won't be writing much longer.", "commenter", "you won't be writing much longer"],
    [
      "Plenty of room out here to bury a city boy and nobody would ever find him.",
      "public-figure",
      "bury a city boy and nobody would ever find",
    ],
    ["Accidents happen to journalists who go poking around.", "none", "Accidents happen to journalists who go poking"],
    ["Accidents happen to people with big mouths. Just saying.", "group", "Accidents happen to people with big mouths"],
    ["Accidents happen on those roads, mate. Something to think about before you hit reply again.", "group", "Accidents happen"],
    ["the boys know ur car, we'll sort u out proper after the game", "commenter", "sort u out proper"],
    ["🔫🔫 @maple_truth you're first on the list when it all kicks off", "commenter", "🔫"],
    ["u keep chatting rubbish n ill find u 🔪🔪", "commenter", "🔪"],
    ["Shame if the brakes on that Hilux went on the Desert Road one morning.", "public-figure", "Shame if the brakes on that Hilux went"],
    [
      "It would be such a pity if your grandchildren's school had an unexpected visitor one day.",
      "commenter",
      "pity if your grandchildren's school had an unexpected visitor",
    ],
    // probe set AB: a tall bridge found, affairs put in order, Booth and Lincoln, a round engraved, windows not broken yet
    ["Go find a tall bridge. Your family would thank you for it.", "commenter", "Go find a tall bridge"],
    ["Every scab crossing that line Monday better have your affairs in order.", "commenter", "better have your affairs in order"],
    ["I'll be in the second row and I won't be using words.", "none", "I won't be using words"],
    [
      "Let's see how brave you are when a dozen of us show up at the dealership.",
      "commenter",
      "see how brave you are when a dozen of us show up",
    ],
    ["Some people here will find out the 2nd Amendment works both ways.", "group", "2nd Amendment works both ways"],
    ["World would be better if you'd just eat your own gun, Terry.", "commenter", "eat your own gun"],
    ["Keep defending them and you'll find out what happens to your kind after dark.", "commenter", "what happens to your kind"],
    ["Somebody ought to do to the senator what Booth did to Lincoln.", "public-figure", "do to the senator what Booth did"],
    ["I hope one of the dads catches you alone in the parking lot.", "commenter", "catches you alone"],
    [
      "Somebody should give him a dose of his own medicine, the kind he doesn't wake up from.",
      "public-figure",
      "kind he doesn't wake up from",
    ],
    ["We know which coffee shop you write from. Stay safe out there.", "commenter", "know which coffee shop you"],
    [
      "Judge Ramirez had better hope his security detail never takes a day off.",
      "public-figure",
      "hope his security detail never takes a day off",
    ],
    ["I've got a round with your name engraved on it.", "commenter", "round with your name engraved on it"],
    [
      "That clinic you love so much, be a shame if something happened to it while you were inside.",
      "commenter",
      "if something happened to it while you were inside",
    ],
    ["Governor Marsh should remember how Mussolini ended up.", "public-figure", "should remember how Mussolini ended"],
    ["The author clearly hasn't had his windows broken yet. Give it time.", "public-figure", "had his windows broken yet"],
    ["I pray the Lord lets me be the instrument of His wrath.", "public-figure", "lets me be the instrument of His wrath"],
    ["Keep running your mouth and see who shows up at the bleachers.", "commenter", "Keep running your mouth and see who shows up"],
    ["I know the truck you drive and where it parks. Sleep light.", "commenter", "Sleep light"],
    // a menace closing the sentence before a name called
    ["Enjoy your last days, Brenda.", "commenter", "Enjoy your last days"],
    // written from scratch: a blow promised, a home that would burn
    ["I'd slap the taste out of your mouth.", "commenter", "I'd slap the taste out of your mouth"],
    ["Somebody needs to slap the taste out of his mouth.", "public-figure", "Somebody needs to slap the taste out of his mouth"],
    ["Your house would burn nicely.", "commenter", "Your house would burn nicely"],
    ["That cop who shot the kid better have eyes in the back of his head.", "public-figure", "better have eyes in the back of his head"],
    ["Those vaccine doctors on the telly will hang like Nuremberg.", "public-figure", "hang like Nuremberg"],
    ["Somebody get a rope, that crypto exchange CEO has a lovely tall oak in his garden", "public-figure", "Somebody get a rope"],
    ["Go on then @antivax_annie, drink the bleach and prove it, we'll wait", "commenter", "drink the bleach"],
    ["Hope your house floods this winter with you and the kids still in it", "commenter", "with you and the kids still in it"],
    ["If the minister turns up at the show he won't be going home in one piece.", "public-figure", "he won't be going home in one piece"],
    ["The mayor's lucky we're civilised people round here. For now.", "group", "lucky we're civilised"],
    [
      "Landlord Kamau, increase rent again and see if that building will still be standing next month.",
      "public-figure",
      "and see if that building will still be standing",
    ],
    ["See ye at Parkhead Saturday, we'll gie ye a proper Glasgow kiss.", "commenter", "gie ye a proper Glasgow kiss"],
    ["Bwoy @Rude_Rasta, yuh chat too much. Mi know weh yuh live a Spanish Town.", "commenter", "know weh yuh live"],
    ["Eh Tunde, we go see you after the match. Come with your Arsenal jersey make we show you pepper.", "commenter", "show you pepper"],
    ["Dear @Ifeoma_says, I pray you take the Third Mainland Bridge and jump.", "commenter", "Bridge and jump"],
    ["All you defenders of that pastor, fire will consume you before this year ends.", "commenter", "fire will consume you"],
    ["Whoever leaked the WAEC paper, your children will not see next year. Amen.", "commenter", "your children will not see next year"],
    ["Kiasu uncle, you post one more time, I go find your HDB block and settle you myself.", "commenter", "settle you myself"],
    ["Somebody might just burn that little trailer of yours down one night.", "commenter", "burn that little trailer of yours"],
    [
      "Just bring am come, tyre and petrol dey ready. Jungle justice na the only language dem understand.",
      "none",
      "tyre and petrol dey ready",
    ],
    ["I will find where you live", "commenter", "I will find where you live"],
    ["I'll track you down, mate", "commenter", "I'll track you down"],
    ["You need a good slap", "commenter", "You need a good slap"],
    ["Keep talking and you'll find out", "commenter", "Keep talking and you'll find out"],
    ["Somebody please just take out the CEO of this exchange.", "public-figure", "take out the CEO"],
    ["Next meeting I'm bringing my gun and we'll see who gets heard then.", "none", "bringing my gun and we'll see who"],
    ["If he shows up at the Regina event I'm bringing a rope and finding a tree.", "public-figure", "bringing a rope and finding a tree"],
    [
      "I'll be waiting outside the arena with a bat for him after the deadline.",
      "public-figure",
      "waiting outside the arena with a bat for him",
    ],
    ["The next inspector who walks onto my place is leaving in the back of an ambulance.", "none", "leaving in the back of an ambulance"],
    [
      "If I catch that planning director at the RSL he's going home with a few less teeth.",
      "public-figure",
      "going home with a few less teeth",
    ],
    ["We'll have a little chat in the car park and you'll be picking your teeth up off the gravel.", "commenter", "picking your teeth up"],
    ["How long would I get for punching the ref after that call?", "none", "How long would I get for punching"],
    ["Next one that comes onto my property at 2am is getting a load of buckshot.", "none", "getting a load of buckshot"],
    [
      "Next time you're on my property you're not leaving it, and the sheriff can look.",
      "commenter",
      "on my property you're not leaving it",
    ],
    ["Honestly if the minister shows his face again someone should take a tire iron to him.", "public-figure", "take a tire iron to him"],
    ["Hope that ref's flight home goes down in flames ✈️🔥", "none", "ref's flight home goes"],
    ["He won't last a week inside. Nonces never do.", "public-figure", "won't last a week inside"],
    ["asking for a friend, how much rope does it take to hang a judge? 😂", "public-figure", "how much rope does it take to hang a judge"],
    [
      "Anyone know what time the councillor leaves? Few of us want a quiet word, if you get my meaning",
      "commenter",
      "a quiet word, if you get my meaning",
    ],
    [
      "That asylum hotel goes up in flames before Christmas and nobody round here will be ringing 999.",
      "public-figure",
      "nobody round here will be ringing 999",
    ],
    [
      "That magistrate is going to have a very nasty accident one of these days.",
      "group",
      "magistrate is going to have a very nasty accident one of these days",
    ],
    ["if that wee rat comes near ma wean again he'll no be walkin right for a month", "none", "he'll no be walkin right"],
    ["Keep moving that fence onto my property and I'll introduce you to my 12 gauge.", "commenter", "introduce you to my 12 gauge"],
    [
      "I will be at the MP's surgery on Saturday and I will make sure he never opens his mouth again.",
      "public-figure",
      "make sure he never opens his mouth again",
    ],
    ["Time for real men to go down to that hotel with petrol cans.", "group", "to that hotel with petrol"],
    [
      "If he walks free that judge had better watch his back for the rest of his life.",
      "public-figure",
      "better watch his back for the rest of",
    ],
    ["If my missus ever did what she did she wouldn't see her next birthday.", "public-figure", "wouldn't see her next birthday"],
    ["I'd happily put one between the eyes of the grinning idiot in that photo.", "none", "put one between the eyes"],
    ["Any union rep who tries this in my warehouse leaves in a body bag.", "none", "leaves in a body bag"],
    ["honestly i hope her car goes off the bridge on the way to the grammys", "public-figure", "hope her car goes off the bridge"],
    ["praying he ODs before the tour starts so we never hear that voice again", "public-figure", "praying he ODs"],
    ["you have 24 hours to retract. After that your home address goes out to 3 million fans.", "commenter", "your home address goes out"],
    ["i swear to god if i see you at the concert i'm stabbing you. not a joke", "commenter", "concert i'm stabbing you"],
    ["this streamer is getting swatted tonight, already got his address from the dox thread", "public-figure", "getting swatted tonight"],
    ["someone needs to put something in her coffee on set lol", "public-figure", "needs to put something in her coffee"],
    ["hope the stage collapses on him during the halftime show tbh", "public-figure", "hope the stage collapses on him"],
    ["watch what happens at LAX when she lands. security can't cover everyone 🔪", "public-figure", "🔪"],
    ["i know some people in her hometown. let's just say she won't be performing there again 🙂🔫", "public-figure", "🔫"],
    ["🔪🔪🔪 for the magistrate. that's all im saying", "none", "🔪🔪🔪 for the magistrate"],
    ["lol imagine if someone 'accidentally' reversed over that cyclist again.", "none", "accidentally' reversed over that cyclist"],
    ["Every vaccine pusher like the doctor above will hang when this is all over.", "none", "will hang when this is all over"],
    ["one of your reporters is gonna end up in a ditch. not a threat just a prediction", "commenter", "not a threat just a prediction"],
    ["would be funny if someone swatted this streamer during the finals", "none", "swatted this streamer"],
    ["id pay good money to watch someone smash that influencers face in", "none", "smash that influencers"],
    ["ok boomer, hope ur nursing home catches fire with u in it", "commenter", "with u in it"],
    ["Careful. Accidents happen to people who stick their nose into things.", "group", "Accidents happen to people who stick"],
    ["I'm not saying someone should strangle the author with her own lanyard, I'm just asking", "public-figure", "strangle the author"],
    [
      "Oi keyboard warrior, say that to my face. I'm in the Red Lion every Friday, come and find out what happens.",
      "public-figure",
      // (the span takes in the name called just before: "keyboard warrior")
      "warrior, say that to my face. I'm in the Red Lion every Friday, come and find out what happens",
    ],
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
    "Do you know where you park for the stadium?",
    "The coach should make the press go away with a win.",
    "Magicians make the coin disappear, not the judge.",
    "Take care of the kids, and of your mum too.",
    "It would be a real shame if the festival were cancelled.",
    "My brakes failed on the interstate last winter, terrifying.",
    "🔪🔪 chopping onions for the soup tonight",
    "See you soon @lindaK, the meeting is at six.",
    "Nobody would blame you if you just ended the subscription.",
    "People like you get things done in this town, thanks.",
    "Go jump off the high board at the pool, the kids love it.",
    "Clean the grill or it can go up in flames on your deck.",
    "One shot is all it takes to protect yourself from the flu.",
    "🔪 chopping onions tonight, stop by for dinner if you like.",
    "We know where the new stadium works are going, it's in the plan.",
    "It would be tragic if the old theatre burned down.",
    "People telling her to kys because of a reality show edit need to get a grip.",
    "I'd never tell anyone to kill urself, whatever they posted.",
    "I'll find you a link to the study, give me a minute.",
    "It would be such a pity if the school lost its music teacher.",
    "Shame if the rain spoils the parade, they've worked hard on the floats.",
    "Those brakes on the old bus went years ago, the council should replace it.",
    "🔪 first on the list for the potluck: my famous curry.",
    "The old sofa is leaving in a box, the new one arrives Monday.",
    "Remind me what happens to the rebate if I move house.",
    "Go for a long walk down the middle of the pedestrian mall on Sunday, it's car-free.",
    "The evidence was made to disappear, and nobody at city hall will say who ordered it.",
    "Keep digging into the council accounts, the accidents happen in the paperwork.",
    "It would be funny if the team won the cup after all that.",
    "The best thing you could do is disappear into a good book this weekend.",
    "It would be a shame if the festival were cancelled.",
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
    "I hope somebody beats them in the election.",
    "In the film someone shoots the mayor in the first scene.",
    "Lock your doors and windows before the storm, police say.",
    "Stab the potatoes with a fork.",
    "The painting will hang in the lobby.",
    "The flags will be hanging from every window.",
    "They'll hang out at the mall.",
    "Do you know where the mayor lives?",
    "The fire could burn down the church.",
    "Our vet had to put down our dog, so sad.",
    "We will beat the councillors in May.",
    "Put a rope round the tree trunk.",
    "It's a shame if the old mill burned down, it was history.",
    "Put the toys in a box.",
    "The leftover fish should be fed to the sharks at the aquarium.",
    "The tourists were fed to the sharks in the film.",
    "Count your days off carefully before booking.",
    "The vase arrived in pieces.",
    "The bill should be killed in committee.",
    "The coach should teach them a lesson in defending.",
    "She fell off her bike and came home with a broken nose.",
    "Let's take this conversation outside the comments, email me.",
    "Dead man walking is a great film.",
    "You should see her, she came back from the match with a broken nose.",
    "The insurer will burn the paperwork, not the office.",
    "My grandad never walked again after the fall.",
    "The vet had to put the old dog out of its misery.",
    "If he was dead, who signed the cheque?",
    "They carried the piano out in a box.",
    "Take the bins out back, please.",
    "The drone was thrown off the roof by the wind.",
    "The case should be thrown out of court.",
    "The party needs a punch in the polls to wake up.",
    "This soup needs a punch of flavour.",
    "Wait until I find you a seat.",
    "They should cut off funding for the stadium.",
    "Cut off your nose to spite your face, as they say.",
    "Go hang out with your friends, it's a holiday.",
    "The film starts shooting in May.",
    "They started shooting the sequel last week.",
    "Death to the two-party system, I say.",
    "Do me a favour and read the article before commenting.",
    "The waste should be incinerated, not dumped in the bay.",
    "Keep pressure on the wound until the ambulance arrives or he could bleed out.",
    "Watch your back on that road, the potholes are brutal.",
    "Watch your back in that car park, there have been muggings.",
    "You'll be sorry you missed the festival, it was great.",
    "You'll be sorry to hear the bakery is closing.",
    "I can't wait to see him hang that painting in the gallery.",
    "I'd love to see them bleed the opposition dry in the second half.",
    "This budget will make you regret voting for them.",
    "Line the chairs up against the wall before the meeting.",
    "Police found his body in the river on Tuesday, the article says.",
    "I'm going to hunt down the original source for this quote.",
    "Somebody should shut down that dangerous intersection.",
    "The opposition will bury this bill in committee.",
    "The rules should be put down in writing.",
    "Your family should watch out for scams like this.",
    "You'll get yours in the post next week.",
    "Someone should knock some sense into the council.",
    "The Leafs gave them a proper beating last night.",
    "I'll be waiting outside your office at nine for the interview.",
    "Somebody's going to win the lottery this week.",
    "He put the ball through the window, again.",
    "You'd better watch yourself on the ice, it's slippery.",
    "The cartel wants him dead, the prosecutor told the court.",
    "Set fire to the old papers in the garden.",
    "The only solution is a better bus timetable.",
    "Hang every last one of the photos in the hall.",
    "Kids love to go play in the park.",
    "The nurse said to swallow the pills with water.",
    "The film deserves a slap on the wrist at most.",
    "He wrote a book with his name on it in gold.",
    "Whoever wrote this should be fired.",
    "I hope the team chokes on its own hubris in the final.",
    "We'll absolutely kill them in the second half if the forwards hold their shape.",
    "He wrapped his car round a tree last night, police said.",
    "This council is rotten to the core. Burn the whole lot of them — at the ballot box.",
    "The PM's career should die a quick death at the next election.",
    "The founder posted screenshots of people threatening to burn his house down. Can't stand him, but that is not OK.",
    "He keeps threatening to burn my house down, the police did nothing.",
    "Go find a tall bridge to photograph at sunset.",
    "I won't be using words like unprecedented again.",
    "I teach what Booth did to Lincoln in eighth grade.",
    "Students should remember Mussolini came to power legally.",
    "Mussolini ended up hanging upside down in Milan.",
    "That's what happens to your kind of garden in a drought.",
    "Keep posting and see who shows up at the meetup!",
    "What happened to it while you were inside the store?",
    "Your house will burn well if the wiring is that old, get it checked.",
    "I'd be careful if I were you, Mike, and check the data first.",
    "Teachers need eyes in the back of their heads with classes this size.",
    "The Nazi leaders were hanged at Nuremberg in 1946.",
    "Someone get a rope ladder for the treehouse, the kids are stuck.",
    "Don't drink the bleach, whatever that video says.",
    "We're lucky we're civilised enough to argue about bins instead of fighting about them.",
    "Hope your house sells quickly with the market this hot.",
    "If the roads aren't gritted nobody will get home in one piece tonight.",
    "The parcel won't be getting home in one piece with that courier.",
    "The minister's lucky the vote was delayed.",
    "Ask the council to check the old cinema and see if the building will still be standing after the storm.",
    "The film opens with a Glasgow kiss in a pub brawl.",
    "Come to Lagos and I'll show you pepper soup like you've never tasted.",
    "Wildfire will consume the valley if the wind turns, evacuate now.",
    "Our children will not see next year's exams cancelled, the minister promised.",
    "I'll settle the bill myself, don't worry.",
    "Someone could burn that old barn down by accident, it's a fire hazard.",
    "Bring a spare tyre and petrol for the long drive north.",
    "I'll track you down a copy of the report.",
    "If you visit the council site you can find where you live on the map.",
    "Keep reading and you'll find out.",
    "Keep it up with the fundraising and you'll find out how much people care.",
    "Found your IP camera settings guide really useful, thanks.",
    "You need a good accountant, not a crypto influencer.",
    "Smash that final boss's face in and the door opens, easiest level in the game.",
    "The pest control guy came to swat the wasps' nest in the loft.",
    "Her portrait will hang for a month in the gallery, then go on tour.",
    "The forecast is not a threat, just a prediction, says the Met Office.",
    "I'm not saying anyone should be hurt, just that the law is wrong.",
    "Somebody please take out the bins at number 12, they've been there a week.",
    "Of course somebody should take out the trash.",
    "I'm bringing my gun and we'll see if the range is open on Sunday, the club says it is.",
    "My dad was waiting outside the school with a bat and a bag of balls for practice.",
    "She lost the necklace her grandmother gave her.",
    "Hold them under water for ten minutes before planting.",
    "Police turned up on their doorstep with guns drawn at 5am, the family said.",
    "Who's bringing the rope for the tug of war?",
    "After the crash she was taken home in the back of an ambulance, thankfully nothing broken.",
    "The boxer went home with a few less teeth than he came with, brutal sport.",
    "How many years would a guy get for killing someone while drunk driving? The sentences seem so short.",
    "Visitors are welcome, but on my property you're not leaving the gate open, the heifers get out.",
    "Hope your flight home goes smoothly, the storm should clear by Tuesday.",
    "I hope the Jets crash out of the playoffs early, the Bills deserve it.",
    "That new manager won't last a week in the job, the board never backs anyone.",
    "Those biscuits wouldn't last a day inside our house, the kids would find them.",
    "How much rope does it take to hang a hammock between two oaks?",
    "Nobody round here will be ringing 999 for a cat up a tree, surely.",
    "Let me introduce you to my shotgun wedding story, it's a long one.",
    "The election will make sure he never opens his mouth in parliament again.",
    "We drove to the courthouse with petrol prices at a record high, madness.",
    "Sadly grandad won't see his next birthday, the cancer is terminal.",
    "The old sofa leaves in a box next week, the council collects on Tuesdays.",
    "The vet had to put the dog down, poor thing.",
    "The driver 'accidentally' hit reply-all and the whole office saw the memo.",
    "🔪 for the chef's new knife set, sharpest I've used.",
    "I hope her car goes in for its MOT on time, the tour bus broke down last year.",
    "Praying he recovers before the tour starts, get well soon.",
    "I'm punching above my weight with this cosplay, but I love it.",
    "The streamer got swatted last year and it was terrifying, police need to take it seriously.",
    "Put something in your coffee besides sugar, cinnamon is lovely.",
    "If the stage collapses on him again the insurer will finally act, it's the third time this tour.",
    "Security can't cover everyone at a festival that size, they need more staff.",
    "Let's just say the sequel was not as good as the first one.",
    "We'll hunt you down a better deal on the energy tariff, don't worry.",
    "Got your address label wrong on the parcel, it came back to me.",
    "I found your address book on the bus, it's at the station office.",
    "Somebody needs to take out the CEO of this exchange for dinner and explain what a balance sheet is.",
    "We walked to the bridge and jumped into the river for the charity swim.",
    "I know where your mum lives, she's two doors down from us and makes the best scones.",
    "We didn't create much after the break and their midfield ran us ragged.",
    "A challenge like that can break Jones's legs, the ref has to protect players.",
    "Going up there with the camera at dawn got me the best shot of the heron.",
    // (probe set JQ)
    "Step one: beat the eggs to within an inch of their lives, then fold the flour in gently.",
    "Fell off the ladder clearing the gutters and I'll be eating through a straw for a week.",
    "We'll bury them at home next week, no question. Three points in the bag.",
    // (probe set JR: borne, not dealt out; the law's penalty; a fire told)
    "Honestly I'd take a bullet for the nurses who looked after my dad on that ward",
    "He took a kicking for the team in the press, and he didn't deserve it.",
    "Murder is the ultimate crime. If he is guilty, he should hang.",
    "The old mill went up with him in it, the fire brigade said.",
    "The pictures should hang in the foyer, starting next month.",
    "Relax, I'm not going to sell your old bike. Probably not this week anyway.",
    "I'm gonna kill your self-esteem with this quiz, it's brutal.",
    // (probe set KN: the same words, meant otherwise)
    "@ger_tully Ger, I know where you live, same flooded street as me! Did your cellar go under too?",
    // (probe set KJ: the same words, told or meant otherwise)
    "The crash put their keeper in hospital for a month.",
    "It won't be words that win this, it'll be votes.",
    // (probe set KF: the same words, innocently)
    "Queue moved fast, you're next.",
    "You'll learn it soon enough, the new till system is easy.",
    // (probe set JY: the same words, innocently)
    "You'll be needing a wheelchair ramp at the new library.",
    "The council don't really do words, just forms.",
    "I've got your address wrong, sorry, resending the parcel.",
    "Enjoy the view while the old pier is still standing.",
    // (probe set JV: recovery wished, a trip missed)
    "Hope the cancer treatment works for her, she's been through enough",
    "I hope the surgery goes well, and that she pulls through.",
    "I wish the cancer had been caught earlier for my mum.",
    "Wish my brother had been on the plane with me, he'd have loved Rome.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });

  // The learned reading of menace sends these to a moderator: its bar to refuse is set on other writers'
  // comments alone since session 25, and refuses 5–9% of our own look-alikes, which then wait in the
  // Threats queue as a held comment would ("keep it up and…", "next time I see you", "I hope he burns"
  // begin many threats in the probe sets)
  it.each([
    "Keep it up, lads! The open day is Saturday at the Red Lion, come along and see what happens",
    "Next time I see you, the coffee's on me.",
    "I hope he burns in hell for what he did.",
    "I hope you burn through fewer tyres this season.",
    "The officer who shot the gunman deserves a medal.",
    "I know your family has been through a lot.",
    // (session 42: what a tackle could do, read by the learned reading only)
    "That tackle could break his legs if the ref allows it.",
    "A man in the crowd shouted the keeper should be beaten up, and the stewards threw him out.",
    "Nice car you've got. Shame if it went up in value after you sold it, eh?",
    // (and since session 27, whose reading counts drivers and fans among the people a threat names)
    "It would be unfortunate if the driver had an accident on that bend.",
    "Fans won't see it coming, the twist is that good.",
    "Nice hat you've got on in that photo. Shame if it got lost on the bus, I'd keep an eye on it.",
    "Come to the town hall and see who shows up.",
    // (session 43, probe set KN)
    "When I find you a flat I'll let you know.",
    "Hope your horse breaks a leg at the show tomorrow, as the theatre lot say!",
  ])("%j is no threat to the rules, and at most a moderator's call", (text) => {
    expect(rulesOnly.score(text).threat).toBe(false);
    expect(judge(text).rule ?? "threats").toBe("threats");
  });

  it("an IP address named with its problem is a thing, not a threat: never refused", () => {
    expect(judge("I have your IP address problem too, the router keeps resetting.")).toMatchObject({ threat: false });
    expect(judge("I have your IP address problem too, the router keeps resetting.").decision).not.toBe("reject");
    expect(judge("I have your IP address, see you soon.")).toMatchObject({ threat: true, decision: "reject" });
  });

  it("violence before an election, or promised to someone threatening, is still a threat", () => {
    expect(judge("Someone should burn his house down before the election.")).toMatchObject({ threat: true, decision: "reject" });
    // and a threat made about one's threats is still made
    expect(judge("Keep threatening me and I'll burn your house down.")).toMatchObject({ threat: true, decision: "reject" });
  });
});

// Families met in probe set AL, each with its look-alikes: the word a rule must mark, and the
// innocent sentences of the same shape.
describe("threats of the probe-AL families", () => {
  it.each([
    ["Give him a proper kicking, the lot of you.", "kicking"],
    ["Give your husband a good slapping from me.", "slapping"],
    ["£500 to anyone who gives the columnist a broken jaw.", "jaw"],
    ["Someone slip that presenter some arsenic in the green room.", "arsenic"],
    ["Bruv you're getting shanked on sight, no cap", "shanked"],
    ["Keep it up and you'll be found face down in the canal.", "face"],
    ["Next cyclist that holds me up goes under my wheels.", "wheels"],
    ["Mods can't protect you from me.", "from me"],
    ["Ban me then. I'll be stood on your doorstep by Friday.", "doorstep"],
    ["Wishing that footballer a career-ending injury.", "injury"],
    ["I want your mum to die of something painful.", "die of"],
    ["The justices should start fearing for their lives.", "lives"],
    ["At this point I'd do time for that man.", "man"],
    ["they shud b lined up and shot tbh", "shot"],
    ["The vicar who covered this up should be nailed to his own cross.", "nailed to"],
    ["The manager should be thrown in the Thames with weights on his ankles.", "Thames"],
    ["Fella deserves a kneecapping, the old-fashioned way.", "kneecapping"],
    ["May the senator's plane fall out of the sky.", "sky"],
    ["Fingers crossed the influencer's next flight goes straight into the Atlantic.", "Atlantic"],
    ["I'd genuinely pay to watch that singer get stabbed on stage.", "stabbed"],
    ["Stone him.", "Stone"],
    ["Someone deck this cabbie.", "deck"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "Wishing that player an injury-free season.",
    "I want them to suffer the consequences at the ballot box.",
    "The government wants the disabled to suffer, that's the policy in a sentence.",
    "I'd do time for that pasty, honestly.",
    "Mum can't protect you forever, you have to learn to fail.",
    "The canvassers will be standing on your doorstep this weekend.",
    "They'll be found hanging around the shops as usual.",
    "Old bikes should be thrown in the canal? No, recycle them.",
    "Give the Tories a kicking at the ballot box.",
    "Slip him some cash for the taxi.",
    "You're getting shot of that old car at last?",
    "Stone the crows, what a result!",
    "Deck the halls, it's December.",
    "May the best man win.",
    "Fingers crossed the flight goes smoothly tomorrow.",
    "The ball went under my wheels and popped.",
    "I hope the plane goes into the hangar for repairs.",
    "He was thrown in the river by his mates after the final, soaking but happy.",
    "The striker got a kicking from the defenders all afternoon, the ref saw nothing.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });

  it("a threat in a line quoted with '>' is a mention when a reply follows it", () => {
    expect(judge("> someone should burn his house down. No. Absolutely not, that's criminal.")).toMatchObject({ threat: false });
    expect(judge("> someone should burn his house down\nNo. Absolutely not, that's criminal.")).toMatchObject({ threat: false });
    // said, not quoted: nothing replies to it
    expect(judge("> I will burn your house down.")).toMatchObject({ threat: true, decision: "reject" });
    // the reply's own threat counts
    expect(judge("> The verdict was fair. Next cyclist that holds me up goes under my wheels.")).toMatchObject({ threat: true });
  });
});

// Families met in probe set AP, with their look-alikes.
describe("threats of the probe-AP families", () => {
  it.each([
    ["Someone give the Home Secretary a bullet for Christmas.", "bullet"],
    ["Somebody should take a rifle to that councillor.", "rifle"],
    ["Next one he writes, I'm reversing over him.", "reversing"],
    ["I will come to the school and he will not go home on his own feet.", "feet"],
    ["Any farmer who sells to them should expect his barns to go up in smoke.", "smoke"],
    ["my mates are local to you. Enjoy your last quiet weekend.", "weekend"],
    ["u think ur safe behind a username lol", "username"],
    ["Call her, visit her, make her understand fear.", "fear"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "Give the kids a bullet journal for Christmas, they love them.",
    "We took a rifle to the range for the first time, great fun.",
    "Don't park in my spot, I'm reversing over the kerb to get out.",
    "Grandad won't see another Christmas, the doctors say.",
    "I think you're safe behind a screen door.",
    "The film makes you feel fear like nothing else.",
    "Enjoy your last quiet weekend before the kids are back at school!",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// Families met in probe set AR, each written for the family, with their look-alikes.
describe("threats of the probe-AR families", () => {
  it.each([
    ["That linesman wants shooting for that decision.", "shooting"],
    ["Fare dodgers on the night bus want stringing up, the lot of them.", "stringing up"],
    ["If he comes near my allotment again I'll push him under a train.", "under a train"],
    ["Cross me and it's a slap you'd feel for a fortnight.", "feel"],
    ["Keep it up and you'll be going home in bin bags.", "bin bags"],
    ["When we're done your own mother won't recognise what's left.", "recognise what's left"],
    ["That councillor would look lovely dangling from the town hall lamppost.", "dangling from"],
    ["Just go lie down in front of a train and save us the bother.", "in front of a train"],
    ["Someone fetch that presenter a rope and a sturdy beam.", "beam"],
    ["I hope you get the cancer you deserve.", "cancer you deserve"],
    ["I know which school your daughter goes to, remember that.", "which school"],
    ["Better hope he makes it home after the match.", "makes it home"],
    ["The whole estate will turn up at his big house with torches.", "torches"],
    ["Those councillors should be lined up n shot.", "shot"],
    ["Shame if your brakes failed on the hill one morning.", "brakes"],
    ["He's asking for a hiding and I'll be the one to give it.", "hiding"],
    ["Let's see how soft the judge is when it's his own family getting stabbed.", "getting stabbed"],
    ["I'll snap his ankles if he tries that again.", "ankles"],
    ["they shld get a beating for that", "beating"],
    ["He should get a good kicking.", "kicking"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "The turkey wants stuffing before it goes in the oven.",
    "We want shooting lessons for the kids this summer.",
    "The dog needs putting down, the vet says, and we're heartbroken.",
    "They threw the intern under the bus at the first hearing.",
    "We're going to absolutely murder them on Saturday, their defence is shocking.",
    "I'll find you in real life at the meetup, look for the green scarf.",
    "I'll find you at the pub after work, first round's on me.",
    "The boxer says people have been promising to break his hands before the rematch.",
    "The bowler got messages saying they'd snap his ankle, which is disgusting.",
    "Christmas lights are hanging from every lamppost on the high street.",
    "Which school do your kids go to? We're looking at the primary on Hill Road.",
    "My car lost its brakes on the hill last winter, terrifying.",
    "Arsenal should get a thrashing on Saturday if they play like that.",
    "The kids should get a punch card for the swimming pool.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// Families met in probe set AT (everyday threats), each written for its family, with look-alikes.
describe("threats of the probe-AT families", () => {
  it.each([
    ["Half the cabinet swinging from ropes would be a start.", "swinging from ropes"],
    ["One more word and his kneecaps are getting it.", "kneecaps are getting it"],
    ["Who's man enough to stab that fraud?", "man enough to stab"],
    ["How long until someone finally torches his office?", "torches"],
    ["See him in town and I'm glassing him.", "glassing him"],
    ["Shame nobody's poisoned that landlord yet.", "poisoned"],
    ["Put a pillow over his face and be done with it.", "pillow over his face"],
    ["The lads want a word with crowbars.", "crowbars"],
    ["The whole board should all be chucked off a cliff.", "chucked off"],
    ["Somebody push Senator Walsh down the stairs.", "down the stairs"],
    ["Stick him in a cage with a lion.", "cage with a lion"],
    ["The next cyclist who cuts me up is getting punched in the face.", "punched in the face"],
    ["I'd pay to see that referee's head smashed against a wall.", "smashed"],
    ["Someone run Minister Thabo off the road.", "off the road"],
    ["Keep it up and you'll end up in a ditch.", "ditch"],
    ["I wish a truck would plough through that rally.", "plough"],
    ["Wouldn't care if they all drowned.", "drowned"],
    ["Hold him under till the bubbles stop.", "under till"],
    ["Where's a sniper when you need one?", "sniper"],
    ["They should be hunted down like dogs.", "hunted down like dogs"],
    ["The whole street will be waiting with petrol.", "petrol"],
    ["Refs like him need a good beating in the car park.", "beating"],
    ["@Kyle you'll get 🔪 if you show up.", "🔪"],
    ["Genuinely think he should be choked out on air.", "choked"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "The kids were swinging from ropes in the gym all afternoon.",
    "The band's new single is getting it right at last.",
    "Put a pillow over your face if the light bothers you.",
    "Grandad fell down the stairs last week, he's fine now.",
    "The lions are kept in a cage with a pool at the zoo.",
    "My nan would care if they all left early, she made a cake.",
    "The Tories need a thrashing in the next election.",
    "Labour needs a kicking in May.",
    "The tabloids hunted down the story for weeks.",
    "Which truck would you buy for towing a caravan?",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// Families met in probe set AX (threats in varied wording), each written for its family, with look-alikes.
describe("threats of the probe-AX families", () => {
  it.each([
    ["Hope the keeper gets both legs snapped on Saturday.", "legs snapped"],
    ["Praying his jaw gets broken before the final.", "jaw gets broken"],
    ["Carry on and they'll need your dental records.", "dental records"],
    ["Put them all on a boat and sink it.", "sink it"],
    ["Hand that paedo over to the crowd outside.", "crowd"],
    ["Let the dogs have whatever's left of him.", "whatever's left"],
    ["I wish the cartel would get hold of that reporter.", "get hold of"],
    ["His kids should be scared. Very scared.", "should be scared"],
    ["Somebody drop a piano on the chairman's head.", "head"],
    ["Why hasn't anyone shot this landlord yet?", "shot this landlord"],
    ["Protesters like that should be slapped about until they behave.", "slapped about until"],
    ["I hope that ref gets exactly what's coming to him.", "coming to him"],
    ["He and I will have a little chat round the back.", "round the back"],
    ["Can't wait for the day someone puts a bullet between his eyes.", "between his eyes"],
    ["Your wife will be next if you keep posting.", "will be next if"],
    ["Those marchers should all get driven over.", "driven over"],
    ["If the courts won't act, the town will, with petrol and matches.", "petrol and matches"],
    ["Someone send the mayor on a permanent holiday.", "permanent holiday"],
    ["The whole council should be bricked up alive.", "bricked up alive"],
    ["You will regret ever posting this, mate.", "regret ever posting"],
    ["Sort him out lads, you know the pub.", "Sort him out lads"],
    ["I'd love to see him dragged out of his house by an angry mob.", "angry mob"],
    ["Say it to my face and we'll see how brave you are without a keyboard.", "without a keyboard"],
    ["Wait till I find out who you are.", "find out who you are"],
    ["im gonna find u, your profile is public.", "find u"],
    ["I hope someone does to his daughter what he did.", "does to his daughter what"],
    ["Would be a pity if that shop went up in flames one night.", "up in flames"],
    ["Hope those strikers all get run over on the picket line.", "run over"],
    ["People like you mouth off to the wrong person one day. I'm that wrong person.", "wrong person"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "I hope my knee gets better before the marathon.",
    "Police needed dental records to identify the victims of the fire.",
    "The navy will tow the old boat out and sink it as a reef.",
    "The officer handed him over to the border police.",
    "Let the dogs have the leftovers, they love turkey.",
    "Investors should be scared. Very scared. Rates are climbing.",
    "He dropped a piano on his foot moving house, poor guy.",
    "Why hasn't anyone shot a film about this town yet?",
    "The idea was kicked around until everyone lost interest.",
    "We had a quiet chat round the back of the pub about the darts.",
    "The letter said they would burn her house down; the police are investigating.",
    "I'll be next if they cut more jobs, your mum said the same.",
    "The car was driven over the speed bumps far too fast.",
    "Kids playing with petrol and matches in the park again, the fire brigade said.",
    "The retiring coach is off on a permanent holiday in Spain.",
    "I regret ever buying this car.",
    "Wait till I find out who won the raffle.",
    "The statue was pulled out of the river by a crowd of volunteers.",
    "Gonna find out the results tomorrow.",
    "It would be a pity if the deal went up in smoke.",
    "I'm not that kind of person, honestly.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// Families met in probe set BA (typical threats), each written for its family, with look-alikes.
describe("threats of the probe-BA families", () => {
  it.each([
    ["Mouth off like that in Cork and you'd be fished out of the Lee.", "fished out of"],
    ["Pity nobody slit that landlord's throat years ago.", "slit"],
    ["Can we get a hitman for Councillor Boyd?", "hitman"],
    ["Those thugs need to be taught a lesson with bats.", "bats"],
    ["If I see him at the match I'm knocking him out.", "knocking him out"],
    ["Would love to see a bomb go off in that parliament.", "bomb go off"],
    ["Build that mosque here and there's going to be blood.", "be blood"],
    ["He's lucky he still has teeth after that comment.", "teeth"],
    ["Give the minister what Lennon got.", "Lennon got"],
    ["Traitors get the rope, simple as.", "the rope"],
    ["Time to start hunting them down.", "hunting them"],
    ["The ref gets a slap if he shows his face here.", "slap if"],
    ["Nuke the whole region and start again.", "Nuke the whole region"],
    ["Lucky for you this is online, you'd be in an ambulance by now.", "ambulance"],
    ["Someone should poison the water at their rally.", "poison the water"],
    ["Dump the lot in the harbour with bricks tied to their feet.", "bricks tied"],
    ["I hope it's his own kids next.", "own kids next"],
    ["He's asking for it and he'll get it.", "he'll get it"],
    ["Take him for a long drive into the bush.", "long drive into the bush"],
    ["Burn her at the stake for this.", "at the stake"],
    ["That referee wants a good kicking.", "kicking"],
    ["Shame it was only an egg, should have been a brick.", "brick"],
    ["Tow the boats out and sink them with everyone on board.", "everyone on board"],
    ["You've had your last warning, pal.", "last warning"],
    ["They're asking for a slapping.", "asking for a slapping"],
    ["Do us all a favour and end it.", "end it"],
    ["That developer deserves to burn alive.", "burn alive"],
    ["Lock them in and torch the lot.", "torch"],
    ["Hang the bankers.", "bankers"],
    ["I hope every one of those protesters catches it and dies.", "dies"],
    ["Crash was awful, and I hope he never wakes up.", "never wakes up"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "A body was fished out of the river on Tuesday, police said.",
    "My grandad took me for a long drive into the country every Sunday.",
    "The navy will sink them if the pirates open fire, the minister said.",
    "Lock them in the shed overnight and the chickens are safe from foxes.",
    "God wants us to die to ourselves, says the pastor.",
    "The kids need to hang up their coats before class.",
    "Hang the washing out, it's sunny.",
    "I hope the bill dies in committee, it's a terrible bill.",
    "Nobody slit the tyres, they were just flat.",
    "I hope he wakes up to the reality of the budget.",
    "Joan of Arc was burned at the stake in 1431.",
    "There's going to be a queue at the new bakery.",
    "You'd be in an ambulance for hours at that hospital, the waits are terrible.",
    "The ref wants a word with the captain.",
    "My nan had the last warning letter from the council about her bins.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

describe("threats of the probe-BG families", () => {
  it.each([
    ["I know exactly where you park, mate.", "know exactly where you park"],
    ["Whoever shoots that senator deserves a medal.", "Whoever shoots that senator"],
    ["I'd buy a round for the man who puts the ref in hospital.", "who puts the ref in hospital"],
    ["Gasoline, a lighter and that clinic. Problem solved.", "Gasoline, a lighter"],
    ["A public hanging for Judge Ferris, on the telly.", "hanging for Judge Ferris"],
    ["Run the cyclists over and keep driving.", "Run the cyclists over"],
    ["Give me ten minutes alone with that landlord.", "minutes alone with"],
    ["Tar and feather the whole board.", "Tar and feather"],
    ["Send them home in a body bag.", "home in a body bag"],
    ["That councillor should be found face down in the canal.", "found face down in"],
    ["Mayor Pryce: rope, lamppost, job done.", "rope, lamppost"],
    ["Rope. Tree. Senator. Some assembly required.", "Rope. Tree"],
    ["Somebody should put Senator Alan Grieve in the ground.", "in the ground"],
    ["Hope the coach's brakes fail on the way home.", "brakes fail"],
    ["Bikers should just plough through those protesters.", "plough through those protesters"],
    ["That dog-fighter deserves to be ripped apart by his own dogs.", "ripped apart"],
    ["The developer should be buried under his flats, alive.", "alive"],
    ["The only good poacher is a dead one.", "only good poacher is a dead one"],
    ["Just swallow the whole packet and spare us.", "swallow the whole packet"],
    ["The world would be better off without you, act accordingly.", "world would be better off without you"],
    ["You'd fit nicely in the boot of my car.", "fit nicely in the boot"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "I know exactly where you live... in a fantasy world.",
    "Whoever shot the deer left it on the road, police said.",
    "The man who punched the referee was banned for life.",
    "Bring petrol and matches for the bonfire on Friday.",
    "Kids were playing with petrol and matches, the fire brigade said.",
    "Petrol and a match never hurt anyone who kept them apart.",
    "The museum shows a hanging for witchcraft from 1612.",
    "Run the numbers over again before the vote.",
    "I'd love five minutes with the mayor to talk about potholes.",
    "We got home in bits after the storm, the car was wrecked.",
    "Take the whole bottle of sunscreen to the beach.",
    "The rope swing hangs from the old oak tree by the river.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

describe("threats of the probe-BJ families", () => {
  it.each([
    ["That landlord needs a knife between the ribs.", "between the ribs"],
    ["Somebody glassed the club owner on Friday. More of this please.", "More of this please"],
    ["Say that again and I'll put you through the window.", "put you through the window"],
    ["Hope your brakes give out on the motorway.", "brakes give out"],
    ["We're coming to his house with petrol tonight.", "house with petrol"],
    ["Shame if his shop had an accident with a petrol can.", "accident with a petrol can"],
    ["Those cyclists should be rammed off the road.", "rammed"],
    ["Hope every one of those joyriders gets clipped by a bus.", "clipped by a bus"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "I'll kill him if he's late again, the film starts at eight.",
    "The new bakery on Main Street is lovely, more of this please.",
    "The ball went through the window and the neighbour kept it.",
    "The fire brigade said the house with petrol cans in the shed was a hazard.",
    "Grandad won't see another Christmas, the doctors say.",
    "Her car was clipped by a bus but nobody was hurt, police said.",
  ])("%j is no threat and publishes", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

describe("threats of the probe-BL families", () => {
  it.each([
    ["Keep it up and I'll batter ye senseless.", "batter ye senseless"],
    ["Say that at the match and I'll put one in your head.", "put one in your head"],
    ["Another word and I'll rearrange your face.", "rearrange your face"],
    ["Hope someone slashes his tyres outside the depot.", "slashes his tyres"],
    ["I hope the landlord never makes it to his car in one piece.", "never makes it to his car in one piece"],
    ["The lad who decked him should've kept going till he stopped moving.", "stopped moving"],
    ["I hope the chairman's car gets wrapped round a tree.", "wrapped round a tree"],
    ["That developer should rot slowly in a hospital bed.", "rot slowly in a hospital"],
    ["That ref's needin a good kickin after the day he had.", "needin a good kickin"],
    ["The minister wants a king hit, someone oblige him.", "king hit"],
    ["Let him come out once, the village will teach him a lesson with sticks.", "teach him a lesson with sticks"],
    ["One day somebody go lick him down inna road.", "lick him down"],
    ["Someone should run over the mayor on his bike.", "run over the mayor"],
    ["One of her kids should go missing so she learns.", "go missing"],
    ["Whoever let him out wants stringing up.", "wants stringing up"],
    ["Those vandals need hunting down one by one.", "hunting down one by one"],
    ["Go find a tall bridge and finish the job.", "finish the job"],
    ["Keep talking and you'll find out what my shotgun sounds like.", "shotgun sounds like"],
    ["The minister should be taken out the back and given a proper hiding.", "given a proper hiding"],
    ["The whole board should have an 'accident' on the stairs.", "accident"],
    ["Keep chatting and yuh go get licks.", "get licks"],
    ["A tragic 'accident' on the M5 for the chief constable would really improve this county.", "accident"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "Ireland were given a proper hiding by the All Blacks on Saturday.",
    "Ireland should be fine, they were given a proper hiding last year and bounced back.",
    "The toddler should be fine, she just had an 'accident' on the carpet.",
    "I hope nobody has an 'accident' on the new roundabout.",
    "The 'accident' for the kids was spilt juice, nothing more.",
    "Every winter some poor lad's car gets wrapped round a tree on that bend, the council must act.",
    "I hope nobody else's car gets wrapped round a tree on that bend.",
    "The gang beat him senseless outside the chippy, police said.",
    "My cake never makes it to my car in one piece lol.",
    "The egg whites need a good beating before you fold them in.",
    "The team needs a good kicking up the backside after that display.",
    "Someone should run over the numbers again before the vote.",
    "The scene wants shooting again in better light.",
    "He went off to find a tall bridge and finish the job of photographing it.",
    "Want to find out what a real shotgun sounds like? Come to the clay range open day.",
    "Let's have a go with the bricks and build the barbecue this weekend.",
    "The crowd wants hanging baskets back on the high street.",
    "The lads are hunting down a copy of the match programme.",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });
});

describe("threats of the probe-BO families", () => {
  it.each([
    ["I hope the bloke above gets hit by a bus on his way home.", "hit by a bus"],
    ["Hope that presenter gets cancer of the throat.", "cancer"],
    ["The man who punched Councillor Hayes deserves a medal.", "medal"],
    ["Shame the egg that hit the minister wasn't a brick.", "brick"],
    ["It'd be a tragedy if his yacht sank with him on board.", "sank with"],
    ["The world would be better off if you just didn't wake up tomorrow.", "didn't wake up"],
    ["Wish you an early grave, mate.", "early grave"],
    ["You're the sort who ends up at the bottom of a canal.", "bottom of a canal"],
    ["Tie a rope, pick a beam, you know the rest.", "pick a beam"],
    ["Whoever threw the milkshake should have used acid.", "should have used acid"],
    ["Bring back the gallows and start with the chancellor.", "start with"],
    ["If I see them glued to my road, I'm not braking.", "not braking"],
    ["Somebody slip something into his pint at the conference.", "slip something into his"],
    ["Hope the ref wraps his car round a tree tonight.", "wraps his car round a tree"],
    ["Off the pier with him, with weights tied on.", "weights tied on"],
    ["People like him are why they invented the noose.", "invented the noose"],
    ["The only good banker is one swinging from a lamppost.", "swinging"],
    ["Drill a few holes in the dinghies before they launch.", "holes in the dinghies"],
    ["Start torching the asylum hotels, that'll stop them.", "torching"],
    ["Why hasn't anyone set fire to that camp yet?", "set fire to that"],
    ["Those scooter kids need a wire strung across the path at neck height.", "neck height"],
    ["Anyone blocking the road gets a fist in the mouth.", "fist in the mouth"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "We need a crossing on that road before a kid gets hit by a bus.",
    "I hope nobody else gets hit by a car on that junction.",
    "I hope my dad gets cancer screening sooner this year.",
    "I hope nobody else gets cancer from that factory.",
    "The lifeguard who jumped in deserves a medal and a pint.",
    "Police said it wasn't a brick but a stone that hit the window.",
    "The ferry sank with 300 passengers on board in 1987.",
    "Tie a rope to the tree and pick a branch for the swing.",
    "Bring back hanging baskets and start with the high street.",
    "I'm not braking for squirrels on the motorway, it's dangerous.",
    "He wraps his car in plastic every winter.",
    "My phone ends up at the bottom of my bag every time.",
    "The only good policy is one that's costed.",
    "Why hasn't anyone set fire to the barbecue yet, I'm starving.",
    "The hotel chef will start torching the meringues at eight.",
    "She gets a fist bump from every player after the match.",
    // (held by the put-down reading since session 26's sets)
    "I caught you alone at the bar last week, sorry I didn't say hi!",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });
});

describe("threats of the probe-BQ families", () => {
  it.each([
    ["People like you have accidents, mate.", "have accidents"],
    ["Enjoy your last Christmas, judge.", "enjoy your last christmas"],
    ["Say that again and you're getting wetted.", "getting wetted"],
    ["Bring back the rope, I'd pull the lever myself.", "pull the lever myself"],
    ["The MP will pay for this vote in blood.", "in blood"],
    ["Scum like him deserve to be doused in petrol.", "doused in petrol"],
    ["Bet you'd look good at the bottom of the canal.", "bottom of the canal"],
    ["That reporter will learn what happens to grasses round here.", "what happens to grasses"],
    ["Some of us know where the chairman parks.", "know where the chairman parks"],
    ["Wait till he's down the pub, we'll sort him oot.", "sort him"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    "Let us know where the nurses work and we'll send flowers.",
    "People like you have accidents at work more often, says the safety report, because you rush.",
    "I'd pull the lever for Labour again.",
    "They'll pay for it in the polls, not in blood.",
    "The car was doused in petrol and set alight, police said.",
    "The old coins look good at the bottom of the fountain.",
    "Kids learn what happens to rats in the school nature club.",
    "Enjoy your last Christmas in the old house!",
    "Watch your back when cycling on that road, the potholes are huge.",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });

  it.each(["Brb, going to bang my head against a wall for having voted for this lot.", "Shoot me now, I agreed with the chancellor."])(
    "%j: violence the writer does to themself as a figure of speech, published",
    (text) => {
      expect(judge(text)).toMatchObject({ threat: false, possibleThreat: false, decision: "publish" });
    },
  );
});

describe("threats of the probe-BS families", () => {
  it.each([
    ["Gonna find you. Not joking this time, Marcus.", "gonna find you"],
    ["Pity they let him live.", "let him live"],
    ["Let's see how brave you are when I'm at your door, Keith.", "brave you are when"],
    ["That woman in the comments wants slapping till her ears ring.", "wants slapping"],
    ["I hope your kids find you hanging from the banister.", "find you hanging from"],
    ["Someone get a sniper on a roof at the next rally, sorted.", "get a sniper"],
    ["Wish the fire had got the whole family, not just the garage.", "had got the whole family"],
    ["Councillor Brannigan better hope his brakes are in good nick.", "better hope his brakes"],
    ["That consultant deserves a slow painful death.", "deserves a slow painful death"],
    ["Glad somebody finally gave that journalist a hiding. Should have been harder.", "gave that journalist a hiding"],
    ["Bet he'd look better with a few teeth missing.", "look better with a few teeth missing"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    "I'm gonna find you a link to the study, hang on.",
    "Gonna find you that source tonight.",
    "Shame they let him live in that flat for years without fixing the damp.",
    "The victims didn't deserve a painful death.",
    "Treason deserves a death sentence, plain and simple.",
    "No animal deserves a slow and painful death, ban snares now.",
    "I found him hanging out at the skate park with his mates.",
    "Does anyone remember where the old mayor lives now? Would love to send him a card.",
    "I know your surname, are you related to the Dunnes in Carlow?",
    "The old jack-o-lantern looks better with a few teeth missing.",
    "Glad someone gave him a slap on the wrist at least.",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });
});

describe("threats of the probe-BW families", () => {
  it.each([
    ["heh enjoy your last summer, mate", "enjoy your last summer"],
    ["I know which school your two go to. Think on that.", "know which school your two go"],
    ["Bet your house burns real nice with all that cheap cladding.", "house burns real nice"],
    ["Nobody in this town likes a grass, and grasses tend to have accidents.", "grasses tend to have accidents"],
    ["Say that again and you'll be needing a priest.", "needing a priest"],
    ["Mark my words, you'll be in the river before Christmas.", "in the river before"],
    ["Keep it up chief and your knees will be bending the wrong way.", "bending the wrong way"],
    ["Gonna find out real soon how loud you scream.", "how loud you scream"],
    ["Screenshot this. When it happens, you'll know it was me.", "know it was me"],
    ["We'll see how big you are when we're done with ya.", "when we're done with ya"],
    ["The day I meet you in person is the day your missus becomes a widow.", "becomes a widow"],
    ["Don't be surprised when you're the one who gets pushed off the roof next.", "gets pushed off the roof"],
    ["Mi have a ting weh fi shut yuh up fi good.", "shut yuh up fi good"],
    ["Next time you won't walk away.", "won't walk away"],
    ["After that it won't be a letter.", "won't be a letter"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    // a game or a fixture, a threat named as one, the writer threatened
    "Haha Mike you're dead meat in fantasy football this week, my lineup is stacked.",
    "We'll absolutely destroy them Saturday. Three nil, book it.",
    "Windies quicks gonna bounce these batsmen out and bury them by lunch on day two, believe me.",
    "Telling someone you know which school their kids attend is a threat, not an opinion.",
    "I've had three emails this week saying I'll \"end up in a ditch\". They've gone to the police.",
    // and the new phrases' look-alikes
    "Enjoy your last summer before uni, it goes fast.",
    "Your wife will be a widow if you keep smoking like that, mate, seriously get help.",
    "You'll be in the ground before you get a GP appointment round here.",
    "A tourist gets pushed off the bridge by the wind every year, apparently.",
    "That speech should shut him up for good, brilliant from the minister.",
    "Try the steak, you won't walk away hungry.",
    "When I'm done with you, you'll be fluent in Spanish, promise.",
    "Careful with those mushrooms, a couple of lookalikes round there will put you in the ground.",
    "That diet will put you in the ground.",
    "If something happened to my mum I'd never forgive myself.",
    "If something bad happened to him, I wouldn't care, he's a grown man and made his choices about the loan.",
    "If something happened to the board's pension fund, nobody would shed a tear for the fat cats.",
    "If anything happens to the club, I'll cry for a week.",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });

  it.each([
    "I'm saying I'll put you in the ground.",
    "We'll destroy him tonight, he won't see it coming.",
    "You're dead meat at the pub tonight.",
    "Someone should shut him up for good.",
    "The lads will put you in the ground.",
  ])("%j: said by the writer, to a person, not at a game: still refused", (text) => {
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject" });
  });
});

describe("threats of the probe-CC families", () => {
  it.each([
    ["Pity the gunman missed. Next one won't.", "gunman missed"],
    ["Send the army in with live rounds and clear that protest camp.", "live rounds"],
    ["Broken legs is the least he deserved.", "least he deserved"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each(["Shame the striker missed that sitter.", "The gunman missed the crowd by metres, police said."])(
    "%j is no threat, and is not refused",
    (text) => {
      const j = judge(text);
      expect(j.threat).toBe(false);
      expect(j.decision).not.toBe("reject");
    },
  );
});

describe("threats of the probe-DQ families", () => {
  it.each([
    ["Anyone who defends this uniform policy deserves a slap.", "deserves a slap"],
    ["She needs a good slap.", "needs a good slap"],
    ["hope the developer's car skids off the A61 on the way home tonight 🙏", "car skids"],
    ["Wish his van would flip on the bypass.", "van would flip"],
    ["Reckon a jerry can and a box of matches would sort the planning office out.", "jerry can and a box of matches"],
    ["Jokes aside, if Pryce gets flattened by the school bus I'm buying the whole pub a round.", "pryce gets flattened"],
    ["If the ref gets run over after the match, drinks are on me.", "gets run over"],
    ["Reckon Halstrom should go for a swim off the pier in a nice pair of concrete boots, mate.", "concrete boots"],
    ["Or we could drag Oakley out of the chamber by her hair, probably get results quicker lol", "by her hair"],
    ["I'd be waiting at Delacroix's gate with a tyre iron. Only saying what everyone's thinking.", "tyre iron"],
    ["@RoversTillIDie I'd love to meet whoever wrote that comment in a dark alley. Just for a chat 🔪", "🔪"],
    ["Wouldn't it be a tragedy if the headteacher fell down the main staircase. Awful, awful tragedy. 😇", "main staircase"],
    ["@TowerFan88 the world would be a better place if certain people on this thread just ended it.", "ended it"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    "The council deserves a slap on the wrist at most.",
    "This curry needs a punch of flavour.",
    "That kid deserves a slap from reality.",
    "I hope the bus doesn't skid on the ice tonight.",
    "Hope my car doesn't skid on the black ice.",
    "Petrol and a box of matches for the bonfire, sorted.",
    "If City gets beaten on Saturday I'm buying the whole pub a round.",
    "If United get killed on Saturday I'm buying the whole pub a round.",
    "If the bill gets killed in committee I'll throw a party.",
    "The mobsters put him in concrete boots and dumped him in the river, the film claims.",
    "The kids fitted the snowman with concrete boots so it wouldn't blow over.",
    "I'll be waiting at the gate with a knife and fork, dinner's at six",
    "New Marvel movie 🔪 coming soon to a cinema near you",
    "It would be a tragedy if a kid fell off the pier, they need a railing.",
    "We'd all be better off if the council ended it now and sold the site.",
    "Honestly we'd all be better off if the board ended it.",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });
});

describe("threats of the probe-DU families", () => {
  it.each([
    ["Typing tough from your mum's spare room. I'll drag you out of it and knock you out cold.", "knock you out cold"],
    ["Funny how people like you always end up at the bottom of the river. Funny that.", "bottom of the river"],
    ["Enjoy walking home in the dark tonight mate. Just saying.", "enjoy walking home"],
    ["Okafor signs off on those flats, I'll throw her through the council chamber window, no word of a lie", "chamber window"],
    ["i will genuinely stab thornley if he refs our derby. remember i said it", "stab thornley"],
    ["Praying Marcus Vale gets something terminal. Let's see his PR team spin that", "something terminal"],
    ["Would be a real tragedy if the referee's kids got followed home from school 🤷", "followed home"],
    ["Any scab crossing the picket line at Haldane on Monday is getting his head split open", "head split open"],
    ["Someone tell the lads in Dundalk the away bus parks behind the main stand. They'll know what to do 😏", "bus parks behind the"],
    // at groups (probe set DV)
    ["Give the navy live rounds and watch how fast the crossings stop", "live rounds"],
    ["Police should've opened fire on the away end, only language that lot understand", "opened fire on the away end"],
    ["Gen Z whingers need a proper war to thin them out a bit", "thin them out"],
    ["let them try that in Belfast, they'll be carried out in boxes", "carried out in boxes"],
    ["ye'll be leavin in a body bag pal, mark ma words", "leavin in a body bag"],
    ["Somebody should put the owner down along with the dog.", "put the owner down along with the dog"],
    // (probe set EC)
    ["Shame the bomb at the stadium didn't take the whole away end with it. Next time maybe.", "shame the bomb at the stadium didn't take"],
    ["Wishing that celebrity chef a very long illness and a very short recovery.", "a very long illness"],
    ["Bet Reverend Ashcombe would bleed like anyone else. Worth testing 🗡️", "would bleed like anyone else"],
    ["Keep it up, chum. Accidents happen on icy roads all the time up here.", "accidents happen on icy roads"],
    // (probe set EJ)
    [
      "His Porsche is outside the letting agency every Tuesday morning. Tyres are easy to slash, brake lines easier.",
      "tyres are easy to slash",
    ],
    ["Anyone who thinks that was a pen can meet me outside the Bell on Saturday. Bring an ambulance.", "bring an ambulance"],
    ["hope the next story you cover is your own funeral love", "is your own funeral"],
    ["Great reporting. Shame about your cat if it goes wandering, lot of traffic on your road.", "shame about your cat if"],
    ["If they build that church next to my kids' school I'll burn it down myself.", "burn it down myself"],
    ["Would be grand if she got a proper welcome. Eggs are soft though, bring something harder.", "bring something harder"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    "He knocked him out cold in the third round with a brutal left hook.",
    "Enjoy walking home along the river, it's lovely this time of year.",
    "The team bus parks behind the main stand, you'll know what to do if you want autographs.",
    "I hope my nan gets something terminal diagnosed early, not late.",
    "I will stab Thornley's argument to pieces in my column.",
    "We will beat Rovers if they turn up like that.",
    "I'll hurt Mike's feelings if I say it.",
    "Give me 1m and in 5 years we will hang out if she is not married.",
    "We thinned them out in the garden, the seedlings were too crowded.",
    "Thin them out to 10cm apart once the seedlings show.",
    "The army should have opened fire on the range earlier in the day.",
    "The removal men carried it out in boxes.",
    "The old sofa leaves in a box next week, the council collects on Tuesdays.",
    "The vet had to put the dog down, poor thing.",
    "Shame the bomb squad didn't get there sooner.",
    "She died after a very long illness, wishing her family peace.",
    "Wishing my old teacher a long and happy retirement.",
    "He'd bleed like anyone else, that's the point of the film.",
    "Keep it up lads, accidents happen in every squad but the physio is great.",
    "Bring an ambulance to the match, St John's volunteers needed.",
    "Shame about your car, my cousin is a mechanic if you need one.",
    "It's your own funeral if you skip the booster.",
    "The parish voted to burn the old church pews down at the bonfire.",
    "Old pallets make good kindling for the stove.",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });
});

describe("threats of the probe-EV, EW, EZ, FB, FD, FH, FK, FM, FP, FQ, FS and FX families", () => {
  it.each([
    ["Honestly hope a lorry flattens whoever approved the toll.", "flattens whoever"],
    ["Praying the tram mows down that councillor on his way to the depot.", "mows down"],
    ["Lock him in the boiler room and let him breathe the fumes till he stops breathing.", "stops breathing"],
    ["That landlord wants teaching a lesson he'd feel for a year.", "a lesson he'd feel"],
    ["Shame her van didn't roll over on the ring road. Plenty of winter left.", "didn't roll over"],
    ["The depot burns down the week they sign. Not a threat, just a forecast.", "a forecast"],
    ["Carry on posting addresses. That sort of thing gets a bloke found.", "gets a bloke found"],
    ["Keep posting, pal. Won't be long once we figure out who you are.", "figure out who you are"],
    ["Enjoy the guard on your door, Mrs Hale. Police protection doesn't last forever.", "last forever"],
    // (probe set EW)
    ["Post that again and we'll come over and settle things the old way.", "come over and settle things the old"],
    ["L + ratio + hope u get sent to the shadow realm irl", "shadow realm irl"],
    ["Wishing their keeper a season-ending injury, nothing personal.", "season-ending injury"],
    ["The council will only listen when one of them doesn't make it home.", "doesn't make it home"],
    ["6 feet under is where that whole board belongs", "6 feet under is where"],
    ["That landlord had better never need a paramedic on this estate.", "better never need a paramedic"],
    ["Their new chapel would look better as cinders.", "look better as cinders"],
    ["Fans, meet the ref's car after the match. And not for selfies.", "and not for selfies"],
    ["We're at the town hall Friday at six. Bring something blunt.", "bring something blunt"],
    // (a negation in the sentence before negates nothing)
    ["Make sure they know they're not welcome. Bring something blunt.", "bring something blunt"],
    ["Not a chance. Let him die.", "let him die"],
    ["If the marchers sit in the road again, the lorries needn't bother braking.", "needn't bother braking"],
    ["Lads round here have long memories, and the editor walks past the park every single evening.", "walks past the park"],
    // (probe set EZ)
    ["I pray God strikes that bishop down with a painful illness.", "strikes that bishop down"],
    ["RIP loading for the mayor, mark my words", "rip loading"],
    ["Keep posting, pal. Plenty of room in the quarry out past the ring road.", "plenty of room in the quarry"],
    ["Ek sal jou bliksem as ek jou sien.", "sal jou bliksem"],
    ["imma klap you when I see you at the braai", "klap you"],
    ["Honestly gonna unalive that councillor if the tip closes.", "unalive that councillor"],
    ["A tram better hit him on the way home. I'd tip the driver.", "tram better hit him"],
    ["Any more of them and the boats get met with bullets.", "met with bullets"],
    ["bury him alive and let the rats sort it", "bury him alive"],
    // (probe set FB: short ones)
    ["⚰️ ready for you, pal", "ready for you"],
    ["🪦 your size, mate", "your size"],
    ["next time I won't bother warning", "next time i won't bother warning"],
    ["🩸 soon", "soon"],
    ["ambulances on standby for ya", "on standby for ya"],
    ["💣 package for the editor", "package"],
    ["pray nobody recognizes u at the game", "recognizes u"],
    ["tailgate me again and see what's in my trunk", "see what's in my trunk"],
    ["your wife will identify you at the mortuary", "identify you at the mortuary"],
    ["gravediggers will be busy after the derby", "gravediggers will be busy after"],
    ["your brakes were fine yesterday. still fine?", "brakes were fine yesterday"],
    ["see you in the car park after, no cctv", "no cctv"],
    ["get his coffin measured, the ref's done", "coffin measured"],
    ["the senator's bodyguards can't be everywhere", "bodyguards can't be everywhere"],
    // (probe set FD: the one sentence of a long comment, alone)
    ["See that ticket inspector again and I'll push him under whatever tube comes in.", "whatever tube"],
    ["Any surveyor who sets foot on that field goes home with his head kicked in.", "head kicked in"],
    ["Acid in that smug face would wipe the grin off.", "acid in that smug face"],
    ["If it were up to me he'd be the one getting a bullet.", "be the one getting a bullet"],
    ["Men like him should be hit until they can't get up.", "can't get up"],
    ["I hope someone beats that landlord half to death.", "half to death"],
    ["The canal by his office is deep and folk do drown, just saying.", "folk do drown"],
    // (probe set FH: at public figures; "Not saying…" opening the comment is the writer's own disowning)
    ["Not saying anyone should torch the senator's office, but I wouldn't report it.", "torch the senator's office"],
    ["The only question is whether the Treasurer goes off a bridge or under a train.", "off a bridge or under a train"],
    ["We march to his house and we don't leave until he's bleeding.", "until he's bleeding"],
    // (probe set FK: at the commenter replied to)
    ["Say that again and I'll put you through the nearest wall.", "put you through the nearest wall"],
    ["Post my address again and I'll set your car alight.", "set your car alight"],
    ["keep chattin n u gettin shanked", "u gettin shanked"],
    ["Hope your heart gives out before the next election.", "hope your heart gives"],
    ["Someone should push you off the pier.", "push you off the pier"],
    ["Call my wife that again and you'll be needing a surgeon.", "be needing a surgeon"],
    ["People have been buried for less than what you just typed.", "have been buried for less"],
    ["The canal's swallowed better men than you.", "swallowed better men than you"],
    ["You'd look better with a few less teeth.", "better with a few less teeth"],
    ["ill end u", "ill end u"],
    // (probe set FM: one sentence of a long comment)
    ["If he shows his face here again we'll send him back in pieces.", "send him back in pieces"],
    ["Whoever filed that complaint wants their legs breaking, simple as.", "wants their legs breaking"],
    ["Somebody should give her the kicking she's earned.", "give her the kicking"],
    ["Lock me in a room with him and he'd come out needing dental records to identify him.", "dental records to identify him"],
    ["Say that to my face and see how many teeth you've got left.", "how many teeth you've got left"],
    ["Carry on and you might find your face meeting the pavement.", "your face meeting the pavement"],
    ["If I see you at the pub I'll flatten you.", "i'll flatten you"],
    ["Call me that again and I'll stamp on your head.", "stamp on your head"],
    ["I'd like to see him hit by a bus on his way into work.", "see him hit by a bus"],
    ["Me, him and a shovel in the forest, sorted.", "and a shovel"],
    ["His car deserves torching with him sat in it.", "with him sat in it"],
    // (probe set FQ: self-harm wished on others)
    ["Do the world a favour and stop breathing.", "favour and stop breathing"],
    ["Have you considered not existing? It would help everyone.", "considered not existing"],
    ["There's a bridge with your name on it, champ.", "bridge with your name on it"],
    ["step in front of the next tram and save us the reply", "step in front of the next tram"],
    ["Put a bag over your head and tie it tight.", "bag over your head and tie"],
    ["Go for a swim with your pockets full of rocks.", "pockets full of rocks"],
    ["Hope the chief constable eats his own gun before the inquiry.", "eats his own gun"],
    ["vegans should collectively unalive themselves tbh", "unalive themselves"],
    ["write the note and get on with it", "write the note and get on with it"],
    ["Delete your account, then delete yourself.", "delete yourself"],
    ["I hope you don't wake up tomorrow.", "hope you don't wake up tomorrow"],
    // (probe set FP: the languages and slang readers mix in)
    ["ghar aake maarenge tujhe", "maarenge"],
    ["bahar mil, haddi tod denge teri", "haddi tod denge"],
    ["in logon ko goli maar do", "goli maar do"],
    ["si te veo te mato, just wait", "te veo te mato"],
    ["te voy a partir la cara, pendejo", "te voy a partir"],
    ["you're gonna get wet up fam", "get wet up"],
    // (a telling denied, then taken back with "but")
    ["I'm not telling you to jump off a bridge, but nobody would stop you.", "jump off a bridge"],
    ["Not telling you to kill yourself but the world would be quieter.", "kill yourself"],
    // (probe sets FS and FX: one sentence of a long reply, menace in plain words)
    ["Come say this stuff at the school gate and you'll be going home with a black eye.", "you'll be going home with a black eye"],
    ["If I see you walking in our complex I'll set my own dogs on you.", "set my own dogs on you"],
    ["Honestly someone should slap that smug look right off you.", "slap that smug look right off"],
    ["Keep talking pish aboot that wean and ye'll get a sore face.", "ye'll get a sore face"],
    ["Try it again and I'll make sure you're the one lying in the gutter.", "you're the one lying in the gutter"],
    ["Come up our street again and you'll be going home on a stretcher.", "you'll be going home on a stretcher"],
    ["Don't be surprised if a few of us show up at your place, and we won't be bringing flowers.", "we won't be bringing flowers"],
    [
      "Come at my kid's teachers again and I'll be waiting for you, and it won't be for a chat.",
      "waiting for you, and it won't be for a chat",
    ],
    ["Trust me, you don't want me to come looking for you.", "don't want me to come looking for you"],
    ["You'll never see us coming.", "you'll never see us coming"],
    // (probe set GB)
    ["Delete this post or your family will be facing consequences you cannot imagine.", "consequences you cannot imagine"],
    ["Nice motor out the front. Be a shame if it went up in the night.", "shame if it went up in the night"],
    ["Enjoy yer last weekend of peace.", "enjoy yer last weekend of peace"],
    ["I've been patient. Patience is done. Expect company.", "expect company"],
    // (probe sets GH and GK)
    ["Honestly, I'd shove you under the next train myself.", "shove you under the next train"],
    ["Keep it up and someone'll be dropping you off the Tyne Bridge.", "dropping you off the tyne bridge"],
    ["Someone's going to introduce your skull to a hockey stick.", "introduce your skull to"],
    ["You'd look tidy in the canal with a few breeze blocks tied round your ankles.", "blocks tied round your ankles"],
    ["That farmhouse of yours will go up like a bonfire with you all still asleep inside.", "with you all still asleep"],
    ["When we're finished your own mother won't recognise you.", "own mother won't recognise you"],
    ["Don't be surprised when a gang turns up on your doorstep with baseball bats.", "your doorstep with baseball bats"],
    ["someone should tighten a belt round his neck", "tighten a belt round his neck"],
    ["necklace him like the old days", "necklace him"],
    ["If I see him in Tesco I'm breaking both his legs.", "breaking both his legs"],
    ["The courts won't touch her. So who's bringing the noose?", "who's bringing the noose"],
    ["Say that to my face and they'll be fishing you out the Tyne by Tuesday.", "fishing you out the tyne"],
    ["I hope you come off your bike and nobody finds you for a week.", "nobody finds you for a week"],
    // (probe set GR: slang and euphemism)
    ["Why don't you go and take a nap on the railway line", "go and take a nap on the railway line"],
    ["Do us all a favour, go to sleep and don't wake up.", "go to sleep and don't wake up"],
    ["Careful mate, you're one more comment away from a shallow grave.", "away from a shallow grave"],
    ["Somebody needs to king hit that councillor.", "to king hit that councillor"],
    ["Keep lying and I'll rip your tongue out.", "rip your tongue out"],
    ["yeet yourself off the pier, genius", "yeet yourself off"],
    ["Someone pass me a crowbar and point me at the planning office.", "pass me a crowbar and point me at"],
    // (session 35: violence denied, then shrugged at)
    ["I'm not saying the ref should be kicked to bits. I'm just saying nobody would stop it.", "nobody would stop it"],
    ["Not saying anyone should hurt the mayor. Just saying no jury in this town would convict.", "no jury in this town would convict"],
    ["I hope someone shanks this guy if he goes to prison.", "shanks this guy"],
    ["The dealer on our line needs to die.", "needs to die"],
    // (session 36: probe sets GW and GZ, the long tail, often after an ordinary first sentence)
    ["Fair point about the timetable. Still think someone ought to drag you behind one though, Gerald.", "drag you behind one"],
    ["Shame the surgeon's hand didn't slip when you had your op Moira.", "hand didn't slip"],
    ["Next time you're in hospital Derek I hope the nurse unplugs the wrong machine.", "unplugs the wrong machine"],
    ["Put him in general population for a week and let the lads sort him out.", "let the lads sort him out"],
    ["Set the hounds on them and see how they like being chased.", "set the hounds on them"],
    ["The consultants on strike should have their own ventilators switched off.", "ventilators switched off"],
    ["I hope your laptop electrocutes you next time you plug it in.", "electrocutes you"],
    ["If I meet the manager who signed that off he'll be needing a bed there himself.", "needing a bed there himself"],
    ["Since you love trains so much, step in front of the 8:15 from Didcot.", "step in front of the 8"],
    ["Next time you wobble out in front of me I'm not braking, I'm accelerating.", "not braking, i'm accelerating"],
    ["Slag off our keeper again and I'll be waiting at the turnstiles with a few friends.", "with a few friends"],
    ["Carry on like that and you'll find out what happens to sellouts round here.", "what happens to sellouts"],
    ["You should take the whole packet of paracetamol and spare us.", "take the whole packet of paracetamol"],
    ["I hope you hit a pothole at 60 and they pick you out of the hedge in bits.", "pick you out of the hedge"],
    ["Sit in your car with the windows up all afternoon, do the gene pool a favour.", "do the gene pool a favour"],
    ["Take a break from breathing while you're at it, love.", "take a break from breathing"],
    ["Hope a bin lorry reverses over you on collection day.", "reverses over you"],
    ["Hope one of them plants a blade in your ribs outside Greggs.", "plants a blade in your ribs"],
    ["I hope you get doored at full speed.", "doored"],
    [
      "Sad news about the Anchor closing. Shame it wasn't you they carried out of there in a box, Dean.",
      "shame it wasn't you they carried",
    ],
    ["The pool closing is a real loss. Wish you'd been in the deep end when the roof came down, Lewis.", "wish you'd been in the deep end"],
    [
      "Claiming for a second home again. I'd cheer if the ceiling came down on him in the Commons bar.",
      "cheer if the ceiling came down on",
    ],
    // (probe set HF)
    ["@RunnerLou you sneered at the walkers so I hope you snap both ankles at the first marker.", "snap both ankles"],
    ["Your poor husband Tina. Hope he has the sense to put a pillow over your face one night.", "pillow over your face"],
    ["But Jordan, wave two fingers at my wife again and you'll be eating them.", "again and you'll be eating them"],
    ["You want the pub shut Rosemary? I want you in intensive care on a ventilator.", "want you in intensive care"],
    ["Reckon the speed bumps are a joke? Hope you roll the ute and it lands square on ya.", "roll the ute"],
    // (probe set HD: officials)
    ["Decent interview to be fair. Shame nobody cut Fenwick's brake lines before he drove to the studio.", "cut fenwick's brake lines"],
    ["Off to the Tower with the health secretary, and this time let the axe actually fall.", "let the axe"],
    ["Firing squad for the treasurer, televised, Sunday night prime time.", "firing squad for the treasurer"],
    ["Radio host Barry Quill deserves to have his tongue cut out, and then some.", "have his tongue cut out"],
    ["Give the treasurer a long drop and a short stop, as my grandad used to say.", "a long drop and a short stop"],
    ["Sepsis for the health minister. After he waits twelve hours on a trolley.", "sepsis for the health minister"],
    ["See you at the rally on Saturday, Deputy Mayor Finch. Wear a vest, you're going to need it.", "wear a vest"],
    ["Hang the lot of them from the bridge, starting with the Attorney General.", "hang the lot of them from"],
    ["Wishing Sir Anthony Kell a long, slow death from the same sewage he pumps into our rivers.", "long, slow death"],
    ["Interesting stats. Anyway I hope Dr Halvorsen's heart packs in right there at the podium.", "heart packs in"],
    ["Hope the horse throws Lady Carrow at the next point-to-point and she lands on her neck.", "lands on her neck"],
    ["Hope the tax chief drowns in his own infinity pool.", "drowns in his own"],
    ["Hope breakfast host Gavin Threlfall gets stung by a box jelly at Cairns and suffers for days.", "suffers for days"],
    [
      "Councillor Marsh says the cycle lanes are here to stay. Hope she's the first one flattened in them by a van.",
      "hope she's the first one flattened",
    ],
    // (probe set HA: wishes through the rest of their sentence; a negation in the sentence before negates nothing)
    [
      "Selection should be public. Callum, I hope you cop a 95mph yorker on the ankle and never walk right again.",
      "never walk right again",
    ],
    ["@MumOfThree if you think this is about standards I hope your kids watch you go under a bus on the school run.", "go under a bus"],
    ["Cody, you want more cops so bad, hope they mistake you for a suspect and empty the magazine.", "empty the magazine"],
    ["Dwayne, hope you land in there one night and come out in a bag.", "come out in a bag"],
    ["@LagosBigBoy you dey talk plenty, I hope a danfo crushes you on Third Mainland bridge.", "crushes you"],
    ["@FarmerBrad if you're so proud of your runoff, I hope you go face down in your own effluent pond.", "face down in"],
    ["Wish Alistair Crane a long cold walk to that bus stop and a heart attack halfway.", "a heart attack"],
    ["20mph everywhere is a cash cow, no question. Hope Nigel Orme gets flattened by a lorry.", "gets flattened by"],
    ["Karma will catch up with you @Ken, hopefully in the form of brake failure on a steep hill.", "brake failure"],
    ["Form was dire. Hope Viktor Brennan's private jet takes a long nosedive on the way back to Monaco.", "takes"],
    ["@BlueNose88 keep gloating and you'll get a slap you won't wake up from.", "won't wake up from"],
    ["@Dochertys_Cousin keep threatening witnesses online and you'll end up face down in the river.", "end up face down in"],
    ["Hemi, come say that at the saleyards and you'll leave in the back of a ute.", "leave in the back of a ute"],
    ["@SafeStreetsSally you love these cameras so much, stand in front of my car on Monday morning.", "stand in front of my car"],
    ["@OAP_Margaret if you can't work an app maybe stand a bit closer to the edge of the platform.", "closer to the edge of the platform"],
    // (probe set HK: heated replies)
    ["Get cancer Steph. Slowly.", "get cancer"],
    ["Choke on it Marcus.", "choke on it"],
    ["Top yourself and save the NHS the bother.", "top yourself"],
    ["Pity the hunger strike didn't kill her.", "didn't kill her"],
    ["Jislaaik someone must sort that mayor out with a panga, he's had it coming.", "out with a panga"],
    ["Honestly it'd be no loss if the whole cabinet got blown up.", "got blown up"],
    ["Not saying I'd push you under a train, Sam, but I wouldn't pull you back either.", "wouldn't pull you back"],
    ["Honestly hope the virus gets you, Derek, then you can tell us it's a hoax.", "virus gets you"],
    ["Hope you burn in your house like the people in the tower did, Philip.", "burn in your house"],
    ["I wish that cyclist had gone under the lorry instead of just clipping it.", "gone under the lorry"],
    ["Hope you catch whatever killed the rest of them care home residents, Brenda.", "catch whatever killed"],
    ["Hope the tumour comes back Gerald.", "tumour comes back"],
    ["Hopefully the gangs get to him before the police do. Prison's too good.", "get to him before the police"],
    ["Wish someone would run Councillor Beasley over in the car park he's so proud of.", "run councillor beasley over"],
    ["Hope your kids grow up without a dad, seriously.", "grow up without a dad"],
    // (probe sets HM and HN: officials and groups)
    ["Someone should do a Guy Fawkes on Westminster while they're all sat in there.", "do a guy fawkes on"],
    ["One good sniper at the inauguration and this country's problems are solved.", "one good sniper"],
    ["That celebrity chef should be shoved in his own oven.", "shoved in his own oven"],
    ["The homeless are a plague, round them up and gas them like the pests they are.", "round them up and gas them"],
    ["Hope that pop star's tour bus flips on the motorway after what she said about our troops.", "tour bus flips"],
    // (probe set HP: after an ordinary opinion)
    [
      "Next time that supervisor tags my bin I'll be waiting with a cricket bat, and I don't mean for a knockabout.",
      "waiting with a cricket bat",
    ],
    ["The council is just lazy. If the chairman turns up at the AGM I'm bringing a knife, just saying.", "bringing a knife"],
    ["The main witness lied. She's going to learn what happens to liars round here.", "what happens to liars round here"],
    [
      "My dad got a penalty while having a heart attack. The people running ParkSure deserve a heart attack of their own.",
      "deserve a heart attack",
    ],
    ["Her tweets are PR. If you love her that much you should both walk into the sea together and just keep going.", "walk into the sea"],
    ["If he gets off on appeal, someone should do to him exactly what he did to that poor lad.", "what he did to"],
    ["Someone should tip his own sheep dip into his water supply and let him drink it.", "into his water supply"],
    ["The council says it's not their liability. I'd like to see the depot manager reversed over himself.", "reversed over himself"],
    ["The trust did nothing. Wish the finance director would get the same diagnosis and die slowly in that car park.", "die slowly"],
    [
      "I've asked twice. Honestly I hope the highways officer drives into that ditch at 60 and doesn't come out of it.",
      "drives into that ditch",
    ],
    ["The case collapsed. I hope something just as awful happens to the officer in charge.", "something just as awful happens to"],
    ["Hope the transport officer's car gets its tyres slashed and its wheel nuts loosened.", "tyres slashed"],
    // (probe sets HV and HW: threats agreed with, and against groups)
    ["Feed the useless pollies to the sharks off Bondi, every one of them, no life jackets.", "to the sharks"],
    ["Set the dogs on the bailiffs and make sure they're hungry.", "set the dogs on the bailiffs"],
    ["The only cure for a grass is a shallow grave.", "is a shallow grave"],
    ["The whole cabinet wants taking out the back and putting down like a lame horse.", "out the back and putting"],
    ["Someone needs to finish what the attacker started with that MP.", "finish what the attacker started"],
    ["Some folk just need putting down like a dog.", "putting down like a dog"],
    ["The driver should've reversed over him too.", "should've reversed over"],
    ["I want him run over by his own bus.", "want him run over"],
    ["Drag Commissioner Lyle through the streets behind a ute.", "drag commissioner lyle through the streets behind"],
    ["The councillor who stole the housing money must burn in his own car.", "burn in his own car"],
    ["Tie the fare dodgers to the tracks, see if they can dodge the 7:15.", "tie the fare dodgers to the tracks"],
    ["Hope the stadium roof caves in on the whole away end next week.", "hope the stadium roof caves in on"],
    ["The fans who sang that at the match should have their throats cut.", "have their throats cut"],
    ["Let the mounted police charge and crack a few hundred skulls.", "crack a few hundred skulls"],
    ["Vegans protesting outside the butchers again. Someone give them a taste of the cleaver.", "taste of the cleaver"],
    ["Sink the boats. Every single one.", "sink the boats"],
    ["Mow down the lot of them on the e-scooters.", "mow down the lot"],
    ["Should have let the army open fire on the protesters.", "should have let the army open fire"],
    ["Drop the migrants in the middle of the Channel and let the tide do the rest.", "in the middle of the channel"],
    ["Shame the fire didn't get the rest of that gang while it was at it.", "didn't get the rest of"],
    ["Vandals of that sort ought to be horsewhipped in the town square.", "horsewhipped"],
    ["Burn the councillors' houses down.", "burn the councillors' houses"],
    ["Echoing everyone, but I'd go further, he wants battering in the tunnel after the game.", "wants battering"],
    ["Set the dogs on the hunt sabs next time and let nature take its course.", "set the dogs on the hunt sabs"],
    ["Hope an earthquake hits their party conference and takes out the front bench.", "earthquake hits their"],
    ["Wish a plague would come through and wipe out every Tory voter in the shires tbh", "come through and wipe"],
    ["Parliament needs a good cleansing with a flamethrower, every last member.", "cleansing with a flamethrower"],
    ["I want the CEO thrown off the roof of his own building.", "want the ceo thrown off the roof"],
    ["You're the one who should be getting shot.", "be getting shot"],
    // (probe set IA: threats in threads)
    ["Thank god someone finally said it. Kill every last one of that cartel.", "kill every last one of that"],
    ["Acid in the face would sort that smirk out, I've seen it done for less.", "acid in the face would"],
    ["Oh look, Marcus is back. Wonder if he'll be this mouthy with a broken neck.", "this mouthy with a broken"],
    ["Somebody needs to drag that landlord out into the street and let the tenants have him.", "out into the street"],
    ["We know what works on thieves. Tie them to a pole and let the neighbours take turns.", "let the neighbours take turns"],
    ["Ok boomer, enjoy your last few winters, hopefully the gas bill finishes you off a bit quicker.", "finishes you off"],
    ["Give the toffs a ten minute head start and a pack of dogs after them, see how they like it.", "a pack of dogs after them"],
    // (a place set to settle the quarrel)
    ["meet me outside the ground after the game saturday and say that again", "meet me outside"],
    ["Say that to my face. Marina car park, 9pm tomorrow, come alone and we'll see who's laughing", "come alone"],
    ["I'd say that to your face mate, and you wouldn't be saying much after.", "wouldn't be saying much after"],
    ["Here's hoping the old goat has a stroke before the vote. Fingers crossed it's fatal.", "crossed it's fatal"],
    ["Wouldn't it be lovely if the whole editorial team got food poisoning. Fatal, ideally.", "fatal, ideally"],
    ["lemme know where to send the rope mate", "where to send the rope"],
    ["Hope every anti-vaxxer gets turned away at A&E and chokes on it.", "chokes on it"],
  ])("%j is a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    "I hope the bus flattens the fare rise, not the other way round.",
    "Hope a bus comes soon, been waiting forty minutes.",
    "Pity his car didn't go faster in qualifying, he'd have made the podium.",
    "The coach taught the kids a lesson they'll remember for years about teamwork.",
    "Not a threat, a forecast: rain by noon and gales tonight.",
    "Good SEO gets you found by customers.",
    "Once I work out who he is I'll send him the photos from the wedding.",
    "Police protection doesn't last forever, the witness charity says, and that's why funding matters.",
    "The smoke from the fire was so thick I held my breath till I nearly stopped breathing.",
    "Let's settle it the old-fashioned way: a pub quiz on Friday.",
    "I came round and settled the bill with the landlord.",
    "Wishing the striker a speedy recovery after that tackle.",
    "My dad had a long stay in intensive care after the op, the nurses were wonderful.",
    "My cat didn't make it home last night, please check your sheds.",
    "Planes do go down sometimes, but flying is still safer than driving.",
    "Press on the cut until it stops bleeding.",
    "Not saying the report is wrong, but the senator's office torched its own credibility.",
    "The tour goes off a bridge or under a tunnel every ten minutes.",
    "I hope your heart doesn't give out watching the penalties.",
    "You'll be needing a doctor's note for that.",
    "We'll end your losing streak on Saturday, lads.",
    "I'll end your suspense: the bypass opens in May.",
    "Police needed dental records to identify the victims of the fire.",
    "The car was found with the keys sat in it.",
    "I saw her hit by a bus in the film, so sad.",
    "The keeper gave the ball a proper smack in the face of the pressure.",
    "Bridge with your name on it? The council named the new footbridge after my nan.",
    "The toaster bath scene in that film was grim.",
    "I seek a rope for my boat, any chandlers nearby?",
    "The kids walk in front of the bus every morning to cross.",
    "I hope you don't wake up to a bill like mine.",
    // (probe set HK's look-alikes)
    "Everyone over 50 should get cancer screening.",
    "Get cancer screening done early, it saved my dad.",
    "The dog will choke on it if you leave the bone there.",
    "It's hard to top yourself after a season like that.",
    "Pity the frost didn't kill the slugs.",
    "I hope they get the virus under control before winter.",
    "The council sorted him out with a new bin after the lorry crushed the old one.",
    "It'd be no loss if the old multi-storey got knocked down.",
    "I wouldn't pull you back from the edge of that debate, it's fun to watch.",
    "I hope the tumour doesn't come back, my aunt's been through enough.",
    "Hope they grow up without a care in the world.",
    // (probe sets HM and HN's look-alikes)
    "They rounded them up and gassed them, the documentary said.",
    "Hope the bus comes on time tomorrow.",
    "The chef put his own oven on the market.",
    "One good signing in January and we're safe.",
    // (probe set HP's look-alikes)
    "Chemicals from the quarry leaked into his water supply, the court heard.",
    "What happens to people round here who can't pay the new charge?",
    "We'll be waiting with a flask and the deckchairs for the parade.",
    "I hope the officer drives into work safely tomorrow, the roads are glass.",
    "I hope something good happens to the lad after all this.",
    // (probe sets HV and HW's look-alikes)
    "Feed the scraps to the pigs, they love potato peel.",
    "They set the dogs on the scent and found the missing walker by dawn.",
    "The body was found in a shallow grave near the reservoir, police said.",
    "Our old dog was put down last week, the vet was so kind.",
    "The new minister should finish what the previous government started on rail.",
    "The driver reversed over the kerb and clipped the bollard.",
    "I want him running the club, not the board.",
    "Don't drag the kids through the streets in this heat.",
    "Tie the tomato plants to the canes before the wind gets up.",
    "The roof caved in on the old mill years ago, nobody hurt.",
    "He had his throat checked at the clinic.",
    "Crack a few eggs into the pan and stir.",
    "The storm could sink the boats in the harbour tonight.",
    "Mow the lawn before the rain comes.",
    "The army was told not to open fire on the protesters, thankfully.",
    "Drop the kids in the middle of town and pick them up at five.",
    "Shame the rain didn't hold off for the rest of the fete.",
    "The fire could burn the farmer's house down if the wind turns, residents were told.",
    "The film wants shooting in black and white, like the original.",
    "Hope an earthquake never hits their town again, it took years to rebuild.",
    "I want the kids thrown off the roof of the bike shed, they keep climbing up there.",
    "The keeper should be getting shots on target in training, not watching.",
    "Acid in the face of a river bank is how caves form, the geology teacher said.",
    "He was this brave with a broken wrist in the final, what a player.",
    "Tie them to a pole and the tomatoes will stand up to the wind.",
    "Let the neighbours take turns with the mower, it's a shared garden.",
    "Finish the barbecue and let the lads have a pint, they've earned it.",
    "The roof fell in on the whole family during the storm, thankfully they all got out.",
    "Experts warn a pandemic will come and kill millions unless we prepare.",
    "Kids will be getting stabbed unless the youth clubs are funded again.",
    "Hopefully the new boiler finishes off the damp problem for good.",
    "The fox had a pack of dogs after it all morning.",
    "Meet me at the café on Saturday and we can talk it over properly.",
    "Come alone or bring the kids, the open day is free.",
    "You won't be saying that after Saturday, we'll have the cup.",
    "The disease is rarely fatal, hopefully the vaccine keeps it that way.",
    "Fingers crossed it's fine, the scan is on Monday.",
    "Cut the grapes in half, you don't want the toddler choking on it.",
    "I hope the baby doesn't choke on it, those sweets are tiny.",
    "Let me know where to send the rope for the tug of war, the fete's on Sunday.",
    "We're going to absolutely murder them at Anfield on Saturday, their back four is in pieces.",
    // (session 39: a "them" that can only be creatures named before it, no people named at all)
    "Japanese beetles are stripping my roses. I knock them into a bucket of soapy water and they drown in seconds.",
    "Slugs everywhere after the rain. Beer traps drown them overnight, no pellets needed.",
    // (probe set HH's look-alikes)
    "I'd sleep with one eye open if I were the chancellor, the backbenchers are already plotting.",
    "You'll get what's coming to you, a refund hopefully. The article says the energy company owes half this street money.",
    "Goli maar bheje mein is still the best song from Satya.",
    "Te mato de risa with that story lol.",
    "Diwali pe diya jala do, sab log.",
    // (the telling denied)
    "I'm not telling anyone to jump off a bridge, I'm saying the toll is robbery.",
    "I'd never tell someone to step in front of a train, however daft their opinion.",
    "I'm not telling you to kill yourself, I'm telling you to see a doctor.",
    "Bring something heavy to weigh down the gazebo, it's windy at the fete.",
    "Check under your car for hedgehogs before you drive off in winter, they love sheltering there 🦔",
    "We'll be there to cheer the players at the team bus tonight, and not for autographs, just to say thanks.",
    "The old pallets would look better as a planter.",
    "Wake me when the rain stops.",
    "Protesters were met with tear gas at the border.",
    "Rest in peace, Commissioner, a decent man.",
    "There's plenty of room in the woods for the scouts' camp this year.",
    "I'd tip the driver, he waited ten minutes for my gran.",
    "Gonna unalive this plant if I forget to water it again lol",
    "Get the casket ready? No, Nan's fine, she's 94 and still driving.",
    "See what's in my boot, I've got the raffle prizes for Saturday.",
    "Ambulances on standby for the marathon, as usual.",
    "Pray nobody recognises me in this wig at the panto.",
    "Check your gas boiler every year, it's the law for landlords.",
    "⚰️ for their title hopes, sadly",
    "🔥 soon, the new album drops Friday",
    "The boxer kept swinging until he couldn't get up.",
    "I laughed till I couldn't get up off the floor.",
    "People do fall off that pier every summer, put a railing up.",
    "He got beaten half to death in a mugging, poor lad.",
    // (probe sets FS and FX)
    "Watch your back line, United. Three goals conceded from the same overlap.",
    "I went home with a black eye after the Sunday league match, worth it for the win.",
    "The left-back went off on a stretcher in the second half.",
    "We set the dogs on the rabbits when we were kids on the farm.",
    "You'll never see it coming, the twist in episode six is that good.",
    "Expect company at the fete, the whole village is coming.",
    "Shame if it went up in price again, it's already a tenner.",
    // (probe sets GH and GK: harm done already; harm to a public life)
    "I agree the teachers' strike has hurt the students, but the government fired the first shot.",
    "Minister Pritchard should be hung out to dry by the voters at the next election.",
    "The mayor deserves to be crucified in the press for this.",
    "They should be slaughtered at the polls in May.",
    "My dad was waiting outside the school with a bat and a bag of balls for practice.",
    "She lost the necklace her grandmother gave her.",
    "Hold them under water for ten minutes before planting.",
    "Police turned up on their doorstep with guns drawn at 5am, the family said.",
    "Who's bringing the rope for the tug of war?",
    "Grab the ice picks, we dropped the kids off at the bridge club and went skating.",
    "Push the pram under the train shelter, it's pouring.",
    "Hold the seedling under water for a minute before planting.",
    "The firefighters found the flat with the lid nailed on the old chest, nothing else.",
    // (probe set GR: harm done as needed; the words denied; the same images told)
    "Surgeons had to break his jaw again to reset it, poor kid.",
    "The surgeons had to re-break his jaw, it's in the last paragraph.",
    "That challenge could have snapped his ankle, it was a straight red.",
    "I didn't say I'd hurt him, I said I'd report him. Read it again.",
    "I never said I'd break your jaw, I said I'd report you to the mods.",
    "The man who was king hit outside the pub has died, police said.",
    "Gran likes to go and have a nap after the train journey.",
    "Keep smoking forty a day and you're one packet away from an early grave.",
    "I'm not saying the referee should be sacked. I'm saying nobody would stop it if the board did.",
    "No jury would convict on evidence this thin, the judge said.",
    "Let's kill the idea that cutting nurses saves money, agency staff cost more.",
    "I hope someone hangs his portrait in the clubhouse, he earned it.",
    'That "it\'s just a normal dry cycle" argument needs to die already.',
    '"I will find you and I will kill you" is the best line in Taken. Keep posting these film threads!',
    // (session 36: the same words told, reported or meant otherwise)
    "The nurse unplugged the wrong machine and the family is suing the trust.",
    "The tow truck had to drag the van behind it for two miles.",
    "Let the lads sort it out themselves, they're adults.",
    "The surgeon's hand slipped and the patient sued.",
    "The court heard doctors wanted to have his ventilator switched off.",
    "The council should be shot of that bin contractor. Bins have been missed three weeks running.",
    "So sorry to hear your mum's in hospital, Tasha. Hope she's home and on the mend soon.",
    "The driver said he wasn't braking because the lights were green.",
    "Don't jump in front of the queue to get served, it's rude.",
    "They had to scrape him off the road after the crash, the inquest heard.",
    "My mate took the whole packet of biscuits to work and came back with none.",
    "I wish you'd been in the room when the result came in, what a night.",
    "Shame it wasn't you they picked for the quiz team, you'd have won it.",
    "Everyone would cheer if the roof came off the old stand and they built a new one.",
    "Hope she's the first one hired when the new hospital opens.",
    "I hope it doesn't give you a heart attack when you see the bill.",
    "He may never walk again after the crash, doctors said. I hope the driver gets what he deserves in court.",
    "I hope the new bus lane works, nobody wants another car to go under a bus on that junction.",
    "Hopefully the ref has a better game on Saturday than he did last week.",
    "Time to take the axe to the chief exec's bonus, not to frontline nurses.",
    "Fire his ass.",
    "One of these nights I'll remember to put the right bin out on the right day 🙃",
    "Be careful checking under your car Jenny, a hedgehog was nesting under mine last week and I nearly ran it over.",
    "I want you in hospital for the scan by nine, the nurse said.",
    "Wishing the new mayor a long and happy retirement when the time comes.",
    // (session 43, probe set JY: a complaint made politely)
    "next time his dog comes near my kids I'll ask him nicely to put it on a lead, that's all any of us can do really",
    "someone needs to have a word with the landlord about the mould, the letting agent won't lift a finger",
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });
});

describe("a threat in another's words, reported", () => {
  it.each([
    "Reported someone earlier in this thread who said the referee should be beaten up. That's not on.",
    'The rugby club has condemned the supporter who posted that the winger should "break his neck next time." Good on them.',
    // a win told
    "Anyone else think the final boss is unfair? Died about sixty times before I finally beat him.",
    'He wrote "I will find you and kill you" and I mean it when I say he should be banned.',
    'The coach said "we will bury them on Saturday". And we did.',
  ])("%j is no threat, and is not refused", (text) => {
    const j = judge(text);
    expect(j.threat).toBe(false);
    expect(j.decision).not.toBe("reject");
  });

  it.each([
    // the writer's own words, a dare, or the author named
    ["I said it before and I'll say it again: the referee should be beaten up.", "should be beaten"],
    ["Say that again and you'll be needing a priest, not a comment section.", "needing a priest"],
    ["Whoever wrote the article should be beaten up.", "should be beaten"],
    ["I'm not saying anyone should put a bullet in the governor. I'm saying if they did I wouldn't call an ambulance.", "bullet in"],
    // a quoted threat turned on the reader in the last words (probe set EG)
    ['To quote the defendant, "I\'ll find you." And I will.', "find you"],
    ['Like the film says, "I will find you, and I will kill you." Consider yourself told.', "kill you"],
    // (probe set GT: a dare to go on, meant now)
    ['As the man said, "I will find you, and I will kill you." Keep posting, mate.', "kill you"],
    ['The old terrace chant, just for you: "you\'re going home in an ambulance". Meant it then, mean it now.', "ambulance"],
    ["Keep posting that and I will hurt you.", "hurt you"],
    ["Someone should finally beat him senseless.", "beat him"],
  ])("%j is still a threat, refused, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    "Disgusting that the ref got death threats after the match. Whoever sent the 'we know where you live' messages should be banned for life.",
    'The people sending her death threats over a breakup are sick. "I hope you die" is not fan behavior, it\'s criminal.',
    "Can we stop with the \"someone should shoot him\" comments? It's disgusting and it's how people get hurt",
    // (session 39: in a reply that opens with an @mention, whose "you"s are all inside the quotation)
    '@Priya the messages the umpire got were vile. "We know where you live" is not banter, it is a crime.',
    '@Sam the replies the nurse got were disgusting. "Hope you die" is not free speech.',
  ])("%j: a threat quoted to condemn it publishes, the condemnation no attack", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });

  it.each([
    ['"We\'ll bury her," said the aide. I say we bury him. Literally. Six feet down.', "bury him"],
    [
      '"I know where you live" — that\'s what Pike wrote to her, and funnily enough I know where YOU live too, Gary.',
      "know where you live",
    ],
    // a quoted threat turned on the reader
    ['Like the film: "I will look for you, I will find you, and I will kill you." That\'s for you, keyboard warrior.', "kill you"],
  ])("%j: a threat after a quoted one, or a quoted one turned on the reader, is the writer's own, refused", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
  });

  it.each([
    "The mayor has had death threats since the vote. That's disgusting, whatever you think of the scheme.",
    "Her lawyer says she got abuse and threats for weeks after the verdict. Vile, whatever you make of the case.",
    "The groundsman got abuse and death threats over the pitch invasion photos, which is sick.",
    // (other words weigh a little too, and a "you" that is anyone's view is no reader spoken to)
    "The referee and his family got death threats after Saturday's match, which is vile whatever you think of the penalty.",
  ])("%j: threats reported with no words quoted, and condemned, publish", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });

  it("a condemnation that reports nothing is judged as it stands, held", () => {
    expect(judge("They are all disgusting.").decision).toBe("hold");
  });

  it("a 'them' said of creatures is no one's, unless people are named: a group called vermin is threatened", () => {
    expect(judge("Migrants are rats. Drown them all.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("Those protesters are vermin. Shoot them.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("The rats on the council should be shot, hang them all.")).toMatchObject({ threat: true, decision: "reject" });
  });

  it("acid thrown, told in a court report, is no threat of the writer's: never refused", () => {
    expect(judge("He threw acid in her face outside the station, the court heard.")).toMatchObject({ threat: false });
    expect(judge("He threw acid in her face outside the station, the court heard.").decision).not.toBe("reject");
    expect(judge("Someone should throw acid in his face.")).toMatchObject({ threat: true, decision: "reject" });
  });

  it("another's telling someone to harm themself, reported, is no threat of the writer's; the writer's own telling is", () => {
    expect(judge("Flagged the account that told @Meera to drink bleach. Mods, please look at it.")).toMatchObject({ threat: false });
    expect(judge("I'm telling you to drink bleach.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("I told him to drink bleach and I meant it.")).toMatchObject({ threat: true, decision: "reject" });
  });

  it("poison put in someone's drink, told of another, is no threat of the writer's; wished or intended it is", () => {
    expect(judge("The carer who slipped arsenic in her coffee got life, rightly.")).toMatchObject({ threat: false });
    expect(judge("She put antifreeze in his tea for months before anyone noticed, the jury heard.")).toMatchObject({ threat: false });
    expect(judge("Someone should put antifreeze in his tea.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("I'd put antifreeze in her tea if I could.")).toMatchObject({ threat: true, decision: "reject" });
  });

  it("a quoted threat with sympathy for someone after it is still another's", () => {
    expect(judge("\"I'll kill you\" he wrote to her. I'm so sorry for you, Sarah.").decision).toBe("publish");
  });

  it("'kys' naming a kind of message is no threat", () => {
    expect(judge("Kids learn it from somewhere. Half these kys comments are copied from adults.").decision).not.toBe("reject");
    expect(judge("kys comments everywhere on his page, disgusting").threat).toBe(false);
  });

  it("a condemnation beside a 'you' is said to someone: not let through as condemning a quotation", () => {
    expect(judge('You\'re sick. "I hope you die" is what you wrote to her.').decision).not.toBe("publish");
    // (a "you" that is anyone's view, "whatever your view", is no reader spoken to, unless another "you" is)
    expect(judge("You sent her death threats. Disgusting, whatever your view of the case.").decision).not.toBe("publish");
    expect(judge("@Lisa you're vile.").decision).not.toBe("publish");
  });
});

// Look-alikes of the threat rules that the learned reading of menace holds for a moderator since
// its bar to hold is set on other writers' comments alone (session 21: 0.44; session 22: 0.46). No rule reads them as
// threats and nothing refuses them; a moderator publishes them.
describe("look-alikes held as possible threats", () => {
  it.each([
    "Accidents happen to people who don't wear seatbelts.",
    "Do you know which school you go to next year?",
    "His security detail never takes a day off, the chief said.",
    "She just wants to hang out with her friends.",
    // (and since session 22's models, whose threat reading holds from 0.45-0.46 with a head retrained on BG's and BJ's threats)
    "Police fear nobody will ever find her after this long.",
    "I hope someone hangs a picture of him in the hall.",
    "You better have your affairs in order before the audit.",
    "Your house would burn nicely if the wiring shorted, get it checked.",
    "We found your car keys in the car park, they're at reception.",
    "You won't be waiting much longer, the results come Friday.",
    // (and since session 23's model, whose threat reading holds from 0.44)
    "Keep talking to your GP and you'll find out more.",
    "He's asking for a pay rise and he'll get it.",
    // (and since session 24's models, whose threat reading holds from 0.41-0.46)
    "Enjoy your commute while it lasts, the roadworks start Monday.",
    "Arsenal need a good beating on Saturday to wake them up.",
    "I see from your profile you're in Stockport too, see you around at the market!",
    "Let's see how brave you are when the bill comes.",
    "They should be put down on the waiting list first.",
  ])("%j: no threat, possibly one for a moderator, never refused", (text) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: false });
    expect(j.decision).not.toBe("reject");
  });
});

// (session 40, probe set IH: threats in words that vary, each family written again here in other words)
describe("threats wished by vehicle, blow or pills, and threats' reports", () => {
  it.each([
    "I hope the bin lorry runs you over on Monday.",
    "Go and get hit by a bus, Trevor.",
    "He deserves to be dragged behind a truck for what he did to that kid.",
    "Someone should kick his head in.",
    "Neck a bottle of pills, nobody would notice.",
    "Keep posting, Gav. Pity accidents happen on unlit lanes.",
    "The only language he understands is a fist.",
    "I know where you work, Gary.",
  ])("%j: refused as a threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject" });
  });

  it.each([
    "She was dragged behind the car for two hundred metres, the court heard. Twelve years is not enough.",
    "My nan got texts saying he'd kill her if she went to the police. He got four years.",
    "The ref got letters saying they'd stab him at the next match. Pathetic.",
    "His family were sent messages saying the house would be burned with them inside it. Whoever did that should be locked up.",
    "The MP received emails threatening to burn his office down. Whoever sent them should be in the dock.",
    "In dodgeball you go and get hit by a ball, that's the whole game.",
  ])("%j: no threat of the writer's, published", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });

  it("messages the writer sends are no report of others': the threat in them is the writer's", () => {
    expect(judge("I'll send you letters saying we'll burn your house down.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("I'll send you letters saying I'll burn your house down.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("I'm sending you a message saying we'll burn your car.")).toMatchObject({ threat: true, decision: "reject" });
  });
});

// (session 40, probe sets IL and IM: threats in political threads and at commenters, each family in other words)
describe("threats of political threads and reply threads", () => {
  it.each([
    "The whole cabinet needs lining up and shooting.",
    "Everyone going to the rally should turn up tooled up.",
    "Hurry up and croak, grandad.",
    "Every time you post I picture you swinging from a tree.",
    "Hope the lot of them catch covid and die.",
    "I hope you get hit by a drunk driver.",
    "Your mum's shop on Park Road shuts at six, doesn't it? Just checking.",
    "Say that again and I'll put you through a window.",
    "Somebody needs to take out the chief constable for good.",
  ])("%j: refused as a threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject" });
  });

  it.each([
    "We're going to destroy you lot at the charity rugby match.",
    "I'll bury you in the pub quiz on Thursday, Len.",
    "I know where you live Sue, we're literally neighbours! Give us a wave over the fence tomorrow.",
    "If I ever see the mayor at the market I'm going to ask him to his face why the library closed.",
    "I hope the nurses get their pay rise and don't die of exhaustion first.",
    "Hope the new bridge plan dies and the council scraps it.",
  ])("%j: no threat, published", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });

  it("a neighbour's knowing where one lives is no threat; a stranger's still is", () => {
    expect(judge("I know where you live, your neighbours won't hear a thing.")).toMatchObject({ threat: true, decision: "reject" });
  });
});

// (session 40, probe set IP: threats as varied as one writer could make them)
describe("threats of the probe-IP families", () => {
  it.each([
    "If I were as dull as you I'd have topped myself by now.",
    "Go and sit in your garage with the engine running, Dave.",
    "Can't wait for the day the chancellor drops dead.",
    "Film us again, pal, and it'll be the last thing you ever film.",
    "Your old dad still lives alone on Mill Lane, doesn't he. For now.",
    "Praying Chancellor Ridley has a massive stroke before the vote.",
  ])("%j: refused as a threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject" });
  });

  it.each(["My printer needs taking out the back and putting out of its misery."])("%j: no threat, published", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// (session 40, probe sets IR and IS: threats told by others, reported; a guess at the past)
describe("threats another told, reported", () => {
  it.each([
    "The lollipop lady got told she'd have her throat slit for stopping the traffic. Disgraceful.",
    "Can we stop calling it banter when people are texting a referee that you'll break his legs?",
    "That level had me raging, I must have been killed 50 times.",
  ])("%j: no threat of the writer's, published", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });

  it("a telling that is the writer's own, or another's agreed with, is still a threat", () => {
    expect(judge("I'm just telling you, I'll break your legs.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("I've told you before, I'll smash your face in.")).toMatchObject({ threat: true, decision: "reject" });
    expect(judge("Trolls told the ref to go and die in a hole. Can't say I disagree.")).toMatchObject({ threat: true, decision: "reject" });
  });
});

// (session 41, probe sets IR, IU and IV: harm another told of doing; agreement after a report; illness wished)
describe("threats of the probe-IV families, and reports agreed with", () => {
  it.each([
    "I hope her grandkids get sick so she learns what waiting lists feel like.",
    "Hope your tumour spreads, Gerald.",
    "Hope his cancer comes back.",
    "Shame the stroke didn't finish the job on him.",
    "Keep posting, Dom. Let's see how you type with no fingers.",
    '"Hang the chairman" they chanted. Wish they meant it.',
  ])("%j: refused as a threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject" });
  });

  it.each([
    "I hope you get sick of hearing about it, because we'll keep going on about it.",
    "Hope the cleaners get sick pay this winter, they've earned it.",
    "Shame the builders didn't finish the job on the roof before the rain.",
    "A man at the bus stop told my daughter he'd follow her home and cut her. She's fifteen. Police did nothing.",
  ])("%j: no threat, published", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// (session 41, probe sets IY and IZ: self-harm urged in many words; veiled menace in few)
describe("self-harm urged, and veiled menace, of the probe-IY and IZ families", () => {
  it.each([
    "Nobody would miss you if you were gone, Trevor.",
    "Do everyone a favour and go play in the traffic.",
    "The mayor should do the decent thing and hang himself.",
    "We'd all be better off if you jumped off a bridge.",
    "Someone get that clown a rope.",
    "Best thing you could do for this thread is kill yourself.",
    "Why are you still alive, honestly?",
    "A noose is cheaper than therapy, mate.",
    "Bet your jaw breaks easily, big man.",
    "The gallows are ready for them, every last traitor.",
  ])("%j: refused as a threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject" });
  });

  it.each([
    "The firefighter who jumped into the river to save the boy deserves a medal.",
    "Therapy is cheaper than prison, and it works better too.",
    "We'd all be better off if the council fixed the bridge before winter.",
    "Please stand behind the yellow line, not at the platform edge, when trains pass.",
  ])("%j: no threat, published", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// (session 41, probe set JE: threats in heated reply threads)
describe("threats of the probe-JE families", () => {
  it.each([
    "That councillor must be necklaced, nothing else works.",
    "The striker should've been kneecapped before he signed for them.",
    "Hope his hamstring snaps in the first minute.",
    "Lock the chief exec in the server room until he suffocates.",
    "May your kids suffer the way ours did, Minister.",
    "People like you end up getting hurt, mate.",
    "Time someone started torching the depots down.",
  ])("%j: refused as a threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject" });
  });

  it.each([
    "I'll shoot you a quick email with the minutes, Dev.",
    "He should've been told about the meeting, it's not his fault.",
    "She was in the pool until her lungs were burning, what a swim.",
  ])("%j: no threat, published", (text) => {
    expect(judge(text)).toMatchObject({ threat: false, decision: "publish" });
  });
});

// (session 41, probe set JH: look-alikes that must publish)
describe("a contest named after a menacing phrase", () => {
  it("is banter: 'Watch your back…, the quiz league is mine this year' publishes; the phrase alone is still refused", () => {
    expect(judge("Watch your back Sandra, the pub quiz league is mine this year.")).toMatchObject({ threat: false, decision: "publish" });
    expect(judge("Watch your back Sandra, I know where you live.")).toMatchObject({ threat: true, decision: "reject" });
  });
});
