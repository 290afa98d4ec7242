import { type TurnContext, TurnContext as TC } from 'botbuilder';
import type { ConversationsRepository } from '../features/notifications/store.ports';
import { type ConversationRecord, conversationKey, personalKey } from '../features/notifications/notifications.domain';
import { conversationKind } from './turn';

/** Told after a conversation reference was stored (deliveries waiting for it go out); false = try again next turn. Never throws. */
export type ConversationCaptured = (key: string) => Promise<boolean>;

/**
 * Keeps a conversation reference for every chat and channel the bot is in, so proactive
 * messages can reach it. Remembers which keys it saved in this process to avoid a write per turn.
 */
export function installationCapture(conversations: ConversationsRepository, onCaptured?: ConversationCaptured) {
  const known = new Set<string>();
  return async function capture(context: TurnContext, force = false): Promise<void> {
    const kind = conversationKind(context);
    const aadObjectId = context.activity.from?.aadObjectId;
    const key = kind === 'personal' && aadObjectId ? personalKey(aadObjectId) : conversationKey(context.activity.conversation.id);
    if (known.has(key) && !force) return;
    const record: ConversationRecord = {
      key,
      kind,
      aadObjectId: kind === 'personal' ? aadObjectId : undefined,
      teamId: context.activity.channelData?.team?.id,
      channelId: context.activity.channelData?.channel?.id,
      reference: JSON.parse(JSON.stringify(TC.getConversationReference(context.activity))),
      updatedAt: new Date().toISOString(),
    };
    await conversations.save(record);
    if ((await onCaptured?.(key)) ?? true) known.add(key);
  };
}
