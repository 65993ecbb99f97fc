import { css, html, nothing } from "lit";
import { errorMessage, type Block, type Dossier } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { formatDateTime } from "./lib/format.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

/**
 * In the user drawer: the blocks on a commenter's devices and addresses (lift one), a form to
 * block their devices or recent addresses for some hours or for good, and "reject all their
 * comments" for a spammer. The device ids and address hashes themselves are never shown.
 *
 * @fires sanctions-changed - detail: {userId}, after a block, a lift or a bulk rejection
 */
export class UserBlocks extends AdminElement {
  static styles = [
    adminStyles,
    css`
      section {
        margin-top: 1.25rem;
      }
    `,
  ];
  static properties = {
    ...AdminElement.properties,
    dossier: { attribute: false },
    _error: { state: true },
    _working: { state: true },
  };
  declare dossier: Dossier;
  _error: string | null = null;
  _working: string | null = null;

  _changed() {
    this.dispatchEvent(new CustomEvent("sanctions-changed", { detail: { userId: this.dossier.user.id }, bubbles: true, composed: true }));
  }

  async _run(key: string, work: () => Promise<string>) {
    this._working = key;
    this._error = null;
    try {
      this.announce(await work());
      this._changed();
    } catch (e) {
      this._error = errorMessage(e);
    } finally {
      this._working = null;
    }
  }

  _block(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = (n: string) => form.elements.namedItem(n) as HTMLInputElement;
    const reason = field("reason").value.trim();
    const hours = Number(field("hours").value) || undefined;
    const kind = field("kind").value as Block["kind"];
    if (!reason) {
      this._error = t.reasonMissing;
      return field("reason").focus();
    }
    return this._run("block", async () => {
      const made = await this.api.block(this.site, this.dossier.user.id, { kind, reason, ...(hours ? { hours } : {}) });
      form.reset();
      return made.length ? t.blockedOk(made.length) : t.alreadyBlocked;
    });
  }

  _lift(b: Block) {
    return this._run(b.id, async () => {
      await this.api.liftBlock(this.site, b.id);
      return t.blockLifted;
    });
  }

  _rejectAll() {
    if (!confirm(t.rejectAllConfirm(this.dossier.user.name))) return;
    return this._run("reject-all", async () => t.rejectedAll(await this.api.rejectAll(this.site, this.dossier.user.id, {})));
  }

  render() {
    const now = new Date().toISOString();
    const active = (b: Block) => !b.liftedAt && (!b.until || b.until > now);
    return html`<section aria-labelledby="u-blocks">
      <h3 id="u-blocks">${t.blocksHeading}</h3>
      ${
        this.dossier.blocks.length
          ? html`<ul class="plain">
              ${this.dossier.blocks.map(
                (b) =>
                  html`<li class="card" data-block=${b.id} data-active=${active(b) ? "true" : "false"}>
                    <div class="row">
                      <strong>${t.blockKinds[b.kind]}</strong>
                      <span class="badge"
                        >${active(b) ? (b.until ? t.until(formatDateTime(b.until)) : t.forGood) : b.liftedAt ? t.blockLiftedOn(formatDateTime(b.liftedAt)) : t.ended}</span
                      >
                      <span class="spacer"></span>
                      ${active(b) ? html`<button type="button" ?disabled=${this._working === b.id} @click=${() => this._lift(b)}>${t.lift}</button>` : nothing}
                    </div>
                    <div class="muted">${formatDateTime(b.createdAt)} · ${t.by(this.who(b.createdBy))}</div>
                    <div>${b.reason}</div>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t.noBlocks}</p>`
      }
      <form @submit=${this._block} novalidate class="card">
        <div class="row">
          <div class="field">
            <label for="b-kind">${t.blockWhat}</label>
            <select id="b-kind" name="kind">
              <option value="device">${t.blockKinds.device}</option>
              <option value="address">${t.blockKinds.address}</option>
            </select>
          </div>
          <div class="field">
            <label for="b-hours">${t.blockHours}</label>
            <input id="b-hours" name="hours" type="number" min="1" step="1" placeholder=${t.forGood} style="width:9rem" />
          </div>
        </div>
        <div class="field">
          <label for="b-reason">${t.blockReason}</label>
          <input id="b-reason" name="reason" maxlength="1000" required />
        </div>
        <button class="primary danger" ?disabled=${this._working === "block"}>${t.block}</button>
      </form>
      <p class="error" role="alert">${this._error ?? ""}</p>
      <button type="button" class="danger" ?disabled=${this._working === "reject-all"} @click=${this._rejectAll}>${t.rejectAll}</button>
    </section>`;
  }
}
customElements.define("user-blocks", UserBlocks);

declare global {
  interface HTMLElementTagNameMap {
    "user-blocks": UserBlocks;
  }
}
