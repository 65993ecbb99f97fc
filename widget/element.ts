/**
 * The base class of the widget's elements: lit-html templates plus a small reactive
 * element with the subset of LitElement's API the widget uses: `static properties`
 * (`attribute`, `type: Boolean`, `state`), `static styles` (css``),
 * `render()`, `willUpdate(changed)`, `updated(changed)`, `updateComplete`, `requestUpdate()`
 * `renderRoot` (an open shadow root) and reactive controllers (`addController`, calling
 * `hostConnected`/`hostDisconnected`/`hostUpdate`/`hostUpdated` as ReactiveElement does, so
 * standard controllers work). Set properties once the element is defined
 * (`customElements.whenDefined`); attributes work at any time. Why not LitElement itself: the whole widget,
 * Lit included, has a 15 KB gzip budget, and ReactiveElement + LitElement cost ~3 KB of
 * it; lit-html (Lit's renderer and directives) is used as is. Moving to LitElement is a
 * matter of changing the import.
 */
import { render } from "lit/html.js";
export { html, nothing } from "lit/html.js";

export interface PropertyOptions {
  /** Attribute name; default: the property name lowercased; false: none. */
  attribute?: string | false;
  type?: BooleanConstructor;
  /** Internal reactive state: no attribute. */
  state?: boolean;
}
export type PropertyValues = Map<string, unknown>;
/** Shorthands for `static properties`: internal state; a property with no attribute. */
export const state: PropertyOptions = { state: true };
export const prop: PropertyOptions = { attribute: false };

/** A css`` template: plain text (interpolations are inserted as they are). */
export const css = (s: TemplateStringsArray, ...v: unknown[]): string => String.raw(s, ...v);

type Ctor = typeof ParleyElement;

/** Lit's ReactiveController. */
export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdate?(): void;
  hostUpdated?(): void;
}

/** Accessors for the declared properties, once per class; returns attribute → property. */
function finalize(c: Ctor): Map<string, string> {
  let map = c._attrs;
  if (!map) {
    c._attrs = map = new Map();
    for (const [name, o] of Object.entries(c.properties)) {
      const key = Symbol();
      Object.defineProperty(c.prototype, name, {
        get(this: ParleyElement & Record<symbol, unknown>) {
          return this[key];
        },
        set(this: ParleyElement & Record<symbol, unknown>, v: unknown) {
          const old = this[key];
          if (old !== v && (old === old || v === v)) {
            this[key] = v;
            this.requestUpdate(name, old);
          }
        },
        configurable: true,
      });
      if (!o.state && o.attribute !== false) map.set(o.attribute || name.toLowerCase(), name);
    }
  }
  return map;
}

export class ParleyElement extends HTMLElement {
  static properties: Record<string, PropertyOptions> = {};
  static styles: string[] = [];
  /** Per class (each element class sets its own): attribute → property, and the stylesheet. */
  static _attrs?: Map<string, string>;
  static _sheet?: CSSStyleSheet;

  static get observedAttributes(): string[] {
    return [...finalize(this).keys()];
  }

  readonly renderRoot: ShadowRoot;
  private _bChanges: PropertyValues = new Map();
  private _bPending = false;
  private _bLive = false;
  private _bDone: Promise<unknown> = Promise.resolve();
  private _bCtrls = new Set<ReactiveController>();

  constructor() {
    super();
    const c = this.constructor as Ctor;
    finalize(c);
    const root = (this.renderRoot = this.attachShadow({ mode: "open" }));
    // Constructable stylesheets, one per class (Chrome 73, Firefox 101, Safari 16.4).
    let sheet = c._sheet;
    if (!sheet) (c._sheet = sheet = new CSSStyleSheet()).replaceSync(c.styles.join(""));
    root.adoptedStyleSheets = [sheet];
  }

  addController(c: ReactiveController): void {
    this._bCtrls.add(c);
    if (this.isConnected) c.hostConnected?.();
  }

  removeController(c: ReactiveController): void {
    this._bCtrls.delete(c);
  }

  connectedCallback(): void {
    this._bLive = true;
    this._bCtrls.forEach((c) => c.hostConnected?.());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this._bCtrls.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(attr: string, _old: string | null, value: string | null): void {
    const name = finalize(this.constructor as Ctor).get(attr)!;
    (this as unknown as Record<string, unknown>)[name] = (this.constructor as Ctor).properties[name].type ? value !== null : value;
  }

  /** Schedule a render (in a microtask); `name`/`old` record what changed. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name && !this._bChanges.has(name)) this._bChanges.set(name, old);
    if (!this._bPending) {
      this._bPending = true;
      this._bDone = Promise.resolve().then(() => this._bUpdate());
    }
  }

  /** Resolves once no render is pending. */
  get updateComplete(): Promise<boolean> {
    return this._bDone.then(() => (this._bPending ? this.updateComplete : true));
  }

  private _bUpdate(): void {
    if (!this._bLive) return void (this._bPending = false);
    const changed = this._bChanges;
    try {
      this.willUpdate(changed);
      this._bCtrls.forEach((c) => c.hostUpdate?.());
      this._bChanges = new Map();
      render(this.render(), this.renderRoot, { host: this });
    } finally {
      this._bPending = false;
    }
    this._bCtrls.forEach((c) => c.hostUpdated?.());
    this.updated(changed);
  }

  protected willUpdate(_changed: PropertyValues): void {}
  protected updated(_changed: PropertyValues): void {}
  protected render(): unknown {
    return null;
  }
}
