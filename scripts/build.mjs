#!/usr/bin/env node
// Builds the browser bundles with esbuild's JS API, and the Node server's (scripts/build-server.mjs).
//
//   node scripts/build.mjs           build once, print sizes, fail when over budget
//   node scripts/build.mjs --watch   rebuild on change (sizes printed after each build)
//
// Entries are listed in ENTRIES; an entry whose source file does not exist is skipped,
// so a new bundle (e.g. the admin app) is one more line here.
import { build, context } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildServer } from "./build-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const KB = 1024;

/**
 * name: label and manifest key; entry: source; outfile: bundle;
 * format: 'esm' for the admin app (a module script); budget: gzip bytes, or null for no budget;
 * mangle: shorten `_camelCase` members (the widget's convention for internals; safe only for
 * code written to it). The widget is built by buildWidget() below (a loader and code-split
 * modules), the other entries here.
 */
const ENTRIES = [
  { name: "admin", entry: "widget/admin/main.ts", outfile: "dist/admin.js", format: "esm", budget: null, mangle: false },
  // Comment counts for article lists (data-parley-count spans): a tiny classic script of its own.
  { name: "count", entry: "widget/count.ts", outfile: "dist/count.js", format: "iife", budget: 1 * KB, mangle: true },
];

/**
 * The widget's budgets, gzip, for a reader in any language: what a reader needs before interacting
 * (the loader /widget.js, the module entry, the chunks it imports statically, and the first-paint
 * part of ONE language, the largest), and everything a reader may download: those, the chunks
 * loaded when needed (composer, policy dialog, votes), and both parts of the language whose two
 * together are the largest (a reader gets only their page's language; the modules carry none).
 */
export const WIDGET_BUDGET = { initial: 15 * KB, total: 30 * KB };

const watch = process.argv.includes("--watch");

/**
 * Shrink the text of tagged templates in widget sources (esbuild leaves template text
 * alone): css`` loses comments and most whitespace; html`` loses indentation (whitespace
 * runs with a newline become one space, or nothing between two tags).
 */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .replace(/([^\w.-])0\.(\d)/g, "$1.$2");
}
function minifyHtml(text) {
  return text.replace(/>\s*\n\s*</g, "><").replace(/\s*\n\s*/g, " ");
}

/**
 * Walk a TypeScript source, rewriting the literal parts of html`` and css`` templates.
 * Handles strings, comments, and templates nested inside `${...}`.
 */
export function minifyTemplates(src) {
  let out = "";
  let i = 0;
  const n = src.length;
  // Scan code until `stop` (a closing brace at depth 0) or the end; returns the index after it.
  function code(stopAtBrace) {
    let depth = 0;
    while (i < n) {
      const c = src[i];
      if (c === "/" && src[i + 1] === "/") {
        const e = src.indexOf("\n", i);
        const end = e < 0 ? n : e;
        out += src.slice(i, end);
        i = end;
      } else if (c === "/" && src[i + 1] === "*") {
        const e = src.indexOf("*/", i + 2);
        const end = e < 0 ? n : e + 2;
        out += src.slice(i, end);
        i = end;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < n && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
        out += src.slice(i, j + 1);
        i = j + 1;
      } else if (c === "`") {
        const tag = /\b(html|css)\s*$/.exec(src.slice(Math.max(0, i - 8), i));
        template(tag ? tag[1] : null);
      } else if (c === "{") {
        depth++;
        out += c;
        i++;
      } else if (c === "}") {
        if (stopAtBrace && depth === 0) {
          out += c;
          i++;
          return;
        }
        depth--;
        out += c;
        i++;
      } else {
        out += c;
        i++;
      }
    }
  }
  function template(kind) {
    out += "`";
    i++;
    let text = "";
    const flush = () => {
      out += kind === "html" ? minifyHtml(text) : kind === "css" ? minifyCss(text) : text;
      text = "";
    };
    while (i < n) {
      const c = src[i];
      if (c === "\\") {
        text += src.slice(i, i + 2);
        i += 2;
      } else if (c === "`") {
        flush();
        out += "`";
        i++;
        return;
      } else if (c === "$" && src[i + 1] === "{") {
        flush();
        out += "${";
        i += 2;
        code(true);
      } else {
        text += c;
        i++;
      }
    }
    flush();
  }
  code(false);
  return out;
}

const minifyTemplatesPlugin = {
  name: "minify-templates",
  setup(b) {
    b.onLoad({ filter: /[\\/]widget[\\/].*\.ts$/ }, (args) => ({
      contents: minifyTemplates(readFileSync(args.path, "utf8")),
      loader: "ts",
    }));
  },
};

function options(e) {
  return {
    absWorkingDir: root,
    entryPoints: [e.entry],
    outfile: e.outfile,
    bundle: true,
    minify: true,
    format: e.format,
    target: ["es2022"],
    legalComments: "none",
    sourcemap: false,
    charset: "utf8",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
    // The widget's internal members are named `_camelCase` and get short names; Lit's
    // own (`_$xx`, `_t`) do not match.
    ...(e.mangle ? { mangleProps: /^_[a-z][A-Za-z0-9]+$/ } : {}),
    plugins: [minifyTemplatesPlugin],
  };
}

function readManifest(out) {
  try {
    return JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  } catch {
    return {}; // first build
  }
}

const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * The widget: ES modules code-split from widget/main.ts into OUT/w/NAME-HASH.js (long-cache
 * names), then the loader widget/embed.ts into OUT/widget.js (a classic script, the one tag
 * publishers paste) knowing the entry's name and its static imports. Returns the files with their
 * sizes: `initial` (loader + entry + static imports; `initialGzip` adds the largest language's
 * first-paint part) and `all`.
 */
export async function buildWidget(out = join(root, "dist")) {
  // The previous build's modules stay one more generation: a loader cached before a deploy
  // (/widget.js without a version is cached for a day) still finds what it imports.
  const previous = readManifest(out).widget?.files?.filter((f) => f.startsWith("w/")) ?? [];
  const modules = await build({
    ...options({ entry: "widget/main.ts", format: "esm", mangle: true }),
    outfile: undefined,
    outdir: join(out, "w"),
    splitting: true,
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    metafile: true,
    // Chromium (136+) then compiles every function while it streams the module, off the main
    // thread, instead of each on its first call during the first render.
    banner: { js: "//# allFunctionsCalledOnLoad" },
  });
  const outputs = modules.metafile.outputs;
  const name = (path) => relative(join(out, "w"), join(root, path)).split("\\").join("/");
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  // The entry's static imports, transitively.
  const initial = [entry];
  for (let i = 0; i < initial.length; i++)
    for (const imp of outputs[initial[i]].imports)
      if (imp.kind === "import-statement" && !initial.includes(imp.path)) initial.push(imp.path);
  const { languages, langHash } = await buildLanguages(out);
  await build({
    ...options({ entry: "widget/embed.ts", outfile: join(out, "widget.js"), format: "iife", mangle: true }),
    define: {
      "process.env.NODE_ENV": '"production"',
      PARLEY_MODULES: JSON.stringify(initial.map((p) => "w/" + name(p))),
      PARLEY_LANGS: JSON.stringify(Object.keys(languages).join("|")),
      PARLEY_LANG_HASH: JSON.stringify(langHash),
    },
  });
  const files = [
    join(out, "widget.js"),
    ...Object.keys(outputs).map((p) => join(root, p)),
    ...Object.values(languages).flatMap((l) => [join(out, l.first), join(out, l.extras)]),
  ].map((file) => {
    const buf = readFileSync(file);
    return { file: relative(out, file).split("\\").join("/"), bytes: buf.length, gzip: gzipSize(buf) };
  });
  const keep = new Set([...files.map((f) => f.file), ...previous]);
  if (existsSync(join(out, "w"))) for (const f of readdirSync(join(out, "w"))) if (!keep.has("w/" + f)) rmSync(join(out, "w", f));
  const isInitial = (f) => f.file === "widget.js" || initial.some((p) => join(root, p) === join(out, f.file));
  const languageFiles = Object.values(languages).flatMap((l) => [l.first, l.extras]);
  const isLanguage = (f) => languageFiles.includes(f.file);
  const gzipOf = (file) => files.find((f) => f.file === file).gzip;
  const sum = (fs) => fs.reduce((n, f) => n + f.gzip, 0);
  return {
    files,
    previous: previous.filter((f) => !files.some((x) => x.file === f)),
    // A reader downloads one language (the page's), its first-paint part before the first paint.
    initialGzip: sum(files.filter(isInitial)) + Math.max(0, ...Object.values(languages).map((l) => gzipOf(l.first))),
    totalGzip:
      sum(files.filter((f) => !isLanguage(f))) + Math.max(0, ...Object.values(languages).map((l) => gzipOf(l.first) + gzipOf(l.extras))),
    initial: files.filter(isInitial).map((f) => f.file),
    languages,
  };
}

/**
 * The languages (English included), each in two parts: widget/i18n/LANG.ts, what the first paint
 * says, and widget/i18n/extras/LANG.ts, what the lazily loaded chunk says. Each part one
 * self-contained module, OUT/w/LANG-HASH.js and OUT/w/LANG-extras-HASH.js (its Intl helpers
 * inlined, no imports, so each part costs one request). Returns language → { first, extras }.
 */
async function buildLanguages(out) {
  const dir = join(root, "widget/i18n");
  const codes = existsSync(dir) ? readdirSync(dir).flatMap((f) => /^([a-z]{2,3})\.ts$/.exec(f)?.[1] ?? []) : [];
  const r = await build({
    ...options({ entry: "", format: "esm", mangle: true }),
    entryPoints: codes.flatMap((lang) => [
      { in: `widget/i18n/${lang}.ts`, out: lang },
      { in: `widget/i18n/extras/${lang}.ts`, out: `${lang}-extras` },
    ]),
    outfile: undefined,
    outdir: join(out, "w"),
    entryNames: "[name]",
    metafile: true,
    write: false,
  });
  // One hash for them all, so the loader needs only their list and that hash.
  const hash = createHash("sha256");
  const built = Object.keys(r.metafile.outputs).map((path) => {
    const { contents } = r.outputFiles.find((f) => f.path === join(root, path));
    hash.update(contents);
    return { contents, name: /([a-z]+(?:-extras)?)\.js$/.exec(path)[1] };
  });
  const langHash = hash.digest("hex").slice(0, 8).toUpperCase();
  for (const { contents, name } of built) writeFileSync(join(out, `w/${name}-${langHash}.js`), contents);
  const languages = Object.fromEntries(
    codes.map((lang) => [lang, { first: `w/${lang}-${langHash}.js`, extras: `w/${lang}-extras-${langHash}.js` }]),
  );
  return { languages, langHash };
}

/** Print the widget's sizes, record them in the manifest; false when over a budget. */
function reportWidget(w, manifest) {
  manifest.widget = {
    file: "dist/widget.js",
    files: w.files.map((f) => f.file),
    /** The build before's modules, still served (see buildWidget). */
    previous: w.previous,
    initial: w.initial,
    initialGzip: w.initialGzip,
    totalGzip: w.totalGzip,
    /** Language → its two chunks: the first paint's and the lazily loaded chunk's (the loader knows their names). */
    languages: w.languages,
  };
  const language = Object.fromEntries(
    Object.entries(w.languages).flatMap(([lang, l]) => [
      [l.first, `${lang}, first paint`],
      [l.extras, `${lang}, with the lazily loaded chunk`],
    ]),
  );
  for (const f of w.files) {
    const note = w.initial.includes(f.file) ? " (initial)" : language[f.file] ? ` (language: ${language[f.file]})` : "";
    console.log(`dist/${f.file}: ${fmt(f.bytes)} raw, ${fmt(f.gzip)} gzip${note}`);
  }
  const line = (label, n, budget) =>
    `${label}: ${fmt(n)} gzip (budget ${fmt(budget)}: ${n > budget ? "OVER by " + fmt(n - budget) : "ok, " + fmt(budget - n) + " left"})`;
  console.log(line("widget, before interacting (with the largest language's first-paint part)", w.initialGzip, WIDGET_BUDGET.initial));
  console.log(line("widget, all chunks (with the largest language's both parts)", w.totalGzip, WIDGET_BUDGET.total));
  return w.initialGzip <= WIDGET_BUDGET.initial && w.totalGzip <= WIDGET_BUDGET.total;
}

const fmt = (n) => (n / KB).toFixed(2) + " KB";

/** Print sizes, write dist/manifest.json; returns false when a bundle is over budget. */
function report(active, widget) {
  let ok = true;
  const path = join(root, "dist/manifest.json");
  let manifest = {};
  try {
    manifest = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    /* first build */
  }
  if (widget) ok = reportWidget(widget, manifest);
  for (const e of active) {
    const file = join(root, e.outfile);
    if (!existsSync(file)) continue;
    const buf = readFileSync(file);
    const gz = gzipSize(buf);
    const hash = createHash("sha256").update(buf).digest("hex").slice(0, 16);
    manifest[e.name] = { file: e.outfile, bytes: buf.length, gzip: gz, hash };
    let line = `${e.outfile}: ${fmt(buf.length)} raw, ${fmt(gz)} gzip`;
    if (e.budget != null) {
      const over = gz > e.budget;
      if (over) ok = false;
      line += ` (budget ${fmt(e.budget)} gzip: ${over ? "OVER by " + fmt(gz - e.budget) : "ok, " + fmt(e.budget - gz) + " left"})`;
    }
    console.log(line);
  }
  writeFileSync(path, JSON.stringify(manifest, null, 2) + "\n");
  return ok;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) await main();

async function main() {
  const active = ENTRIES.filter((e) => {
    const present = existsSync(join(root, e.entry));
    if (!present) console.log(`skip ${e.name}: ${e.entry} not found`);
    return present;
  });
  mkdirSync(join(root, "dist"), { recursive: true });

  if (watch) {
    for (const e of active) {
      const ctx = await context({
        ...options(e),
        plugins: [
          ...options(e).plugins,
          {
            name: "report",
            setup(b) {
              b.onEnd((r) => {
                if (r.errors.length) console.error(`${e.name}: build failed`);
                else report([e]);
              });
            },
          },
        ],
      });
      await ctx.watch();
    }
    // The widget's loader needs its modules' names: rebuilt whole when a widget source changes.
    const widget = await context({
      ...options({ entry: "widget/main.ts", format: "esm" }),
      outfile: undefined,
      outdir: join(root, "dist/.watch"),
      write: false,
      plugins: [
        ...options({}).plugins,
        {
          name: "widget",
          setup(b) {
            b.onEnd(async (r) => {
              if (r.errors.length) return console.error("widget: build failed");
              report([], await buildWidget().catch(() => null));
            });
          },
        },
      ],
    });
    await widget.watch();
    console.log(`watching widget/, ${active.map((e) => relative(".", e.entry)).join(", ")}`);
  } else {
    let widget;
    try {
      [widget] = await Promise.all([buildWidget(), buildServer(), ...active.map((e) => build(options(e)))]);
    } catch {
      process.exit(1);
    }
    if (!report(active, widget)) {
      console.error("bundle over its size budget");
      process.exit(1);
    }
  }
}
