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
  it("keeps what a reader needs before interacting within 15 KB gzip and all its chunks (one language) within 30 KB; the loader knows its modules and languages", async () => {
    const out = mkdtempSync(join(tmpdir(), "parley-build-"));
    try {
      const w = await buildWidget(out);
      expect(w.initialGzip).toBeLessThanOrEqual(WIDGET_BUDGET.initial);
      expect(w.totalGzip).toBeLessThanOrEqual(WIDGET_BUDGET.total);
      expect(WIDGET_BUDGET).toEqual({ initial: 15 * 1024, total: 30 * 1024 });
      // The composer and the policy dialog load when needed, not before; votes and permalinks after the
      // first paint; a language only on a page in that language.
      type Built = { file: string; gzip: number };
      const languages = Object.values(w.languages as Record<string, string>);
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
      // Every language is one chunk without imports; the loader knows their list and name.
      expect(Object.keys(w.languages).sort()).toEqual(["ar", "de", "es", "fr", "it", "pl", "pt", "uk"]);
      for (const [lang, file] of Object.entries(w.languages as Record<string, string>)) {
        expect(file).toMatch(new RegExp(`^w/${lang}-\\w+\\.js$`));
        const code = readFileSync(join(out, file), "utf8");
        expect(code).not.toMatch(/\bimport\b/);
        expect(code).toContain(`locale:"${lang}"`);
        expect(loader).toContain(file.slice(`w/${lang}`.length, -".js".length));
      }
      expect(loader).toContain(JSON.stringify(Object.keys(w.languages).join("|")));
      // "All chunks" counts one language, the largest: a reader downloads only their page's.
      const size = (fs: Built[]) => fs.reduce((n, f) => n + f.gzip, 0);
      const largest = Math.max(...w.files.filter((f: Built) => languages.includes(f.file)).map((f: Built) => f.gzip));
      expect(w.totalGzip).toBe(size(w.files.filter((f: Built) => !languages.includes(f.file))) + largest);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
