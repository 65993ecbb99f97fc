/**
 * Every error the API answers is `{"error": {"code", "message", ...}}` (API.md, Conventions):
 * the codes, their HTTP statuses, and the extra members some codes carry.
 */
import type { Span } from "./wire.ts";
import type { Target } from "./targets.ts";
import type { Challenge } from "./challenge.ts";

export const ERROR_STATUS = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  /** An extension: a guest session needs a proof of work (README, "Guest challenge"). */
  challenge_required: 403,
  suspended: 403,
  revoked: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  policy_violation: 422,
  rate_limited: 429,
  /** An extension: an unexpected failure, never with a stack trace. */
  internal: 500,
  /** An extension: live updates are not served here, or this server has no room for another stream: poll the listing. */
  unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The members beyond `code` and `message` that a code carries; absent codes may carry `field`. */
export interface ErrorDetails {
  validation_failed: { field?: string; limit?: number; line?: number };
  suspended: { until: string | null; reason: string | null };
  revoked: { reason: string | null };
  conflict: { field?: string; status?: string };
  policy_violation: { rule: string | null; spans: Span[]; target: Target; canAcknowledge: boolean; policyVersion: number };
  rate_limited: { retryAfter: number };
  /** A fresh challenge, so the widget can solve it without asking for one. */
  challenge_required: { challenge: Challenge };
}

/** The body of an error answer. */
export interface ErrorBody<C extends ErrorCode = ErrorCode> {
  error: { code: C; message: string } & (C extends keyof ErrorDetails ? Partial<ErrorDetails[C]> : { field?: string });
}
