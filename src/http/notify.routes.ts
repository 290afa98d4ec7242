import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Region } from '../region';
import type { Logger } from '../shared/logger';
import { parseNotifyBody } from '../features/notifications/notify.request';
import type { DeliveryReports } from '../features/notifications/delivery-reports';
import type { NotificationOutbox } from '../features/notifications/notifications.ports';

export interface NotifyRouteDeps {
  /** Unset: the endpoint answers 503, it is never open. */
  token?: string;
  region: Region;
  outbox: NotificationOutbox;
  reports: DeliveryReports;
  log: Logger;
}

/**
 * POST /api/notify stores a notification and answers 202 with its id; the worker delivers it.
 * GET /api/notify/:id is its delivery report.
 */
export function notifyRoutes(deps: NotifyRouteDeps) {
  return (server: Server) => {
    server.post('/api/notify', async (req: Request, res: Response) => {
      if (!authorised(req, res, deps.token)) return;
      const parsed = parseNotifyBody(req.body, deps.region);
      if (!parsed.ok) {
        res.send(400, { error: 'Ongeldige melding', reasons: parsed.reasons });
        return;
      }
      const { id } = await deps.outbox.enqueue(parsed.request);
      deps.log.info({ id, recipients: parsed.request.recipients.length }, 'notification accepted');
      res.send(202, { id, report: `/api/notify/${id}` });
    });

    server.get('/api/notify/:id', async (req: Request, res: Response) => {
      if (!authorised(req, res, deps.token)) return;
      const report = await deps.reports.report(String(req.params.id));
      res.send(report ? 200 : 404, report ?? { error: 'Onbekende melding' });
    });
  };
}

function authorised(req: Request, res: Response, token: string | undefined): boolean {
  if (!token) {
    res.send(503, { error: 'Niet beschikbaar: NOTIFY_TOKEN is niet ingesteld.' });
    return false;
  }
  const given = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
  // compare digests: equal length, constant time
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(digest(given), digest(token))) {
    res.header('www-authenticate', 'Bearer');
    res.send(401, { error: 'Niet geautoriseerd' });
    return false;
  }
  return true;
}
