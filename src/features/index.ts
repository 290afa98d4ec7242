import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';
import type { Region } from '../region';
import type { Logger } from '../shared/logger';
import { projectRoot } from '../shared/project-root';
import type { Storage } from '../storage';
import type { FeatureRoutes } from './feature';
import { helpRoutes } from './help/help.routes';
import { ImportService } from './imports/import.service';
import { importRoutes } from './imports/import.routes';
import type { NotificationOutbox, TimerService } from './notifications/notifications.ports';
import { notificationsRoutes } from './notifications/notifications.routes';
import type { DeliveryReports } from './notifications/delivery-reports';
import type { ChannelsRepository } from '../storage/repositories/channels.repository';
import { gebruikersImport } from './people/people.import';
import { peopleRoutes } from './people/people.routes';

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
}

export interface Features {
  routes: FeatureRoutes[];
  imports: ImportService;
  /** Fills an empty store with the fictional demo data set (local runs only). */
  loadDemoData(): Promise<void>;
}

/** Wires every feature to its ports. Order of routes matters: commands first, Q&A last. */
export function createFeatures(deps: FeatureDeps): Features {
  const { storage, region } = deps;
  const imports = new ImportService().register(gebruikersImport(storage.people, region));
  const routes: FeatureRoutes[] = [];
  routes.push(helpRoutes(() => routes), peopleRoutes(storage.people, region), importRoutes(imports));
  routes.push(notificationsRoutes({ region, channels: deps.channels, conversations: storage.conversations, reports: deps.reports }));
  return {
    routes,
    imports,
    async loadDemoData() {
      if (!(await storage.people.isEmpty())) return;
      const demoUsers = new ImportService().register(gebruikersImport(storage.people, region, true));
      await demoUsers.importFile('gebruikers.csv', await readDemoFile('gebruikers.csv'));
    },
  };
}

const readDemoFile = (name: string) => readFile(path.join(projectRoot(), 'config', 'demo', name));
