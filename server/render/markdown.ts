import MarkdownIt from "markdown-it";

/**
 * The one place HTML is produced. markdown-it with `html: false` escapes every raw tag the
 * author writes; links are limited to web and mail addresses; images are not rendered (a
 * comment cannot make readers' browsers fetch a third party's URL).
 */
const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

function createRenderer(options: { headings: boolean }) {
  const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  // No images (a comment cannot make readers' browsers fetch a third party's URL) and no tables.
  md.disable(options.headings ? ["image"] : ["image", "table"]);
  if (!options.headings) md.disable(["heading", "lheading"]);
  md.validateLink = (url: string) => SAFE_URL.test(url.trim());
  md.renderer.rules.link_open = (tokens, idx, opts, _env, self) => {
    tokens[idx]!.attrSet("rel", "nofollow ugc noopener");
    tokens[idx]!.attrSet("target", "_blank");
    return self.renderToken(tokens, idx, opts);
  };
  return md;
}

const commentRenderer = createRenderer({ headings: false });
const documentRenderer = createRenderer({ headings: true });

/** A comment body: inline formatting, lists, quotes and code; no headings. */
export function renderComment(markdown: string): string {
  return commentRenderer.render(markdown).trim();
}

/** A policy document, which may use headings. */
export function renderDocument(markdown: string): string {
  return documentRenderer.render(markdown).trim();
}
