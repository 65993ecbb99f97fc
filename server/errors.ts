import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ERROR_STATUS, type ErrorBody, type ErrorCode, type ErrorDetails } from "../contract/errors.ts";

export type { ErrorCode };

/** What a code carries beside its message; codes the contract names nothing for may name a `field`. */
type DetailsOf<C extends ErrorCode> = C extends keyof ErrorDetails ? ErrorDetails[C] : { field?: string };

/** A failure the client should hear about, in the contract's `{"error": {...}}` format. */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    /** Extra members of the `error` object (`field`, `until`, `spans`, …). */
    readonly details: DetailsOf<C> | Record<string, never> = {},
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
    return { error: { code: this.code, message: this.message, ...this.details } } satisfies ErrorBody;
  }
}

export const notFound = (what: string) => new ApiError("not_found", `${what} was not found.`);
export const forbidden = (message: string) => new ApiError("forbidden", message);
