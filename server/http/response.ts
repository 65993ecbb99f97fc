import type { Context } from "hono";

/**
 * Sets a header on the finished response in place. `c.header()` after the handler has answered
 * makes Hono rebuild the response around `res.body`, which turns a ready body (string, bytes)
 * into a stream that @hono/node-server then pumps chunk by chunk instead of writing at once.
 */
export function setResponseHeader(c: Context, name: string, value: string, append = false): void {
  try {
    if (append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, { append }); // immutable headers (a fetched or redirect Response)
  }
}
