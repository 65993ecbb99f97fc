import { z } from "zod";
import { ApiError } from "../../errors.ts";

/** `{"email or username": "the publisher's user id"}`: who becomes a single sign-on user. */
const ssoUsersSchema = z.record(z.string().min(1).max(320), z.string().min(1).max(255));

/**
 * The single sign-on map of an import (`--sso-users FILE`, or the upload's `ssoUsers` part), read
 * and checked before anything is imported: a bad map is a `validation_failed` on `ssoUsers`.
 */
export function parseSsoUsers(text: string): Record<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = ssoUsersSchema.safeParse(json);
  if (!parsed.success)
    throw new ApiError("validation_failed", 'The single sign-on map is not JSON of the form {"email or username": "user id"}.', {
      field: "ssoUsers",
    });
  return parsed.data;
}
