// Functions run through runOffThread by tests/shared/off-thread.test.ts.
import { threadId } from 'node:worker_threads';

export const whichThread = () => threadId;

/** Busy CPU for `ms` milliseconds: what a large spreadsheet does to the thread that parses it. */
export function spin(ms: number): number {
  const end = Date.now() + ms;
  let n = 0;
  while (Date.now() < end) n++;
  return n;
}

export function hog(mb: number): number {
  const keep: number[][] = [];
  for (let i = 0; i < mb; i++) keep.push(new Array(131_072).fill(i));
  return keep.length;
}

export async function fail(): Promise<never> {
  const err = new Error('Het bestand is kapot.');
  err.name = 'UnreadableFileError';
  throw err;
}
