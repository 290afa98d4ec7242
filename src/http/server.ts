import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../shared/logger';
import { checkActivity } from './activity-guard';
import type { HealthReport } from './health';
import { BodyError, readJsonBody } from './read-body';

export interface HttpDeps {
  adapter: TeamsAdapter;
  runTurn: (context: TurnContext) => Promise<unknown>;
  /** Work the turn of an activity left for after its response (a follow-up's context): nobody waits for it. */
  afterResponse: (activity: TurnContext['activity']) => Promise<void>;
  health: () => Promise<HealthReport>;
  log: Logger;
  /** Extra routes (e.g. /api/notify) registered by the composition root. */
  extraRoutes?: (server: Server) => void;
  /** How long close() waits for in-flight turns before it gives up on them (default 10 s). */
  drainDeadlineMs?: number;
}

export interface HttpServer {
  server: Server;
  listen(port: number): Promise<number>;
  /** Stops accepting, waits for in-flight turns up to the drain deadline, then resolves. */
  close(): Promise<void>;
}

/** Decoded body limits per route: an activity is small; a notification may list many recipients. */
export const BODY_LIMITS: Record<string, number> = {
  '/api/messages': 256 * 1024,
  '/api/notify': 1024 * 1024,
};
const DEFAULT_BODY_LIMIT = 64 * 1024;

/** What an invoke nobody handles gets instead of an empty 501: a Dutch message in the card. */
const UNKNOWN_INVOKE = {
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: 'Deze knop werkt niet (meer). Typ "help" om te zien wat ik kan.',
};

export function createHttpServer(deps: HttpDeps): HttpServer {
  const { log } = deps;
  const server = restify.createServer({ name: 'rsj-governance-bot', handleUncaughtExceptions: false });
  server.use(bodyReader(log));
  let inFlight = 0;
  let draining: (() => void) | undefined;
  const settle = () => {
    inFlight--;
    if (inFlight === 0 && draining) draining();
  };

  server.post('/api/messages', async (req: Request, res: Response) => {
    inFlight++;
    try {
      await handleActivity(req, res, deps);
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
    close: () => {
      server.close();
      return drained(() => inFlight, (resolve) => (draining = resolve), deps.drainDeadlineMs ?? 10_000, log);
    },
  };
}

/**
 * Resolves when the in-flight turns are done or the deadline passes. Turns still running after it
 * are abandoned: whatever they stored is in the store, and deliveries they queued are in the outbox.
 */
function drained(inFlight: () => number, onDrained: (resolve: () => void) => void, deadline: number, log: Logger): Promise<void> {
  return new Promise<void>((resolve) => {
    if (inFlight() === 0) return resolve();
    const timer = setTimeout(() => {
      log.warn({ inFlight: inFlight() }, 'shutdown deadline reached; in-flight turns abandoned');
      resolve();
    }, deadline);
    timer.unref();
    onDrained(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * One activity through the adapter. The adapter writes into a stand-in so its answers can be
 * mapped: it reports a failed token check (or unreachable OpenID metadata) as 500 with internal
 * text; that is a 401. An invoke nobody handled (501) gets a Dutch message.
 */
async function handleActivity(req: Request, res: Response, deps: HttpDeps): Promise<void> {
  const checked = checkActivity(req.body);
  if (!checked.ok) {
    res.send(400, { error: `Ongeldig verzoek: verwacht een Bot Framework-activity in JSON (veld ${checked.field}).` });
    return;
  }
  const started = Date.now();
  const activity = checked.activity;
  const turnLog = deps.log.child({ requestId: req.getId(), activityId: activity.id, activityType: activity.type });
  const outcome = adapterOutcome();
  let entered: TurnContext['activity'] | undefined;
  try {
    await deps.adapter.process(req, outcome.response, async (context) => {
      entered = context.activity;
      await deps.runTurn(context);
    });
  } catch (err) {
    turnLog.error({ err }, 'activity processing failed');
    outcome.response.status(500);
  }
  const { status, body } = outcome.result();
  if (!entered && (status === 401 || status >= 500)) {
    turnLog.warn({ status }, 'request not authenticated');
    res.header('www-authenticate', 'Bearer');
    res.send(401, { error: 'Niet geautoriseerd' });
  } else if (status === 501 && activity.type === 'invoke') {
    res.send(200, UNKNOWN_INVOKE);
  } else if (status >= 500) {
    res.send(500, { error: 'Interne fout' });
  } else if (body === undefined) {
    res.send(status);
  } else {
    res.send(status, body);
  }
  turnLog.debug({ status: res.statusCode, ms: Date.now() - started }, 'turn done');
  // Still inside the request, so a shutdown drains it like the turn itself.
  if (entered) await deps.afterResponse(entered).catch((err) => turnLog.error({ err }, 'work after the response failed'));
}

/** Reads JSON bodies for POST/PUT/PATCH with the route's decoded-size limit. */
function bodyReader(log: Logger) {
  return (req: Request, res: Response, next: (err?: unknown) => void) => {
    if (!['POST', 'PUT', 'PATCH'].includes(req.method ?? '')) return next();
    const limit = BODY_LIMITS[req.getPath()] ?? DEFAULT_BODY_LIMIT;
    readJsonBody(req, limit).then(
      (body) => {
        req.body = body;
        next();
      },
      (err: unknown) => {
        if (!(err instanceof BodyError)) log.error({ err }, 'body could not be read');
        const status = err instanceof BodyError ? err.status : 400;
        res.send(status, { error: err instanceof BodyError ? err.message : 'Ongeldig verzoek.' });
        next(false);
      },
    );
  };
}

/** A response the adapter can write to; the route decides what really goes out. */
function adapterOutcome() {
  let status = 200;
  let body: unknown;
  const response = {
    status(code: number) {
      status = code;
      return response;
    },
    send(value: unknown) {
      body = value;
      return response;
    },
    header() {
      return response;
    },
    end() {
      return response;
    },
  };
  return { response: response as unknown as Response, result: () => ({ status, body }) };
}
