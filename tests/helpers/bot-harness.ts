import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseConfig, type Config } from '../../src/config';
import { startService, type RunningService, type ServiceOverrides } from '../../src/compose';
import { createLogger } from '../../src/shared/logger';
import { FakeConnector } from './fake-connector';

/** Demo users (config/demo/gebruikers.csv). */
export const DEMO = {
  regiomanager: '00000000-0000-0000-0000-0000000000020',
  beleidsadviseurKampen: '00000000-0000-0000-0000-0000000000021',
  contractmanager: '00000000-0000-0000-0000-0000000000022',
  wethouderDeventer: '00000000-0000-0000-0000-0000000000023',
  beleidsadviseurZwolle: '00000000-0000-0000-0000-0000000000024',
  projectmanager: '00000000-0000-0000-0000-0000000000025',
  unknown: '00000000-0000-0000-0000-0000000000a1',
};

export interface SendOptions {
  user?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  channelData?: Record<string, unknown>;
}

/**
 * Starts the real service on a free port with a fresh DATA_DIR and talks to it as Teams does:
 * activities POSTed to /api/messages, replies collected by a fake connector at serviceUrl.
 */
export class BotHarness {
  readonly connector = new FakeConnector();
  service!: RunningService;
  config!: Config;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-test-'));

  /** Starts the service; `untilReady: false` returns as soon as it listens (demo data may still be loading). */
  async start(env: Record<string, string> = {}, overrides: ServiceOverrides = {}, { untilReady = true } = {}): Promise<this> {
    await this.connector.start();
    this.config = parseConfig({ PORT: '0', DATA_DIR: this.dataDir, KNOWLEDGE_CACHE_DIR: path.join(this.dataDir, 'knowledge-cache'), LOG_LEVEL: 'silent', ...env });
    this.service = await startService(this.config, createLogger('silent'), overrides);
    if (untilReady) await this.service.ready;
    return this;
  }

  /** Restarts the service on the same data (a process restart). */
  async restart(env: Record<string, string> = {}, overrides: ServiceOverrides = {}): Promise<void> {
    await this.service.stop();
    this.config = parseConfig({ PORT: '0', DATA_DIR: this.dataDir, KNOWLEDGE_CACHE_DIR: path.join(this.dataDir, 'knowledge-cache'), LOG_LEVEL: 'silent', ...env });
    this.service = await startService(this.config, createLogger('silent'), overrides);
    await this.service.ready;
  }

  async stop(): Promise<void> {
    await this.service?.stop();
    await this.connector.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  get url() {
    return `http://127.0.0.1:${this.service.port}`;
  }

  activity(partial: Record<string, unknown>, opts: SendOptions = {}) {
    const user = opts.user ?? DEMO.unknown;
    return {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      from: { id: `29:${user}`, name: 'Test Gebruiker', aadObjectId: user },
      recipient: { id: '28:bot', name: 'RSJ Governance' },
      conversation: {
        id: opts.conversationId ?? `a:${randomUUID()}`,
        conversationType: opts.conversationType ?? 'personal',
        tenantId: 'tenant-test',
      },
      channelData: { tenant: { id: 'tenant-test' }, ...opts.channelData },
      locale: 'nl-NL',
      ...partial,
    };
  }

  async post(activity: Record<string, any>): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body };
  }

  /** Sends a message and returns what the bot posted back into that conversation. */
  async say(text: string, opts: SendOptions = {}) {
    const act = this.activity({ type: 'message', text, textFormat: 'plain' }, opts);
    const before = this.connector.inConversation(act.conversation.id).length;
    const res = await this.post(act);
    const replies = this.connector.inConversation(act.conversation.id).slice(before).map((r) => r.activity);
    return { status: res.status, replies, text: replies.map(readable).join('\n'), conversationId: act.conversation.id };
  }

  /** Clicks an Action.Execute button: an adaptiveCard/action invoke; returns the invoke response. */
  async execute(verb: string, data: Record<string, unknown>, opts: SendOptions = {}) {
    const act = this.activity(
      { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } },
      opts,
    );
    const res = await this.post(act);
    return res.body as { statusCode: number; type: string; value: any };
  }
}

/** All the text a person would read in an activity: message text and card texts. */
export function readable(activity: any): string {
  const out: string[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const key of ['text', 'title', 'value', 'altText', 'label']) if (typeof node[key] === 'string') out.push(node[key]);
    for (const [k, v] of Object.entries(node)) if (k !== 'data' && v && typeof v === 'object') walk(v);
  };
  if (activity?.text) out.push(activity.text);
  walk(activity?.attachments ?? []);
  return out.join('\n');
}
