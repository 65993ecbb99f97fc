// The README's map of the code names every source folder where it lives, so a newcomer finds
// where a behaviour lives in one hop; a folder added without a line in the map fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const map = readme.slice(readme.indexOf("## For contributors: a map of the code")).split("```")[1] ?? "";

/** The map's entries as paths ("server/moderation/spam/"): a name at the start of a line, nested by indentation (descriptions are indented further). */
function entries(text: string): Set<string> {
  const paths = new Set<string>();
  const stack: { indent: number; name: string }[] = [];
  for (const line of text.split("\n")) {
    const m = /^( {0,8})([\w.-]+\/?)(\s|$)/.exec(line);
    if (!m) continue;
    const indent = m[1]!.length;
    while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
    const path = stack.map((s) => s.name).join("") + m[2]!;
    paths.add(path);
    if (m[2]!.endsWith("/")) stack.push({ indent, name: m[2]! });
  }
  return paths;
}

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}/`);

describe("README: the map of the code", () => {
  const listed = entries(map);

  it("names the top-level folders", () => {
    for (const name of ["contract/", "server/", "db/", "widget/", "scripts/", "tests/"]) expect(listed).toContain(name);
  });

  it.each(["server", "server/moderation", "widget", "widget/admin"])("names every folder under %s/ in its place", (dir) => {
    for (const folder of folders(dir)) expect(listed, `${folder} is not in the README's map of the code`).toContain(folder);
  });
});
