import type { InStatement } from "@libsql/client";
import type { ImportSource } from "../../../contract/data.ts";
import type { Db } from "../../../db/client.ts";
import { readDisqus } from "./disqus.ts";
import { readParley } from "./parley.ts";
import { readRemark42 } from "./remark42.ts";
import { ApiError } from "../../errors.ts";
import type { SourceRecord } from "./source.ts";
import { readWordpress } from "./wordpress.ts";
import type { ImportTransaction, Stage } from "./run.ts";

export { importRecords, type ImportOptions, type ImportTransaction, type Stage } from "./run.ts";
export { parseSsoUsers } from "./sso-users.ts";

/** The records of a file in one of the formats Parley imports. */
export function readSource(source: ImportSource, chunks: AsyncIterable<string>, options: { utcOffsetMinutes?: number } = {}): AsyncIterable<SourceRecord> {
  switch (source) {
    case "disqus":
      return readDisqus(chunks);
    case "wordpress":
      return readWordpress(chunks, options);
    case "remark42":
      return readRemark42(chunks);
    case "parley":
      return readParley(chunks);
  }
}

/** The admin upload's stage: the records in memory (the upload is a few tens of MB at most). */
export function memoryStage(): Stage {
  const records: SourceRecord[] = [];
  return {
    push: (record) => void records.push(record),
    replay: async function* () {
      yield* records;
    },
  };
}

/**
 * The admin upload's transaction: reads go to the database as it is, writes are collected and run
 * by `commit` as one batch (one transaction on the embedded driver and over libSQL's HTTP
 * protocol alike): all of the import lands, or none of it. Two identical imports at once cannot
 * both land: the second's import keys collide and its batch fails whole.
 */
export function batchTransaction(db: Db): ImportTransaction & { commit(): Promise<void> } {
  const statements: InStatement[] = [];
  return {
    read: async (sql, args) => (await db.$client.execute({ sql, args })).rows as unknown as Record<string, unknown>[],
    write: async (more) => void statements.push(...more),
    commit: async () => {
      if (statements.length) await db.$client.batch(statements, "write");
    },
  };
}

/**
 * Bytes (a request body, a file) as text chunks, gunzipped when they start as gzip does (Remark42
 * backups are gzipped), refusing more than `maxBytes` of input.
 */
export async function* textChunks(bytes: ReadableStream<Uint8Array>, maxBytes = Infinity): AsyncGenerator<string> {
  const reader = bytes.getReader();
  const first = await reader.read();
  if (first.done) return;
  let total = 0;
  let pending: Uint8Array | null = first.value;
  const counted = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = pending ? { done: false as const, value: pending } : await reader.read();
      pending = null;
      if (next.done) return controller.close();
      total += next.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return controller.error(
          new ApiError("too_large", `The file is over ${Math.round(maxBytes / 1048576)} MiB; use \`npm run import\` for larger files.`),
        );
      }
      controller.enqueue(next.value);
    },
  });
  const gzipped = first.value[0] === 0x1f && first.value[1] === 0x8b;
  const plain = gzipped ? counted.pipeThrough(new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  const decoder = plain.pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>).getReader();
  for (;;) {
    const next = await decoder.read();
    if (next.done) return;
    yield next.value;
  }
}
