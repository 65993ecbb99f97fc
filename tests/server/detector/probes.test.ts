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

describe.each(["probe-i", "probe-k"])("%s", (name) => {
  const { threats, attacks, lookAlikes } = probe(name);
  it.each(threats)("%j: refused under the threats rule", (text) =>
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject", rule: "threats" }),
  );
  if (attacks.length)
    it.each(attacks)("%j: an attack on a commenter, held or refused", (text) => expect(judge(text).decision).not.toBe("publish"));
  it.each(lookAlikes)("%j: publishes", (text) => expect(judge(text).decision).toBe("publish"));
});
