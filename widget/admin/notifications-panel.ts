import { html, nothing } from "lit";
import { Task, TaskStatus } from "@lit/task";
import {
  EVENT_TYPES,
  type CreatedWebhook,
  type Delivery,
  type DigestChoice,
  type NotificationStatus,
  type Webhook,
} from "../../contract/notify.ts";
import { errorMessage } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { removeButton } from "./lib/remove-button.ts";
import { formatDateTime } from "./lib/format.ts";
import { taskView } from "./lib/load-state.ts";
import { nt } from "./notify-strings.ts";
import { t } from "./strings.ts";
import { adminStyles } from "./styles.ts";

/**
 * Notifications: whether email goes out and how, each moderator's digest (yours to change), the
 * site's webhooks (owners add, pause, test and remove them; a new secret is shown once) and the
 * delivery log of emails and webhook calls.
 */
export class NotificationsPanel extends AdminElement {
  static styles = [adminStyles];
  static properties = {
    ...AdminElement.properties,
    _status: { state: true },
    _hooks: { state: true },
    _log: { state: true },
    _secret: { state: true },
    _acting: { state: true },
  };
  _status: NotificationStatus | null = null;
  _hooks: Webhook[] = [];
  _log: Delivery[] = [];
  _secret: CreatedWebhook | null = null;
  /** What the running action is on: a webhook's id, "add" or "digest". */
  _acting: string | null = null;

  /** Everything shown, loaded again when the site changes (an older answer is dropped). */
  _load = new Task(this, {
    args: () => [this.api, this.site] as const,
    task: ([api, site]) => Promise.all([api.notify.status(), api.notify.webhooks(site), api.notify.deliveries(site)]),
    onComplete: ([status, hooks, log]) => {
      this._status = status;
      this._hooks = hooks;
      this._log = log;
    },
  });

  /** The buttons' and the digest's actions, one at a time; a failure is announced. */
  _action = new Task(this, {
    autoRun: false,
    task: ([action]: readonly [() => Promise<void>]) => action(),
    onError: (e) => this.announce(errorMessage(e), "error"),
  });

  /** Adding a webhook: its failure shows in the form. */
  _adding = new Task(this, {
    autoRun: false,
    task: async ([form]: readonly [HTMLFormElement]) => {
      const url = (form.elements.namedItem("url") as HTMLInputElement).value.trim();
      const events = [...form.querySelectorAll<HTMLInputElement>("input[name=event]:checked")].map((i) => i.value);
      const created = await this.api.notify.createWebhook(this.site, { url, events: events as Webhook["events"] });
      form.reset();
      this._secret = created;
      this._hooks = [...this._hooks, created];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("#secret")?.focus();
    },
  });

  _act(on: string, action: () => Promise<void>) {
    this._acting = on;
    return this._action.run([action]);
  }

  _busy(on: string) {
    return this._action.status === TaskStatus.PENDING && this._acting === on;
  }

  async _refreshLog() {
    this._log = await this.api.notify.deliveries(this.site);
  }

  _digest(e: Event) {
    const digest = (e.target as HTMLSelectElement).value as DigestChoice;
    return this._act("digest", async () => {
      this._status = await this.api.notify.setDigest(digest);
      this.announce(nt.digestSaved);
    });
  }

  _add(e: SubmitEvent) {
    e.preventDefault();
    return this._adding.run([e.target as HTMLFormElement]);
  }

  _toggle(h: Webhook) {
    return this._act(h.id, async () => {
      const updated = await this.api.notify.updateWebhook(this.site, h.id, { active: !h.active });
      this._hooks = this._hooks.map((x) => (x.id === h.id ? updated : x));
    });
  }

  _test(h: Webhook) {
    return this._act(h.id, async () => {
      const d = await this.api.notify.testWebhook(this.site, h.id);
      this.announce(nt.testSent(nt.status[d.status] ?? d.status, d.lastResponse ?? d.lastError), d.status === "sent" ? "info" : "error");
      await this._refreshLog();
    });
  }

  _remove(h: Webhook) {
    if (!confirm(nt.removeConfirm(h.url))) return;
    return this._act(h.id, async () => {
      await this.api.notify.deleteWebhook(this.site, h.id);
      this._hooks = this._hooks.filter((x) => x.id !== h.id);
      if (this._secret?.id === h.id) this._secret = null;
    });
  }

  _renderEmail(s: NotificationStatus) {
    return html`<section aria-labelledby="email-h" style="margin-top:1rem">
      <h3 id="email-h">${nt.emailHeading}</h3>
      <p class="notice ${s.email.mode === "off" ? "warn" : ""}" data-email-mode=${s.email.mode}>
        <strong>${nt.emailMode[s.email.mode]}</strong>. ${s.email.from ? nt.from(s.email.from) : nothing} ${s.email.note}
      </p>
      <div class="field" style="margin-top:.75rem;max-width:22rem">
        <label for="digest">${nt.digestLabel}</label>
        <select id="digest" @change=${this._digest} ?disabled=${this._busy("digest")} aria-describedby="digest-help">
          ${(["off", "hourly", "daily"] as const).map((d) => html`<option value=${d} ?selected=${s.digest === d}>${nt.digest[d]}</option>`)}
        </select>
        <span class="help" id="digest-help">${nt.digestHelp}</span>
      </div>
      <table style="margin-top:.75rem">
        <thead>
          <tr>
            ${nt.moderatorsCols.map((c) => html`<th scope="col">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${s.moderators.map(
            (m) =>
              html`<tr data-digest=${m.email}>
                <td>${m.email}</td>
                <td>${nt.digest[m.digest]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  _renderHooks() {
    const owner = this.isOwner;
    return html`<section aria-labelledby="hooks-h" style="margin-top:1.5rem">
      <h3 id="hooks-h">${nt.webhooksHeading}</h3>
      <p class="help">${nt.webhooksHelp}</p>
      ${
        this._secret
          ? html`<div class="notice" role="status" style="margin-top:.5rem">
              <strong>${nt.secretHeading}</strong>
              <p><code id="secret" tabindex="-1" data-secret>${this._secret.secret}</code></p>
              <p class="help">${nt.secretHelp}</p>
            </div>`
          : nothing
      }
      ${
        this._hooks.length === 0
          ? html`<p class="muted" style="margin-top:.5rem">${nt.noWebhooks}</p>`
          : html`<table style="margin-top:.5rem">
              <thead>
                <tr>
                  ${nt.webhookCols.map((c) => html`<th scope="col">${c}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${this._hooks.map(
                  (h) =>
                    html`<tr data-webhook=${h.url}>
                      <td><code>${h.url}</code></td>
                      <td>${h.events.map((e) => nt.eventLabels[e]).join(", ")}</td>
                      <td>${h.active ? nt.active : nt.paused}</td>
                      <td>
                        <button type="button" ?disabled=${this._busy(h.id)} @click=${() => this._test(h)}>${nt.sendTest}</button>
                        ${
                          owner
                            ? html`<button type="button" ?disabled=${this._busy(h.id)} @click=${() => this._toggle(h)}>
                                  ${h.active ? nt.pause : nt.resume}
                                </button>
                                ${removeButton({ label: `${t.remove} ${h.url}`, disabled: this._busy(h.id), onClick: () => this._remove(h) })}`
                            : nothing
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${
        owner
          ? html`<form class="card" @submit=${this._add} style="margin-top:.75rem" aria-labelledby="add-hook-h">
              <h4 id="add-hook-h">${nt.addWebhook}</h4>
              <div class="field">
                <label for="hook-url">${nt.url}</label>
                <input id="hook-url" name="url" type="url" required placeholder="https://example.com/parley-hook" />
              </div>
              <fieldset style="border:0;padding:0;margin:.5rem 0">
                <legend>${nt.events}</legend>
                ${EVENT_TYPES.map(
                  (e) =>
                    html`<span class="check"
                      ><input type="checkbox" name="event" id="ev-${e}" value=${e} /><label for="ev-${e}">${nt.eventLabels[e]}</label></span
                    >`,
                )}
              </fieldset>
              <p class="error" role="alert">${this._adding.status === TaskStatus.ERROR ? errorMessage(this._adding.error) : ""}</p>
              <button class="primary" ?disabled=${this._adding.status === TaskStatus.PENDING}>${nt.add}</button>
            </form>`
          : html`<p class="notice" style="margin-top:.5rem">${nt.ownerOnly}</p>`
      }
    </section>`;
  }

  _renderLog() {
    return html`<section aria-labelledby="log-h" style="margin-top:1.5rem">
      <div class="row">
        <h3 id="log-h">${nt.logHeading}</h3>
        <button type="button" @click=${() => this._refreshLog()}>${nt.refresh}</button>
      </div>
      ${
        this._log.length === 0
          ? html`<p class="muted">${nt.noDeliveries}</p>`
          : html`<table style="margin-top:.5rem">
              <thead>
                <tr>
                  ${nt.logCols.map((c) => html`<th scope="col">${c}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${this._log.map(
                  (d) =>
                    html`<tr data-delivery=${d.kind} data-status=${d.status}>
                      <td>${formatDateTime(d.createdAt)}</td>
                      <td>${d.channel}</td>
                      <td>
                        ${d.channel === "webhook" ? (this._hooks.find((h) => h.id === d.recipient)?.url ?? d.recipient) : d.recipient}
                      </td>
                      <td>${d.kind}</td>
                      <td>${nt.status[d.status] ?? d.status}</td>
                      <td>${d.attempts}</td>
                      <td>${d.lastError ?? d.lastResponse ?? ""}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }

  render() {
    return html`<h2 tabindex="-1">${nt.heading}</h2>
      ${taskView(this._load, () => html`${this._renderEmail(this._status!)} ${this._renderHooks()} ${this._renderLog()}`)}`;
  }
}

customElements.define("notifications-panel", NotificationsPanel);
declare global {
  interface HTMLElementTagNameMap {
    "notifications-panel": NotificationsPanel;
  }
}
