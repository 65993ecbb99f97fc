/**
 * Imported comments arrive as HTML (Disqus, WordPress, Remark42); Parley stores markdown and
 * renders it itself (server/render), so the HTML is turned back into the markdown that renders
 * to the same thing. Only what a comment can say survives: paragraphs, line breaks, emphasis,
 * links, quotes, code and lists. Every other tag is dropped and its text kept; script and style
 * lose their text too. Nothing here is trusted: the markdown is rendered by the one sanitising
 * renderer like any comment.
 */

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
  ccedil: "ç",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Characters markdown would read as formatting, escaped so plain text stays plain. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>~|])/g, "\\$1").replace(/^(\s*)([-+#]|\d+\.)(\s)/gm, "$1\\$2$3");
}

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const BLOCKS = new Set(["p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "figure", "hr"]);
const DROPPED = new Set(["script", "style", "head", "title", "iframe", "object", "noscript", "template"]);

interface Frame {
  tag: string;
  out: string;
  href?: string;
}

export interface HtmlOptions {
  /** WordPress comments are text with some HTML: a newline is a line break, a blank line a paragraph. */
  newlinesAreBreaks?: boolean;
}

export function htmlToMarkdown(html: string, options: HtmlOptions = {}): string {
  const stack: Frame[] = [{ tag: "", out: "" }];
  const top = () => stack[stack.length - 1]!;
  let dropping = 0;
  let inPre = 0;
  let inCode = 0;
  const listCounters: (number | null)[] = [];
  const emit = (s: string) => {
    top().out += s;
  };
  const block = () => {
    const frame = top();
    if (frame.out && !frame.out.endsWith("\n\n")) frame.out = frame.out.replace(/[ \t]*\n?$/, "") + "\n\n";
  };
  const tokens = html.matchAll(/<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g);
  for (const token of tokens) {
    const raw = token[0];
    const name = token[1]?.toLowerCase();
    if (raw.startsWith("<!--")) continue;
    if (!name) {
      if (dropping) continue;
      // A stray "<" (not a tag) is text too.
      const text = decodeEntities(raw);
      // Code is literal: nothing in it is formatting.
      if (inPre) emit(text);
      else if (inCode) emit(text.replace(/`/g, "'"));
      else if (options.newlinesAreBreaks) emit(escapeMarkdown(text.replace(/\r\n?/g, "\n").replace(/[ \t]+/g, " ")));
      else emit(escapeMarkdown(text.replace(/\s+/g, " ")));
      continue;
    }
    const closing = raw[1] === "/";
    if (DROPPED.has(name)) {
      if (!raw.endsWith("/>")) dropping += closing ? (dropping > 0 ? -1 : 0) : 1;
      continue;
    }
    if (dropping) continue;
    if (name === "br") {
      emit("\n");
      continue;
    }
    if (BLOCKS.has(name)) {
      block();
      continue;
    }
    switch (name) {
      case "b":
      case "strong":
        emit("**");
        break;
      case "i":
      case "em":
        emit("*");
        break;
      case "s":
      case "del":
      case "strike":
        emit("~~");
        break;
      case "code":
        if (!inPre) {
          inCode = Math.max(0, inCode + (closing ? -1 : 1));
          emit("`");
        }
        break;
      case "pre":
        if (closing) {
          inPre = Math.max(0, inPre - 1);
          emit("\n```\n\n");
        } else {
          block();
          inPre++;
          emit("```\n");
        }
        break;
      case "a":
        if (closing) {
          const frame = stack.length > 1 && top().tag === "a" ? stack.pop()! : null;
          if (frame) {
            const text = frame.out.trim();
            const href = frame.href;
            if (!href) emit(text);
            else if (!text || text === escapeMarkdown(href)) emit(href);
            else emit(`[${text}](${href.replace(/[()\s]/g, encodeURIComponent)})`);
          }
        } else {
          const href = decodeEntities(/\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(token[2] ?? "")?.slice(2).find((v) => v !== undefined) ?? "").trim();
          stack.push({ tag: "a", out: "", href: SAFE_HREF.test(href) ? href : undefined });
        }
        break;
      case "blockquote":
        if (closing) {
          const frame = stack.length > 1 && top().tag === "blockquote" ? stack.pop()! : null;
          if (frame) {
            block();
            const inner = tidy(frame.out);
            if (inner) emit(inner.split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n"));
            block();
          }
        } else stack.push({ tag: "blockquote", out: "" });
        break;
      case "ul":
      case "ol":
        if (closing) listCounters.pop();
        else listCounters.push(name === "ol" ? 0 : null);
        block();
        break;
      case "li":
        if (!closing) {
          const depth = Math.max(0, listCounters.length - 1);
          const counter = listCounters[listCounters.length - 1];
          let marker = "- ";
          if (typeof counter === "number") marker = `${(listCounters[listCounters.length - 1] = counter + 1)}. `;
          const frame = top();
          frame.out = frame.out.replace(/[ \t]+$/, "");
          if (frame.out && !frame.out.endsWith("\n")) frame.out += "\n";
          emit("  ".repeat(depth) + marker);
        }
        break;
      case "img": {
        const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(token[2] ?? "");
        const text = alt?.[2] ?? alt?.[3];
        if (text) emit(escapeMarkdown(decodeEntities(text)));
        break;
      }
      default:
        break;
    }
  }
  // Unclosed links and quotes: their text is kept.
  while (stack.length > 1) {
    const frame = stack.pop()!;
    top().out += frame.out;
  }
  return tidy(stack[0]!.out);
}

function tidy(markdown: string): string {
  return markdown
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
