import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { buildWidget, minifyTemplates, WIDGET_BUDGET } from "../../scripts/build.mjs";

describe("build: template minification", () => {
  it("drops indentation in html`` (nothing between tags, one space elsewhere), keeps expressions", () => {
    const src = "const a = html`<div>\n    <span>${x}</span>\n    ${y ? html`<b>\n  ${z} </b>` : 'keep  two'}\n  </div>`;";
    expect(minifyTemplates(src)).toBe("const a = html`<div><span>${x}</span> ${y ? html`<b> ${z} </b>` : 'keep  two'} </div>`;");
  });
  it("compresses css`` and leaves other templates, strings and comments alone", () => {
    const src =
      "const s = css`\n  :host {\n    color: red; /* c */\n    margin: 0.5em 10.5px;\n  }\n`; const t = `a  \n b`; // css`x  y`\nconst q = 'html`  `';";
    expect(minifyTemplates(src)).toBe(
      "const s = css` :host{color:red;margin:.5em 10.5px}`; const t = `a  \n b`; // css`x  y`\nconst q = 'html`  `';",
    );
  });
});

describe("build: the widget's budget", () => {
  it("keeps what a reader in any language needs before interacting within 15 KB gzip and all they may download within 30 KB; the loader knows its modules and languages", async () => {
    const out = mkdtempSync(join(tmpdir(), "parley-build-"));
    try {
      const w = await buildWidget(out);
      expect(w.initialGzip).toBeLessThanOrEqual(WIDGET_BUDGET.initial);
      expect(w.totalGzip).toBeLessThanOrEqual(WIDGET_BUDGET.total);
      expect(WIDGET_BUDGET).toEqual({ initial: 15 * 1024, total: 30 * 1024 });
      // The composer and the policy dialog load when needed, not before; votes and permalinks after the
      // first paint; a language only on a page in that language.
      type Built = { file: string; gzip: number };
      const parts = w.languages as Record<string, { first: string; extras: string }>;
      const languages = Object.values(parts).flatMap((l) => [l.first, l.extras]);
      const lazy = w.files
        .filter((f: Built) => !w.initial.includes(f.file) && !languages.includes(f.file))
        .map((f: Built) => f.file)
        .sort();
      expect(lazy).toEqual([expect.stringMatching(/^w\/extras-\w+\.js$/), expect.stringMatching(/^w\/readers-\w+\.js$/)]);
      expect(readFileSync(join(out, lazy[0]), "utf8")).toContain("comment-composer");
      expect(readFileSync(join(out, lazy[1]), "utf8")).toContain("openLinked");
      const loader = readFileSync(join(out, "widget.js"), "utf8");
      for (const f of w.initial.filter((f: string) => f !== "widget.js")) expect(loader).toContain(JSON.stringify(f));
      expect(existsSync(join(out, w.initial[1]))).toBe(true);
      // Every language, English too, is two chunks without imports: the first paint's strings and the
      // lazily loaded chunk's. The loader knows their list and names; the modules carry no strings.
      expect(Object.keys(parts).sort()).toEqual(["ar", "de", "en", "es", "fr", "it", "pl", "pt", "uk"]);
      const hash = loader.match(/`w\/\$\{\w+\}-(\w+)\.js`/)?.[1];
      for (const [lang, { first, extras }] of Object.entries(parts)) {
        expect(first).toBe(`w/${lang}-${hash}.js`);
        expect(extras).toBe(`w/${lang}-extras-${hash}.js`);
        const [a, b] = [first, extras].map((f) => readFileSync(join(out, f), "utf8"));
        for (const code of [a, b]) expect(code).not.toMatch(/\bimport\b/);
        expect(a).toContain(`locale:"${lang}"`);
        expect(b).not.toContain("locale:");
      }
      expect(loader).toContain(JSON.stringify(Object.keys(parts).join("|")));
      const modules = w.files.filter((f: Built) => f.file.startsWith("w/") && !languages.includes(f.file));
      for (const f of modules) {
        const code = readFileSync(join(out, f.file), "utf8");
        for (const english of ["Loading comments", "Continue as guest", "Post comment", "Send report"]) expect(code).not.toContain(english);
      }
      // A reader downloads one language, the page's: before interacting, its first-paint part (the
      // largest of them counts); in all, both its parts (the largest pair counts).
      const size = (fs: Built[]) => fs.reduce((n, f) => n + f.gzip, 0);
      const gzip = (file: string) => w.files.find((f: Built) => f.file === file).gzip;
      const first = Math.max(...Object.values(parts).map((l) => gzip(l.first)));
      const both = Math.max(...Object.values(parts).map((l) => gzip(l.first) + gzip(l.extras)));
      expect(w.initialGzip).toBe(size(w.files.filter((f: Built) => w.initial.includes(f.file))) + first);
      expect(w.totalGzip).toBe(size(w.files.filter((f: Built) => !languages.includes(f.file))) + both);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
