import { css, html, nothing, type PropertyValues } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { ApiError, errorMessage, type AdminPolicy, type Replay } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { removeButton } from "./lib/remove-button.ts";
import { formatDateTime, percent } from "./lib/format.ts";
import {
  TARGET_ACTIONS,
  TARGETS,
  spamThresholds,
  withTargetRules,
  type LadderStep,
  type Target,
  type TargetAction,
  type TargetRule,
} from "../../contract/policy.ts";
import { draftKey, enforcementKey, fromPolicy, toRequest, validateDraft, type DraftErrors, type PolicyDraft } from "./lib/policy-draft.ts";
import { segments } from "../lib/spans.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";
import "./policy-words.ts";

const DRAFT_KEY = (site: string) => `parley-admin:policy-draft:${site}`;
const DECISIONS = ["publish", "hold", "reject"] as const;

/**
 * The comment policy: the text readers see (with a preview rendered by the server), the rules,
 * the detector's thresholds, the strike window and the ladder. A draft must be replayed on the
 * site's recent comments before it can be published; the replay shows how many would now be
 * held or refused, with examples. Every past version, who published it and when. The draft is
 * kept in this browser until it is published or discarded.
 *
 * @fires policy-published - detail: the new policy
 */
export class PolicyEditor extends AdminElement {
  static styles = [
    adminStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 1.25rem;
        align-items: start;
      }
      @media (max-width: 70rem) {
        .grid {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .tabs button[aria-pressed="true"] {
        background: var(--accent);
        color: var(--accent-fg);
      }
      .preview {
        border: 1px solid var(--border);
        border-radius: var(--radius);
        padding: 0.75rem;
        min-height: 12rem;
        background: var(--bg);
      }
      .rule,
      .step {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
        border-bottom: 1px dashed var(--border);
        padding-bottom: 0.5rem;
        margin-bottom: 0.5rem;
      }
      .rule .field,
      .step .field {
        margin: 0;
      }
      .rule .grow {
        flex: 1 1 12rem;
      }
      .rule .summary {
        flex-basis: 100%;
      }
      .step .end {
        margin-left: auto;
      }
      input[type="number"] {
        width: 6.5rem;
      }
      .totals td,
      .totals th {
        text-align: right;
      }
      .totals td:first-child,
      .totals th:first-child {
        text-align: left;
      }
      .example {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .publish {
        position: sticky;
        bottom: 0;
        background: var(--surface);
        padding: 0.75rem 0;
        border-top: 1px solid var(--border);
      }
    `,
  ];
  static properties = {
    ...AdminElement.properties,
    _state: { state: true },
    _loadError: { state: true },
    _policy: { state: true },
    _versions: { state: true },
    _draft: { state: true },
    _errors: { state: true },
    _tab: { state: true },
    _preview: { state: true },
    _replay: { state: true },
    _replaying: { state: true },
    _replayError: { state: true },
    _publishing: { state: true },
    _publishError: { state: true },
    _restored: { state: true },
  };
  _state: "loading" | "ready" | "error" = "loading";
  _loadError: string | null = null;
  _policy: AdminPolicy | null = null;
  _versions: AdminPolicy[] = [];
  _draft: PolicyDraft | null = null;
  _errors: DraftErrors = {};
  _tab: "write" | "preview" = "write";
  _preview: { key: string; html: string } | { key: string; error: string } | null = null;
  _replay: { key: string; result: Replay } | null = null;
  _replaying = false;
  _replayError: string | null = null;
  _publishing = false;
  _publishError: string | null = null;
  _restored = false;

  willUpdate(changed: PropertyValues) {
    if (changed.has("site") && this.site) this._load();
  }

  async _load() {
    this._state = "loading";
    this._replay = null;
    try {
      const [policy, versions] = await Promise.all([this.api.policy(this.site), this.api.versions(this.site)]);
      this._policy = policy;
      this._versions = [...versions].sort((a, b) => b.version - a.version);
      this._draft = fromPolicy(policy);
      this._restored = false;
      try {
        const saved = JSON.parse(localStorage.getItem(DRAFT_KEY(this.site)) ?? "null");
        if (saved?.draft && draftKey(saved.draft) !== draftKey(this._draft)) {
          this._draft = fromPolicy(saved.draft);
          this._restored = true;
        }
      } catch {
        /* no saved draft */
      }
      this._errors = validateDraft(this._draft);
      this._state = "ready";
    } catch (e) {
      this._loadError = errorMessage(e);
      this._state = "error";
    }
  }

  get _dirty() {
    return !!this._draft && !!this._policy && draftKey(this._draft) !== draftKey(fromPolicy(this._policy));
  }

  _update(change: (d: PolicyDraft) => void) {
    const d = structuredClone(this._draft!) as PolicyDraft;
    change(d);
    this._draft = d;
    this._errors = validateDraft(d);
    this._publishError = null;
    try {
      if (this._dirty) localStorage.setItem(DRAFT_KEY(this.site), JSON.stringify({ basedOn: this._policy?.version, draft: d }));
      else localStorage.removeItem(DRAFT_KEY(this.site));
    } catch {
      /* storage full or blocked: the draft lives on this page */
    }
  }

  _discard() {
    localStorage.removeItem(DRAFT_KEY(this.site));
    this._draft = fromPolicy(this._policy!);
    this._errors = validateDraft(this._draft);
    this._restored = false;
    this._replay = null;
  }

  async _showPreview() {
    this._tab = "preview";
    const md = this._draft!.markdown;
    if (this._preview?.key === md && "html" in this._preview) return;
    this._preview = null;
    try {
      const html = await this.api.preview(this.site, md);
      this._preview = { key: md, html };
    } catch (e) {
      this._preview = { key: md, error: errorMessage(e) };
    }
  }

  async _runReplay() {
    if (this._invalid()) return;
    const draft = toRequest(this._draft!);
    const key = enforcementKey(this._draft!);
    this._replaying = true;
    this._replayError = null;
    try {
      const result = await this.api.replay(this.site, draft);
      this._replay = { key, result };
      const changed = Object.values(result.changed).reduce((a, b) => a + b, 0);
      this.announce(t.replaySummary(result.examined, changed));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("#replay-h")?.focus();
    } catch (e) {
      this._replayError = errorMessage(e);
    } finally {
      this._replaying = false;
    }
  }

  _invalid(): boolean {
    if (!Object.keys(this._errors).length) return false;
    this.announce(t.fixErrors, "error");
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return true;
  }

  async _publish() {
    if (this._invalid()) return;
    const next = (this._versions[0]?.version ?? this._policy!.version) + 1;
    if (!confirm(t.publishConfirm(next))) return;
    this._publishing = true;
    this._publishError = null;
    try {
      const policy = await this.api.publish(this.site, toRequest(this._draft!));
      localStorage.removeItem(DRAFT_KEY(this.site));
      this._policy = policy;
      this._draft = fromPolicy(policy);
      this._restored = false;
      this._replay = null;
      this._versions = [policy, ...this._versions.filter((v) => v.version !== policy.version)];
      this.announce(t.published(policy.version));
      this.dispatchEvent(new CustomEvent("policy-published", { detail: policy, bubbles: true, composed: true }));
    } catch (e) {
      this._publishError = errorMessage(e);
      if (e instanceof ApiError && e.details.field) {
        const path = String(e.details.field).replace(/\[(\d+)\]/g, ".$1");
        this._errors = { ...this._errors, [path]: e.message };
      }
    } finally {
      this._publishing = false;
    }
  }

  _err(path: string) {
    const m = this._errors[path];
    return m ? html`<span class="error" id="err-${path.replace(/\./g, "-")}">${m}</span>` : nothing;
  }
  _inv(path: string) {
    return this._errors[path] ? "true" : "false";
  }
  _desc(path: string) {
    return this._errors[path] ? `err-${path.replace(/\./g, "-")}` : nothing;
  }

  render() {
    if (this._state === "loading")
      return html`<h2 tabindex="-1">${t.policyHeading}</h2>
        <p class="state" role="status">${t.loading}</p>`;
    if (this._state === "error")
      return html`<h2 tabindex="-1">${t.policyHeading}</h2>
        <div class="state" role="alert">
          <p>${this._loadError}</p>
          <button type="button" @click=${this._load}>${t.retry}</button>
        </div>`;
    const p = this._policy!;
    const d = this._draft!;
    const next = (this._versions[0]?.version ?? p.version) + 1;
    const replayFresh = this._replay?.key === enforcementKey(d);
    const hasErrors = Object.keys(this._errors).length > 0;
    return html`<div class="row">
        <h2 tabindex="-1">${t.policyHeading}</h2>
        ${this._dirty ? html`<span class="badge" data-status="pending">${t.unsaved}</span>` : nothing}
      </div>
      <p class="muted">${t.current(p.version, this.who(p.publishedBy, { system: "system" }), formatDateTime(p.publishedAt))}</p>
      ${this._restored ? html`<p class="notice warn" role="status">${t.restoredDraft} <button type="button" class="link" @click=${this._discard}>${t.discard}</button></p>` : nothing}
      <div class="grid" style="margin-top:1rem">
        <div>
          <div class="field">
            <label for="p-title">${t.titleLabel}</label>
            <input
              id="p-title"
              .value=${d.title}
              aria-invalid=${this._inv("title")}
              aria-describedby=${this._desc("title")}
              @input=${(e: Event) => this._update((x) => (x.title = (e.target as HTMLInputElement).value))}
            />
            ${this._err("title")}
          </div>
          <div class="field">
            <div class="row">
              <label for="p-md">${t.markdownLabel}</label>
              <span class="spacer"></span>
              <div class="row tabs">
                <button type="button" aria-pressed=${this._tab === "write" ? "true" : "false"} @click=${() => (this._tab = "write")}>
                  ${t.write}
                </button>
                <button type="button" aria-pressed=${this._tab === "preview" ? "true" : "false"} @click=${this._showPreview}>
                  ${t.preview}
                </button>
              </div>
            </div>
            <textarea
              id="p-md"
              rows="14"
              ?hidden=${this._tab !== "write"}
              .value=${d.markdown}
              aria-invalid=${this._inv("markdown")}
              aria-describedby=${this._desc("markdown")}
              @input=${(e: Event) => this._update((x) => (x.markdown = (e.target as HTMLTextAreaElement).value))}
            ></textarea>
            ${
              this._tab === "preview"
                ? html`<div class="preview rendered" id="p-preview" aria-live="polite" aria-label=${t.preview}>
                    ${!this._preview ? html`<p class="muted">${t.previewLoading}</p>` : "html" in this._preview ? unsafeHTML(this._preview.html) : html`<p class="error" role="alert">${this._preview.error}</p>`}
                  </div>`
                : nothing
            }
            ${this._err("markdown")}
          </div>
          ${this._renderRules(d)}
          <policy-words
            .words=${d.words}
            .error=${Object.entries(this._errors).find(([k]) => k.startsWith("words"))?.[1] ?? null}
            @words-change=${(e: CustomEvent<PolicyDraft["words"]>) => this._update((x) => (x.words = e.detail))}
          ></policy-words>
        </div>
        <div>${this._renderEnforcement(d)}</div>
      </div>
      ${this._renderReplay()}
      <div class="row publish">
        <button type="button" ?disabled=${this._replaying} @click=${this._runReplay}>${this._replaying ? t.replaying : t.replay}</button>
        <button
          type="button"
          class="primary"
          id="publish"
          ?disabled=${!replayFresh || this._publishing || hasErrors}
          aria-describedby="publish-why"
          @click=${this._publish}
        >
          ${this._publishing ? t.publishing : t.publish(next)}
        </button>
        ${this._dirty ? html`<button type="button" class="link" @click=${this._discard}>${t.discard}</button>` : nothing}
        <span id="publish-why" class="muted"
          >${hasErrors ? t.fixErrors : !replayFresh ? (this._replay ? t.replayStale : t.replayNeeded) : ""}</span
        >
        ${this._replaying ? html`<progress aria-label=${t.replaying}></progress>` : nothing}
        ${this._replayError ? html`<span class="error" role="alert">${this._replayError}</span>` : nothing}
        ${this._publishError ? html`<span class="error" role="alert">${this._publishError}</span>` : nothing}
      </div>
      ${this._renderVersions()}`;
  }

  _renderRules(d: PolicyDraft) {
    return html`<fieldset>
      <legend>${t.rulesHeading}</legend>
      ${this._err("rules")}
      ${d.rules.map(
        (r, i) =>
          html`<div class="rule">
            <div class="field">
              <label for="r-id-${i}">${t.ruleId}</label>
              <input
                id="r-id-${i}"
                .value=${r.id}
                aria-invalid=${this._inv(`rules.${i}.id`)}
                aria-describedby=${this._desc(`rules.${i}.id`)}
                @input=${(e: Event) => this._update((x) => (x.rules[i]!.id = (e.target as HTMLInputElement).value))}
              />
            </div>
            <div class="field grow">
              <label for="r-title-${i}">${t.ruleTitle}</label>
              <input
                id="r-title-${i}"
                .value=${r.title}
                aria-invalid=${this._inv(`rules.${i}.title`)}
                @input=${(e: Event) => this._update((x) => (x.rules[i]!.title = (e.target as HTMLInputElement).value))}
              />
            </div>
            ${removeButton({ label: t.removeRule(r.id), disabled: d.rules.length < 2, onClick: () => this._update((x) => x.rules.splice(i, 1)) })}
            <div class="field summary">
              <label for="r-sum-${i}">${t.ruleSummary}</label>
              <textarea
                id="r-sum-${i}"
                rows="2"
                .value=${r.summary}
                aria-invalid=${this._inv(`rules.${i}.summary`)}
                @input=${(e: Event) => this._update((x) => (x.rules[i]!.summary = (e.target as HTMLTextAreaElement).value))}
              ></textarea>
              ${this._err(`rules.${i}.id`)} ${this._err(`rules.${i}.title`)} ${this._err(`rules.${i}.summary`)}
            </div>
          </div>`,
      )}
      <button type="button" @click=${() => this._update((x) => x.rules.push({ id: "", title: "", summary: "" }))}>${t.addRule}</button>
    </fieldset>`;
  }

  /** Per target: its own hold and reject (blank: the policy's) and the strongest outcome it may get. */
  _renderTargets(d: PolicyDraft) {
    const opt = (v: string) => (v.trim() === "" ? null : Number(v));
    const targets = d.thresholds.targets ?? withTargetRules(d.thresholds).targets;
    const edit = (target: Target, f: (r: TargetRule) => void) =>
      this._update((x) => {
        x.thresholds = withTargetRules(x.thresholds);
        f(x.thresholds.targets[target]);
      });
    /** A target's own threshold; blank shows the policy's as the placeholder. */
    const threshold = (target: Target, field: "hold" | "reject", label: string) => {
      const own = targets[target][field];
      return html`<input
        type="number"
        min="0"
        max="1"
        step="0.01"
        aria-label=${`${t.targetNames[target]}: ${label}`}
        placeholder=${String(d.thresholds[field])}
        .value=${own === null ? "" : String(own)}
        aria-invalid=${this._inv(`thresholds.targets.${target}.${field}`)}
        @input=${(e: Event) => edit(target, (x) => (x[field] = opt((e.target as HTMLInputElement).value)))}
      />`;
    };
    return html`<p class="help">${t.targetsHelp}</p>
      <table class="targets">
        <thead>
          <tr>
            <th scope="col">${t.targetHeading}</th>
            <th scope="col">${t.hold}</th>
            <th scope="col">${t.rejectFrom}</th>
            <th scope="col">${t.atMost}</th>
          </tr>
        </thead>
        <tbody>
          ${TARGETS.map((target) => {
            const r = targets[target];
            return html`<tr>
              <th scope="row">${t.targetNames[target]}</th>
              <td>${threshold(target, "hold", t.hold)}</td>
              <td>${threshold(target, "reject", t.rejectFrom)}</td>
              <td>
                <select
                  aria-label=${`${t.targetNames[target]}: ${t.atMost}`}
                  @change=${(e: Event) => edit(target, (x) => (x.atMost = (e.target as HTMLSelectElement).value as TargetAction))}
                >
                  ${TARGET_ACTIONS.map((a) => html`<option value=${a} ?selected=${r.atMost === a}>${t.targetActions[a]}</option>`)}
                </select>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${TARGETS.map((target) => this._err(`thresholds.targets.${target}.hold`))}`;
  }

  /** The spam rule's own thresholds on the spam signals' score (a stored policy without them shows the defaults). */
  _renderSpam(d: PolicyDraft) {
    const spam = spamThresholds(d.thresholds);
    const input = (field: "hold" | "reject", label: string) =>
      html`<div class="field">
        <label for="spam-${field}">${label}</label>
        <input
          id="spam-${field}"
          type="number"
          min="0"
          max="1"
          step="0.01"
          .value=${String(spam[field])}
          aria-invalid=${this._inv(`thresholds.spam.${field}`)}
          aria-describedby=${this._desc(`thresholds.spam.${field}`)}
          @input=${(e: Event) =>
            this._update((x) => {
              const v = (e.target as HTMLInputElement).value;
              x.thresholds.spam = { ...spamThresholds(x.thresholds), [field]: v.trim() === "" ? NaN : Number(v) };
            })}
        />
      </div>`;
    return html`<fieldset>
      <legend>${t.spamThresholdsHeading}</legend>
      <p class="help">${t.spamThresholdsHelp}</p>
      <div class="row" style="margin-top:.5rem">${input("hold", t.hold)} ${input("reject", t.rejectFrom)}</div>
      ${this._err("thresholds.spam.hold")} ${this._err("thresholds.spam.reject")}
    </fieldset>`;
  }

  _renderEnforcement(d: PolicyDraft) {
    const num = (v: string) => (v.trim() === "" ? NaN : Number(v));
    return html`<fieldset>
        <legend>${t.thresholdsHeading}</legend>
        <p class="help">${t.thresholdsHelp}</p>
        <div class="row" style="margin-top:.5rem">
          <div class="field">
            <label for="th-hold">${t.hold}</label>
            <input
              id="th-hold"
              type="number"
              min="0"
              max="1"
              step="0.01"
              .value=${String(d.thresholds.hold)}
              aria-invalid=${this._inv("thresholds.hold")}
              aria-describedby=${this._desc("thresholds.hold")}
              @input=${(e: Event) => this._update((x) => (x.thresholds.hold = num((e.target as HTMLInputElement).value)))}
            />
          </div>
          <div class="field">
            <label for="th-reject">${t.rejectFrom}</label>
            <input
              id="th-reject"
              type="number"
              min="0"
              max="1"
              step="0.01"
              .value=${String(d.thresholds.reject)}
              aria-invalid=${this._inv("thresholds.reject")}
              aria-describedby=${this._desc("thresholds.reject")}
              @input=${(e: Event) => this._update((x) => (x.thresholds.reject = num((e.target as HTMLInputElement).value)))}
            />
          </div>
        </div>
        ${this._err("thresholds.hold")} ${this._err("thresholds.reject")} ${this._renderTargets(d)}
      </fieldset>
      ${this._renderSpam(d)}
      <fieldset>
        <legend>${t.ladderHeading}</legend>
        <p class="help">${t.ladderHelp}</p>
        <div class="field" style="margin-top:.5rem">
          <label for="strike-days">${t.strikeDays}</label>
          <input
            id="strike-days"
            type="number"
            min="1"
            max="3650"
            step="1"
            .value=${String(d.strikeDays)}
            aria-invalid=${this._inv("strikeDays")}
            aria-describedby=${this._desc("strikeDays")}
            @input=${(e: Event) => this._update((x) => (x.strikeDays = num((e.target as HTMLInputElement).value)))}
          />
          ${this._err("strikeDays")}
        </div>
        ${d.ladder.map(
          (s, i) =>
            html`<div class="step" data-step=${i}>
              <div class="field">
                <label for="l-strikes-${i}">${t.ladderStrikes}</label>
                <input
                  id="l-strikes-${i}"
                  type="number"
                  min="1"
                  max="100"
                  step="1"
                  .value=${String(s.strikes)}
                  aria-invalid=${this._inv(`ladder.${i}.strikes`)}
                  @input=${(e: Event) => this._update((x) => (x.ladder[i]!.strikes = num((e.target as HTMLInputElement).value)))}
                />
              </div>
              <div class="field">
                <label for="l-sanction-${i}">${t.ladderSanction}</label>
                <select
                  id="l-sanction-${i}"
                  @change=${(e: Event) =>
                    this._update((x) => {
                      const step = x.ladder[i]!;
                      step.sanction = (e.target as HTMLSelectElement).value as LadderStep["sanction"];
                      if (step.sanction === "suspend" && !step.hours) step.hours = 24;
                    })}
                >
                  ${(["warn", "suspend", "revoke"] as const).map((k) => html`<option value=${k} ?selected=${k === s.sanction}>${t.sanctionOptions[k]}</option>`)}
                </select>
              </div>
              <div class="field" ?hidden=${s.sanction !== "suspend"}>
                ${
                  s.sanction === "suspend"
                    ? html`<label for="l-hours-${i}">${t.ladderHours}</label>
                        <input
                          id="l-hours-${i}"
                          type="number"
                          min="1"
                          step="1"
                          .value=${String(s.hours ?? "")}
                          aria-invalid=${this._inv(`ladder.${i}.hours`)}
                          @input=${(e: Event) => this._update((x) => (x.ladder[i]!.hours = num((e.target as HTMLInputElement).value)))}
                        />`
                    : nothing
                }
              </div>
              ${removeButton({ label: t.removeStep(s.strikes), class: "end", onClick: () => this._update((x) => x.ladder.splice(i, 1)) })}
              <div style="flex-basis:100%">${this._err(`ladder.${i}.strikes`)} ${this._err(`ladder.${i}.hours`)}</div>
            </div>`,
        )}
        <button
          type="button"
          @click=${() => this._update((x) => x.ladder.push({ strikes: (x.ladder[x.ladder.length - 1]?.strikes ?? 0) + 1, sanction: "warn", hours: null }))}
        >
          ${t.addStep}
        </button>
      </fieldset>`;
  }

  _renderReplay() {
    const r = this._replay?.result;
    if (!r) return nothing;
    const changedTotal = Object.values(r.changed).reduce((a, b) => a + b, 0);
    return html`<section class="card" aria-labelledby="replay-h" id="replay" style="margin-top:1rem">
      <h3 id="replay-h" tabindex="-1">${t.replayHeading}</h3>
      <p>${t.replaySummary(r.examined, changedTotal)}</p>
      <table class="totals" style="max-width:28rem;margin:.5rem 0">
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">${t.nowLabel} (v${r.currentVersion})</th>
            <th scope="col">${t.draftLabel}</th>
          </tr>
        </thead>
        <tbody>
          ${DECISIONS.map(
            (k) =>
              html`<tr data-decision=${k}>
                <th scope="row">${t.decisions[k]}</th>
                <td>${r.totals.before[k]}</td>
                <td>${r.totals.after[k]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        changedTotal
          ? html`<ul>
                ${Object.entries(r.changed).map(([k, n]) => {
                  const [from, to] = k.split("→");
                  return html`<li>${t.changeLabel(t.decisions[from!] ?? from!, t.decisions[to!] ?? to!)}: ${n}</li>`;
                })}
              </ul>
              <h4 style="margin-top:.75rem">${t.examples}</h4>
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.score}</th>
                    <th scope="col">${t.targetHeading}</th>
                    <th scope="col">${t.changeLabel(t.nowLabel, t.draftLabel)}</th>
                    <th scope="col">${t.commentsHeading}</th>
                  </tr>
                </thead>
                <tbody>
                  ${r.examples.map(
                    (x) =>
                      html`<tr>
                        <td>${percent(x.score)}</td>
                        <td>${t.targetNames[x.target] ?? x.target}</td>
                        <td>${t.changeLabel(t.decisions[x.before] ?? x.before, t.decisions[x.after] ?? x.after)}</td>
                        <td class="example">${segments(x.body, x.spans).map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text))}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
          : html`<p class="muted">${t.noChanges}</p>`
      }
    </section>`;
  }

  _renderVersions() {
    return html`<section aria-labelledby="v-h" style="margin-top:1.5rem">
      <h3 id="v-h">${t.versionsHeading}</h3>
      <table style="margin-top:.5rem">
        <thead>
          <tr>
            ${t.versionCols.map((c) => html`<th scope="col">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this._versions.map(
            (v) =>
              html`<tr data-version=${v.version}>
                <td>
                  v${v.version}${v.version === this._policy?.version ? html` <span class="badge" data-status="published">${t.statuses.published}</span>` : nothing}
                </td>
                <td>${v.title}</td>
                <td>${this.who(v.publishedBy, { system: "system" })}</td>
                <td>${formatDateTime(v.publishedAt)}</td>
                <td>
                  <button
                    type="button"
                    class="link"
                    @click=${() => {
                      this._update((x) => Object.assign(x, fromPolicy(v)));
                      this.renderRoot.querySelector<HTMLElement>("#p-title")?.focus();
                    }}
                  >
                    ${t.loadVersion(v.version)}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}

customElements.define("policy-editor", PolicyEditor);
declare global {
  interface HTMLElementTagNameMap {
    "policy-editor": PolicyEditor;
  }
}
