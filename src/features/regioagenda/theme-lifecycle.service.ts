import type { PeopleRepository } from '../people/people.ports';
import type { ThemesRepository } from './regioagenda.ports';
import type { Versioned } from '../../shared/versioned';
import { ConcurrencyError } from '../../shared/store-errors';
import { refused } from '../feature';
import { hasRole, type Person } from '../people/people.domain';
import { may } from '../permissions';
import { actorOf, type AuditTrail } from './regioagenda.audit';
import { acceptsChanges, isLive, KENMERK, type Round, STATUS_BODY, STATUS_LABELS, type Theme, type ThemeStatus, transitionProblem } from './regioagenda.domain';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import type { RoundService } from './round.service';
import type { ThemeOutcome } from './themes.service';

export interface ThemeLifecycleDeps {
  themes: ThemesRepository;
  people: PeopleRepository;
  rounds: RoundService;
  audit: AuditTrail;
  now: () => Date;
}

/** A status change as the RSJ types it: "zet thema abc op in uitvoering trekker a@b.nl projectmanager c@d.nl". */
export interface TransitionCommand {
  themeId: string;
  to: ThemeStatus;
  meeting?: string;
  trekkerEmail?: string;
  projectmanagerEmail?: string;
}

/** After the deadline, the RSJ leads themes through AO, PFO and BO and merges overlapping ones. */
export class ThemeLifecycleService {
  constructor(private readonly deps: ThemeLifecycleDeps) {}

  async transition(person: Person | undefined, command: TransitionCommand): Promise<ThemeOutcome> {
    if (!may('regio.theme.govern', person)) return refused(T.onlyRsj);
    const found = await this.findTheme(command.themeId);
    if (!found) return refused(T.themeNotFound(command.themeId));
    const { round, stored } = found;
    if (acceptsChanges(round, this.deps.now())) return refused(T.stillOpen(round.deadline));
    const problem = transitionProblem(stored.value.status, command.to);
    if (problem) return refused(problem);
    const extra = command.to === 'in_uitvoering' ? await this.owners(command) : {};
    if (typeof extra === 'string') return refused(extra);

    const now = this.deps.now().toISOString();
    const actor = actorOf(person!);
    const meeting = command.meeting?.trim() || STATUS_BODY[command.to] || '';
    const theme: Theme = {
      ...stored.value,
      ...extra,
      status: command.to,
      updatedBy: actor,
      updatedAt: now,
      history: [...stored.value.history, { from: stored.value.status, to: command.to, by: actor, at: now, meeting }],
    };
    try {
      await this.deps.themes.replace(theme, stored.version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return refused(T.conflictRetry);
      throw err;
    }
    const trekkerNote = extra.trekker ? `; trekker ${extra.trekker.name}, projectmanager ${extra.projectmanager!.name}` : '';
    const change = `${STATUS_LABELS[stored.value.status]} -> ${STATUS_LABELS[command.to]}${meeting ? ` (${meeting})` : ''}${trekkerNote}`;
    await this.deps.audit.record(round.year, person!, 'status', theme.id, change);
    return { kind: 'done', message: T.statusChanged(theme.title, STATUS_LABELS[command.to], meeting), round };
  }

  /** Folds `sourceId` into `targetId`: the source gemeente and its supporters support the target. */
  async merge(person: Person | undefined, sourceId: string, targetId: string): Promise<ThemeOutcome> {
    if (!may('regio.theme.govern', person)) return refused(T.onlyRsj);
    if (sourceId === targetId) return refused(T.mergeSame);
    const source = await this.findTheme(sourceId);
    if (!source) return refused(T.themeNotFound(sourceId));
    const found = await this.findTheme(targetId);
    const target = found?.round.year === source.round.year ? found.stored : undefined;
    if (!target) return refused(T.themeNotFound(targetId));
    if (!isLive(source.stored.value) || !isLive(target.value)) return refused(T.notLive);
    const s = source.stored.value;
    const now = this.deps.now().toISOString();
    const actor = actorOf(person!);
    const supporters = [...new Set([...target.value.supporters, s.gemeente, ...s.supporters])].filter((g) => g !== target.value.gemeente);
    const merged: Theme = { ...target.value, supporters, relatedThemeIds: [...new Set([...target.value.relatedThemeIds, s.id])].slice(0, 10), updatedBy: actor, updatedAt: now };
    const folded: Theme = {
      ...s,
      status: 'samengevoegd',
      mergedInto: target.value.id,
      updatedBy: actor,
      updatedAt: now,
      history: [...s.history, { from: s.status, to: 'samengevoegd', by: actor, at: now, meeting: '' }],
    };
    try {
      // Target first: if the second write loses a race, re-running the merge is harmless (set union).
      await this.deps.themes.replace(merged, target.version);
      await this.deps.themes.replace(folded, source.stored.version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return refused(T.conflictRetry);
      throw err;
    }
    await this.deps.audit.record(source.round.year, person!, 'samengevoegd', s.id, `samengevoegd met ${merged.id}; steun nu: ${supporters.join(', ')}`);
    return { kind: 'done', message: T.merged(s.title, merged.title, supporters.length), round: source.round };
  }

  /** In uitvoering needs a wethouder as trekker and a projectmanager, both found in the directory by e-mail. */
  private async owners(command: TransitionCommand): Promise<Pick<Theme, 'trekker' | 'projectmanager'> | string> {
    if (!command.trekkerEmail || !command.projectmanagerEmail) return T.needsTrekker;
    // two index look-ups by e-mail, never the whole directory
    const trekker = await this.deps.people.findByEmail(command.trekkerEmail);
    if (!hasRole(trekker, 'wethouder')) return T.notAWethouder(command.trekkerEmail);
    const pm = await this.deps.people.findByEmail(command.projectmanagerEmail);
    if (!hasRole(pm, 'projectmanager')) return T.notAProjectmanager(command.projectmanagerEmail);
    return { trekker: actorOf(trekker!), projectmanager: actorOf(pm!) };
  }

  /** Finds a theme by id in the newest round that has it. */
  /** By kenmerk (RA-2027-KAM-01, in that year's round) or by id (older themes, buttons). */
  private async findTheme(ref: string): Promise<{ round: Round; stored: Versioned<Theme> } | undefined> {
    const byKenmerk = ref.match(KENMERK);
    if (byKenmerk) {
      const round = await this.deps.rounds.round(Number(byKenmerk[1]));
      const stored = round && (await this.deps.themes.list(round.year)).find((t) => t.value.kenmerk?.toUpperCase() === ref.toUpperCase());
      return round && stored ? { round, stored } : undefined;
    }
    const id = ref;
    for (const round of await this.deps.rounds.rounds()) {
      const stored = await this.deps.themes.get(round.year, id);
      if (stored) return { round, stored };
    }
    return undefined;
  }
}
