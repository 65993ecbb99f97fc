/**
 * Early requests: the loader asks for what an anonymous reader's first paint needs (the site,
 * its policy and the first screen of comments) while the widget's modules are still on their
 * way, and hands the answers to the section, whose API client takes them instead of asking
 * again. Only for readers without a session: a signed-in reader's requests carry a token and
 * list their own held comments, so the widget asks for those itself.
 */
import { sitePath } from "../api.ts";
import { FIRST_SCREEN, listQuery } from "../controllers/comments.ts";
import type { Sort } from "../api.ts";
import { storageKey, type Store } from "./storage.ts";

/** URL → the answer's promise; each is taken once. */
export type Early = Map<string, Promise<Response>>;

/** The sort a reader chose last on this site (the section stores it), oldest first by default. */
export const storedSort = (store: Pick<Store, "get">): Sort => {
  const s = store.get("sort");
  return s === "newest" || s === "best" ? s : "oldest";
};

/** Starts the early requests for an anonymous reader; null when the reader has a session. */
export function startEarly(base: string, site: string, page: string): Early | null {
  // The section's store, read only: where storage is blocked, the section will find no token either.
  const stored = {
    get(key: string) {
      try {
        return localStorage.getItem(storageKey(site, key));
      } catch {
        return null;
      }
    },
  };
  if (stored.get("token")) return null;
  const s = base + sitePath(site);
  const early: Early = new Map();
  const query = new URLSearchParams(listQuery(page, storedSort(stored), FIRST_SCREEN) as unknown as Record<string, string>);
  for (const url of [s + "/comments?" + query, s, s + "/policy"]) {
    const answer = fetch(url, { headers: { accept: "application/json" }, credentials: "omit" });
    answer.catch(() => {}); // handled where it is taken (asked again); unused ones must not log
    early.set(url, answer);
  }
  return early;
}

/** A fetch that answers a token-less GET from an early request when there is one (once), else fetches. */
export function earlyFetch(early: Early | null | undefined): typeof fetch {
  return (input, init) => {
    const url = String(input);
    const answer = early?.get(url);
    const plain = (init?.method ?? "GET") === "GET" && !(init?.headers as Record<string, string> | undefined)?.authorization;
    if (!answer || !plain) return fetch(input, init);
    early!.delete(url);
    // A failed early request is asked for again, with the widget's own timeout and signal.
    return answer.catch(() => fetch(input, init));
  };
}
