import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  port: number;
  /** Everything the process logged to stdout so far. */
  log(): string;
}

/** Starts src/index.ts as its own process (signals and exit codes are real) and waits for its listening line. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'index.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      log += c.toString();
      const m = log.match(/"port":(\d+)/);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${log}`)));
  });
  return { child, port, log: () => log };
}
