import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import { createAdapter } from './bot/adapter';
import { createBotApp } from './bot/app';
import { createFeatures, type FeatureDeps } from './features';
import { createHttpServer } from './http/server';
import { loadRegion } from './region';
import type { Logger } from './shared/logger';
import { projectRoot } from './shared/project-root';
import { createStorage } from './storage';

export interface RunningService {
  port: number;
  stop(): Promise<void>;
}

const VERSION = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')).version as string;

/** config -> storage -> features -> bot app -> http server. */
export async function startService(config: Config, log: Logger, extras: Pick<FeatureDeps, 'outbox'> = {}): Promise<RunningService> {
  const startedAt = Date.now();
  const region = loadRegion(config.REGION);
  const storage = await createStorage(config);
  const features = createFeatures({ config, region, storage, log, ...extras });
  if (config.DEMO_DATA === 'on') await features.loadDemoData();

  const adapter = createAdapter(config);
  const app = createBotApp({ adapter, botId: config.BOT_ID, storage, features: features.routes, log });
  const http = createHttpServer({
    adapter,
    runTurn: (context) => app.run(context),
    log,
    health: () => ({
      status: 'ok',
      version: VERSION,
      storage: storage.kind,
      region: region.id,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    }),
  });
  const port = await http.listen(config.PORT);
  log.info({ port, storage: storage.kind, region: region.id, startupMs: Date.now() - startedAt }, 'bot listening');

  return {
    port,
    async stop() {
      await http.close();
      await storage.close();
    },
  };
}
