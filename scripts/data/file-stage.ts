// Node only: the command-line import's stage, a temporary JSON Lines file, so that a file of any
// size is read twice in bounded memory.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Stage } from "../../server/data/import/index.ts";
import type { SourceRecord } from "../../server/data/import/source.ts";

export function fileStage(): Stage & { close(): Promise<void>; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "parley-import-"));
  const path = join(dir, "stage.jsonl");
  const out = createWriteStream(path);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    out.end();
    await once(out, "finish");
  };
  return {
    async push(record) {
      if (!out.write(JSON.stringify(record) + "\n")) await once(out, "drain");
    },
    async *replay() {
      await close();
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of lines) if (line) yield JSON.parse(line) as SourceRecord;
    },
    close,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
