import { z } from 'zod';
import { type ContainerName, CONTAINERS, type DocumentStore } from './document-store';
import { ConcurrencyError } from '../shared/store-errors';
import { withoutRegion } from './repositories/region-keys';

/** What forgetting one person did (or, in a dry run, would do) per container. */
export interface ForgetReport {
  name?: string;
  containers: { container: ContainerName; deleted: number; pseudonymised: number }[];
}

export const REMOVED_ID = 'verwijderd';
export const REMOVED_NAME = 'verwijderde gebruiker';

/** Containers whose documents are about one person's use of the bot: a match deletes the document. */
const DELETE_ON_MATCH: ContainerName[] = ['feedback', 'quarantine', 'ratelimits'];

const any = z.unknown();
/** "Frank Bos (demo)" and "frank bos" are the same name as typed by a secretary. */
const fold = (name: string) => name.replace(/\(.*?\)/g, '').trim().toLowerCase();

/**
 * Removes one person's personal data from every container (issue 14, the README's inventory):
 * their own documents (directory entry, chat reference, counters, deliveries to their chat, the
 * follow-up context of their chat) are deleted; feedback, quarantined copies and rate-limit counters
 * that mention them are deleted; everywhere else (tickets, themes, audit, meetings, escalations,
 * notifications) their id becomes "verwijderd" and their name "verwijderde gebruiker", so the
 * records of the region stay whole. Every region on the store is covered: the person's entry in each
 * region's directory goes. Version-checked writes: a document changed meanwhile is read again.
 */
export async function forgetPerson(store: DocumentStore, aadObjectId: string, opts: { dryRun?: boolean } = {}): Promise<ForgetReport> {
  if (!aadObjectId.trim()) throw new Error('geen aadObjectId');
  // The directory is per region (`<region>/<aadObjectId>`); the person's entry in any region names them.
  const entries = (await store.collection('users', any).listAllWithKeys()).filter((d) => d.id === aadObjectId);
  const person = entries[0]?.value as { name?: unknown } | undefined;
  const name = typeof person?.name === 'string' && person.name.trim() ? person.name : undefined;
  // Their chat with each region's bot (`user:<id>` in every region's references).
  const chats = (await store.collection('conversations', any).listAllWithKeys()).filter((d) => d.id === `user:${aadObjectId}`);
  const chatIds = chats.flatMap((d) => {
    const id = (d.value as { reference?: { conversation?: { id?: unknown } } }).reference?.conversation?.id;
    return typeof id === 'string' ? [id, `conv:${id}`] : [];
  });
  const own = new Set([aadObjectId, `user:${aadObjectId}`, ...chatIds]);

  const report: ForgetReport = { name, containers: [] };
  for (const container of Object.keys(CONTAINERS) as ContainerName[]) {
    const docs = store.collection(container, any);
    let deleted = 0;
    let pseudonymised = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      let conflicts = 0;
      for (const doc of await docs.listAllWithKeys()) {
        const ownKey = own.has(withoutRegion(doc.pk)) || own.has(doc.id);
        const mentions = ownKey || mentionsPerson(doc.value, aadObjectId, name);
        if (!mentions) continue;
        try {
          if (ownKey || DELETE_ON_MATCH.includes(container)) {
            if (!opts.dryRun) await docs.delete(doc.pk, doc.id, doc.version);
            deleted++;
          } else {
            if (!opts.dryRun) await docs.replace(doc.pk, doc.id, scrub(doc.value, aadObjectId, name), doc.version);
            pseudonymised++;
          }
        } catch (err) {
          if (!(err instanceof ConcurrencyError)) throw err;
          conflicts++;
        }
      }
      if (conflicts === 0 || opts.dryRun) break;
    }
    if (deleted || pseudonymised) report.containers.push({ container, deleted, pseudonymised });
  }
  return report;
}

function mentionsPerson(value: unknown, id: string, name: string | undefined): boolean {
  let found = false;
  walk(value, (s) => {
    found ||= s.includes(id) || (!!name && fold(s) === fold(name));
    return s;
  });
  return found;
}

/** The same document with the id replaced wherever it occurs and the name where a value is exactly that name. */
function scrub(value: unknown, id: string, name: string | undefined): unknown {
  return walk(value, (s) => (name && fold(s) === fold(name) ? REMOVED_NAME : s.split(id).join(REMOVED_ID)));
}

function walk(value: unknown, change: (s: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, change));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, change)]));
  return value;
}

