// The demo article and its reader comment, copied from shared/seed/article-and-comment-policy.txt.
export const DEMO_ARTICLE = {
  title: "Russia withdrawing SOME of its forces from Ukraine border and slams reports of imminent invasion",
  paragraphs: [
    "Russia is said to be withdrawing some of its forces from Ukraine’s border after it slammed the imminent invasion talk as well as how some countries are moving their embassies, like the US.",
    "NY POST – Russia said Tuesday it is moving some of its forces away from Ukraine’s border and slammed reports of an imminent invasion as “ostentatious hysteria” — but the West reacted skeptically to the announcement, questioning the Kremlin’s credibility and pointing to the presence of a massive military force still arrayed near the former Soviet state.",
    "“We’ve always said the troops will return to their bases after the exercises are over. This is the case this time as well,” Kremlin spokesperson Dmitry Peskov said, according to Reuters.",
    "However, it was unclear exactly how many units were being withdrawn after a build-up of an estimated 130,000 Russian forces to the north, east and south of Ukraine.",
    "Peskov also accused the US of fueling the crisis by warning repeatedly of an invasion — to the point where Peskov said Russian President Vladimir Putin had joked about it.",
    "“He asks (us) to find out if the exact time, to the hour, of the start of the war has been published. It’s impossible to be understanding of this manic information madness,” the spokesperson said.",
    "Peskov took particular issue with moves by several Western countries, including the US and Canada, to relocate their embassies away from the Ukrainian capital Kiev.",
    "“This is some sort of ostentatious hysteria, which of course is not based on anything,” he said, per Agence France-Presse.",
    "The troop pullback from the Ukrainian border would be the first major step toward de-escalation in the weeks-long standoff between Russia and the West.",
    "Footage released Tuesday by the Russian Defense Ministry showed some tanks and other armored vehicles being loaded onto railway cars.",
    "Still, Ukrainian Foreign Minister Dmytro Kuleba said Kiev would only “believe in de-escalation” after it sees Russia’s pullout, the Interfax Ukraine news agency reported.",
    "“We won’t believe when we hear, we’ll believe when we see. When we see troops pulling out, we’ll believe in de-escalation,” Kuleba said.",
    "NATO Secretary-General Jens Stoltenberg added: “So far, we have not seen any de-escalation on the ground, not seen any signs of reduced Russian military presence on the borders of Ukraine.”",
    "But he noted that there are “some grounds for cautious optimism” for diplomatic efforts emerging from Moscow in recent days.",
    "The Post reports that Britain is also cautiously optimistic, but despite this Boris Johnson says their intelligence of the situation still doesn’t look good.",
  ],
};

/** The reader comment that came with the article: a pointed opinion that the policy must publish. */
export const SEED_COMMENT =
  "I would love to believe that Putin is just trolling Ukraine and the world right now, that he’s not really serious about invading. Maybe that’s the case.\n\nBut the truth is he’s been building up forces for a long time now and I fully expect him to invade soon. I think he’s just playing mind games with the world right now.";

/** The demo article's page key, as its script tag sets it with data-page. */
export const DEMO_PAGE_KEY = "demo-article";
