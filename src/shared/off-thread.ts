import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Runs a CPU-heavy pure function (parsing an Excel, PDF or Word file) in a worker thread, so the
 * event loop keeps serving other users' turns while it works. The worker gets a heap limit and a
 * deadline and is ended after each call, so a hostile file can neither stall nor bloat the bot.
 * `modulePath` is resolved by the caller (`require.resolve('./pdf-text')`); the function must be
 * an export that takes and returns structured-cloneable values.
 */
export interface OffThreadLimits {
  timeoutMs: number;
  maxHeapMb: number;
}
export const DEFAULT_OFF_THREAD_LIMITS: OffThreadLimits = { timeoutMs: 20_000, maxHeapMb: 512 };

/** The work did not finish inside its limits (time or memory): the caller says so in Dutch. */
export class OffThreadLimitError extends Error {
  override name = 'OffThreadLimitError';
}

// Two cores: more parallel parses would only take turns from the event loop's core.
const MAX_PARALLEL = 2;
let running = 0;
const queue: (() => void)[] = [];
const slot = () => (running < MAX_PARALLEL ? Promise.resolve(void running++) : new Promise<void>((r) => queue.push(() => r(void running++))));
const release = () => {
  running--;
  queue.shift()?.();
};

const ENTRY = path.join(__dirname, `off-thread.entry${path.extname(__filename)}`);
// Under ts-jest or tsx the entry is TypeScript: the worker loads it through tsx like the main thread.
const EXEC_ARGV = path.extname(__filename) === '.ts' ? ['--require', 'tsx/cjs'] : [];

export async function runOffThread<T>(modulePath: string, exportName: string, args: unknown[], limits: OffThreadLimits = DEFAULT_OFF_THREAD_LIMITS): Promise<T> {
  await slot();
  try {
    return await new Promise<T>((resolve, reject) => {
      const worker = new Worker(ENTRY, {
        workerData: { modulePath, exportName, args },
        execArgv: EXEC_ARGV,
        resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
      });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new OffThreadLimitError(`no result within ${limits.timeoutMs} ms`));
      }, limits.timeoutMs);
      const done = () => clearTimeout(timer);
      worker.once('message', (m: { ok: true; value: T } | { ok: false; name: string; message: string }) => {
        done();
        void worker.terminate();
        if (m.ok) resolve(m.value);
        else reject(Object.assign(new Error(m.message), { name: m.name }));
      });
      worker.once('error', (err: Error & { code?: string }) => {
        done();
        reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new OffThreadLimitError(`more than ${limits.maxHeapMb} MB`) : err);
      });
      worker.once('exit', (code) => {
        done();
        reject(new OffThreadLimitError(`worker stopped (${code})`));
      });
    });
  } finally {
    release();
  }
}
