// Node only: checkpoints an embedded database's write-ahead log from a worker thread. SQLite's
// automatic checkpoint runs inside whichever commit crosses the threshold, on the server's only
// thread, and with synchronous=NORMAL it is also where the fsyncs happen: every few hundred
// comments one request stalled everyone for tens of milliseconds. A PASSIVE checkpoint on a
// second connection copies the log back without blocking the writer; SQLite restarts the log
// once a checkpoint has caught up.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the worker checkpoints; a checkpoint with nothing new to copy costs microseconds. */
const INTERVAL_MS = 200;
/** The writer's own automatic checkpoint, kept only as a backstop should the worker fall behind. */
export const BACKSTOP_PAGES = 20_000;

const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.libsql);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 5000");
const checkpoint = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    // Busy or not yet in WAL mode: the next round tries again.
  }
};
const timer = setInterval(checkpoint, workerData.interval);
parentPort.on("message", () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Checkpoints once more, closes the worker's connection and ends it. */
  stop(): Promise<void>;
}

export function startCheckpointer(path: string, interval = INTERVAL_MS): Checkpointer {
  const libsql = createRequire(import.meta.url).resolve("libsql");
  const worker = new Worker(workerSource, { eval: true, workerData: { path, libsql, interval } });
  worker.unref(); // never what keeps the process alive
  worker.on("error", () => {}); // the writer's backstop checkpoint still bounds the log
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= new Promise<void>((done) => {
        worker.once("exit", () => done());
        worker.postMessage("stop");
        setTimeout(() => void worker.terminate(), 2000).unref();
      });
      return stopped;
    },
  };
}
