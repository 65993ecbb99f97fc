// vitest globalSetup: bundles the Node server (dist/server.mjs) once per run, before any test
// starts it, so tests run the server as `npm start` does and never a bundle older than the source.
import { buildServer } from "../../scripts/build-server.mjs";

export default async function setup() {
  await buildServer();
}
