import type { ReactiveController } from "../element.ts";
import { ApiError, type CommenterApi, type Me, type SessionRequest, type Standing } from "../api.ts";
import { deviceId, type Store } from "../lib/storage.ts";

/** What the session needs from its element. */
export interface SessionHost {
  addController(c: ReactiveController): void;
  requestUpdate(): void;
  /** Single sign-on events (`parley-sso`) are read from here. */
  sso: string | null;
}

/**
 * The reader's identity on one site: the token kept in storage, `/me` (user and standing),
 * guest and single sign-on sessions, and signing out. Keeps nothing about comments: the
 * element reacts to `me`/`standing`.
 */
export class SessionController implements ReactiveController {
  token: string | null = null;
  me: Me | null = null;
  standing: Standing | null = null;
  joining = false;
  joinError: string | null = null;
  /** Progress shown in the join form (the proof of work). */
  joinNote = "";
  /** Why the last start failed (the join reads a `challenge_required`). */
  error: ApiError | null = null;
  store!: Store;
  api!: CommenterApi;
  /** The JWT a session was last started with. */
  _ssoUsed: string | null = null;

  constructor(private host: SessionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener("parley-sso", this._onSso);
  }

  hostDisconnected(): void {
    removeEventListener("parley-sso", this._onSso);
  }

  _onSso = (e: Event) => {
    const d = (e as CustomEvent).detail;
    this.host.sso = (d && typeof d === "object" ? d.token : d) || null;
  };

  /** A new site (or API): read its stored token. */
  use(store: Store, api: CommenterApi): void {
    this.store = store;
    this.api = api;
    this.token = store.get("token");
    this.me = this.standing = null;
  }

  get ssoSession(): boolean {
    return !!this.store.get("sso");
  }

  /** Whether the reader may write: signed in, neither suspended nor revoked. */
  get writable(): boolean {
    const s = this.standing?.status;
    return !!this.me && s != "suspended" && s != "revoked";
  }

  async refreshMe(): Promise<void> {
    const token = this.token;
    if (!token) return;
    try {
      const me = (await this.api.me()).data;
      // Signed out (or in again) while asking: the answer is about a session that is gone.
      if (this.token !== token) return;
      this.me = me;
      this.standing = me.standing;
    } catch (e) {
      if (this.token !== token) return;
      if ((e as ApiError).status === 401) this.end();
      else this.takeStanding(e);
    }
    this.host.requestUpdate();
  }

  /** A `suspended` / `revoked` error becomes the reader's standing; true when it was one. */
  takeStanding(e: unknown): boolean {
    if (!(e instanceof ApiError) || (e.code !== "suspended" && e.code !== "revoked")) return false;
    const d = e.details;
    this.standing = { status: e.code as "revoked", until: d.until ?? null, reason: d.reason ?? null, strikes: this.standing?.strikes ?? 0 };
    this.host.requestUpdate();
    return true;
  }

  async start(body: SessionRequest & { device: string }): Promise<boolean> {
    this.joining = true;
    this.joinError = this.error = null;
    this.host.requestUpdate();
    try {
      const { data } = await this.api.session(body);
      this.token = data.token;
      this.store.set("token", data.token);
      this.store.set("sso", "sso" in body ? "1" : null);
      this.me = { user: data.user, standing: { status: "good", until: null, reason: null, strikes: 0 } };
      this.standing = this.me.standing;
      await this.refreshMe();
      return true;
    } catch (e) {
      // What the reader is told is the caller's to say (extras.ts, in the page's language).
      this.error = e as ApiError;
      this.takeStanding(e);
      return false;
    } finally {
      this.joining = false;
      this.host.requestUpdate();
    }
  }

  /**
   * Follow the host's `sso` JWT: a new one starts a session ("in" once it did), none means an
   * SSO session started here should end ("out": the element signs out).
   */
  async applySso(): Promise<"in" | "out" | null> {
    const jwt = this.host.sso;
    if (!jwt) {
      const out = !!this._ssoUsed && this.ssoSession;
      this._ssoUsed = null;
      return out ? "out" : null;
    }
    if (jwt === this._ssoUsed) return null;
    this._ssoUsed = jwt;
    // The device id links the session to this browser, as a guest's: a sanction follows it.
    return (await this.start({ sso: jwt, device: deviceId(this.store) })) ? "in" : null;
  }

  /** Forget the session here (the token is no longer valid). */
  end(): void {
    this.token = this.me = this.standing = null;
    this.store.set("token", null);
    this.store.set("sso", null);
    this.host.requestUpdate();
  }

  /** End the session on the server too; the token goes from this browser either way. Returns whether it was SSO. */
  signOut(): boolean {
    const sso = this.ssoSession;
    this.api.signOut().catch(() => {});
    this.end();
    return sso;
  }
}
