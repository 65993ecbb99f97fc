/**
 * Loading of the labelled data in ../shared/data (beside the checkout) and the FIXED validation splits.
 *
 * Split rule (never change it casually: eval numbers depend on it):
 *  - OLID: a tweet is in validation iff fnv1a32("olid:" + id) % 100 < 15  (≈15%).
 *  - Civil Comments: every item is keyed by its normalised text
 *    (lowercase, whitespace collapsed, trimmed), because the same comment appears in
 *    comments.csv, tsd_train.csv and tsd_trial.csv (sometimes twice with different ids).
 *    A key is in validation iff it occurs in tsd_trial.csv OR fnv1a32("civil:" + key) % 100 < 15.
 *    Crowd comments, their annotations and tsd rows with a validation key are validation;
 *    training never sees them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCsvObjects } from "./csv.ts";

/** The shared data folder beside the checkout (as CI lays it out); PARLEY_DATA_DIR overrides. */
export const DATA_DIR = process.env.PARLEY_DATA_DIR ?? fileURLToPath(new URL("../../../shared/data", import.meta.url));

export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const textKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

export interface OlidItem {
  id: string;
  text: string;
  a: "OFF" | "NOT";
  b: "TIN" | "UNT" | "NULL";
  c: string;
}

export interface CivilItem {
  id: string;
  text: string;
  key: string;
  raters: number;
  /** raters who marked at least one Insult or Threat span */
  attack: number;
  /** raters who marked any span */
  anySpan: number;
  /** raters who marked no span and ticked "not toxic" */
  notToxic: number;
  /** raters who ticked "all toxic" (noisy: often ticked together with "not toxic") */
  allToxic: number;
  /** gold toxic character offsets from tsd_*.csv, when the post is in the task data */
  tsdSpans?: number[];
  /** per-rater span ranges by type */
  spans: { type: string; start: number; end: number; rater: number }[];
}

export interface Splits {
  olidTrain: OlidItem[];
  olidVal: OlidItem[];
  civilTrain: CivilItem[];
  civilVal: CivilItem[];
}

export function loadSplits(dir = DATA_DIR): Splits {
  const read = (p: string) => readFileSync(`${dir}/${p}`, "utf8");
  const olid = parseCsvObjects(read("olid/olid-training-v1.0.tsv"), "\t").map((r): OlidItem => ({
    id: r.id!,
    text: r.tweet!,
    a: r.subtask_a as OlidItem["a"],
    b: r.subtask_b as OlidItem["b"],
    c: r.subtask_c!,
  }));
  const isOlidVal = (id: string) => fnv1a32("olid:" + id) % 100 < 15;

  const cc = "civil_comments_spans/";
  const tsdTrain = parseCsvObjects(read(cc + "tsd_train.csv"));
  const tsdTrial = parseCsvObjects(read(cc + "tsd_trial.csv"));
  const trialKeys = new Set(tsdTrial.map((r) => textKey(r.text!)));
  const isCivilVal = (key: string) => trialKeys.has(key) || fnv1a32("civil:" + key) % 100 < 15;

  const tsdSpans = new Map<string, number[]>();
  for (const r of [...tsdTrain, ...tsdTrial]) {
    const k = textKey(r.text!);
    if (!tsdSpans.has(k)) tsdSpans.set(k, JSON.parse(r.spans!) as number[]);
  }

  const comments = parseCsvObjects(read(cc + "comments.csv"));
  const anns = parseCsvObjects(read(cc + "annotations.csv"));
  const spans = parseCsvObjects(read(cc + "spans.csv"));
  const spansByAnn = new Map<string, { type: string; start: number; end: number }[]>();
  for (const s of spans) {
    const start = Number(s.start);
    const end = Number(s.end);
    if (!(end > start)) continue; // some rows are empty / truncated
    let l = spansByAnn.get(s.annotation!);
    if (!l) spansByAnn.set(s.annotation!, (l = []));
    l.push({ type: s.type!, start, end });
  }
  const annsByComment = new Map<string, Record<string, string>[]>();
  for (const a of anns) {
    let l = annsByComment.get(a.comment_id!);
    if (!l) annsByComment.set(a.comment_id!, (l = []));
    l.push(a);
  }
  const seen = new Set<string>();
  const civil: CivilItem[] = [];
  for (const c of comments) {
    const text = c.comment_text!;
    const key = textKey(text);
    if (seen.has(key)) continue; // duplicates: keep the first id's annotations
    const as = annsByComment.get(c.comment_id!) ?? [];
    if (!as.length) continue;
    seen.add(key);
    let attack = 0,
      anySpan = 0,
      notToxic = 0,
      allToxic = 0;
    const all: CivilItem["spans"] = [];
    for (const [ri, a] of as.entries()) {
      const sp = spansByAnn.get(a.annotation!) ?? [];
      if (sp.length) anySpan++;
      if (sp.some((s) => s.type === "Insult" || s.type === "Threat")) attack++;
      if (!sp.length && a["not toxic"] === "True") notToxic++;
      if (a["all toxic"] === "True") allToxic++;
      for (const x of sp) all.push({ ...x, rater: ri });
    }
    civil.push({
      id: c.comment_id!,
      text,
      key,
      raters: as.length,
      attack,
      anySpan,
      notToxic,
      allToxic,
      tsdSpans: tsdSpans.get(key),
      spans: all,
    });
  }
  return {
    olidTrain: olid.filter((o) => !isOlidVal(o.id)),
    olidVal: olid.filter((o) => isOlidVal(o.id)),
    civilTrain: civil.filter((c) => !isCivilVal(c.key)),
    civilVal: civil.filter((c) => isCivilVal(c.key)),
  };
}
