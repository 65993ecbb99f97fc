/**
 * The widget's languages: every translation has every key of the English source (i18n/en.ts and
 * i18n/extras/en.ts), each part the keys of its English part, and says something for every input,
 * plural forms included; the language a page asks for; the widget's own words for API errors.
 */
import "./support/english.ts";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { strings as english, type AllStrings, type ExtraStrings } from "../../widget/strings-extras.ts";
import type { Strings } from "../../widget/strings.ts";
import { chooseLanguage } from "../../widget/lib/lang.ts";
import { describeFlag, heldText } from "../../widget/lib/flag-text.ts";
import { errorText } from "../../widget/lib/error-text.ts";
import { ApiError } from "../../widget/api.ts";
import { describeFlag as contractFlag, TARGETS, type Target } from "../../contract/targets.ts";
import type { HoldReason } from "../../contract/wire.ts";

const DIR = join(import.meta.dirname, "../../widget/i18n");
/** The translations (English is the source). */
const CODES = readdirSync(DIR)
  .filter((f) => /^[a-z]{2,3}\.ts$/.test(f) && f !== "en.ts")
  .map((f) => f.slice(0, -3));
/** Each language's two parts: what the first paint says (i18n/LANG.ts) and what the lazily loaded chunk says (i18n/extras/LANG.ts). */
type Parts = { first: Strings; extras: ExtraStrings };
const part = async (code: string): Promise<Parts> => ({
  first: (await import(`../../widget/i18n/${code}.ts`)).default,
  extras: (await import(`../../widget/i18n/extras/${code}.ts`)).default,
});
const parts: Record<string, Parts> = Object.fromEntries(await Promise.all([...CODES, "en"].map(async (c) => [c, await part(c)])));
/** Every language whole, as the widget has it once both parts are in. */
const languages: Record<string, AllStrings> = Object.fromEntries(CODES.map((c) => [c, { ...parts[c]!.first, ...parts[c]!.extras }]));

/** Numbers that land in every plural category of every shipped language (0, 1, 2, few, many, other; 21/22/25: Slavic endings). */
const NUMBERS = [0, 1, 2, 3, 4, 5, 10, 11, 12, 14, 21, 22, 25, 99, 100, 101, 102, 111, 1000, 1_000_000, 1.5];
const UNITS = ["year", "month", "week", "day", "hour", "minute"] as const;

/** Every value a key yields for the sample inputs (functions called with numbers, names, rules, dates, null). */
function outputs(value: unknown, key: string): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "object" && value) return Object.values(value).flatMap((v) => outputs(v, key));
  const f = value as (...a: unknown[]) => string;
  if (key === "ago") return UNITS.flatMap((u) => [1, 2, 5, 22].flatMap((n) => [f(-n, u), f(n, u)]));
  if (key === "counter") return NUMBERS.map((n) => f(n, 10000));
  if (key === "suspended") return [f("1 June 2025"), f(null)];
  if (key === "rateLimited") return [...NUMBERS.map((n) => f(n)), f(null)];
  if (key === "heldFlagged") return [f("No attacks", "insult")];
  // The rest take one number or one text (a name, a rule's title, a reason, a date).
  const numeric = ["count", "moreReplies", "counterHelp", "tooLong", "editExpired", "upvote", "downvote", "newComments"];
  return numeric.includes(key) ? NUMBERS.map((n) => f(n)) : [f("Ana Lima")];
}

describe("languages", () => {
  it("ships English plus German, French, Spanish, Portuguese, Italian, Polish, Ukrainian and Arabic", () => {
    expect(CODES.sort()).toEqual(["ar", "de", "es", "fr", "it", "pl", "pt", "uk"]);
  });

  const shape = (o: object): unknown =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v && typeof v === "object" ? shape(v) : typeof v]));

  it("every language has exactly the English keys (nested ones too), its own locale, and a direction", () => {
    for (const [code, s] of Object.entries(languages)) {
      expect({ code, shape: shape(s) }).toEqual({ code, shape: shape(english) });
      expect(s.locale).toBe(code);
      expect(s.dir).toBe(code === "ar" ? "rtl" : "ltr");
    }
  });

  it("each part has exactly the keys of its English part: the first paint's and the lazily loaded chunk's, none in both", () => {
    const { first, extras } = parts.en!;
    expect(Object.keys(first).filter((k) => k in extras)).toEqual([]);
    expect({ ...first, ...extras }).toEqual(english);
    for (const code of CODES) {
      expect({ code, first: shape(parts[code]!.first) }).toEqual({ code, first: shape(first) });
      expect({ code, extras: shape(parts[code]!.extras) }).toEqual({ code, extras: shape(extras) });
    }
  });

  it("every string and every function says something for sample inputs (0, 1, 2, 5, 22, … and null), nothing left untranslated", () => {
    for (const [code, s] of Object.entries(languages))
      for (const [key, value] of Object.entries(s)) {
        if (key === "locale" || key === "dir") continue;
        for (const text of outputs(value, key)) {
          const where = `${code}.${key}: ${JSON.stringify(text)}`;
          expect(text.trim().length, where).toBeGreaterThan(0);
          expect(text, where).not.toMatch(/#|\bundefined\b|\bNaN\b|\bnull\b|\[object/);
        }
        // Same words as English only where the word is the same (Spam, Link…), never a whole sentence.
        const same = outputs(value, key).filter((text, i) => text === outputs((english as Record<string, unknown>)[key], key)[i]);
        for (const text of same) expect(`${code}.${key}: ${text}`).toMatch(/: (Spam|Link|Ana Lima|1 June 2025)$|^\w+\.\w+: [\d., /]+$/);
      }
  });

  it("plural forms follow each language's rules (Intl.PluralRules)", () => {
    const { pl, uk, ar, de, fr, pt } = languages;
    expect([1, 2, 5, 12, 22, 25, 102].map(pl!.count)).toEqual([
      "1 komentarz",
      "2 komentarze",
      "5 komentarzy",
      "12 komentarzy",
      "22 komentarze",
      "25 komentarzy",
      "102 komentarze",
    ]);
    expect([0, 1, 2, 5, 11, 21, 22].map(uk!.count)).toEqual([
      "0 коментарів",
      "1 коментар",
      "2 коментарі",
      "5 коментарів",
      "11 коментарів",
      "21 коментар",
      "22 коментарі",
    ]);
    const arabic = (n: number) => new Intl.NumberFormat("ar").format(n);
    expect([0, 1, 2, 3, 11, 100].map(ar!.count)).toEqual([
      "لا توجد تعليقات",
      "تعليق واحد",
      "تعليقان",
      `${arabic(3)} تعليقات`,
      `${arabic(11)} تعليقًا`,
      `${arabic(100)} تعليق`,
    ]);
    expect([0, 1, 2, 1234].map(de!.count)).toEqual(["0 Kommentare", "1 Kommentar", "2 Kommentare", "1.234 Kommentare"]);
    expect([0, 1, 2].map(fr!.count)).toEqual(["0 commentaire", "1 commentaire", "2 commentaires"]);
    expect([0, 1, 2].map(pt!.count)).toEqual(["0 comentários", "1 comentário", "2 comentários"]);
    expect(pl!.rateLimited(1)).toContain("1 sekundę");
    expect(pl!.rateLimited(3)).toContain("3 sekundy");
    expect(pl!.rateLimited(30)).toContain("30 sekund");
  });

  it("relative times through Intl.RelativeTimeFormat", () => {
    expect(languages.de!.ago(-1, "day")).toBe("gestern");
    expect(languages.de!.ago(-3, "hour")).toBe("vor 3 Stunden");
    expect(languages.fr!.ago(-5, "minute")).toBe("il y a 5 minutes");
    expect(languages.pl!.ago(-5, "minute")).toBe("5 minut temu");
  });
});

describe("choosing a language", () => {
  const SHIPPED = "de|fr|es|pt|it|pl|uk|ar";
  it("takes the base of a tag, case-insensitively, when shipped; else English (undefined)", () => {
    expect(chooseLanguage("de", SHIPPED)).toBe("de");
    expect(chooseLanguage("de-AT", SHIPPED)).toBe("de");
    expect(chooseLanguage("pt-BR", SHIPPED)).toBe("pt");
    expect(chooseLanguage("AR-eg", SHIPPED)).toBe("ar");
    expect(chooseLanguage("uk-UA", SHIPPED)).toBe("uk");
    for (const tag of ["en", "en-GB", "nl", "he", "dee", "d", "", null, undefined]) expect(chooseLanguage(tag, SHIPPED)).toBeUndefined();
  });
});

describe("the widget's own words", () => {
  it("says what the detector flagged as the contract does, in English", () => {
    for (const rule of ["personal-attacks", "threats", "spam", "blocked-words", null])
      for (const target of [...TARGETS, null]) expect(describeFlag(rule, target)).toBe(contractFlag(rule, target));
  });

  it("says why a comment is held from the 202's `held`, not from the server's English reason", () => {
    const held = (reason: HoldReason, rule: string | null = null, target: Target | null = null) => ({
      reason,
      rule,
      ruleTitle: rule && "No attacks",
      target,
    });
    expect(heldText(held("detector", "personal-attacks", "commenter"))).toBe(
      "This may break the rule “No attacks” (insult aimed at a commenter), so a moderator will look at it first.",
    );
    expect(heldText(held("spam", "spam", "none"))).toBe(
      "This may break the rule “No attacks” (looks like spam), so a moderator will look at it first.",
    );
    // The site's word lists are a rule of their own, named in the widget's words.
    expect(heldText(held("words", "blocked-words"))).toBe(english.heldFlagged(english.blockedWords, english.flagWords));
    expect(heldText(held("acknowledged", "personal-attacks", "public-figure"))).toBe(english.heldAcknowledged("No attacks"));
    expect(heldText(held("premoderation"))).toBe(english.heldPremoderation);
    expect(heldText(held("new_commenter"))).toBe(english.heldNewCommenter);
    // An address linked to a sanction: only that a moderator looks (the section's own notice says so).
    expect(heldText(held("linked_address"))).toBe("");
    expect(heldText(undefined)).toBe("");
  });

  it("maps API error codes to its own text, per action, never the server's message", () => {
    const err = (status: number, code: string, details: Record<string, unknown> = {}, retry: number | null = null) =>
      new ApiError(status, code, "SERVER MESSAGE", details, retry);
    const cases: [ApiError | Error, Parameters<typeof errorText>[1], string][] = [
      [err(0, "network"), "post", english.networkError],
      [err(429, "rate_limited", {}, 12), "post", english.rateLimited(12)],
      [err(500, "internal"), "edit", english.serverError],
      [err(400, "validation_failed", { field: "name" }), "join", english.nameInvalid],
      [err(403, "forbidden"), "join", english.guestsNotAllowed],
      [err(403, "challenge_required"), "join", english.challengeFailed],
      [err(401, "unauthorized"), "sso", english.signInFailed],
      [err(401, "unauthorized"), "post", english.sessionExpired],
      [err(403, "forbidden"), "edit", english.editExpired(15)],
      [err(403, "forbidden"), "reply", english.closed],
      [err(409, "conflict", { field: "parentId" }), "reply", english.replyGone],
      [err(409, "conflict"), "edit", english.editGone],
      [err(409, "conflict"), "report", english.alreadyReported],
      [err(404, "not_found"), "delete", english.gone],
      [err(413, "too_large"), "post", english.tooLarge],
      [err(400, "validation_failed", { field: "body" }), "post", english.invalidComment],
      [err(403, "forbidden"), "report", english.notAllowed],
      [new Error("boom"), "post", english.serverError],
    ];
    for (const [e, doing, said] of cases) {
      expect(errorText(e, doing), `${(e as ApiError).code} ${doing}`).toBe(said);
      expect(said).not.toContain("SERVER MESSAGE");
    }
    expect(errorText(err(403, "forbidden"), "edit", 30)).toBe("Comments can be edited for 30 minutes after posting.");
  });

  it("in the page's language: the first paint's strings the loader fetched, then the rest when the lazily loaded chunk's modules load, in the one shared object", async () => {
    const was = [globalThis.parleyStrings, globalThis.parleyExtraStrings] as const;
    vi.resetModules();
    let asked = 0;
    globalThis.parleyStrings = Promise.resolve({ ...parts.de!.first });
    globalThis.parleyExtraStrings = () => (asked++, Promise.resolve(parts.de!.extras));
    try {
      const { strings } = await import("../../widget/strings.ts");
      expect(strings.heading).toBe("Kommentare");
      expect(strings.count(3)).toBe("3 Kommentare");
      // The first paint's modules have the first part only, and have not asked for the rest.
      expect((strings as Partial<AllStrings>).reportSend).toBeUndefined();
      expect(asked).toBe(0);
      const { errorText: inGerman } = await import("../../widget/lib/error-text.ts");
      const { ApiError: Err } = await import("../../widget/api.ts");
      expect(asked).toBe(1);
      expect(inGerman(new Err(409, "conflict", "You have already reported this comment."), "report")).toBe(
        "Sie haben diesen Kommentar bereits gemeldet.",
      );
      expect((strings as AllStrings).reportSend).toBe("Meldung senden");
    } finally {
      [globalThis.parleyStrings, globalThis.parleyExtraStrings] = was;
      vi.resetModules();
    }
  });
});

describe("numbers", () => {
  it("a language in Latin digits says whole numbers under 1,000 as Intl.NumberFormat would, larger ones through it", () => {
    for (const code of ["de", "fr", "es", "pt", "it", "pl", "uk"]) {
      const s = languages[code]!;
      const format = new Intl.NumberFormat(code);
      for (const n of [0, 7, 42, 999, 1000, 12345, 1_000_000])
        expect(s.counter(n, n), `${code} ${n}`).toBe(`${format.format(n)} / ${format.format(n)}`);
    }
  });
});
