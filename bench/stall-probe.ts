// Preloaded into a bot process by the knowledge-scale bench (node --require): on SIGUSR2 it prints
// the longest event-loop stall since the previous signal, then starts measuring afresh.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
process.on('SIGUSR2', () => {
  process.stdout.write(`stall-max-ms ${(delay.max / 1e6).toFixed(1)}\n`);
  delay.reset();
});
