/**
 * What makes the detector flag a comment: the logit by feature group, the tokens that
 * contribute most, which hand-written rules fire, the learned readings of menace and put-downs, the target and
 * the default policy's decision. Research aid, not part of the runtime.
 *
 *   npx tsx scripts/detector/explain.ts "some comment" ...
 *   npx tsx scripts/detector/explain.ts --intent tune civil-constructive   (own cases of a category)
 */
import { createDetector, DEFAULT_THRESHOLDS } from "../../server/detector/index.ts";
import type { LinearDetector } from "../../server/detector/model.ts";
import { extractFeatures, FeatureBuffer } from "../../server/detector/features.ts";
import { findInsult, onlyThingCriticism } from "../../server/detector/insult.ts";
import { findThreat } from "../../server/detector/threat.ts";
import { findDehumanising, findVocative } from "../../server/detector/target.ts";
import { findDismissive } from "../../server/detector/indirect.ts";
import { decide } from "../../server/moderation/decide.ts";
import { defaultPolicy } from "../../server/moderation/default-policy.ts";
import { readIntent } from "./intent.ts";
import { readMenace, sigmoid } from "../../server/detector/learned-menace.ts";
import { readIndirect } from "../../server/detector/learned-indirect.ts";
import { readGroup } from "../../server/detector/learned-group.ts";

const det = createDetector() as LinearDetector;
const policy = defaultPolicy(DEFAULT_THRESHOLDS);
const GROUPS = ["U", "B", "C", "Y", "L"];

export function explain(text: string): string {
  const d = det.detail(text);
  const toks = d.tokens;
  const buf = new FeatureBuffer();
  extractFeatures(toks, det.scorer.res.ctx, buf);
  const byGroup = [0, 0, 0, 0, 0];
  for (let k = 0; k < buf.n; k++) byGroup[buf.group[k]!]! += det.scorer.weights[buf.idx[k]!]! * buf.val[k]! * det.scorer.scale;
  const r = det.score(text);
  const v = decide(r, policy);
  const top = [...d.contrib]
    .map((c, i) => [c, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 6)
    .map(([c, i]) => `${toks[i]!.text}:${c.toFixed(2)}`);
  const lex = det.insultLex;
  const ins = findInsult(toks, text, lex) ?? findDehumanising(toks, text);
  const thr = findThreat(toks, text, lex);
  const voc = findVocative(toks, text, lex);
  const dis = findDismissive(toks, text);
  const rng = (x: readonly number[] | null) =>
    x
      ? toks
          .slice(x[0], x[1]! + 1)
          .map((t) => t.text)
          .join(" ")
      : "-";
  const insultWords = toks.filter((t) => lex.words.has(t.text)).map((t) => t.text);
  const head = det.model.menace;
  const menace = head && d.menace ? readMenace(d.menace, toks, text, 0) : null;
  const menaceLine = menace
    ? `  learned menace p ${menace.p.toFixed(3)} (hold ${head!.hold}, refuse ${head!.reject}) sentence "${rng(menace.sentence)}"`
    : "  no learned menace head";
  const putDown = det.model.indirect;
  const putDownLine =
    putDown && d.indirect
      ? `  learned put-down p ${sigmoid(d.indirect.logit).toFixed(3)} (hold ${putDown.hold}) sentence "${rng(readIndirect(d.indirect, toks, text, 0))}"`
      : "  no learned put-down head";
  const group = det.model.group;
  const grouped = group && d.group ? readGroup(d.group, toks, text, 0) : null;
  const groupLine = grouped
    ? `  learned group p ${sigmoid(d.group!.logit).toFixed(3)}, its words ${grouped.p.toFixed(3)} (hold ${group!.hold}) sentence "${rng(grouped.sentence)}"`
    : "  no learned group head";
  return [
    `${v.decision.padEnd(7)} score ${r.score.toFixed(3)} (linear ${det.probability(d.logit).toFixed(3)}, logit ${d.logit.toFixed(2)}) target ${r.target} tokens ${toks.length}`,
    `  groups ${GROUPS.map((g, i) => `${g} ${byGroup[i]!.toFixed(2)}`).join("  ")}  bias ${det.model.bias.toFixed(2)}`,
    `  top ${top.join(" ")}`,
    `  insult words [${insultWords.join(" ")}] thingOnly ${onlyThingCriticism(toks, text, lex)}; rule insult "${rng(ins)}" threat "${rng(thr)}" vocative ${voc >= 0 ? toks[voc]!.text : "-"} dismissive "${rng(dis)}"`,
    menaceLine,
    putDownLine,
    groupLine,
  ].join("\n");
}

const argv = process.argv.slice(2);
if (argv[0] === "--intent") {
  const own = readIntent(new URL("../../tests/fixtures/detector/policy-intent.tsv", import.meta.url));
  for (const c of own.filter((c) => c.split === argv[1] && c.category === argv[2]))
    console.log(`${c.expect} ${JSON.stringify(c.body.slice(0, 90))}\n${explain(c.body)}`);
} else for (const t of argv) console.log(`${JSON.stringify(t.slice(0, 90))}\n${explain(t)}`);
