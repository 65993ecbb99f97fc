// The baseline: a bare node:http server answering every request with the same bytes Parley sent
// for the listing, in its own process so it shares no event loop with the load generator.
// Usage: node scripts/bench/bare-server.mjs BODY_FILE → prints "listening PORT".
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const body = readFileSync(process.argv[2]);
const etag = process.argv[3] ?? '"bare"';
const server = createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "application/json; charset=UTF-8", "Content-Length": body.length, ETag: etag });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
