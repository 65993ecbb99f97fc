// usage: npx tsx probe.tmp.ts FILE.tsv [--miss]   (expect \t category \t text)
import { readFileSync } from "node:fs";
import { createDetector, DEFAULT_THRESHOLDS } from "./server/detector/index.ts";
import { decide } from "./server/moderation/decide.ts";
import { defaultPolicy } from "./server/moderation/default-policy.ts";
import { parseIntent } from "./scripts/detector/intent.ts";
const det = createDetector();
const policy = defaultPolicy(DEFAULT_THRESHOLDS);
const file = process.argv[2]!;
const showMiss = process.argv.includes("--miss");
const cases = parseIntent(readFileSync(file, "utf8"), "probe");
const ok = (e: string, d: string) => (e === "P" ? d === "publish" : e === "PH" ? d !== "reject" : e === "NP" ? d !== "publish" : d === "reject");
const tally = new Map<string, number[]>();
let good = 0;
for (const c of cases) {
  const r = det.score(c.body);
  const d = decide(r, policy).decision;
  const k = `${c.expect} ${c.category}`;
  const t = tally.get(k) ?? [0, 0, 0, 0, 0];
  t[0]!++; t[d === "publish" ? 1 : d === "hold" ? 2 : 3]!++;
  if (ok(c.expect, d)) { t[4]!++; good++; } else if (showMiss) console.log(`${c.expect} ${d.padEnd(7)} ${r.target.padEnd(13)} ${c.category.padEnd(20)} ${c.body}`);
  tally.set(k, t);
}
for (const [k, t] of [...tally].sort()) console.log(`${k.padEnd(28)} n ${t[0]} pub ${t[1]} hold ${t[2]} rej ${t[3]} ok ${t[4]}`);
console.log(`all ${good}/${cases.length}`);
