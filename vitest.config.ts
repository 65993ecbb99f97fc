import { configDefaults, defineConfig } from "vitest/config";

const CONTRACT = "tests/api/**/*.test.ts";
/** Bundles the Node server once per run: tests start it as `npm start` does (dist/server.mjs). */
const SERVER_BUILD = "tests/helpers/build-server.ts";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser and child-process tests each start servers: two files at a time suit a 2-core machine.
    maxWorkers: 2,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "parley",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, CONTRACT],
          globalSetup: [SERVER_BUILD],
        },
      },
      // The black-box contract suite, once per target. Each project starts its target once per
      // run (globalSetup), and only when one of its files is selected.
      { extends: true, test: { name: "contract:node", include: [CONTRACT], globalSetup: [SERVER_BUILD, "tests/api/targets/node.ts"] } },
      { extends: true, test: { name: "contract:workers", include: [CONTRACT], globalSetup: ["tests/api/targets/workers.ts"] } },
    ],
  },
});
