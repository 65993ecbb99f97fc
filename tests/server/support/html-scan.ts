/**
 * A small HTML start-tag scanner for checking the renderer's output without a DOM library. The
 * renderer escapes every `<` the author writes, so every raw `<` in its output must open or close
 * an allowlisted tag; attributes are read the way a browser's tokenizer reads them (names until
 * whitespace, `/`, `>` or `=`; values quoted or unquoted), so text inside a quoted value is never
 * mistaken for an attribute.
 */

export interface Attribute {
  name: string;
  /** The value as written (entities not decoded); null for a bare attribute. */
  raw: string | null;
  /** The value as a browser sees it, entities decoded. */
  value: string | null;
}

export interface StartTag {
  name: string;
  attrs: Attribute[];
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  colon: ":",
  tab: "\t",
  newline: "\n",
  nbsp: "\u00a0",
  sol: "/",
  lpar: "(",
  rpar: ")",
};

/** Decodes character references as a browser does in attribute values (semicolons optional for numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function scanHtml(html: string): { tags: StartTag[]; endTags: string[]; problems: string[] } {
  const tags: StartTag[] = [];
  const endTags: string[] = [];
  const problems: string[] = [];
  const isSpace = (ch: string | undefined) => ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f";
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === "/") {
      const m = /^<\/([a-zA-Z][a-zA-Z0-9]*)\s*>/.exec(html.slice(lt));
      if (!m) {
        problems.push(`malformed end tag at ${lt}: ${html.slice(lt, lt + 40)}`);
        i = lt + 1;
        continue;
      }
      endTags.push(m[1]!.toLowerCase());
      i = lt + m[0].length;
      continue;
    }
    if (!next || !/[a-zA-Z]/.test(next)) {
      problems.push(`raw "<" that opens no tag at ${lt}: ${html.slice(lt, lt + 40)}`);
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < html.length && !isSpace(html[j]) && html[j] !== "/" && html[j] !== ">") j++;
    const tag: StartTag = { name: html.slice(lt + 1, j).toLowerCase(), attrs: [] };
    let closed = false;
    while (j < html.length) {
      while (isSpace(html[j]) || html[j] === "/") j++;
      if (html[j] === ">") {
        closed = true;
        j++;
        break;
      }
      if (j >= html.length) break;
      const nameStart = j;
      j++; // an attribute name may start with "=" in the tokenizer
      while (j < html.length && !isSpace(html[j]) && html[j] !== "/" && html[j] !== ">" && html[j] !== "=") j++;
      const name = html.slice(nameStart, j).toLowerCase();
      while (isSpace(html[j])) j++;
      let raw: string | null = null;
      if (html[j] === "=") {
        j++;
        while (isSpace(html[j])) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          if (end < 0) {
            problems.push(`unterminated attribute value in <${tag.name}>`);
            j = html.length;
            break;
          }
          raw = html.slice(j + 1, end);
          j = end + 1;
        } else {
          const start = j;
          while (j < html.length && !isSpace(html[j]) && html[j] !== ">") j++;
          raw = html.slice(start, j);
        }
      }
      tag.attrs.push({ name, raw, value: raw === null ? null : decodeEntities(raw) });
    }
    if (!closed) problems.push(`unterminated <${tag.name}> tag`);
    tags.push(tag);
    i = j;
  }
  return { tags, endTags, problems };
}

export const ALLOWED_TAGS = new Set([
  "p",
  "em",
  "strong",
  "a",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "br",
  "hr",
  "del",
  "s",
  // GitHub-style tables, which markdown-it renders with text-align styles only.
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);

/** Attributes allowed per tag, each with a check of its decoded value. */
const ALLOWED_ATTRS: Record<string, Record<string, (value: string | null) => boolean>> = {
  a: {
    href: (v) => v !== null && safeUrl(v),
    rel: (v) => v === "nofollow ugc noopener",
    target: (v) => v === "_blank",
    title: (v) => v !== null,
  },
  ol: { start: (v) => v !== null && /^\d+$/.test(v) },
  code: { class: (v) => v !== null && /^language-\S*$/.test(v) },
  th: { style: (v) => v !== null && /^text-align:(left|right|center)$/.test(v) },
  td: { style: (v) => v !== null && /^text-align:(left|right|center)$/.test(v) },
};

/**
 * Whether a browser would treat the URL as a web or mail link: tabs and newlines are removed
 * and leading controls/spaces stripped first, as the URL parser does.
 */
export function safeUrl(value: string): boolean {
  const url = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme) return ["http", "https", "mailto"].includes(scheme[1]!.toLowerCase());
  // Relative: a fragment, or a path on the same host (not "//host" nor "/\host").
  return url.startsWith("#") || (url.startsWith("/") && url[1] !== "/" && url[1] !== "\\");
}

/** Everything wrong with a piece of rendered HTML, as readable strings (empty when safe). */
export function unsafeParts(html: string): string[] {
  const { tags, endTags, problems } = scanHtml(html);
  const found = [...problems];
  for (const tag of tags) {
    if (!ALLOWED_TAGS.has(tag.name)) found.push(`tag <${tag.name}>`);
    const allowed = ALLOWED_ATTRS[tag.name] ?? {};
    for (const attr of tag.attrs) {
      const check = allowed[attr.name];
      if (!check) found.push(`attribute ${attr.name} on <${tag.name}>`);
      else if (!check(attr.value)) found.push(`${attr.name}=${JSON.stringify(attr.raw)} on <${tag.name}>`);
    }
    if (tag.name === "a") {
      const rel = tag.attrs.find((a) => a.name === "rel");
      if (!rel) found.push("<a> without rel");
    }
    if (new Set(tag.attrs.map((a) => a.name)).size !== tag.attrs.length) found.push(`duplicate attribute on <${tag.name}>`);
  }
  for (const name of endTags) if (!ALLOWED_TAGS.has(name)) found.push(`end tag </${name}>`);
  // Belt and braces, on the raw text: these never appear unescaped in safe output.
  const raw = /<\s*(script|style|iframe|object|embed|svg|img|form|input|math|link|meta|base)\b/i.exec(html);
  if (raw) found.push(`raw <${raw[1]}`);
  return found;
}
