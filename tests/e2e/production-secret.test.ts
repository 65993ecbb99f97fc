// In production the server secret comes from the environment: a secret kept in the database
// would travel with every copy of the database file.
import { describe, expect, it } from "vitest";
import { startServer } from "../helpers/server.ts";

describe("the server secret", () => {
  it("is required when NODE_ENV=production: the server refuses to start without SECRET", async () => {
    await expect(startServer({ env: { NODE_ENV: "production", SECRET: "" } })).rejects.toThrow(/SECRET is not set/);
  });

  it("is generated and kept in the database in demo mode, and the server says so", async () => {
    const server = await startServer({ env: { SECRET: "" } });
    try {
      expect(server.output()).toMatch(/server secret: kept in the database \(demo mode; set SECRET in production\)/);
    } finally {
      await server.stop();
    }
  });

  it("starts in production with SECRET set", async () => {
    const server = await startServer({ env: { NODE_ENV: "production", SECRET: "a production secret of enough length" } });
    try {
      expect(server.output()).not.toMatch(/server secret: kept in the database/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
