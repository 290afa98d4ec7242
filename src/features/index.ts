import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';
import type { Region } from '../region';
import type { Logger } from '../shared/logger';
import { projectRoot } from '../shared/project-root';
import type { Storage } from '../storage';
import type { FeatureRoutes, FileDownload } from './feature';
import { helpRoutes } from './help/help.routes';
import { ImportService } from './imports/import.service';
import { importRoutes } from './imports/import.routes';
import type { NotificationOutbox, TimerService } from './notifications/notifications.ports';
import { notificationsRoutes } from './notifications/notifications.routes';
import { createNotifications } from './notifications/notifications.module';
import type { DeliveryReports } from './notifications/delivery-reports';
import type { ChannelsRepository } from '../storage/repositories/channels.repository';
import { gebruikersImport } from './people/people.import';
import { peopleRoutes } from './people/people.routes';
import { loadProviderDemo, providersFeature } from './providers/providers.feature';
import { createRegioagenda } from './regioagenda/regioagenda.feature';
import { qaRoutes } from './qa/qa.routes';
import { QaService } from './qa/qa.service';
import { downloadFile } from './imports/import.routes';
import { knowledgeRepository } from '../storage/repositories/knowledge.repository';
import { qaRepository } from '../storage/repositories/qa.repository';
import { createMeetings } from './meetings/meetings.feature';
import { createEscalations } from './escalations/escalations.feature';

export interface FeatureDeps {
  config: Config;
  region: Region;
  storage: Storage;
  log: Logger;
  /** Everything that reaches people unasked goes through the outbox. */
  outbox: NotificationOutbox;
  timers: TimerService;
  channels: ChannelsRepository;
  reports: DeliveryReports;
  /** Injected clock (tests move time past deadlines); defaults to the system clock. */
  now?: () => Date;
  /** The bot's public base URL for links it hands out (known after the server listens). */
  publicUrl?: () => string;
}

export interface Features {
  routes: FeatureRoutes[];
  imports: ImportService;
  /** Serves signed export links (GET /api/export/:token). */
  downloads: FileDownload;
  /** Fills an empty store with the fictional demo data set (local runs only). */
  loadDemoData(): Promise<void>;
}

/** Wires every feature to its ports. Order of routes matters: commands first, Q&A last. */
export function createFeatures(deps: FeatureDeps): Features {
  const { storage, region } = deps;
  const imports = new ImportService().register(gebruikersImport(storage.people, region));
  // The status answer counts open escalations; escalations resolve provider names through the read model.
  const providers = providersFeature(deps, (id) => escalations.openCount(id));
  const escalations = createEscalations(deps, providers.model);
  const meetings = createMeetings(deps);
  providers.kinds.forEach((k) => imports.register(k));
  const routes: FeatureRoutes[] = [];
  const regioagenda = createRegioagenda(deps);
  const notifications = notificationsRoutes({ region, channels: deps.channels, conversations: storage.conversations, reports: deps.reports });
  const qa = new QaService({ knowledge: knowledgeRepository(storage.store), repo: qaRepository(storage.store, region.id), outbox: deps.outbox, log: deps.log });
  qa.knowledgeIndex().catch((err) => deps.log.warn({ err }, 'knowledge index not built at start'));
  // Explicit commands first, then provider queries; Q&A is last: every message no command took is a question.
  routes.push(
    helpRoutes(() => routes),
    peopleRoutes(storage.people, region),
    importRoutes(imports),
    notifications,
    regioagenda.routes,
    meetings.routes,
    escalations.routes,
    providers.routes,
    qaRoutes(qa, downloadFile),
  );
  return {
    routes,
    imports,
    downloads: (token) => regioagenda.downloads.download(token),
    async loadDemoData() {
      await loadProviderDemo(deps, providers.model, readDemoFile);
      if (!(await storage.people.isEmpty())) return;
      const demoUsers = new ImportService().register(gebruikersImport(storage.people, region, true));
      await demoUsers.importFile('gebruikers.csv', await readDemoFile('gebruikers.csv'));
    },
  };
}

/** Features for command-line tools and benches: the notification ports exist, but no worker delivers. */
export function createFeaturesWithoutDelivery(base: Pick<FeatureDeps, 'config' | 'region' | 'storage' | 'log'>): Features {
  return createFeatures({ ...base, ...createNotifications(base) });
}

const readDemoFile = (name: string) => readFile(path.join(projectRoot(), 'config', 'demo', name));
