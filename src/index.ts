import { ConfigError, describeMode, loadConfig } from './config';
import { startService } from './compose';
import { createLogger } from './shared/logger';
import { limitHeapGrowth } from './shared/heap-growth';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  log.info({ botId: !!config.BOT_ID, demoData: config.DEMO_DATA }, describeMode(config));
  const service = await startService(config, log);
  limitHeapGrowth();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, deadlineMs: config.SHUTDOWN_DEADLINE_MS }, 'shutting down');
    // A turn that hangs must not keep the process alive: after the deadline it exits, and work
    // that was acknowledged is in the store (deliveries in the outbox) for the next start.
    setTimeout(() => {
      log.warn('shutdown deadline reached; exiting with work left to the outbox');
      process.exit(0);
    }, config.SHUTDOWN_DEADLINE_MS).unref();
    await service.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
}

main().catch((err) => {
  process.stderr.write(`Startup failed: ${(err as Error).message}\n`);
  process.exit(1);
});
