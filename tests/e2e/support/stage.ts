/**
 * The browser tests' stage: a Parley server, a publisher's site on another origin (host.ts),
 * headless Chromium (browser.ts), the owner signed in and a guest-side API client (api.ts).
 * Started together, closed in reverse; a part that fails to start closes the others.
 */
import { startServer, type RunningServer, type StartOptions } from "../../helpers/server.ts";
import { Admin, Api } from "./api.ts";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { startHost, type HostServer } from "./host.ts";

export interface Stage {
  srv: RunningServer;
  host: HostServer;
  browser: LaunchedBrowser;
  /** The owner, signed in. */
  admin: Admin;
  api: Api;
  close(): Promise<void>;
}

export interface StageOptions {
  server?: StartOptions;
  /**
   * Settings of the demo site besides the two it always gets (the host's origin, and a rate limit
   * no test reaches); null leaves the site as it is.
   */
  site?: Record<string, unknown> | null;
}

export async function stage(options: StageOptions = {}): Promise<Stage> {
  const started = await Promise.allSettled([startServer(options.server), startHost("127.0.0.2"), launchBrowser()] as const);
  const [srv, host, browser] = started.map((s) => (s.status === "fulfilled" ? s.value : undefined)) as [
    RunningServer | undefined,
    HostServer | undefined,
    LaunchedBrowser | undefined,
  ];
  const close = async () => {
    await browser?.close();
    await host?.close();
    await srv?.stop();
  };
  try {
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    const admin = await Admin.login(srv!.url, srv!.adminEmail, srv!.adminPassword);
    if (options.site !== null) await admin.patchSite({ origins: [srv!.url, host!.origin], rateLimitPerMinute: 1000, ...options.site });
    return { srv: srv!, host: host!, browser: browser!, admin, api: new Api(srv!.url), close };
  } catch (error) {
    await close();
    throw error;
  }
}
