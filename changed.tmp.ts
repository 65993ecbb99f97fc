// npx tsx changed.tmp.ts [extra.tsv...]  flips between /tmp/base/server and ./server on fixture + dev + probes
import { readFileSync, existsSync } from "node:fs";
import { createDetector as newDet, DEFAULT_THRESHOLDS as NT } from "./server/detector/index.ts";
import { decide as newDecide } from "./server/moderation/decide.ts";
import { defaultPolicy as newPol } from "./server/moderation/default-policy.ts";
import { parseIntent, meets } from "./scripts/detector/intent.ts";
const base = "/tmp/base/server/";
const { createDetector: oldDet, DEFAULT_THRESHOLDS: OT } = await import(base + "detector/index.ts");
const { decide: oldDecide } = await import(base + "moderation/decide.ts");
const { defaultPolicy: oldPol } = await import(base + "moderation/default-policy.ts");
const A = oldDet(), B = newDet(), pa = oldPol(OT), pb = newPol(NT);
const cases = [
  ...parseIntent(readFileSync("tests/fixtures/detector/policy-intent.tsv", "utf8")),
  ...parseIntent(readFileSync("/work/shared/data/policy-intent/dev.tsv", "utf8")),
  ...process.argv.slice(2).flatMap((f) => parseIntent(readFileSync(f, "utf8"), f.replace(/.*\//, ""))),
];
let better = 0, worse = 0;
const heldFlips: Record<string, number> = {};
for (const c of cases) {
  const a = oldDecide(A.score(c.body), pa).decision, b = newDecide(B.score(c.body), pb).decision;
  if (a === b) continue;
  const d = meets(c.expect, b) && !meets(c.expect, a) ? "+" : !meets(c.expect, b) && meets(c.expect, a) ? "-" : "~";
  if (d === "+") better++; if (d === "-") worse++;
  if (c.split === "held") { heldFlips[d] = (heldFlips[d] ?? 0) + 1; continue; }
  console.log(`${d} ${c.split.padEnd(6)} ${c.expect.padEnd(2)} ${c.category.padEnd(24)} ${a}->${b} ${c.body.slice(0, 140)}`);
}
console.log(`better ${better} worse ${worse}; held-out flips (text not shown) ${JSON.stringify(heldFlips)}`);
