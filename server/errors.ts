import type { ContentfulStatusCode } from "hono/utils/http-status";

export const ERROR_STATUS = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  suspended: 403,
  revoked: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  policy_violation: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A failure the client should hear about, in the contract's `{"error": {...}}` format. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra members of the `error` object (`field`, `until`, `spans`, …). */
    readonly details: Record<string, unknown> = {},
    /** Response headers such as Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

export const notFound = (what: string) => new ApiError("not_found", `${what} was not found.`);
export const forbidden = (message: string) => new ApiError("forbidden", message);
