import http from 'node:http';
import { randomUUID } from 'node:crypto';

export interface ReceivedActivity {
  conversationId: string;
  /** PUT = an update of an earlier message. */
  method: 'POST' | 'PUT';
  activityId?: string;
  activity: Record<string, any>;
  at: number;
}

/**
 * A stand-in for the Teams connector service (the activity's serviceUrl): it records what the
 * bot sends, the way Teams would receive it. `respond` can inject failures (429, 503, delays).
 */
export class FakeConnector {
  readonly received: ReceivedActivity[] = [];
  /** Every activity request with its answer, including injected failures (rate-window checks). */
  readonly requests: { conversationId: string; method: string; status: number; at: number }[] = [];
  /** Team members the roster lookup knows (aadObjectId); others get 404 as in Teams. */
  readonly members = new Set<string>();
  respond?: (req: { conversationId: string; activity: any; method: string }) =>
    | { status: number; headers?: Record<string, string>; delayMs?: number }
    | undefined;
  private server = http.createServer((req, res) => this.handle(req, res));
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections?.();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  inConversation(conversationId: string): ReceivedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const json = (s: number, o: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(s, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(o));
      };
      if (req.method === 'POST' && req.url === '/v3/conversations') {
        return json(200, { id: `a:${randomUUID()}` });
      }
      const member = req.url?.match(/^\/v3\/conversations\/[^/]+\/members\/([^/?]+)/);
      if (member) {
        const id = decodeURIComponent(member[1]);
        return this.members.has(id) ? json(200, { id: `29:${id}`, aadObjectId: id, name: 'Teamlid' }) : json(404, { error: { code: 'MemberNotFoundInConversation' } });
      }
      const m = req.url?.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/);
      if (!m) return json(200, {});
      const conversationId = decodeURIComponent(m[1]);
      let activity: any = {};
      try {
        activity = JSON.parse(body || '{}');
      } catch {
        return json(400, { error: 'bad json' });
      }
      const method = req.method === 'PUT' ? 'PUT' : 'POST';
      const injected = this.respond?.({ conversationId, activity, method });
      if (injected?.delayMs) await new Promise((r) => setTimeout(r, injected.delayMs));
      const status = injected?.status ?? 200;
      this.requests.push({ conversationId, method, status, at: Date.now() });
      if (injected && injected.status >= 300) return json(injected.status, { error: { code: 'Injected' } }, injected.headers);
      const id = method === 'PUT' ? decodeURIComponent(m[2] ?? '') : randomUUID();
      this.received.push({ conversationId, method, activityId: id, activity, at: Date.now() });
      return json(200, { id });
    });
  }
}
