/**
 * Shared set-up for the moderation flow tests: one app (and one admin login) per file, guests
 * that each come from their own network address and device, and a deterministic keyword
 * detector driven by tests/fixtures/moderation/keyword-detector.json for flow tests.
 */
import { expect } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import type { Span } from "../../../contract/wire.ts";
import type { Detector, DetectorResult } from "../../../server/detector/types.ts";
import keywords from "../../fixtures/moderation/keyword-detector.json";
import phrases from "../../fixtures/moderation/phrases.json";
import { makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";

export { phrases };

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

function occurrences(text: string, words: string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const word of words) {
    for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + word.length)) spans.push({ start: i, end: i + word.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Flow tests only: a reject word scores 1 (refused under any thresholds), a hold word scores
 * midway between the default thresholds, anything else 0.
 */
export function keywordDetector(): Detector {
  return {
    version: "test-keywords",
    score(text: string): DetectorResult {
      const reject = occurrences(text, keywords.reject);
      if (reject.length) return { score: 1, spans: reject, target: "commenter", threat: false };
      const hold = occurrences(text, keywords.hold);
      if (hold.length)
        return { score: (DEFAULT_THRESHOLDS.hold + DEFAULT_THRESHOLDS.reject) / 2, spans: hold, target: "commenter", threat: false };
      return { score: 0, spans: [], target: "none", threat: false };
    },
  };
}

export type Guest = Client & { user: { id: string; name: string }; address: string; device: string };

export async function setup(options: { detector?: Detector } = {}) {
  const t = await makeTestApp(options.detector ? { detector: options.detector } : {});
  const admin = Client.over(t.app);
  const adminInfo = (await admin.loginAdmin()) as { id: string; email: string };
  let n = 0;
  const next = () => ++n;
  const addressFor = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

  /** A client whose every request comes from `address` (through the helper's setAddress). */
  const clientAt = (address: string) =>
    new Client((path, init) => {
      t.setAddress(address);
      return t.app.request(path, init);
    });

  const h = {
    ...t,
    admin,
    adminId: adminInfo.id,
    clientAt,
    freshAddress: () => addressFor(next()),
    freshDevice: () => `device-${next()}-${Math.random().toString(36).slice(2, 10)}`,
    /** A unique page key, so tests sharing the app do not see each other's comments. */
    page: () => `page-${next()}`,
    /** A new guest with its own address and device (or the ones given). */
    async guest(name = "Guest", opts: { address?: string; device?: string } = {}): Promise<Guest> {
      const address = opts.address ?? h.freshAddress();
      const device = opts.device ?? h.freshDevice();
      const c = clientAt(address);
      const user = await c.joinAsGuest(name, "demo", device);
      return Object.assign(c, { user, address, device });
    },
    /** Tries to open a guest session; returns the raw response. */
    tryGuest(name: string, opts: { address: string; device?: string }) {
      return clientAt(opts.address).post("/api/v1/sites/demo/sessions", opts.device ? { name, device: opts.device } : { name });
    },
    /** Moves past the current rate-limit window. */
    tick() {
      t.clock.advance(61_000);
    },
    list(c: Client, page: string) {
      return c.get(`/api/v1/sites/demo/comments?page=${encodeURIComponent(page)}`);
    },
    publicList(page: string) {
      return Client.over(t.app).get(`/api/v1/sites/demo/comments?page=${encodeURIComponent(page)}`);
    },
    decide(commentId: string, body: { action: "approve" | "reject"; rule?: string; note?: string }) {
      return admin.post(`/api/v1/admin/sites/demo/comments/${commentId}/decision`, body);
    },
    /** Posts and expects `status`; returns the comment. */
    async posted(c: Client, body: string, page: string, status = 201, extra: Record<string, unknown> = {}) {
      const res = await c.postComment(body, { page, ...extra });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      return res.body.comment as { id: string; status: string; [k: string]: unknown };
    },
    /** A comment by `c`, held, then rejected by a moderator under `rule` (a strike). */
    async strike(c: Client, page: string, rule: string | undefined = "personal-attacks") {
      const comment = await h.posted(c, phrases.keyword.held[0]!, page, 202);
      const res = await h.decide(comment.id, { action: "reject", ...(rule ? { rule } : {}) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as {
        comment: { id: string; status: string };
        standing: { status: string; until: string | null; reason: string | null; strikes: number };
      };
    },
    async auditAll(query = ""): Promise<any[]> {
      const entries: any[] = [];
      let cursor: string | null = null;
      do {
        const sep = query ? "&" : "";
        const res: { status: number; body: any } = await admin.get(
          `/api/v1/admin/sites/demo/audit?limit=500${sep}${query}${cursor ? `&cursor=${cursor}` : ""}`,
        );
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        entries.push(...res.body.entries);
        cursor = res.body.nextCursor;
      } while (cursor);
      return entries;
    },
  };
  return h;
}

export type Harness = Awaited<ReturnType<typeof setup>>;
