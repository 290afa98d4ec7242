import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config';
import { createAdapter } from './bot/adapter';
import { createBotApp } from './bot/app';
import { createMessenger } from './bot/proactive';
import { createAppInstaller, type GraphAppInstaller } from './bot/graph-app-installer';
import { tracedMessenger } from './bot/traced-messenger';
import { runAfterReply } from './bot/after-reply';
import type { FeatureRoutes, FileDownload } from './features/feature';
import * as escalations from './features/escalations/escalations.feature';
import * as help from './features/help/help.feature';
import { TEAMS_FILE_HOSTS, createFileDownloader } from './features/imports/file-download';
import type { ImportService } from './features/imports/import.service';
import * as imports from './features/imports/imports.feature';
import * as meetings from './features/meetings/meetings.feature';
import * as notifications from './features/notifications/notifications.feature';
import type { AppInstaller, NotificationOutbox, TimerService } from './features/notifications/notifications.ports';
import { RecipientReach } from './features/notifications/reach';
import * as people from './features/people/people.feature';
import * as providers from './features/providers/providers.feature';
import * as qa from './features/qa/qa.feature';
import * as regioagenda from './features/regioagenda/regioagenda.feature';
import { registerDownloadRoute } from './http/download-route';
import { notifyRoutes } from './http/notify.routes';
import { healthCheck, type SendHealth } from './http/health';
import { createHttpServer } from './http/server';
import { loadRegion, type Region } from './region';
import type { Logger } from './shared/logger';
import { projectRoot } from './shared/project-root';
import { startTelemetry, traceTurn } from './shared/telemetry';
import { createStorage, type Storage } from './storage';

export interface RunningService {
  port: number;
  /** Settles when the demo data and the knowledge index have loaded (asking for it starts the index load at once). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** What tests and benches may swap in: a clock, and the notification ports. */
export interface ServiceOverrides {
  now?: () => Date;
  outbox?: NotificationOutbox;
  timers?: TimerService;
}

export interface FeaturesCore {
  config: Config;
  region: Region;
  storage: Storage;
  log: Logger;
  /** The bot's public base URL for links it hands out (known after the server listens). */
  publicUrl?: () => string;
}

export interface Features {
  /** Tried in this order: commands first, then provider questions; Q&A last takes every other message. */
  routes: FeatureRoutes[];
  imports: ImportService;
  notifications: notifications.Notifications;
  /** The outbox and timers the features were given (the overrides, or the notification feature's own). */
  outbox: NotificationOutbox;
  /** Serves signed export links (GET /api/export/:token). */
  downloads: FileDownload;
  welcome: ReturnType<typeof help.register>['welcome'];
  /**
   * Fills an empty store with the fictional demo data set (local runs only): the directory first,
   * then the rest. Until all of it is in, every feature but help waits for it.
   */
  loadDemoData(): Promise<void>;
  /** Settles when the demo directory is in (at once without demo data): a turn needs its sender's entry. */
  directoryLoaded(): Promise<void>;
  /** Loads the Q&A knowledge index (never fails: a failure is logged, and the next question tries again). */
  loadKnowledge(): Promise<void>;
  /** Stops background work (the knowledge change poll) before the store closes. */
  stop(): void;
}

const VERSION = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')).version as string;
const readDemoFile = (name: string) => readFile(path.join(projectRoot(), 'config', 'demo', name));

/** Every feature on the ports it declares. Delivery does not start here: `startService` starts it. */
export function composeFeatures(core: FeaturesCore, overrides: ServiceOverrides = {}): Features {
  const { config, region, storage, log } = core;
  const now = overrides.now ?? (() => new Date());
  const { people: directory, conversations, channels } = storage;
  const notify = notifications.register({ config, region, log, outbox: storage.outbox, timers: storage.timers, channels, conversations, people: directory });
  const outbox = overrides.outbox ?? notify.outbox;
  const timers = overrides.timers ?? notify.timers;
  // Confirmations say what the outbox did with a notification; a replaced outbox (tests) fills no store to wait for.
  const reach = new RecipientReach({ people: directory, conversations, channels, outbox, store: storage.outbox, settleMs: overrides.outbox ? 0 : undefined });

  const openEscalations = escalations.openEscalations(storage.escalations, storage.versions);
  const providerStatus = providers.register({ providers: storage.providers, context: storage.conversationContext, versions: storage.versions, region, log, openEscalations, governance: { namesTopic: (n) => answers.namesTopic(n), answers: (q) => answers.answers(q), asksPersonalData: (q) => answers.asksPersonalData(q), documentAnswer: (q) => answers.documentAnswer(q) } });
  const raise = escalations.register({ escalations: storage.escalations, providers: providerStatus.directory, counts: openEscalations, outbox, reach, timers, log, now });
  const users = people.register({ people: directory, region });
  const importer = imports.register({ kinds: [...users.importKinds, ...providerStatus.importKinds], download: fileDownloader(config) });
  const agenda = regioagenda.register({
    rounds: storage.rounds,
    themes: storage.themes,
    audit: storage.audit,
    people: directory,
    region,
    outbox,
    reach,
    timers,
    log,
    now,
    // Without a configured secret, links stop working after a restart: acceptable for 15-minute links.
    exportSecret: config.EXPORT_SECRET ?? randomBytes(32).toString('hex'),
    publicUrl: core.publicUrl ?? (() => config.PUBLIC_URL ?? `http://localhost:${config.PORT}`),
  });
  const meet = meetings.register({ region, meetings: storage.meetings, people: directory, outbox, reach, log, now });
  const answers = qa.register({ knowledge: storage.knowledge, searchIndex: storage.knowledgeIndex, qa: storage.qa, context: storage.conversationContext, outbox, reach, log, download: fileDownloader(config) });

  let demoDirectory = Promise.resolve();
  let demoData = Promise.resolve();
  const routes: FeatureRoutes[] = [];
  const helpFeature = help.register({ features: () => routes });
  routes.push(
    helpFeature.routes,
    ...[users.routes, importer.routes, notify.routes, agenda.routes, meet.routes, raise.routes, providerStatus.routes, answers.routes].map((r) =>
      waitingFor(() => demoData, r),
    ),
  );
  return {
    routes,
    imports: importer.service,
    notifications: notify,
    outbox,
    downloads: agenda.downloads,
    welcome: helpFeature.welcome,
    stop: () => answers.stop(),
    loadDemoData() {
      demoDirectory = users.loadDemo(readDemoFile);
      demoData = demoDirectory.then(() => providerStatus.loadDemo(readDemoFile));
      return demoData;
    },
    directoryLoaded: () => demoDirectory,
    loadKnowledge: () => answers.loadKnowledge(),
  };
}

/** A feature's routes that first wait for `loaded` (which never fails: a failed demo import is logged). */
function waitingFor(loaded: () => Promise<void>, routes: FeatureRoutes): FeatureRoutes {
  const settled = () => loaded().catch(() => undefined);
  return {
    ...routes,
    textHandlers: routes.textHandlers?.map((h) => ({ name: h.name, handle: async (turn) => (await settled(), h.handle(turn)) })),
    cardActions: routes.cardActions?.map((a) => ({ verb: a.verb, handle: async (turn, data) => (await settled(), a.handle(turn, data)) })),
  };
}

/** /healthz: a store point read, outbox work left overdue, and the streak of failed sends. */
function serviceHealth(storage: Storage, regionId: string, startedAt: number, sends: () => SendHealth) {
  return healthCheck({
    version: VERSION,
    storage: storage.kind,
    region: regionId,
    startedAt,
    probeStore: async () => void (await storage.people.get('healthz-probe')),
    overdueWork: async (olderThanMs) => {
      const due = await storage.outbox.due(Date.now() - olderThanMs, 1);
      return due.notifications.length + due.deliveries.length;
    },
    sends,
    quarantined: storage.quarantined,
  });
}

/**
 * Only the importers of people and provider data (`npm run import`): no search index loading, no
 * delivery, no demo data, no version poll; the bots see the import through the version document.
 */
export function composeImports({ config, region, storage, log }: FeaturesCore): ImportService {
  const users = people.register({ people: storage.people, region });
  const providerData = providers.register({ providers: storage.providers, context: storage.conversationContext, region, log });
  return imports.register({ kinds: [...users.importKinds, ...providerData.importKinds], download: fileDownloader(config) }).service;
}

/** How long after start-up the knowledge index loads when no turn came first. */
const KNOWLEDGE_DELAY_MS = 2_000;

/**
 * The knowledge index (~0.3 s of CPU) loads after the first turn, so that turn does not wait behind it; or
 * KNOWLEDGE_DELAY_MS after start-up, or when someone waits for `ready`. A question asked earlier starts it itself.
 */
function knowledgeLoader(loadIndex: () => Promise<void>) {
  let loaded: Promise<void> | undefined;
  const load = () => (loaded ??= loadIndex());
  const timer = setTimeout(() => void load(), KNOWLEDGE_DELAY_MS).unref();
  return {
    load,
    /** No load starts after this; settles when one under way has finished. */
    stop: () => {
      clearTimeout(timer);
      return loaded ?? Promise.resolve();
    },
  };
}

/** config -> storage -> features -> bot app -> http server. */
export async function startService(config: Config, log: Logger, overrides: ServiceOverrides = {}): Promise<RunningService> {
  const startedAt = Date.now();
  const telemetry = await startTelemetry(config.APPLICATIONINSIGHTS_CONNECTION_STRING, log);
  const region = loadRegion(config.REGION);
  const storage = await createStorage(config, region.id, log);
  telemetry.observeStore(storage.kind, () => storage.stats);
  let publicUrl = config.PUBLIC_URL ?? '';
  const features = composeFeatures({ config, region, storage, log, publicUrl: () => publicUrl }, overrides);
  // Demo data loads while the server starts: turns wait for the directory (features for the rest), health checks and Teams' retries do not.
  const demoLoaded = config.DEMO_DATA === 'on' ? features.loadDemoData().catch((err) => log.error({ err }, 'demo data not loaded')) : Promise.resolve();
  const directoryLoaded = features.directoryLoaded().catch(() => undefined);
  const knowledge = knowledgeLoader(() => directoryLoaded.then(() => features.loadKnowledge()));
  const adapter = createAdapter(config);
  const app = createBotApp({
    adapter,
    botId: config.BOT_ID,
    tenantId: config.BOT_TENANT_ID,
    ...{ people: storage.people, conversations: storage.conversations, rateLimits: storage.rateLimits },
    now: overrides.now,
    features: features.routes,
    welcome: features.welcome,
    log,
    onConversationCaptured: (key) => features.notifications.conversationCaptured(key),
  });
  const sending = tracedMessenger(createMessenger(adapter, config.BOT_ID));
  const http = createHttpServer({
    adapter,
    runTurn: async (context) => {
      await directoryLoaded;
      return traceTurn(context.activity.type, () => app.run(context)).finally(() => void knowledge.load());
    },
    afterResponse: (activity) => runAfterReply(activity, log),
    log,
    extraRoutes: (server) => {
      registerDownloadRoute(server, features.downloads);
      notifyRoutes({ token: config.NOTIFY_TOKEN, region, outbox: features.outbox, reports: features.notifications.reports, log })(server);
    },
    health: serviceHealth(storage, region.id, startedAt, sending.health),
  });
  const installer = createAppInstaller(config, log);
  features.notifications.start(sending.messenger, installer && graphInstaller(installer));
  const port = await http.listen(config.PORT);
  publicUrl ||= `http://localhost:${port}`;
  log.info({ port, storage: storage.kind, region: region.id, startupMs: Date.now() - startedAt }, 'bot listening');

  return {
    port,
    get ready() {
      return Promise.all([demoLoaded, knowledge.load()]).then(() => undefined);
    },
    async stop() {
      await http.close();
      await Promise.all([demoLoaded, knowledge.stop()]); // never close the store under a demo import or an index load
      features.stop();
      await features.notifications.stop();
      await storage.close();
      await telemetry.shutdown();
    },
  };
}

/** The outbox's port over Graph: a failure is asked again later; installed, already there or skipped is not. */
function graphInstaller(installer: GraphAppInstaller): AppInstaller {
  return {
    async requestInstall(user) {
      const result = await installer.requestInstall(user);
      return result.status === 'failed' ? { status: 'failed', reason: result.reason } : { status: 'asked' };
    },
  };
}

/** Files shared in chat (imports, ingest): Teams' hosts unless configured, capped and with a deadline. */
function fileDownloader(config: Config) {
  return createFileDownloader({
    hosts: config.FILE_DOWNLOAD_HOSTS?.split(',').map((h) => h.trim()).filter(Boolean) ?? TEAMS_FILE_HOSTS,
    maxBytes: config.FILE_DOWNLOAD_MAX_MB * 1024 * 1024,
    timeoutMs: config.OUTGOING_TIMEOUT_MS,
  });
}
