/**
 * Headless Chromium for the widget's end-to-end tests: playwright-core driving the
 * system's /usr/bin/chromium. Without it the browser tests are skipped, except under CI
 * (`process.env.CI`), where a missing browser is an error.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** True when the browser tests can run; throws under CI when Chromium is missing. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM} (required under CI)`);
  return false;
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface LaunchedBrowser {
  browser: Browser;
  /** A fresh, isolated context (own storage, cookies). */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh temporary profile. Playwright gives every
 * `launch()` its own temporary user-data-dir; we also point the browser's disk cache
 * into a directory of ours that `close()` removes.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const dir = mkdtempSync(join(tmpdir(), "parley-chromium-"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disk-cache-dir=${join(dir, "cache")}`],
    timeout: 60_000,
  });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    async context(options = {}) {
      const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
      ctx.setDefaultTimeout(20_000);
      contexts.push(ctx);
      return ctx;
    },
    async close() {
      await Promise.allSettled(contexts.map((c) => c.close()));
      await browser.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
