import { badFile } from "./source.ts";

/** JSON Lines: each non-empty line parsed, with its number; a line that is not JSON stops the import. */
export async function* jsonLines(chunks: AsyncIterable<string>): AsyncGenerator<{ value: unknown; line: number }> {
  let rest = "";
  let line = 0;
  const parse = (text: string) => {
    line++;
    if (!text.trim()) return undefined;
    try {
      return { value: JSON.parse(text) as unknown, line };
    } catch {
      throw badFile("not a JSON line.", line);
    }
  };
  for await (const chunk of chunks) {
    rest += chunk;
    let end: number;
    while ((end = rest.indexOf("\n")) >= 0) {
      const parsed = parse(rest.slice(0, end));
      rest = rest.slice(end + 1);
      if (parsed) yield parsed;
    }
  }
  const last = parse(rest);
  if (last) yield last;
}
