import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import { createAdapter } from './bot/adapter';
import { createBotApp } from './bot/app';
import { createFeatures, type FeatureDeps } from './features';
import { registerDownloadRoute } from './http/download-route';
import { createHttpServer } from './http/server';
import { notifyRoutes } from './http/notify.routes';
import { createMessenger } from './bot/proactive';
import { createNotifications } from './features/notifications/notifications.module';
import { loadRegion } from './region';
import type { Logger } from './shared/logger';
import { projectRoot } from './shared/project-root';
import { createStorage } from './storage';

export interface RunningService {
  port: number;
  stop(): Promise<void>;
}

const VERSION = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')).version as string;

/** What tests and benches may swap in: a clock, and the notification ports. */
export type ServiceOverrides = Partial<Pick<FeatureDeps, 'now' | 'outbox' | 'timers'>>;

/** config -> storage -> features -> bot app -> http server. */
export async function startService(config: Config, log: Logger, overrides: ServiceOverrides = {}): Promise<RunningService> {
  const startedAt = Date.now();
  const region = loadRegion(config.REGION);
  const storage = await createStorage(config);
  const notifications = createNotifications({ config, storage, region, log });
  const { channels, reports } = notifications;
  const outbox = overrides.outbox ?? notifications.outbox;
  const timers = overrides.timers ?? notifications.timers;
  let publicUrl = config.PUBLIC_URL ?? '';
  const features = createFeatures({ config, region, storage, log, outbox, timers, channels, reports, now: overrides.now, publicUrl: () => publicUrl });
  if (config.DEMO_DATA === 'on') await features.loadDemoData();

  const adapter = createAdapter(config);
  const app = createBotApp({ adapter, botId: config.BOT_ID, tenantId: config.BOT_TENANT_ID, storage, features: features.routes, log });
  const http = createHttpServer({
    adapter,
    runTurn: (context) => app.run(context),
    log,
    extraRoutes: (server) => {
      registerDownloadRoute(server, features.downloads);
      notifyRoutes({ token: config.NOTIFY_TOKEN, region, outbox, reports, log })(server);
    },
    health: () => ({
      status: 'ok',
      version: VERSION,
      storage: storage.kind,
      region: region.id,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    }),
  });
  notifications.start(createMessenger(adapter, config.BOT_ID));
  const port = await http.listen(config.PORT);
  publicUrl ||= `http://localhost:${port}`;
  log.info({ port, storage: storage.kind, region: region.id, startupMs: Date.now() - startedAt }, 'bot listening');

  return {
    port,
    async stop() {
      await http.close();
      await notifications.stop();
      await storage.close();
    },
  };
}
