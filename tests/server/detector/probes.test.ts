// Probe sets tuned on (tests/fixtures/detector/probe-*.json, their cases also in policy-intent.tsv):
// what the rules were written for stays caught, and the look-alikes written beside it keep publishing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

interface Probe {
  threats: string[];
  attacks: string[];
  lookAlikes: string[];
}
const probe = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/detector/${name}.json`, import.meta.url), "utf8")) as Probe;

/** The look-alikes that policy-intent.tsv says may be held (PH: heated replies, rude but no attack in words the rules know). */
const mayHold = new Set(
  readFileSync(new URL("../../fixtures/detector/policy-intent.tsv", import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((cols) => cols[1] === "PH")
    .map((cols) => cols[3]),
);

/**
 * Look-alikes the linear model scores at its bar to hold, which moves by a hundredth from retrain to retrain: a
 * moderator's call, never refused. (Since session 27: 0.426 against a bar of 0.424.)
 */
const atTheBar = new Set(["honestly I'd die of embarrassment if my kid said that on live TV"]);

describe.each(["probe-i", "probe-k"])("%s", (name) => {
  const { threats, attacks, lookAlikes } = probe(name);
  it.each(threats)("%j: refused under the threats rule", (text) =>
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject", rule: "threats" }),
  );
  if (attacks.length)
    it.each(attacks)("%j: an attack on a commenter, held or refused", (text) => expect(judge(text).decision).not.toBe("publish"));
  it.each(lookAlikes)("%j: publishes (a heated reply, PH in policy-intent.tsv, may be held)", (text) => {
    const allowed = mayHold.has(text) || atTheBar.has(text) ? ["publish", "hold"] : ["publish"];
    expect(allowed).toContain(judge(text).decision);
  });
});
