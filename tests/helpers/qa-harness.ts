import type { NotificationOutbox, NotificationRequest } from '../../src/features/notifications/notifications.ports';
import { parseConfig } from '../../src/config';
import { startService } from '../../src/compose';
import { createLogger } from '../../src/shared/logger';
import { BotHarness } from './bot-harness';

/** Records what the bot would send unasked; the real outbox is another feature's. */
export class FakeOutbox implements NotificationOutbox {
  readonly requests: NotificationRequest[] = [];
  async enqueue(request: NotificationRequest) {
    this.requests.push(request);
    return { id: `n${this.requests.length}` };
  }
  to(kind: string, target?: string) {
    return this.requests.filter((r) => r.recipients.some((p) => p.kind === kind && (!target || Object.values(p).includes(target))));
  }
}

/** The bot harness with a fake outbox wired into the features. */
export class QaHarness extends BotHarness {
  readonly outbox = new FakeOutbox();

  async start(env: Record<string, string> = {}): Promise<this> {
    await this.connector.start();
    this.config = parseConfig({ PORT: '0', DATA_DIR: this.dataDir, LOG_LEVEL: 'silent', ...env });
    this.service = await startService(this.config, createLogger('silent'), { outbox: this.outbox });
    await this.service.ready;
    return this;
  }

  /** Clicks a button on a message that was posted earlier (Teams sets replyToId to that message). */
  async executeOnMessage(verb: string, data: Record<string, unknown>, user: string, messageId = 'msg-1', conversationId = 'a:experts') {
    const act = this.activity(
      { type: 'invoke', name: 'adaptiveCard/action', replyToId: messageId, value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } },
      { user, conversationId, conversationType: 'channel' },
    );
    const res = await this.post(act);
    return res.body as { statusCode: number; type: string; value: any };
  }
}

/** The judging rules of ../shared/eval/ask-bot.mjs, for the same question files. */
export interface EvalItem {
  id: string;
  q: string;
  expect?: string[][];
  atleast?: { n: number; of: (string | string[])[] };
  negative?: boolean;
  not?: string[];
  thread?: string;
  /** Answered only from the shared seed documents, not from the project's own knowledge. */
  needs?: 'seeds';
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ');
const NO_ANSWER =
  /(weet ik niet|geen antwoord|kan ik (geen|niet)|niet (gevonden|beantwoorden|vinden|herkend)|helaas|buiten (mijn|het)|geen informatie|niet bekend|onbekend|geen passend|ken (ik )?geen|geen aanbieder|niet in (de|mijn))/;

export function judge(item: EvalItem, reply: string, maxChars = 1500): string | null {
  const r = ` ${norm(reply)} `;
  if (reply.length > maxChars) return `reply is ${reply.length} characters, over ${maxChars}`;
  if (!item.negative && !/\bbron/.test(r)) return 'answer names no source ("Bron: ...")';
  for (const w of item.not ?? []) if (r.includes(norm(w))) return `says "${w}", which it must not`;
  if (item.negative) return NO_ANSWER.test(r) ? null : 'answered a question it should decline';
  if (item.atleast) {
    // An item of the list may come with its alternatives: ["Zwolle", ["Olst-Wijhe", "Olst Wijhe"]].
    const hits = item.atleast.of.filter((w) => (Array.isArray(w) ? w : [w]).some((alt) => r.includes(norm(alt))));
    return hits.length >= item.atleast.n ? null : `only ${hits.length} of ${item.atleast.n}`;
  }
  for (const group of item.expect ?? []) if (!group.some((alt) => r.includes(norm(alt)))) return `missing one of [${group.join(' | ')}]`;
  return null;
}
