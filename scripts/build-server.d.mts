/** dist/server.mjs, the bundled Node server. */
export const SERVER_BUNDLE: string;
/** Bundles `entry` (a Node entry point) into `outfile`, as the server is bundled. */
export function bundleForNode(entry: string, outfile: string): Promise<void>;
/** Bundles server/node.ts into dist/server.mjs. */
export function buildServer(): Promise<void>;
