import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser and child-process tests each start servers: two files at a time suit a 2-core machine.
    maxWorkers: 2,
    pool: "forks",
  },
});
