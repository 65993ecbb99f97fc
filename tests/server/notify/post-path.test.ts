import { afterEach, describe, expect, it, vi } from "vitest";
import { Client } from "../../helpers/client.ts";
import { notifyApp } from "./support.ts";

let close: (() => void) | undefined;
afterEach(() => close?.());

/** The notification tables' statements among everything the database was sent. */
const notifying = (sql: string[]) => sql.filter((s) => /"(webhooks|subscriptions|deliveries)"/.test(s));

describe("the POST path", () => {
  it("costs no query for notifications while the site has no webhooks and no subscribers (after the first, cached)", async () => {
    const seen: string[] = [];
    const t = await notifyApp({ onQuery: (sql) => seen.push(sql) });
    close = () => t.close();
    const reader = Client.over(t.app);
    await reader.joinAsGuest("Reader");
    expect((await reader.postComment("The first fills the cache.")).status).toBe(201);
    await vi.waitFor(() => expect(notifying(seen)).toHaveLength(1)); // the webhook list (no subscriber query while email is off)
    seen.length = 0;
    for (let i = 0; i < 5; i++) expect((await reader.postComment(`Comment ${i}.`)).status).toBe(201);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(seen.length).toBeGreaterThan(0);
    expect(notifying(seen)).toEqual([]);
  });

  it("adds one insert per event when a webhook listens, and a change through the admin API applies at once", async () => {
    const seen: string[] = [];
    const t = await notifyApp({ onQuery: (sql) => seen.push(sql) });
    close = () => t.close();
    const owner = Client.over(t.app);
    await owner.loginAdmin();
    const reader = Client.over(t.app);
    await reader.joinAsGuest("Reader");
    await reader.postComment("Warm.");
    const hook = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: "http://127.0.0.1:9/none", events: ["comment.created"] });
    expect(hook.status).toBe(201);
    seen.length = 0;
    expect((await reader.postComment("Heard.")).status).toBe(201);
    await vi.waitFor(() => expect(notifying(seen).filter((s) => /^insert into "deliveries"/i.test(s))).toHaveLength(1));
    // the new webhook's list was read once (the admin API dropped the cached one), then the sender looked it up to call it
    // the list was read once for both of the post's events (the admin API dropped the cached one)
    expect(notifying(seen).filter((s) => s.startsWith('select "id", "events" from "webhooks"'))).toHaveLength(1);
  });
});
