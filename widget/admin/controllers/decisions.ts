import type { ReactiveController, ReactiveControllerHost } from "lit";
import { ApiError, errorMessage, type QueueItem, type Standing } from "../lib/admin-api.ts";

export type DecideAction = "approve" | "reject";

/** What a run of decisions came to. */
export interface DecisionOutcome {
  /** Decided here, or found decided elsewhere (a conflict): they leave the queue. */
  done: Set<string>;
  conflicts: number;
  /** The last item that left the queue: its standing after a strike, or the conflict's message. */
  last: { item: QueueItem; standing?: Standing; conflict?: string } | null;
}

/**
 * Decision-running: decides items one after another (a strike's sanction depends on the strikes
 * before it), keeping which are busy, which failed (and why) and the progress of a bulk run, and
 * when each decision landed (`decided`: poll answers to requests sent before then are stale for
 * those items).
 */
export class DecisionsController implements ReactiveController {
  busy = new Map<string, string>();
  errors = new Map<string, string>();
  progress: { done: number; total: number } | null = null;
  /** Comment id → when this tab's decision on it landed (performance.now()). */
  decided = new Map<string, number>();

  constructor(
    private host: ReactiveControllerHost,
    private decide: (
      id: string,
      body: { action: DecideAction; rule?: string; note?: string; expectStatus?: "published" | "pending" | "rejected" },
    ) => Promise<{ standing: Standing }>,
    private failed: (message: string) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forget everything (another site). */
  reset(): void {
    this.decided.clear();
    this.errors = new Map();
  }

  async run(items: QueueItem[], action: DecideAction, rule: string | null, note: string, label: string): Promise<DecisionOutcome> {
    const many = items.length > 1;
    this.busy = new Map([...this.busy, ...items.map((i) => [i.comment.id, label] as const)]);
    const errors = new Map(this.errors);
    items.forEach((i) => errors.delete(i.comment.id));
    this.errors = errors;
    if (many) this.progress = { done: 0, total: items.length };
    this.host.requestUpdate();
    const out: DecisionOutcome = { done: new Set(), conflicts: 0, last: null };
    for (const item of items) {
      const id = item.comment.id;
      try {
        const expectStatus = item.comment.status === "deleted" ? undefined : item.comment.status;
        const res = await this.decide(id, {
          action,
          ...(rule ? { rule } : {}),
          ...(note ? { note } : {}),
          ...(expectStatus ? { expectStatus } : {}),
        });
        out.done.add(id);
        out.last = { item, standing: res.standing };
      } catch (e) {
        if (e instanceof ApiError && e.code === "conflict") {
          // Someone else decided it (or the author deleted it): it leaves this queue, undecided by us.
          out.done.add(id);
          out.conflicts++;
          out.last = { item, conflict: e.message };
        } else this.errors = new Map(this.errors).set(id, this.failed(errorMessage(e)));
      }
      if (out.done.has(id)) this.decided.set(id, performance.now());
      const busy = new Map(this.busy);
      busy.delete(id);
      this.busy = busy;
      if (many) this.progress = { done: this.progress!.done + 1, total: items.length };
      this.host.requestUpdate();
    }
    this.progress = null;
    this.host.requestUpdate();
    return out;
  }
}
