import { html } from "lit";
import { TaskStatus } from "@lit/task";
import { t } from "../strings.ts";
import { errorMessage } from "./admin-api.ts";

export type LoadState = "loading" | "ready" | "error";

/** A view's loading and failed states (with a retry); null once it is ready to show its content. */
export function loadStateView(state: LoadState, error: string | null, retry: () => void) {
  if (state === "loading") return html`<p class="state" role="status">${t.loading}</p>`;
  if (state === "error")
    return html`<div class="state" role="alert">
      <p>${error}</p>
      <button type="button" @click=${retry}>${t.retry}</button>
    </div>`;
  return null;
}

/** What a view needs of a `@lit/task` Task. */
interface TaskLike<R> {
  readonly status: TaskStatus;
  readonly value: R | undefined;
  readonly error: unknown;
  run(): Promise<void>;
}

/** A `@lit/task` load as a view: loading, failed (retry runs it again), or `ready` with what it loaded. */
export function taskView<R>(task: TaskLike<R>, ready: (value: R) => unknown) {
  if (task.status === TaskStatus.COMPLETE) return ready(task.value as R);
  if (task.status === TaskStatus.ERROR) return loadStateView("error", errorMessage(task.error), () => void task.run());
  return loadStateView("loading", null, () => {});
}
