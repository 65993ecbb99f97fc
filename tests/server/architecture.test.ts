import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every module a file imports or re-exports, type-only imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms), ...text.matchAll(/^\s*import\s+"([^"]+)"/gm)];
  return specifiers.map((m) => m[1]!);
}

/** The top-level folder of a server or db file: `server/moderation/x.ts` → `moderation`, `server/app.ts` → `app.ts`. */
function areaOf(file: string): string {
  const parts = file.split("/");
  return parts[0] === "db" ? "db" : parts[1]!;
}

const files = [...sourceFiles("server"), ...sourceFiles("db")];

function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    for (const spec of importsOf(file)) {
      if (!spec.startsWith(".")) continue;
      const target = relative(root, resolve(root, dirname(file), spec));
      if (!target.startsWith("server/") && !target.startsWith("db/")) continue;
      const from = areaOf(file);
      const to = areaOf(target);
      if (from === to) continue;
      let edges = graph.get(from);
      if (!edges) graph.set(from, (edges = new Map()));
      if (!edges.has(to)) edges.set(to, `${file} → ${target}`);
    }
  }
  return graph;
}

/** Each cycle between folders, once, with one import for each of its edges. */
function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found = new Map<string, string>();
  const visit = (start: string, path: string[], examples: string[]) => {
    const node = path[path.length - 1]!;
    for (const [next, example] of graph.get(node) ?? []) {
      if (next === start) {
        const key = [...path].sort().join(" ⇄ ");
        if (!found.has(key)) found.set(key, `${path.join(" → ")} → ${start}: ${[...examples, example].join("; ")}`);
      } else if (!path.includes(next) && next > start) {
        visit(start, [...path, next], [...examples, example]);
      }
    }
  };
  for (const start of graph.keys()) visit(start, [start], []);
  return [...found.values()];
}

describe("architecture", () => {
  it("has no import cycle between top-level server folders (and db)", () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it("keeps the database out of the routes: no drizzle-orm import, no query builder", () => {
    const offending = sourceFiles("server/routes").flatMap((file) => {
      const text = readFileSync(join(root, file), "utf8");
      const problems: string[] = [];
      if (importsOf(file).some((spec) => spec.startsWith("drizzle-orm"))) problems.push(`${file}: imports drizzle-orm`);
      if (importsOf(file).some((spec) => /\/db\/schema\.ts$/.test(spec))) problems.push(`${file}: imports the schema`);
      for (const m of text.matchAll(/\bdb\s*\.\s*(select\w*|insert|update|delete|query|batch|run|all|get|values|transaction)\b/g))
        problems.push(`${file}: db.${m[1]}`);
      return problems;
    });
    expect(offending).toEqual([]);
  });

  it("sees the imports it checks (the parser is not blind)", () => {
    const graph = folderGraph();
    expect(graph.get("routes")?.has("moderation")).toBe(true);
    expect(graph.get("moderation")?.has("db")).toBe(true);
  });
});
