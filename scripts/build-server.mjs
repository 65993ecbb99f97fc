#!/usr/bin/env node
// Bundles the Node server (server/node.ts) into dist/server.mjs, which `npm start` runs.
//
//   node scripts/build-server.mjs     (also part of `node scripts/build.mjs`)
//
// Why not run the TypeScript through tsx, as `npm run dev` does: tsx compiles with esbuild's
// keepNames, which wraps every function in a naming call where it is made. The detector makes
// small closures per comment, and those calls cost it about a sixth of its time per comment.
// Packages stay external (libSQL's native binding is resolved at run time).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SERVER_BUNDLE = join(root, "dist/server.mjs");

/** Bundles `entry` (a Node entry point) into `outfile`, as the server is bundled. */
export async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

export async function buildServer() {
  await bundleForNode(join(root, "server/node.ts"), SERVER_BUNDLE);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) await buildServer();
