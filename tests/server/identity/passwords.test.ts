import { describe, expect, it } from "vitest";
import { DECOY_HASH, hashPassword, PASSWORD_ITERATIONS, verifyPassword } from "../../../server/identity/passwords.ts";

describe("passwords", () => {
  it("hashes with PBKDF2-SHA256 at 600,000 iterations by default, with a fresh salt", async () => {
    expect(PASSWORD_ITERATIONS).toBe(600_000);
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
  });

  it("verifies the right password only", async () => {
    const hash = await hashPassword("hunter2-hunter2", 1000);
    expect(hash.split("$")[1]).toBe("1000");
    expect(await verifyPassword("hunter2-hunter2", hash)).toBe(true);
    for (const wrong of ["hunter2-hunter3", "Hunter2-hunter2", "hunter2-hunter2 ", "", "hunter2"]) {
      expect(await verifyPassword(wrong, hash), wrong).toBe(false);
    }
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same password", 1000), hashPassword("same password", 1000)]);
    expect(a).not.toBe(b);
    expect(a.split("$")[2]).not.toBe(b.split("$")[2]);
  });

  it("handles non-ASCII passwords", async () => {
    const hash = await hashPassword("pässwörd 🔑 пароль", 1000);
    expect(await verifyPassword("pässwörd 🔑 пароль", hash)).toBe(true);
    // NFC and NFD spellings are different byte strings.
    expect(await verifyPassword("pa\u0308sswo\u0308rd 🔑 пароль", hash)).toBe(false);
  });

  it("refuses malformed stored hashes", async () => {
    for (const stored of ["", "plain", "md5$1$abc$def", "pbkdf2-sha256$1000$$", "pbkdf2-sha256$1000$abc"]) {
      expect(await verifyPassword("anything", stored), stored).toBe(false);
    }
  });

  it("never matches the decoy hash used for unknown emails", async () => {
    expect(DECOY_HASH.split("$")[1]).toBe(String(PASSWORD_ITERATIONS));
    expect(await verifyPassword("", DECOY_HASH)).toBe(false);
  });
});
