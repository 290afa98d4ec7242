import type { TurnContext } from 'botbuilder';
import type { ConversationKind, IncomingFile, Turn } from '../features/feature';
import type { PeopleRepository } from '../features/people/people.ports';
import { deferAfterReply } from './after-reply';

const FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

export function conversationKind(context: TurnContext): ConversationKind {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/** Teams sends attached files as download-info attachments; other attachments (cards) are ignored. */
function incomingFiles(context: TurnContext): IncomingFile[] {
  return (context.activity.attachments ?? [])
    .filter((a) => a.contentType === FILE_DOWNLOAD && typeof a.content?.downloadUrl === 'string')
    .map((a) => ({ name: a.name ?? 'bestand', downloadUrl: a.content.downloadUrl as string }));
}

/** Removes the "<at>Bot</at>" mention Teams puts in channel messages. */
export function plainText(context: TurnContext): string {
  const text = context.activity.text ?? '';
  return text.replace(/<at>[^<]*<\/at>/gi, '').replace(/\s+/g, ' ').trim();
}

/** The framework-neutral view of a turn; the person comes from the directory by aadObjectId. */
export async function toTurn(context: TurnContext, people: PeopleRepository): Promise<Turn> {
  const { from, conversation, channelData } = context.activity;
  const aadObjectId = from?.aadObjectId;
  return {
    text: plainText(context),
    user: { aadObjectId, name: from?.name ?? 'onbekend' },
    person: aadObjectId ? await people.get(aadObjectId) : undefined,
    conversation: {
      id: conversation?.id ?? '',
      kind: conversationKind(context),
      teamId: channelData?.team?.id,
      channelId: channelData?.channel?.id,
    },
    files: incomingFiles(context),
    afterReply: (task) => deferAfterReply(context, task),
  };
}
