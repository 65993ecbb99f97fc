/**
 * The links in a comment body, as a spam signal reads them: those to none of the site's own
 * domains (its origins and link allow list, subdomains included), how many, which hosts, which
 * are link shorteners (shorteners.json), and how much of the text they are. Plain string work:
 * no URL fetching, no DNS.
 */
import shortenerList from "./shorteners.json";
import referenceList from "./reference-domains.json";
import type { Span } from "../../../contract/wire.ts";

const SHORTENERS: ReadonlySet<string> = new Set(shortenerList);

export interface Link {
  /** Lowercase host without a leading "www.". */
  host: string;
  start: number;
  end: number;
}

// A scheme URL, a "www." address, or a bare domain with a path ("example.com/x"): what a
// reader's browser or a markdown renderer would turn into a link, or what a reader would type.
const LINK =
  /\b(?:https?:\/\/[^\s<>()"'\]]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>()"'\]]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\/[^\s<>()"'\]]*)/giu;

/** The links of a body, in order, with their hosts. */
export function findLinks(body: string): Link[] {
  const links: Link[] = [];
  for (const m of body.matchAll(LINK)) {
    const text = m[0].replace(/[.,;:!?]+$/u, ""); // sentence punctuation after a link is not part of it
    const host = hostOf(text);
    if (!host) continue;
    links.push({ host, start: m.index, end: m.index + text.length });
  }
  return links;
}

function hostOf(link: string): string | null {
  const withScheme = /^https?:\/\//iu.test(link) ? link : `http://${link}`;
  try {
    const host = new URL(withScheme).hostname
      .toLowerCase()
      .replace(/^www\./u, "")
      .replace(/\.$/u, "");
    return host.includes(".") ? host : null;
  } catch {
    return null;
  }
}

/** Whether a host is one of the domains, or a subdomain of one ("news.example.com" of "example.com"). */
export function onDomains(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * Sources readers cite (reference-domains.json): encyclopaedias, wire services, public
 * broadcasters, papers of record, science, governments (whole TLDs like "gov"). A link to one is
 * no spam signal on any site; a publisher adds their own with the link allow list.
 */
export const REFERENCE_DOMAINS: readonly string[] = referenceList;

/** The domains links may go to without a signal: the site's origins' hosts, its link allow list, and the reference domains, without "www.". */
export function siteDomains(origins: readonly string[], allowlist: readonly string[]): string[] {
  const hosts = origins.map((o) => hostOf(o)).filter((h): h is string => h !== null);
  return [
    ...REFERENCE_DOMAINS,
    ...hosts,
    ...allowlist.map((d) =>
      d
        .toLowerCase()
        .replace(/^www\./u, "")
        .replace(/\.$/u, ""),
    ),
  ];
}

export const isShortener = (host: string) => SHORTENERS.has(host);

export interface LinkFacts {
  /** Links to a host that is not the site's nor on its allow list (the rest are no signal). */
  links: Link[];
  shorteners: string[];
  /** Their hosts (shorteners included: nobody knows where those lead). */
  foreign: string[];
  /** The share of the body's non-space characters that are those links (0..1). */
  linkShare: number;
  /** Nothing but links (and punctuation), one of them foreign. */
  linkOnly: boolean;
  spans: Span[];
}

export function linkFacts(body: string, domains: readonly string[]): LinkFacts {
  const all = findLinks(body);
  const links = all.filter((l) => !onDomains(l.host, domains));
  const visible = (s: string) => s.replace(/\s+/gu, "").length;
  const total = visible(body);
  const linked = links.reduce((n, l) => n + visible(body.slice(l.start, l.end)), 0);
  let rest = body;
  for (const l of [...all].reverse()) rest = rest.slice(0, l.start) + rest.slice(l.end);
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    links,
    shorteners: unique(links.map((l) => l.host).filter(isShortener)),
    foreign: unique(links.map((l) => l.host)),
    linkShare: total === 0 ? 0 : linked / total,
    linkOnly: links.length > 0 && !/[\p{L}\p{N}]/u.test(rest),
    spans: links.map(({ start, end }) => ({ start, end })),
  };
}
