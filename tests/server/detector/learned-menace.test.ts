import { describe, expect, it } from "vitest";
import { createDetectorFromModel } from "../../../server/detector/index.ts";
import { readMenace } from "../../../server/detector/learned-menace.ts";
import { artifact, carriedBy, detector, judge, rulesOnly } from "./support.ts";

describe("the learned reading of menace", () => {
  // tune lines of the probe sets that no threat rule reads (the head was trained on them)
  it.each([
    "Tie Derek Fanshawe, CEO of Brightline Rail, to the tracks in front of one of his own late trains",
    "Open season on journalists. Bag your limit, fellas 🦌",
    "wish that truck had finished the job on the DA, would've saved us all alot of trouble",
    "Polite reminder to the author: pens don't stop bullets.",
    "Your cat sits in your front window every afternoon, I've seen it. Must be a comfort to you. For now.",
    "Somebody ought to pay the councillor a little visit after dark and explain things in the only language he understands.",
    "hope your wife finds out what a blade feels like",
    "I hope the judge who let him walk meets someone just like him in a dark car park. Then let's see how lenient she feels.",
  ])("%j: no rule reads it a threat; the learned reading holds or refuses it under the threats rule, with spans", (text) => {
    const alone = rulesOnly.score(text);
    expect(alone.threat).toBe(false);
    expect(alone.possibleThreat).toBe(false);
    const j = judge(text);
    expect(j.threat || j.possibleThreat).toBe(true);
    expect(j.decision).not.toBe("publish");
    expect(j.rule).toBe("threats");
    expect(j.words.length).toBeGreaterThan(0);
  });

  it("refuses what it is sure of and only holds what it is not", () => {
    const sure = judge("hope your wife finds out what a blade feels like");
    expect(sure).toMatchObject({ threat: true, possibleThreat: false, decision: "reject" });
    // veiled lines no rule reads, on either side of the bar to refuse (which moves with each retrain)
    const { hold, reject } = artifact.menace!;
    const linear = createDetectorFromModel(artifact);
    const veiled = [
      "The councillor should be careful walking home after the meeting.",
      "Careful, councillor. People remember.",
      "If I were the minister I'd get a bodyguard.",
      "Hope the chairman enjoys his last season, in every sense.",
      "People like her don't last long round here.",
      "Dark nights are coming, councillor.",
      "I'd keep an eye on the kids if I were the chairman.",
    ].map((text) => {
      const d = linear.detail(text);
      return { p: readMenace(d.menace!, d.tokens, text, 0).p, j: judge(text) };
    });
    for (const { p, j } of veiled) {
      if (p >= reject) expect(j).toMatchObject({ threat: true, decision: "reject" });
      else if (p >= hold) expect(j).toMatchObject({ threat: false, possibleThreat: true, decision: "hold", rule: "threats" });
    }
    expect(veiled.some(({ j }) => j.possibleThreat)).toBe(true);
  });

  it("reads the threatening sentence of a long comment on its own: refused when that sentence alone is a sure threat", () => {
    const { hold, reject } = artifact.menace!;
    const linear = createDetectorFromModel(artifact);
    // sure threats no rule reads, each inside civil sentences that dilute the comment's reading of it
    const sure = [
      "Hope your wife finds out what a blade feels like.",
      "Your cat sits in your front window every afternoon, I've seen it.",
      "I hope the judge who let him walk meets someone just like him in a dark car park.",
      "Somebody ought to pay you a little visit after dark and explain things.",
    ];
    const before = ["Mate, you've misread the budget, the rise pays for social care and not the bridge.", "Read the minutes first."];
    const after = ["The county has been short of money for years.", "Anyway, the consultation closes on Friday."];
    const long = sure.flatMap((t) => [1, 2].map((n) => [...before.slice(0, n), t, ...after.slice(0, n)].join(" ")));
    let escalated = 0;
    for (const text of long) {
      const d = linear.detail(text);
      const whole = readMenace(d.menace!, d.tokens, text, 0);
      if (whole.p < hold || whole.p >= reject || !whole.sentence) continue;
      const [from, to] = whole.sentence;
      const said = text.slice(d.tokens[from]!.start, d.tokens[to]!.end);
      const alone = 1 / (1 + Math.exp(-linear.detail(said).menace!.logit));
      const j = judge(text);
      if (alone >= reject && said !== text) {
        escalated++;
        expect(j).toMatchObject({ threat: true, decision: "reject", rule: "threats" });
      } else expect(j).toMatchObject({ threat: false, possibleThreat: true, decision: "hold" });
    }
    expect(escalated).toBeGreaterThan(0);
  });

  it("its thresholds come with the model: hold below reject, both probabilities", () => {
    const { hold, reject } = artifact.menace!;
    expect(0 < hold && hold <= reject && reject <= 1).toBe(true);
  });
});

describe("readMenace", () => {
  /** A logit of 4 carried by the token `word` of `text`. */
  const reading = (text: string, word: string, from = 0.5) => {
    const { toks, at, head } = carriedBy(text, word);
    return { at, ...readMenace(head, toks, text, from) };
  };

  it("reads the words that weigh most, aimed at someone", () => {
    const r = reading("I hope he gets hurt on the way home.", "hurt");
    expect(r.p).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
    expect(r.focus).toBe(r.at);
    expect(r.sentence).toEqual([0, 8]);
  });

  it.each([
    ['He said "you will get hurt" on the tape.', "hurt"],
    ["I'm not saying he should get hurt, I'm saying he should resign.", "hurt"],
    ["Nobody said she would get hurt.", "hurt"],
  ])("%j: a mention is no threat", (text, word) => {
    expect(reading(text, word).p).toBe(0);
  });

  it("words quoted as another's are read without them; scare quotes are not another's words", () => {
    const reported = reading('One driver posted "I will run him off the road" and the police came round.', "road", 0.6);
    expect(reported).toMatchObject({ focus: -1, sentence: null });
    expect(reported.p).toBeCloseTo(0.5, 6);
    expect(reading('Someone should "accidentally" reverse over him.', "reverse", 0.6).p).toBeGreaterThan(0.9);
    const fourBack = reading('Quoting the troll above: "I will run him off the road" and worse.', "road", 0.6);
    expect(fourBack).toMatchObject({ focus: -1, sentence: null });
    // (the quotation a quoting word opens, not any quotation after one)
    expect(reading('He said it was "fine". I hope he gets hurt on the way home.', "hurt", 0.6).p).toBeGreaterThan(0.9);
  });

  it("one word in quotation marks is a scare quote, a use: 'a little \"accident\"'", () => {
    expect(
      reading('Would be a real tragedy if Cllr Pat Hennessy had a little "accident" on that bike of his.', "accident").p,
    ).toBeGreaterThan(0.9);
    expect(reading('The mayor said "there will be an accident on that bridge" at the meeting.', "accident").p).toBe(0);
  });

  it("the people a threat may name include drivers, founders, fans and execs", () => {
    for (const [text, word] of [
      ["Would love to see a lorry flatten the next lycra lout who jumps that red light.", "flatten"],
      ["Lock the bank execs in the vault and set fire to it, problem solved", "fire"],
      ["Rovers fans coming up Saturday better bring helmets.", "helmets"],
      // people gathered or at work
      ["wish a truck would plough through that anti-vax rally and clear the street", "plough"],
      ["nothing a bit of rat poison in the newsroom coffee machine wouldn't fix", "poison"],
    ] as const)
      expect(reading(text, word).p, text).toBeGreaterThan(0.9);
  });

  it("a sentence that names nobody is no threat: 'hang the banners'", () => {
    expect(reading("We need to hang the banners before the parade.", "hang").p).toBe(0);
    expect(reading("We need to hang them before the parade.", "hang").p).toBeGreaterThan(0.9);
  });

  it("a sentence that names nobody beside one that names someone is said of them: '…what he eats. Just a thought.'", () => {
    /** A logit of 4, carried 3 by `tag` and 1 by `word`. */
    const tagged = (text: string, tag: string, word: string) => {
      const toks = detector.tokens!(text);
      const contrib = new Float64Array(toks.length);
      contrib[toks.findIndex((t) => t.text === tag)] = 3;
      contrib[toks.findIndex((t) => t.text === word)] = 1;
      return { toks, ...readMenace({ logit: 4, contrib: () => contrib }, toks, text, 0.5) };
    };
    const text = "The mayor should be careful what he eats from now on. Just a thought.";
    const r = tagged(text, "just", "careful");
    expect(r.p).toBeGreaterThan(0.9);
    expect(r.toks[r.focus]!.text).toBe("careful");
    expect(text.slice(r.toks[r.sentence![0]]!.start, r.toks[r.sentence![1]]!.end)).toBe(text.slice(0, -1));
    // (or two sentences on: "…you park outside the paper. Would be a shame if it got a new paint job. With a brick…")
    const far = "I know the grey volvo you park outside the paper. Would be a shame. With a brick through the windscreen first.";
    const r2 = tagged(far, "brick", "park");
    expect(r2.p).toBeGreaterThan(0.9);
    expect(r2.toks[r2.focus]!.text).toBe("park");
    expect(r2.sentence).toEqual([0, r2.toks.length - 1]);
    // (the sentence beside names no one either, or adds nothing to the reading)
    expect(tagged("We need to hang the banners before the parade. Just a thought.", "just", "hang").p).toBe(0);
    expect(tagged("Just a thought. The mayor should be careful what he eats.", "just", "thought").p).toBe(0);
  });

  it("reports the sentence of the words that weigh most", () => {
    const text = "Nice article. I hope he gets hurt on the way home. Anyway, good read.";
    const r = reading(text, "hurt");
    const [from, to] = r.sentence!;
    const toks = detector.tokens!(text);
    expect(text.slice(toks[from]!.start, toks[to]!.end)).toBe("I hope he gets hurt on the way home");
  });

  it("works out nothing but the probability below `from`", () => {
    const r = reading("I hope he gets hurt on the way home.", "hurt", 0.99);
    expect(r).toMatchObject({ focus: -1, sentence: null });
    expect(r.p).toBeGreaterThan(0.9);
  });
});
