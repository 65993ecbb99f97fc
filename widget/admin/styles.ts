/** Styles every admin element adopts (Lit static styles: allowed by the page's CSP). */
import { css } from "lit";

export const adminStyles = css`
  :host {
    display: block;
    --bg: #fff;
    --fg: #1b1f24;
    --muted: #57606a;
    --surface: #f4f6f8;
    --border: #c9d1d9;
    --accent: #0b57d0;
    --accent-fg: #fff;
    --danger: #b3261e;
    --ok: #1a7f37;
    --warn-bg: #fff4d6;
    --warn-fg: #5c3c00;
    --info: #e8f0fe;
    --mark: #ffc9c4;
    --selected: #eef4ff;
    --radius: 6px;
    color: var(--fg);
    font:
      15px/1.5 system-ui,
      -apple-system,
      "Segoe UI",
      Roboto,
      sans-serif;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --bg: #17191c;
      --fg: #e6e8eb;
      --muted: #a2abb5;
      --surface: #22262b;
      --border: #3d444d;
      --accent: #8ab4f8;
      --accent-fg: #10141a;
      --danger: #ffb4ab;
      --ok: #7ee2a8;
      --warn-bg: #3d2e00;
      --warn-fg: #ffe08a;
      --info: #1c2b41;
      --mark: #7a1d18;
      --selected: #1f2a3a;
      color-scheme: dark;
    }
  }
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h2 {
    font-size: 1.3rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  :focus-visible {
    outline: 2px solid var(--accent);
    outline-offset: 2px;
  }
  a {
    color: var(--accent);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--border);
    background: var(--bg);
    border-radius: var(--radius);
    padding: 0.3rem 0.75rem;
    min-height: 2rem;
  }
  button:hover:not(:disabled) {
    background: var(--surface);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  button.primary {
    background: var(--accent);
    color: var(--accent-fg);
    border-color: var(--accent);
  }
  button.primary:hover:not(:disabled) {
    background: var(--accent);
    filter: brightness(1.1);
  }
  button.danger {
    color: var(--danger);
    border-color: var(--danger);
  }
  button.danger.primary {
    background: var(--danger);
    color: var(--bg);
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--accent);
    text-decoration: underline;
  }
  input:not([type="checkbox"]):not([type="radio"]),
  select,
  textarea {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--bg);
    padding: 0.3rem 0.5rem;
    min-height: 2rem;
    max-width: 100%;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  [aria-invalid="true"] {
    border-color: var(--danger) !important;
  }
  label {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin-bottom: 0.75rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    font-weight: 400;
  }
  .check label {
    font-weight: 400;
  }
  .help,
  .muted {
    color: var(--muted);
    font-size: 0.875rem;
  }
  .error {
    color: var(--danger);
    font-size: 0.875rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .spacer {
    flex: 1;
  }
  .notice {
    border-radius: var(--radius);
    padding: 0.6rem 0.8rem;
    background: var(--info);
  }
  .notice.warn {
    background: var(--warn-bg);
    color: var(--warn-fg);
  }
  .notice.bad {
    border: 1px solid var(--danger);
    background: var(--bg);
    color: var(--danger);
  }
  .state {
    padding: 1.5rem;
    text-align: center;
    color: var(--muted);
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.8rem;
    border: 1px solid var(--border);
    background: var(--surface);
    white-space: nowrap;
  }
  .badge[data-status="warned"],
  .badge[data-status="pending"],
  .badge[data-status="suspend"],
  .badge[data-status="warn"] {
    background: var(--warn-bg);
    color: var(--warn-fg);
    border-color: transparent;
  }
  .badge[data-status="suspended"],
  .badge[data-status="revoked"],
  .badge[data-status="rejected"],
  .badge[data-status="revoke"] {
    background: var(--danger);
    color: var(--bg);
    border-color: transparent;
  }
  .badge[data-status="published"],
  .badge[data-status="good"] {
    color: var(--ok);
  }
  mark {
    background: var(--mark);
    color: inherit;
    border-radius: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--border);
  }
  th {
    font-size: 0.85rem;
    color: var(--muted);
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  dialog {
    border: 1px solid var(--border);
    border-radius: 10px;
    background: var(--bg);
    color: var(--fg);
    padding: 1.25rem;
    max-width: min(40rem, calc(100vw - 2rem));
    width: 100%;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  kbd {
    font:
      0.85em ui-monospace,
      monospace;
    border: 1px solid var(--border);
    border-bottom-width: 2px;
    border-radius: 4px;
    padding: 0 0.3rem;
    background: var(--surface);
  }
  progress {
    width: 100%;
  }
  .card {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 1rem;
    background: var(--bg);
  }
  /* Lists of cards (sanctions, strikes, blocks) */
  ul.plain {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  li.card {
    padding: 0.5rem 0.75rem;
  }
  fieldset {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.3rem;
  }
  .rendered :is(h1, h2, h3) {
    margin: 0.6em 0 0.3em;
  }
  .rendered p,
  .rendered ul,
  .rendered ol {
    margin: 0 0 0.6em;
  }
`;
