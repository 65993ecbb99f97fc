import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface PollOptions {
  /** Seconds between polls; 0 stops polling (read at each scheduling). */
  seconds(): number;
  /** True while a poll should wait for the next turn (e.g. a bulk decision is running). */
  busy(): boolean;
  /** One refresh; `signal` aborts when a newer refresh or a fresh load starts. */
  refresh(signal: AbortSignal): Promise<void>;
}

/**
 * Polling for changes: every `seconds()`, and at once when the tab becomes visible again;
 * never while the tab is hidden. One refresh at a time: a new one (or `cancel()`) aborts the
 * one in flight, whose late answer then never lands. `stale` says the last refresh failed.
 */
export class PollController implements ReactiveController {
  stale = false;
  updatedAt: string | null = null;
  _timer = 0;
  _abort: AbortController | null = null;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private o: PollOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener("visibilitychange", this._onVisible);
  }

  hostDisconnected(): void {
    document.removeEventListener("visibilitychange", this._onVisible);
    this.cancel();
  }

  _onVisible = () => {
    if (!document.hidden) this.now();
  };

  /** The next poll in `seconds()`. */
  schedule(): void {
    clearTimeout(this._timer);
    const s = this.o.seconds();
    if (this.host.isConnected && s > 0) this._timer = window.setTimeout(() => this.now(), s * 1000);
  }

  /** No poll in flight or pending (a fresh load is starting). */
  cancel(): void {
    clearTimeout(this._timer);
    this._abort?.abort();
  }

  /** A fresh answer was had another way (a load): not stale, and the clock starts over. */
  fresh(): void {
    this.stale = false;
    this.updatedAt = new Date().toISOString();
    this.schedule();
  }

  /** Refresh now (unless hidden or busy: then at the next turn). */
  async now(): Promise<void> {
    if (!this.host.isConnected) return;
    if (document.hidden || this.o.busy()) return this.schedule();
    this.cancel();
    const ctrl = (this._abort = new AbortController());
    try {
      await this.o.refresh(ctrl.signal);
      if (ctrl.signal.aborted) return;
      this.stale = false;
      this.updatedAt = new Date().toISOString();
    } catch {
      if (ctrl.signal.aborted) return;
      this.stale = true;
    }
    this.schedule();
    this.host.requestUpdate();
  }
}
