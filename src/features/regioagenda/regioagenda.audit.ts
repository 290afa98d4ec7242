import type { Logger } from '../../shared/logger';
import type { AuditRepository, RoundsRepository } from './regioagenda.ports';
import { type Refused, refused } from '../feature';
import type { Person } from '../people/people.domain';
import type { Actor, AuditEntry } from './regioagenda.domain';
import { REGIO_TEXTS as T } from './regioagenda.texts';

export const actorOf = (p: Person): Actor => ({ aadObjectId: p.aadObjectId, name: p.name });

/** The append-only trail of a round: every change, and every refused attempt to tamper with a card. */
export class AuditTrail {
  constructor(private readonly deps: { audit: AuditRepository; rounds: RoundsRepository; log: Logger; now: () => Date }) {}

  async record(year: number, person: Person, action: AuditEntry['action'], themeId: string, details: string): Promise<void> {
    await this.deps.audit.append(year, { at: this.deps.now().toISOString(), actor: actorOf(person), action, themeId, details });
  }

  list(year: number): Promise<AuditEntry[]> {
    return this.deps.audit.list(year);
  }

  /** Card data that contradicts the directory: refuse, warn, and leave a trace in the round's audit. */
  async refuseTampered(person: Person, year: number, themeId: string, what: string): Promise<Refused> {
    this.deps.log.warn({ user: person.aadObjectId, gemeente: person.gemeente, year, themeId, what }, 'regioagenda: tampered card data refused');
    if (Number.isInteger(year) && (await this.deps.rounds.get(year))) await this.record(year, person, 'geweigerd', themeId, what);
    return refused(T.tampered);
  }
}
