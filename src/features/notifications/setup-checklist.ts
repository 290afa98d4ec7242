import type { Region } from '../../region';
import type { ChannelsRepository, ConversationsRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import { channelTarget, personalKey } from './notifications.domain';
import { SETUP_TEXTS as T } from './notifications.texts';

export interface SetupDeps {
  region: Region;
  channels: ChannelsRepository;
  conversations: ConversationsRepository;
  people: PeopleRepository;
}

/**
 * The regiomanager's "instellingen": which bodies, gemeenten and the experts have a linked
 * channel, and who in the user list has not opened the app yet (their messages wait).
 */
export async function setupChecklist(deps: SetupDeps): Promise<string> {
  const linked = new Set((await deps.channels.list()).map((l) => l.target));
  const bodies = deps.region.bodies.map((b) => ({ id: b.id, ok: linked.has(channelTarget.body(b.id)) }));
  const gemeenten = deps.region.gemeenten.filter((g) => !linked.has(channelTarget.gemeente(g)));
  const people = await deps.people.list();
  const notInstalled: string[] = [];
  for (const p of people) if (!(await deps.conversations.get(personalKey(p.aadObjectId)))) notInstalled.push(p.name);
  return [
    T.heading,
    T.bodies(bodies.filter((b) => b.ok).map((b) => b.id), bodies.filter((b) => !b.ok).map((b) => b.id)),
    T.gemeenten(deps.region.gemeenten.length, gemeenten),
    T.experts(linked.has(channelTarget.experts)),
    T.people(people.length, notInstalled.sort()),
    T.footer,
  ].join('\n\n');
}
