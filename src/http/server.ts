import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../shared/logger';
import { isActivityLike } from './activity-guard';
import type { HealthReport } from './health';

export interface HttpDeps {
  adapter: TeamsAdapter;
  runTurn: (context: TurnContext) => Promise<unknown>;
  health: () => Promise<HealthReport>;
  log: Logger;
  /** Extra routes (e.g. /api/notify) registered by the composition root. */
  extraRoutes?: (server: Server) => void;
}

export interface HttpServer {
  server: Server;
  listen(port: number): Promise<number>;
  /** Stops accepting, waits for in-flight turns, then resolves. */
  close(): Promise<void>;
}

export function createHttpServer(deps: HttpDeps): HttpServer {
  const { adapter, log } = deps;
  const server = restify.createServer({ name: 'rsj-governance-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));
  let inFlight = 0;
  let draining: (() => void) | undefined;
  const settle = () => {
    inFlight--;
    if (inFlight === 0 && draining) draining();
  };

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!isActivityLike(req.body)) {
      res.send(400, { error: 'Ongeldig verzoek: verwacht een Bot Framework-activity in JSON.' });
      return;
    }
    inFlight++;
    const started = Date.now();
    const turnLog = log.child({ requestId: req.getId(), activityId: req.body.id, activityType: req.body.type });
    try {
      await adapter.process(req, res, async (context) => {
        await deps.runTurn(context);
      });
      turnLog.debug({ status: res.statusCode, ms: Date.now() - started }, 'turn done');
    } catch (err) {
      turnLog.error({ err }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'Interne fout' });
    } finally {
      settle();
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const report = await deps.health();
    res.send(report.httpStatus, report.body);
  });

  deps.extraRoutes?.(server);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, next: (e?: unknown) => void) => {
    if ((err.statusCode ?? 500) >= 500) log.error({ err, url: req.url }, 'http error');
    return next();
  });

  return {
    server,
    listen: (port) =>
      new Promise((resolve) => {
        server.listen(port, () => resolve((server.address() as { port: number }).port));
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close();
        // turns already inside the adapter run to completion before storage closes
        if (inFlight === 0) resolve();
        else draining = resolve;
      }),
  };
}
