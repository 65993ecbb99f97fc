import { SaxesParser } from "saxes";
import { ApiError } from "../../errors.ts";
import { badFile } from "./source.ts";

/** An element with its subtree, as the importers read Disqus and WordPress records. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Its own text and CDATA, in order (not its children's). */
  text: string;
  /** Where it starts in the file (1-based). */
  line: number;
}

/** The first child of that name (names as written, prefixes included). */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childText(element: XmlElement | undefined, name: string): string {
  return child(element, name)?.text.trim() ?? "";
}

/**
 * Streams an XML file and yields the subtrees `collect` picks (e.g. Disqus's <post> elements),
 * one at a time: memory holds one record, not the file. No DOCTYPE is accepted, so no entity, and
 * no external entity above all, is ever resolved (saxes resolves none anyway: an undeclared
 * entity is an error). A malformed file stops with its line.
 */
export async function* xmlRecords(
  chunks: AsyncIterable<string>,
  collect: (name: string, depth: number) => boolean,
): AsyncGenerator<XmlElement> {
  const parser = new SaxesParser({ position: true });
  const ready: XmlElement[] = [];
  const open: XmlElement[] = [];
  let depth = 0;
  let collecting: XmlElement | null = null;
  parser.on("doctype", () => {
    throw badFile("a DOCTYPE declaration is not accepted (entities are never resolved).", parser.line);
  });
  parser.on("opentag", (tag) => {
    if (collecting) {
      const element: XmlElement = { name: tag.name, attrs: attributes(tag.attributes), children: [], text: "", line: parser.line };
      open[open.length - 1]!.children.push(element);
      open.push(element);
    } else if (collect(tag.name, depth)) {
      collecting = { name: tag.name, attrs: attributes(tag.attributes), children: [], text: "", line: parser.line };
      open.push(collecting);
    }
    depth++;
  });
  const addText = (text: string) => {
    if (open.length > 0) open[open.length - 1]!.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    depth--;
    if (!collecting) return;
    const done = open.pop()!;
    if (done === collecting) {
      ready.push(done);
      collecting = null;
    }
  });
  const write = (chunk: string | null) => {
    try {
      if (chunk === null) parser.close();
      else parser.write(chunk);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        // saxes's messages start with "fileName:line:column: ".
        throw badFile(`not well-formed XML (${String((error as Error).message).replace(/^(?:[^:\s]*:)?\d+:\d+:\s*/, "").replace(/\.$/, "")}).`, parser.line);
      }
      throw error;
    }
  };
  for await (const chunk of chunks) {
    write(chunk);
    yield* ready.splice(0);
  }
  write(null);
  yield* ready.splice(0);
}

function attributes(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) out[name] = typeof value === "string" ? value : String((value as { value?: string }).value ?? "");
  return out;
}
