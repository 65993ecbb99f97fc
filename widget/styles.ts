/**
 * Shared styles. Theming: colours, font and radius come from CSS custom properties
 * (`--parley-bg`, `--parley-fg`, `--parley-muted`, `--parley-surface`, `--parley-border`,
 * `--parley-accent`, `--parley-accent-fg`, `--parley-danger`, `--parley-warn-bg`,
 * `--parley-warn-fg`, `--parley-mark`, `--parley-font`,
 * `--parley-font-size`, `--parley-radius`, `--parley-padding`), with light and dark
 * defaults. Dark applies under `prefers-color-scheme: dark` unless `theme="light"`, or
 * with `theme="dark"`; a publisher themes one mode by setting the properties in, e.g.,
 * `comment-section[theme=dark]` or a media query. Internals read `--_*`, which inherit
 * through the nested shadow roots.
 */
import { css } from "./element.ts";

const vars = (
  bg: string,
  fg: string,
  muted: string,
  surface: string,
  border: string,
  accent: string,
  accentFg: string,
  danger: string,
  warnBg: string,
  warnFg: string,
  mark: string,
  scheme: string,
) =>
  `--_bg:var(--parley-bg,${bg});--_fg:var(--parley-fg,${fg});--_muted:var(--parley-muted,${muted});--_surface:var(--parley-surface,${surface});--_border:var(--parley-border,${border});--_accent:var(--parley-accent,${accent});--_accent-fg:var(--parley-accent-fg,${accentFg});--_danger:var(--parley-danger,${danger});--_warn-bg:var(--parley-warn-bg,${warnBg});--_warn-fg:var(--parley-warn-fg,${warnFg});--_mark:var(--parley-mark,${mark});color-scheme:${scheme}`;
const light = vars(
  "#fff",
  "#1b1f24",
  "#57606a",
  "#f4f6f8",
  "#c9d1d9",
  "#0b57d0",
  "#fff",
  "#b3261e",
  "#fff4d6",
  "#5c3c00",
  "#ffc9c4",
  "light",
);
const dark = vars(
  "#17191c",
  "#e6e8eb",
  "#a2abb5",
  "#22262b",
  "#3d444d",
  "#8ab4f8",
  "#10141a",
  "#ffb4ab",
  "#3d2e00",
  "#ffe08a",
  "#7a1d18",
  "dark",
);

/**
 * Applied on `<comment-section>` only: resets inherited page styles (also on `.root`, as
 * a page's `* {...}` rules reach the host element itself), sets the theme.
 */
export const themeStyles = css`
  :host {
    all: initial;
    display: block;
    ${light};
    --_radius: var(--parley-radius, 8px);
  }
  .root {
    font: var(--parley-font-size, 16px) / 1.5 var(--parley-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
    color: var(--_fg);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
  }
  :host([theme="dark"]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme="light"])) {
      ${dark}
    }
  }
`;

/** Base styles every element adopts: box model, buttons, fields, notices, focus rings. */
export const baseStyles = css`
  :host {
    display: block;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ul {
    margin: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  input,
  select {
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
    padding: 0.375em 0.75em;
  }
  button {
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button:disabled {
    opacity: 0.6;
  }
  .primary {
    background: var(--_accent) !important;
    border-color: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }
  .link,
  .quiet {
    border-color: transparent;
    background: none !important;
    padding: 0.125em 0.25em;
  }
  .link {
    color: var(--_accent);
    text-decoration: underline;
  }
  .quiet {
    color: var(--_muted);
    font-size: 0.875em;
  }
  label {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .notice {
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_warn-bg);
    color: var(--_warn-fg);
    display: grid;
    gap: 0.375em;
    justify-items: start;
  }
  .notice .link {
    color: inherit;
  }
  .error {
    color: var(--_danger);
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .md {
    overflow-wrap: anywhere;
  }
  .md > * {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  a {
    color: var(--_accent);
  }
  .md code,
  .md pre {
    font-family: ui-monospace, Menlo, monospace;
    background: var(--_surface);
    overflow-x: auto;
  }
`;
