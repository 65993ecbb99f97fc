import { Hono } from "hono";
import { z } from "zod";
import { IMPORT_SOURCES } from "../../../contract/data.ts";
import { exportSite, exportStream, recordExport } from "../../data/export.ts";
import { batchTransaction, importRecords, memoryStage, parseSsoUsers, readSource, textChunks } from "../../data/import/index.ts";
import { eraseReader, readerData } from "../../data/readers.ts";
import type { AppEnv } from "../../deps.ts";
import { ApiError } from "../../errors.ts";
import { requireOwner } from "../../http/auth.ts";
import { queryWith } from "../../http/validate.ts";

/** The admin upload's limit: larger files go through `npm run import`, which has none. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

const importQuery = z.object({
  from: z.enum(IMPORT_SOURCES),
  spam: z.enum(["skip", "rejected"]).default("skip"),
  score: z.enum(["0", "1", "true", "false"]).optional(),
  /** Renamed hosts, "old.example.com=new.example.com", comma-separated. */
  domains: z
    .string()
    .max(2000)
    .regex(/^([^=,\s]+=[^=,\s]+)(,[^=,\s]+=[^=,\s]+)*$/, "old.example.com=new.example.com, comma-separated")
    .optional(),
  utcOffsetMinutes: z.coerce.number().int().min(-840).max(840).optional(),
});

const tooLarge = () => new ApiError("too_large", `The file is over ${IMPORT_MAX_BYTES / 1048576} MiB; use \`npm run import\`.`);

/** The single sign-on map's share of a multipart upload. */
const SSO_MAP_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The upload: the export file as the whole body, or a multipart form with the file (`file`) and
 * optionally the single sign-on map (`ssoUsers`, JSON, as `npm run import -- --sso-users` takes).
 * A form is read whole, up to the upload's limit.
 */
async function importUpload(req: Request): Promise<{ file: ReadableStream<Uint8Array>; ssoUsers?: Record<string, string> }> {
  const type = req.headers.get("Content-Type") ?? "";
  if (!req.body) throw new ApiError("validation_failed", "Send the export file as the request body.", { field: "file" });
  if (!type.startsWith("multipart/form-data")) return { file: req.body };
  const max = IMPORT_MAX_BYTES + SSO_MAP_MAX_BYTES;
  let seen = 0;
  const limited = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        seen += chunk.byteLength;
        if (seen > max) out.error(new Error("over the limit"));
        else out.enqueue(chunk);
      },
    }),
  );
  const form = await new Response(limited, { headers: { "Content-Type": type } }).formData().catch(() => {
    if (seen > max) throw tooLarge();
    throw new ApiError("validation_failed", "The upload is not a readable multipart form.", { field: "file" });
  });
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new ApiError("validation_failed", "The form has no export file (its `file` part).", { field: "file" });
  const map = form.get("ssoUsers");
  const ssoUsers = map === null ? undefined : parseSsoUsers(typeof map === "string" ? map : await map.text());
  return { file: file.stream(), ssoUsers };
}

export const dataAdminRoutes = new Hono<AppEnv>()
  .get("/export", async (c) => {
    const admin = requireOwner(c);
    const { db, clock } = c.var.deps;
    const site = c.var.site;
    const now = clock();
    await recordExport(db, site.id, admin.id, now);
    const name = `parley-${site.id}-${now.toISOString().slice(0, 10)}.jsonl`;
    return new Response(exportStream(exportSite(db, site, now)), {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  })
  .post("/import", async (c) => {
    const admin = requireOwner(c);
    const { db, clock, detector } = c.var.deps;
    const q = queryWith(c, importQuery);
    const length = Number(c.req.header("Content-Length") ?? 0);
    if (length > IMPORT_MAX_BYTES + SSO_MAP_MAX_BYTES) throw tooLarge();
    const { file: body, ssoUsers } = await importUpload(c.req.raw);
    const tx = batchTransaction(db);
    const summary = await importRecords(
      db,
      readSource(q.from, textChunks(body, IMPORT_MAX_BYTES), { utcOffsetMinutes: q.utcOffsetMinutes }),
      memoryStage(),
      tx,
      {
        siteId: c.var.site.id,
        source: q.from,
        spam: q.spam,
        domains: Object.fromEntries((q.domains?.split(",") ?? []).map((pair) => pair.split("=") as [string, string])),
        ssoUsers,
        detector: q.score === "1" || q.score === "true" ? detector : undefined,
        adminId: admin.id,
        now: clock(),
      },
    );
    await tx.commit();
    c.var.deps.live?.resetSite(c.var.site.id); // open pages fetch their listings again
    return c.json({ summary });
  })
  .get("/users/:userId/data", async (c) => {
    const admin = c.get("admin")!;
    const { db, clock } = c.var.deps;
    const data = await readerData(db, c.var.site.id, c.req.param("userId"), admin.id, clock());
    c.header("Content-Disposition", `attachment; filename="parley-user-${c.req.param("userId")}.json"`);
    c.header("Cache-Control", "no-store");
    return c.json(data);
  })
  .post("/users/:userId/erase", async (c) => {
    const admin = requireOwner(c);
    const { db, clock } = c.var.deps;
    const erased = await eraseReader(db, c.var.site, c.req.param("userId"), admin.id, clock());
    c.var.deps.live?.resetSite(c.var.site.id); // their names and comments leave open pages too
    return c.json(erased);
  });
