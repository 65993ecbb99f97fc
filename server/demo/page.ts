import { html } from "hono/html";
import { DEMO_ARTICLE, DEMO_PAGE_KEY } from "./article.ts";
import { SEED_POLICY_TEXT } from "../moderation/default-policy.ts";

/** The demo article with the embed snippet under it, exactly as a publisher would paste it. */
export function demoPage(widgetSrc: string) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${DEMO_ARTICLE.title}</title>
        <style>
          body {
            margin: 0;
            font:
              18px/1.6 Georgia,
              "Times New Roman",
              serif;
            color: #1f2328;
            background: #fff;
          }
          main {
            max-width: 42rem;
            margin: 0 auto;
            padding: 2rem 1.25rem 4rem;
          }
          h1 {
            font-size: 2rem;
            line-height: 1.2;
          }
          .kicker {
            font:
              600 0.8rem/1 system-ui,
              sans-serif;
            letter-spacing: 0.08em;
            text-transform: uppercase;
            color: #8a1c1c;
          }
          .note {
            font:
              0.9rem/1.5 system-ui,
              sans-serif;
            color: #57606a;
            border-top: 1px solid #d0d7de;
            margin-top: 2.5rem;
            padding-top: 1rem;
          }
          @media (prefers-color-scheme: dark) {
            body {
              background: #0d1117;
              color: #e6edf3;
            }
            .note {
              color: #9da7b3;
              border-color: #30363d;
            }
          }
        </style>
      </head>
      <body>
        <main>
          <article>
            <p class="kicker">World</p>
            <h1>${DEMO_ARTICLE.title}</h1>
            ${DEMO_ARTICLE.paragraphs.map((p) => html`<p>${p}</p>`)}
          </article>
          <p class="note">Comment Policy: ${SEED_POLICY_TEXT}</p>
          <section aria-label="Comments">
            <script src="${widgetSrc}" data-site="demo" data-page="${DEMO_PAGE_KEY}" async></script>
          </section>
        </main>
      </body>
    </html>`;
}
