import { describe, expect, it } from "vitest";
import { findLinks, isShortener, linkFacts, onDomains, REFERENCE_DOMAINS, siteDomains } from "../../../../server/moderation/spam/links.ts";

const SITE = siteDomains(["https://news.example.com", "https://www.example.org"], ["local-paper.example"]);

describe("links", () => {
  it("finds scheme links, www. addresses and bare domains with a path, without trailing punctuation", () => {
    const body = "See https://a.example.net/x?y=1. Or www.b-example.biz, or c.example.io/deal! Not a.b or e.g. this.";
    expect(findLinks(body).map((l) => [l.host, body.slice(l.start, l.end)])).toEqual([
      ["a.example.net", "https://a.example.net/x?y=1"],
      ["b-example.biz", "www.b-example.biz"],
      ["c.example.io", "c.example.io/deal"],
    ]);
  });

  it("counts the site's origins, its allow list and their subdomains as its own", () => {
    expect(SITE).toEqual([...REFERENCE_DOMAINS, "news.example.com", "example.org", "local-paper.example"]);
    expect(onDomains("news.example.com", SITE)).toBe(true);
    expect(onDomains("live.news.example.com", SITE)).toBe(true);
    expect(onDomains("local-paper.example", SITE)).toBe(true);
    expect(onDomains("example.com", SITE)).toBe(false);
    expect(onDomains("notreuters.com", SITE)).toBe(false);
  });

  it("counts the sources readers cite as no signal on any site: wire services, encyclopaedias, whole government TLDs", () => {
    for (const host of [
      "reuters.com",
      "en.wikipedia.org",
      "www.census.gov".replace("www.", ""),
      "www.gov.uk".replace("www.", ""),
      "who.int",
    ])
      expect(onDomains(host, SITE), host).toBe(true);
    for (const host of ["gov-grants.example", "wikipedia.org.example.net", "reuters.com.spam.biz"])
      expect(onDomains(host, SITE), host).toBe(false);
  });

  it("reads shorteners from the data file", () => {
    expect(isShortener("bit.ly")).toBe(true);
    expect(isShortener("tinyurl.com")).toBe(true);
    expect(isShortener("example.com")).toBe(false);
  });

  it("signals only links to other sites: their count, shorteners, hosts, share of the text, and link-only bodies", () => {
    const own = linkFacts("The report: https://news.example.com/r and https://www.reuters.com/a", SITE);
    expect(own).toMatchObject({ links: [], foreign: [], shorteners: [], linkOnly: false, linkShare: 0 });

    const spam = linkFacts("https://bit.ly/abc  https://cheap.example.shop/x", SITE);
    expect(spam.foreign).toEqual(["bit.ly", "cheap.example.shop"]);
    expect(spam.shorteners).toEqual(["bit.ly"]);
    expect(spam.linkOnly).toBe(true);
    expect(spam.linkShare).toBe(1);
    expect(spam.spans).toEqual([
      { start: 0, end: 18 },
      { start: 20, end: 48 },
    ]);

    const cited = linkFacts("A long and thoughtful comment about the council's budget vote. Source: https://apnews.com/a", SITE);
    expect(cited.linkOnly).toBe(false);
    expect(cited.linkShare).toBeLessThan(0.5);
  });
});
