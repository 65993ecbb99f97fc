/** localStorage, per site, that never throws (storage may be blocked or full). */

export interface Store {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

/** The localStorage key of a site's value (the loader reads the token and sort with it too). */
export const storageKey = (site: string, key: string): string => `parley:${site}:${key}`;

export function siteStore(site: string, backend?: Pick<Storage, "getItem" | "setItem" | "removeItem">): Store {
  // Where localStorage is blocked (or absent), values live as long as the page.
  const mem = new Map<string, string>();
  const ls = () => backend ?? localStorage;
  return {
    get(key) {
      key = storageKey(site, key);
      try {
        return ls().getItem(key);
      } catch {
        return mem.get(key) ?? null;
      }
    },
    set(key, value) {
      key = storageKey(site, key);
      try {
        value ? ls().setItem(key, value) : ls().removeItem(key);
      } catch {
        value ? mem.set(key, value) : mem.delete(key);
      }
    },
  };
}

/** A random device id (works outside secure contexts, unlike randomUUID). */
export function newDeviceId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/** Device id for a site, created and kept on first use. */
export function deviceId(store: Store): string {
  let id = store.get("device");
  if (!id) {
    id = newDeviceId();
    store.set("device", id);
  }
  return id;
}

export function draftKey(page: string, parentId?: string | null): string {
  return `draft:${page}:${parentId ?? "top"}`;
}
