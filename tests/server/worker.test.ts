import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("the Workers entry", () => {
  it("bundles for workerd without Node's built-in modules", () => {
    const out = mkdtempSync(join(tmpdir(), "parley-worker-"));
    try {
      // No nodejs_compat flag in wrangler.toml: a `node:` import anywhere in shared code fails this build.
      execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], {
        cwd: root,
        env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
        stdio: "pipe",
        timeout: 120_000,
      });
      const bundle = readFileSync(join(out, "worker.js"), "utf8");
      expect(bundle).not.toMatch(/from\s*["']node:/);
      expect(bundle).toContain("createApp");
      expect(readFileSync(join(root, "wrangler.toml"), "utf8")).not.toMatch(/nodejs_compat/);
      // Cloudflare's limit for a Worker on the free plan is 3 MB compressed; the detector's model is most of it
      expect(gzipSync(bundle).length).toBeLessThan(3 * 1024 * 1024);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 150_000);
});
