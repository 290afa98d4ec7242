// The worker side of off-thread.ts: loads the module, calls the export, posts the result or the error.
import { parentPort, workerData } from 'node:worker_threads';

const { modulePath, exportName, args } = workerData as { modulePath: string; exportName: string; args: unknown[] };

async function run() {
  const fn = (require(modulePath) as Record<string, (...a: unknown[]) => unknown>)[exportName];
  if (typeof fn !== 'function') throw new Error(`${exportName} is not a function of ${modulePath}`);
  return fn(...args);
}

run().then(
  (value) => parentPort!.postMessage({ ok: true, value }),
  (err: Error) => parentPort!.postMessage({ ok: false, name: err?.name ?? 'Error', message: err?.message ?? String(err) }),
);
