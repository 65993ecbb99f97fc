/**
 * The policy-intent sets: typical news comments with what the seed's policy asks of each
 * (`P` publish, `PH` never refuse, `NP` never publish, `R` refuse), per category. Read from
 * ../shared/data/policy-intent/dev.tsv and from this repository's own cases
 * (tests/fixtures/detector/policy-intent.tsv, split into `tune` and `held` parts).
 */
import { readFileSync } from "node:fs";
import type { Decision } from "../../contract/wire.ts";

export type Expect = "P" | "PH" | "NP" | "R";

export interface IntentCase {
  expect: Expect;
  category: string;
  body: string;
  /** `tune` or `held` for the repository's cases; `dev` for the shared set. */
  split: string;
  /**
   * Who wrote the line: the letter of the probe set (`# Probe set X` heads its lines, each set
   * another writer's) or `own` (under any other heading). Training holds out one set at a time to see how a learned reading
   * fares on words it has not seen.
   */
  set: string;
}

const EXPECTS = new Set(["P", "PH", "NP", "R"]);
/** The repository's parts: a line of any other part would be silently left out of both. */
const SPLITS = new Set(["tune", "held"]);

/** Parses either format: `expect category body` or `split expect category body`. */
export function parseIntent(tsv: string, defaultSplit = "dev"): IntentCase[] {
  const out: IntentCase[] = [];
  let set = "own";
  let inHeading = false;
  for (const line of tsv.split("\n")) {
    // a heading's first line names the set; the lines that continue it do not start another
    const heading = line.startsWith("#") && line.length > 2;
    if (heading && !inHeading) set = /^# Probe set (\w+)/.exec(line)?.[1] ?? "own";
    inHeading = heading;
    if (line.trim() === "" || line.startsWith("#")) continue;
    const cols = line.split("\t");
    const [split, rest] = EXPECTS.has(cols[0]!) ? [defaultSplit, cols] : [cols[0]!, cols.slice(1)];
    const [expect, category, ...body] = rest;
    if (!EXPECTS.has(expect!) || !category || !body.length || (split !== defaultSplit && !SPLITS.has(split)))
      throw new Error(`policy-intent: bad line ${JSON.stringify(line)}`);
    out.push({ split, expect: expect as Expect, category, body: body.join("\t"), set });
  }
  return out;
}

export const readIntent = (path: string | URL, defaultSplit?: string) => parseIntent(readFileSync(path, "utf8"), defaultSplit);

/** Does a decision do what the line asks? */
export function meets(expect: Expect, d: Decision): boolean {
  return expect === "P" ? d === "publish" : expect === "PH" ? d !== "reject" : expect === "NP" ? d !== "publish" : d === "reject";
}

export interface CategoryRow {
  category: string;
  expect: Expect;
  n: number;
  publish: number;
  hold: number;
  reject: number;
  ok: number;
  misses: string[];
}

/** Per-category counts of a set decided by `decideCase`. */
export function tally(cases: readonly IntentCase[], decideCase: (c: IntentCase) => { decision: Decision; note?: string }): CategoryRow[] {
  const rows = new Map<string, CategoryRow>();
  for (const c of cases) {
    const key = `${c.category}\t${c.expect}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { category: c.category, expect: c.expect, n: 0, publish: 0, hold: 0, reject: 0, ok: 0, misses: [] }));
    const { decision, note } = decideCase(c);
    r.n++;
    r[decision]++;
    if (meets(c.expect, decision)) r.ok++;
    else r.misses.push(`${decision}${note ? ` ${note}` : ""} ${JSON.stringify(c.body)}`);
  }
  return [...rows.values()];
}

/** The table `npm run eval` prints for one set. */
export function formatTally(title: string, rows: readonly CategoryRow[], showMisses = true): string {
  const lines = [title, `  ${"category".padEnd(26)} ${"exp".padEnd(3)} ${"n".padStart(3)} publish  hold reject     ok`];
  let n = 0,
    ok = 0;
  for (const r of rows) {
    n += r.n;
    ok += r.ok;
    lines.push(
      `  ${r.category.padEnd(26)} ${r.expect.padEnd(3)} ${String(r.n).padStart(3)} ${String(r.publish).padStart(7)} ${String(r.hold).padStart(5)} ${String(r.reject).padStart(6)} ${`${r.ok}/${r.n}`.padStart(6)}`,
    );
  }
  lines.push(`  all: ${ok}/${n} as the policy asks`);
  if (showMisses) for (const r of rows) for (const m of r.misses) lines.push(`    ${r.category}: ${m}`);
  return lines.join("\n");
}
