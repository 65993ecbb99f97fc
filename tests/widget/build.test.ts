import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { minifyTemplates } from "../../scripts/build.mjs";

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
