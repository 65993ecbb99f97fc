// The spam-wave simulation's mix (issue 11, "Measured"), generated from a fixed seed out of
// tests/fixtures/spam/wave.json: 500 link-spam comments from 100 rotating guests (spun wording,
// shorteners and the spammers' own domains, one body on 20 pages) and 200 ordinary news comments
// from 50 readers (some citing a source), interleaved as they would arrive. Same seed, same mix.
import { readFileSync } from "node:fs";
import { rng } from "../detector/lib.ts";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const SEED = 11;
export const SPAMMERS = 100;
export const SPAM_EACH = 5;
export const READERS = 50;
export const READER_EACH = 4;
export const PAGES = 20;
/**
 * Ordinary comments that cite a source: one in twenty, at random (of real news comments, 0.9%
 * have a link: Civil Comments, 125 of 14,095), so readers' links are tested harder than usual.
 */
const CITING = 0.05;

interface Fixture {
  ordinary: string[];
  newsLinks: string[];
  spam: { templates: string[]; domains: string[]; shorteners: string[]; sameBody: string };
}

export interface MixComment {
  kind: "spam" | "ordinary";
  /** Index of the guest (spammers 0..99, readers 0..49), each from an address of its own. */
  author: number;
  page: string;
  body: string;
}

/** A small seeded generator (the detector's training one), so the mix is the same on every machine. */
const random = rng;

export function pageKey(i: number) {
  return `news-${i + 1}`;
}

export function spamFixture(): Fixture {
  return JSON.parse(readFileSync(resolve(root, "tests/fixtures/spam/wave.json"), "utf8")) as Fixture;
}

export function spamMix(seed = SEED): MixComment[] {
  const fixture = spamFixture();
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const token = (n: number) =>
    Array.from({ length: n }, () => pick([..."abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"])).join("");
  const link = () => {
    if (rnd() < 0.55) return `https://${pick(fixture.spam.shorteners)}/${token(6)}`;
    const domain = pick(fixture.spam.domains);
    return pick([`https://${domain}/${token(5)}`, `http://www.${domain}/?ref=${token(4)}`, `${domain}/${token(4)}`]);
  };
  const spin = (template: string) =>
    template
      .replace(/\{LINK\}/g, () => link())
      .replace(/\{N\}/g, () => String(50 + Math.floor(rnd() * 950)))
      .replace(/\{([^{}]*\|[^{}]*)\}/g, (_, options: string) => pick(options.split("|")));

  const perAuthor: MixComment[][] = [];
  for (let s = 0; s < SPAMMERS; s++) {
    // four guests post the very same body, each on five pages: one body on 20 pages
    const template = pick(fixture.spam.templates);
    perAuthor.push(
      Array.from({ length: SPAM_EACH }, (_, k) => ({
        kind: "spam" as const,
        author: s,
        page: s < 4 ? pageKey(s * SPAM_EACH + k) : pageKey(Math.floor(rnd() * PAGES)),
        body: s < 4 ? fixture.spam.sameBody : spin(template),
      })),
    );
  }
  let o = 0;
  for (let r = 0; r < READERS; r++) {
    perAuthor.push(
      Array.from({ length: READER_EACH }, () => {
        const n = o++;
        const text = fixture.ordinary[n % fixture.ordinary.length]!;
        const body = rnd() < CITING ? `${text}\n\nSource: ${pick(fixture.newsLinks)}` : text;
        return { kind: "ordinary" as const, author: r, page: pageKey(Math.floor(rnd() * PAGES)), body };
      }),
    );
  }
  // As they arrive: any author next, each author's own comments in order.
  const mix: MixComment[] = [];
  const open = perAuthor.map((list) => [...list]);
  while (open.some((l) => l.length)) {
    const waiting = open.filter((l) => l.length);
    mix.push(pick(waiting).shift()!);
  }
  return mix;
}
