/**
 * A publisher's site for the browser tests: a static server on another loopback address
 * (http://127.0.0.2:PORT) than the API (http://127.0.0.1:PORT2), so every widget call is
 * cross-origin, as on a real publisher's page.
 */
import { createServer, type Server } from "node:http";

export interface HostPage {
  /** Body HTML placed in the article template (or a full document when it starts with <!doctype). */
  body: string;
  head?: string;
}

export interface HostServer {
  origin: string;
  /** Registers a page at `path` and returns its URL. */
  page(path: string, page: HostPage): string;
  close(): Promise<void>;
}

/** Page CSS a careless publisher might have: none of it may reach inside the widget. */
export const HOSTILE_CSS = `
  * { font-family: "Times New Roman", serif; letter-spacing: 1px; box-sizing: content-box; }
  body { color: #a0a; background: #fffdf0; line-height: 3; }
  button { background: #f00; color: #ff0; padding: 30px; border: 5px dotted lime; }
  p, ul, li { margin: 40px; }
  textarea, input { background: #000; }
  :focus { outline: none; }
`;

export function articlePage(opts: { head?: string; embed: string; title?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${opts.title ?? "A publisher article"}</title>
<style>${HOSTILE_CSS}</style>
${opts.head ?? ""}
</head>
<body>
<main>
<article>
<h1>${opts.title ?? "A publisher article"}</h1>
<p>Some article text before the comments.</p>
</article>
${opts.embed}
<footer><p>Footer after the comments.</p></footer>
</main>
</body>
</html>`;
}

export async function startHost(hostname = "127.0.0.2"): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const html = pages.get(path);
    if (!html) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, hostname, () => ok());
  });
  const { port } = server.address() as { port: number };
  const origin = `http://${hostname}:${port}`;
  return {
    origin,
    page(path, page) {
      pages.set(path, /^<!doctype/i.test(page.body) ? page.body : articlePage({ head: page.head, embed: page.body }));
      return origin + path;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
