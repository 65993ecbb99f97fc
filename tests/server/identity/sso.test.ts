import { createHmac } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../server/errors.ts";
import { verifySsoToken } from "../../../server/identity/sso.ts";

const SECRET = "a-publisher-secret-of-32-chars-ok";
const now = new Date("2026-11-25T12:00:00.000Z");
const nowSeconds = now.getTime() / 1000;

const sign = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(SECRET));

async function refusal(token: string, at = now): Promise<ApiError> {
  const error = await verifySsoToken(token, SECRET, at).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe("unauthorized");
  return error as ApiError;
}

describe("verifySsoToken", () => {
  it("returns the claims of a valid token", async () => {
    const token = await sign({
      sub: "u-1",
      name: "  Ana  ",
      email: "ana@example.com",
      avatar: "https://cdn.example.com/a.png",
      exp: nowSeconds + 60,
    });
    expect(await verifySsoToken(token, SECRET, now)).toEqual({
      sub: "u-1",
      name: "Ana",
      email: "ana@example.com",
      avatar: "https://cdn.example.com/a.png",
    });
  });

  it("keeps names short and drops avatars that are not https", async () => {
    for (const avatar of ["http://cdn.example.com/a.png", "javascript:alert(1)", "data:image/png;base64,AAAA", 42]) {
      const claims = await verifySsoToken(await sign({ sub: "u", name: "n".repeat(200), avatar, exp: nowSeconds + 60 }), SECRET, now);
      expect(claims.avatar).toBeUndefined();
      expect(claims.name).toHaveLength(80);
    }
    const claims = await verifySsoToken(await sign({ sub: "u", name: "Ana", email: 7, exp: nowSeconds + 60 }), SECRET, now);
    expect(claims.email).toBeUndefined();
  });

  it("judges expiry by the server's clock, not the wall clock", async () => {
    const token = await sign({ sub: "u", name: "Ana", exp: nowSeconds + 60 });
    expect((await verifySsoToken(token, SECRET, now)).sub).toBe("u");
    const error = await refusal(token, new Date(now.getTime() + 61_000));
    expect(error.message).toMatch(/expired/);
  });

  it("refuses a token that is not valid yet", async () => {
    await refusal(await sign({ sub: "u", name: "Ana", exp: nowSeconds + 600, nbf: nowSeconds + 300 }));
  });

  it("refuses a token without exp, sub or name", async () => {
    await refusal(await sign({ sub: "u", name: "Ana" }));
    await refusal(await sign({ name: "Ana", exp: nowSeconds + 60 }));
    expect((await refusal(await sign({ sub: "u", exp: nowSeconds + 60 }))).message).toMatch(/name/);
    await refusal(await sign({ sub: "", name: "Ana", exp: nowSeconds + 60 }));
  });

  it("refuses alg none and other algorithms", async () => {
    const body = Buffer.from(JSON.stringify({ sub: "u", name: "Ana", exp: nowSeconds + 60 })).toString("base64url");
    for (const alg of ["none", "NONE", "nOnE"]) {
      await refusal(`${Buffer.from(JSON.stringify({ alg })).toString("base64url")}.${body}.`);
    }
    const hs512 = await new SignJWT({ sub: "u", name: "Ana", exp: nowSeconds + 60 })
      .setProtectedHeader({ alg: "HS512" })
      .sign(new TextEncoder().encode(SECRET));
    await refusal(hs512);
    // A critical header parameter nobody understands.
    const header = Buffer.from(JSON.stringify({ alg: "HS256", crit: ["x-unknown"], "x-unknown": 1 })).toString("base64url");
    const signature = createHmac("sha256", SECRET).update(`${header}.${body}`).digest("base64url");
    await refusal(`${header}.${body}.${signature}`);
    // The same hand-made signature without `crit` is accepted: the refusal above is about `crit`.
    const plain = Buffer.from(JSON.stringify({ alg: "HS256" })).toString("base64url");
    const plainSignature = createHmac("sha256", SECRET).update(`${plain}.${body}`).digest("base64url");
    expect((await verifySsoToken(`${plain}.${body}.${plainSignature}`, SECRET, now)).sub).toBe("u");
  });
});

describe("a token's lifetime", () => {
  it("is refused when it expires further ahead than the deployment allows (24 hours unless set)", async () => {
    const dayAndAMinute = await sign({ sub: "u-1", name: "Ana", exp: nowSeconds + 24 * 3600 + 60 });
    expect((await refusal(dayAndAMinute)).message).toMatch(/within 24 hours/);
    expect(await verifySsoToken(dayAndAMinute, SECRET, now, 48)).toMatchObject({ sub: "u-1" });
    const day = await sign({ sub: "u-1", name: "Ana", exp: nowSeconds + 24 * 3600 });
    expect(await verifySsoToken(day, SECRET, now)).toMatchObject({ sub: "u-1" });
    const hourAndAMinute = await sign({ sub: "u-1", name: "Ana", exp: nowSeconds + 3660 });
    await expect(verifySsoToken(hourAndAMinute, SECRET, now, 1)).rejects.toThrow(/within 1 hour\b/);
  });
});
