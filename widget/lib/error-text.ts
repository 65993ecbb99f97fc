/**
 * The widget's own words for the API's errors, in the page's language: the server's `message` is
 * English, written for developers. Imported only by the lazily loaded chunk.
 */
import { ApiError } from "../api.ts";
import { strings as t } from "../strings-extras.ts";

/** What the reader was doing: one code means different things for each (a 409 on a report: already reported). */
export type Doing = "join" | "sso" | "post" | "reply" | "edit" | "delete" | "report";

/**
 * What to tell the reader about a refused request (a policy refusal has its own notice, and so has
 * a sanction, beside this line); `editWindow`: the site's edit window, in minutes.
 */
export function errorText(e: unknown, doing: Doing, editWindow = 15): string {
  if (!(e instanceof ApiError)) return t.serverError;
  const { code, status } = e;
  const writing = doing === "post" || doing === "reply" || doing === "edit";
  if (code === "network") return t.networkError;
  if (code === "suspended") return t.suspended(null);
  if (code === "revoked") return t.revoked;
  if (code === "rate_limited") return t.rateLimited(e.retryAfter ?? e.details.retryAfter ?? null);
  if (status >= 500 || status === 0) return t.serverError;
  if (doing === "sso") return t.signInFailed;
  if (code === "challenge_required") return t.challengeFailed;
  if (doing === "join") return code === "forbidden" ? t.guestsNotAllowed : e.details.field === "name" ? t.nameInvalid : t.serverError;
  if (code === "unauthorized") return t.sessionExpired;
  if (code === "too_large") return t.tooLarge;
  if (code === "not_found") return t.gone;
  if (code === "conflict")
    return doing === "report" ? t.alreadyReported : doing === "edit" ? t.editGone : doing === "reply" ? t.replyGone : t.gone;
  // On a new comment, the page was closed since it loaded; on an edit, the edit window passed.
  if (code === "forbidden") return doing === "edit" ? t.editExpired(editWindow) : writing ? t.closed : t.notAllowed;
  if (code === "validation_failed" && writing) return t.invalidComment;
  return t.serverError;
}
