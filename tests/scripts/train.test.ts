// `npm run train` is seeded and deterministic: from the data in ../shared/data it writes, byte for
// byte, the model the server ships (a rule that moves the thresholds must come with a retrained model).
// The data is not in the repository: next to it (../shared/data), or where PARLEY_DATA_DIR says.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { DATA_DIR } from "../../scripts/detector/data.ts";

const root = resolve(import.meta.dirname, "../..");

it.runIf(existsSync(DATA_DIR))("retrains the shipped model exactly", { timeout: 1_500_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-train-"));
  try {
    const out = join(dir, "model.json");
    await new Promise<void>((done, fail) =>
      execFile(
        process.execPath,
        ["--import", "tsx", "scripts/train.ts", "--out", out],
        { cwd: root, maxBuffer: 1 << 24 },
        (error, _o, stderr) => (error ? fail(new Error(stderr)) : done()),
      ),
    );
    const trained = readFileSync(out, "utf8");
    const shipped = readFileSync(join(root, "server/detector/model.json"), "utf8");
    expect(JSON.parse(trained).version).toBe(JSON.parse(shipped).version);
    expect(trained === shipped).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
