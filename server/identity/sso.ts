import { errors, jwtVerify } from "jose";
import { ApiError } from "../errors.ts";

export interface SsoClaims {
  sub: string;
  name: string;
  email?: string;
  avatar?: string;
}

const encoder = new TextEncoder();

/** How far ahead a sign-on token may expire unless the deployment says otherwise. */
export const DEFAULT_SSO_MAX_TOKEN_HOURS = 24;

/**
 * Verifies a publisher's single sign-on token: HS256 only (so `alg: none` and key-confusion
 * tricks fail), a valid signature with the site's secret, `exp` required, in the future and at
 * most `maxHours` ahead (a leaked long-lived token would otherwise sign someone in for good).
 */
export async function verifySsoToken(token: string, secret: string, now: Date, maxHours = DEFAULT_SSO_MAX_TOKEN_HOURS): Promise<SsoClaims> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), {
      algorithms: ["HS256"],
      requiredClaims: ["sub", "exp"],
      currentDate: now,
    });
    if (payload.exp! * 1000 - now.getTime() > maxHours * 3_600_000) {
      throw new ApiError("unauthorized", `The sign-on token must expire within ${maxHours} ${maxHours === 1 ? "hour" : "hours"}.`);
    }
    const name = typeof payload.name === "string" ? payload.name.trim() : "";
    if (!payload.sub || !name) {
      throw new ApiError("unauthorized", "The sign-on token must name the user (`sub` and `name`).");
    }
    return {
      sub: payload.sub,
      name: name.slice(0, 80),
      email: typeof payload.email === "string" ? payload.email : undefined,
      avatar: typeof payload.avatar === "string" && /^https:\/\//.test(payload.avatar) ? payload.avatar : undefined,
    };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const expired = error instanceof errors.JWTExpired;
    throw new ApiError("unauthorized", expired ? "The sign-on token has expired." : "The sign-on token is not valid for this site.");
  }
}
