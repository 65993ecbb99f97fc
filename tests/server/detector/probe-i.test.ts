// Probe set I, tuned on (tests/fixtures/detector/probe-i.json): what the rules were written for
// stays caught, and the look-alikes written beside it keep publishing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

const probe = JSON.parse(readFileSync(new URL("../../fixtures/detector/probe-i.json", import.meta.url), "utf8")) as {
  threats: string[];
  attacks: string[];
  lookAlikes: string[];
};

describe("probe set I", () => {
  it.each(probe.threats)("%j: refused under the threats rule", (text) =>
    expect(judge(text)).toMatchObject({ threat: true, decision: "reject", rule: "threats" }),
  );
  it.each(probe.attacks)("%j: an attack on a commenter, held or refused", (text) => expect(judge(text).decision).not.toBe("publish"));
  it.each(probe.lookAlikes)("%j: publishes", (text) => expect(judge(text).decision).toBe("publish"));
});
