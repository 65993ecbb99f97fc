/** Page-key derivation for the embed: `data-page`, else canonical URL, else location. */

/** A URL without its query string and fragment; relative URLs resolve against `base`. */
export function stripUrl(url: string, base?: string): string {
  const u = new URL(url, base);
  u.search = u.hash = "";
  return u.href;
}

export interface PageKeyInput {
  /** `data-page` on the script tag: used as given (trimmed). */
  dataPage?: string | null;
  /** `href` of `<link rel="canonical">`, possibly relative. */
  canonical?: string | null;
  /** `location.href`. */
  location: string;
}

export function pageKey({ dataPage, canonical, location }: PageKeyInput): string {
  const explicit = dataPage?.trim();
  if (explicit) return explicit;
  const c = canonical?.trim();
  if (c) return stripUrl(c, location);
  return stripUrl(location);
}

/** The API origin: `data-api`, else the origin the script was loaded from. */
export function apiBase(dataApi: string | null | undefined, scriptSrc: string, location: string): string {
  const given = dataApi?.trim();
  const raw = given || new URL(scriptSrc, location).origin;
  return raw.replace(/\/+$/, "");
}
