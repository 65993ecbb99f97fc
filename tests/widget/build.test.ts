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
  it("keeps what a reader needs before interacting within 15 KB gzip and all its chunks within 30 KB; the loader knows its modules", async () => {
    const out = mkdtempSync(join(tmpdir(), "parley-build-"));
    try {
      const w = await buildWidget(out);
      expect(w.initialGzip).toBeLessThanOrEqual(WIDGET_BUDGET.initial);
      expect(w.totalGzip).toBeLessThanOrEqual(WIDGET_BUDGET.total);
      expect(WIDGET_BUDGET).toEqual({ initial: 15 * 1024, total: 30 * 1024 });
      // The composer and the policy dialog load when needed, not before; votes and permalinks after the first paint.
      const lazy = w.files.filter((f: { file: string }) => !w.initial.includes(f.file)).map((f: { file: string }) => f.file);
      expect(lazy.sort()).toEqual([expect.stringMatching(/^w\/extras-\w+\.js$/), expect.stringMatching(/^w\/readers-\w+\.js$/)]);
      expect(readFileSync(join(out, lazy[0]), "utf8")).toContain("comment-composer");
      expect(readFileSync(join(out, lazy[1]), "utf8")).toContain("openLinked");
      const loader = readFileSync(join(out, "widget.js"), "utf8");
      for (const f of w.initial.filter((f: string) => f !== "widget.js")) expect(loader).toContain(JSON.stringify(f));
      expect(existsSync(join(out, w.initial[1]))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
