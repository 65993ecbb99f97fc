// npx tsx pubflip.tmp.ts : threat-rule / score changes on public sets (Civil, OLID) between /tmp/base/server and ./server
import { createDetector as newDet } from "./server/detector/index.ts";
import { loadSplits } from "./scripts/detector/data.ts";
const { createDetector: oldDet } = await import("/tmp/base/server/detector/index.ts");
const A = oldDet(), B = newDet();
const S = loadSplits();
const sets: [string, { text: string; label: string }[]][] = [
  ["civilVal", S.civilVal.map((c: any) => ({ text: c.text, label: `${c.attack}/${c.raters}` }))],
  ["civilTrain", S.civilTrain.map((c: any) => ({ text: c.text, label: `${c.attack}/${c.raters}` }))],
  ["olidVal", S.olidVal.map((o: any) => ({ text: o.text, label: String(o.a ?? o.label ?? "") }))],
  ["olidTrain", S.olidTrain.map((o: any) => ({ text: o.text, label: String(o.a ?? o.label ?? "") }))],
];
for (const [name, xs] of sets) {
  let up = 0, down = 0;
  for (const x of xs) {
    const a = A.score(x.text).score, b = B.score(x.text).score;
    if (Math.abs(a - b) > 1e-9) { if (b > a) up++; else down++; if (up + down <= 6) console.log(name, a.toFixed(2), "->", b.toFixed(2), x.label, JSON.stringify(x.text.slice(0, 150))); }
  }
  console.log(`${name}: ${up} up, ${down} down of ${xs.length}`);
}
