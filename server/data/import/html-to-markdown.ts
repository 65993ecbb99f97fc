import type { Element, ElementContent, Root as HtmlRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import { defaultHandlers, toMdast, type Handle } from "hast-util-to-mdast";
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { gfmStrikethroughToMarkdown } from "mdast-util-gfm-strikethrough";
import { toMarkdown } from "mdast-util-to-markdown";

/**
 * Imported comments arrive as HTML (Disqus, WordPress, Remark42); Parley stores markdown and
 * renders it itself (server/render), so the HTML is turned back into the markdown that renders
 * to the same thing. The HTML is parsed as a browser would (parse5, through hast) and converted
 * by the unified tools (hast → mdast → markdown), which escape plain text and drop script,
 * style and the like. What this file adds is what a comment can say: no headings, tables or
 * images (their text is kept), no iframes, and links only to web and mail addresses. Nothing
 * here is trusted: the markdown is rendered by the one sanitising renderer like any comment.
 */

export interface HtmlOptions {
  /** WordPress comments are text with some HTML: a newline is a line break, a blank line a paragraph. */
  newlinesAreBreaks?: boolean;
}

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** A block of its own, holding its content as paragraphs. */
const asBlock: Handle = (state, node) => state.toFlow(state.all(node));

const handlers: Record<string, Handle> = {
  h1: defaultHandlers.p!,
  h2: defaultHandlers.p!,
  h3: defaultHandlers.p!,
  h4: defaultHandlers.p!,
  h5: defaultHandlers.p!,
  h6: defaultHandlers.p!,
  table: asBlock,
  thead: asBlock,
  tbody: asBlock,
  tfoot: asBlock,
  tr: asBlock,
  td: (state, node) => [...state.all(node), { type: "text", value: " " }],
  th: (state, node) => [...state.all(node), { type: "text", value: " " }],
  iframe: () => undefined,
  noscript: () => undefined,
  // Media keep their fallback text, not a link to a file the comment never showed as one.
  audio: (state, node) => state.all(node),
  video: (state, node) => state.all(node),
  img: (_state, node) => (typeof node.properties.alt === "string" && node.properties.alt ? { type: "text", value: node.properties.alt } : undefined),
};

export function htmlToMarkdown(html: string, options: HtmlOptions = {}): string {
  const tree = fromHtml(html, { fragment: true });
  if (options.newlinesAreBreaks) newlinesToBreaks(tree);
  const markdown = toMdast(tree, { handlers });
  unwrapUnsafeLinks(markdown);
  if (options.newlinesAreBreaks && markdown.type === "root") splitAtBlankLines(markdown);
  return toMarkdown(markdown, {
    bullet: "-",
    emphasis: "*",
    fences: true,
    // The renderer reads a newline as a line break, as the comment box does; what follows is still escaped.
    handlers: { break: () => "\n" },
    extensions: [gfmStrikethroughToMarkdown()],
  }).trim();
}

/** Links to anything but a web or mail address keep their text only; no link keeps a title. */
function unwrapUnsafeLinks(node: Nodes): void {
  if (!("children" in node)) return;
  const children: RootContent[] = [];
  for (const child of node.children) {
    unwrapUnsafeLinks(child);
    if (child.type === "link" && !SAFE_HREF.test(child.url.trim())) children.push(...child.children);
    else {
      if (child.type === "link") child.title = null;
      children.push(child);
    }
  }
  node.children = children as typeof node.children;
}

/** WordPress text: every newline outside preformatted blocks becomes a line break. */
function newlinesToBreaks(node: HtmlRoot | Element): void {
  if (node.type === "element" && ["pre", "textarea", "script", "style"].includes(node.tagName)) return;
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === "text" && /\r|\n/.test(child.value)) {
      child.value
        .replace(/\r\n?/g, "\n")
        .split("\n")
        .forEach((line, i) => {
          if (i > 0) children.push({ type: "element", tagName: "br", properties: {}, children: [] });
          if (line) children.push({ type: "text", value: line });
        });
    } else {
      if (child.type === "element") newlinesToBreaks(child);
      if (child.type !== "doctype") children.push(child);
    }
  }
  node.children = children;
}

/** Two line breaks in a row (a blank line in WordPress's text) end a paragraph. */
function splitAtBlankLines(root: Root): void {
  const blocks: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    blocks.push(...paragraphsOf(run));
    run = [];
  };
  for (const child of root.children) {
    if (PHRASING.has(child.type)) run.push(child as PhrasingContent);
    else if (child.type === "paragraph") {
      // A paragraph of the source is one of its own, split at its blank lines.
      flush();
      run = child.children;
      flush();
    } else {
      flush();
      blocks.push(child);
    }
  }
  flush();
  root.children = blocks;
}

const PHRASING = new Set(["text", "emphasis", "strong", "delete", "inlineCode", "break", "link"]);

function paragraphsOf(content: PhrasingContent[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  let pending: PhrasingContent[] = [];
  for (const child of content) {
    if (child.type === "break" || (pending.length > 0 && child.type === "text" && !child.value.trim())) {
      pending.push(child);
      continue;
    }
    if (pending.filter((node) => node.type === "break").length >= 2) {
      if (current.length > 0) paragraphs.push({ type: "paragraph", children: current });
      current = [];
    } else if (current.length > 0) current.push(...pending);
    current.push(child);
    pending = [];
  }
  if (current.length > 0) paragraphs.push({ type: "paragraph", children: current });
  return paragraphs;
}
