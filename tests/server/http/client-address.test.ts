import { describe, expect, it } from "vitest";
import { trustedForwardedEntry, parseTrustProxy } from "../../../server/http/client-address.ts";

describe("the client address behind trusted proxies", () => {
  it("takes the entry the nearest trusted proxy appended, not what the client sent", () => {
    const header = "198.51.100.77, 203.0.113.5";
    expect(trustedForwardedEntry(header, 1)).toBe("203.0.113.5");
    expect(trustedForwardedEntry(header, 2)).toBe("198.51.100.77");
    expect(trustedForwardedEntry("10.1.1.1, 198.51.100.77, 203.0.113.5, 192.0.2.9", 2)).toBe("203.0.113.5");
  });

  it("falls back to the leftmost entry when fewer proxies than configured took part", () => {
    expect(trustedForwardedEntry("203.0.113.5", 3)).toBe("203.0.113.5");
  });

  it("ignores the header when no proxy is trusted, or when it is empty", () => {
    expect(trustedForwardedEntry("198.51.100.77", 0)).toBeUndefined();
    expect(trustedForwardedEntry(undefined, 1)).toBeUndefined();
    expect(trustedForwardedEntry(" , ", 1)).toBeUndefined();
  });

  it("reads TRUST_PROXY as a number of hops and refuses anything else", () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy("0")).toBe(0);
    expect(parseTrustProxy("false")).toBe(0);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("true")).toBe(1);
    expect(parseTrustProxy("3")).toBe(3);
    expect(() => parseTrustProxy("yes")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("-1")).toThrow(/TRUST_PROXY/);
  });
});
