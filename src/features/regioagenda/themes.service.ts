import { createHash } from 'node:crypto';
import type { ThemesRepository } from './regioagenda.ports';
import type { Versioned } from '../../shared/versioned';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { type Refused, refused } from '../feature';
import type { Person } from '../people/people.domain';
import { ownGemeente } from '../permissions';
import { actorOf, type AuditTrail } from './regioagenda.audit';
import {
  acceptsChanges,
  describeChanges,
  isLive,
  type Round,
  STATUS_LABELS,
  type Theme,
  THEME_FIELD_NAMES,
  type ThemeFieldName,
  type ThemeFields,
  themeFieldsSchema,
  type ThemeFormErrors,
  type ThemeFormValues,
  type ThemeRefInput,
  type ThemeSubmitInput,
  themeKenmerk,
} from './regioagenda.domain';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import { newSubmissionId, type RoundService } from './round.service';
import { findSimilarThemes, type SimilarTheme } from './similar-themes';

export interface ThemesServiceDeps {
  themes: ThemesRepository;
  rounds: RoundService;
  audit: AuditTrail;
  now: () => Date;
}

/** The theme form to show: new (with a fresh submission id) or editing a stored theme. */
export type ThemeForm = { kind: 'form'; round: Round; gemeente: string; others: Theme[]; submissionId?: string; editing?: Versioned<Theme> };
export type FormOutcome = ThemeForm | Refused;

export type SubmitOutcome =
  | { kind: 'invalid'; form: ThemeForm; values: ThemeFormValues; errors: Partial<ThemeFormErrors> }
  /** Valid, but like themes of other gemeenten: shown before anything is stored. */
  | { kind: 'similar'; form: ThemeForm; values: ThemeFormValues; similar: SimilarTheme[] }
  | { kind: 'created'; round: Round; theme: Theme; similar: SimilarTheme[] }
  | { kind: 'duplicate' | 'updated'; round: Round; theme: Theme }
  | { kind: 'conflict'; form: ThemeForm }
  | Refused;

export type ThemeOutcome = { kind: 'done'; message: string; round: Round } | { kind: 'conflict'; round: Round } | Refused;

type CardMeta = Partial<ThemeRefInput>;

/** Deterministic per form and person: a double click maps onto the same document id. */
export const themeIdFor = (submissionId: string, aadObjectId: string) =>
  createHash('sha256').update(`${submissionId}:${aadObjectId}`).digest('hex').slice(0, 10);

const splitIds = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const valuesOf = (input: ThemeSubmitInput) => Object.fromEntries(THEME_FIELD_NAMES.map((f) => [f, input[f]])) as ThemeFormValues;

/** A gemeente's themes while the round is open: form, submit, edit, withdraw, and support another gemeente's. */
/** Live themes of other gemeenten: what a new theme may look like. */
const othersOf = (themes: Theme[], gemeente: string): Theme[] => themes.filter((t) => isLive(t) && t.gemeente !== gemeente);

export class ThemesService {
  constructor(private readonly deps: ThemesServiceDeps) {}

  listThemes(year: number): Promise<Versioned<Theme>[]> {
    return this.deps.themes.list(year);
  }

  /** The empty form for a new theme of the person's gemeente. */
  async newThemeForm(person: Person | undefined, meta: CardMeta): Promise<FormOutcome> {
    const round = await this.writableRound(person, { ...meta, year: meta.year ?? (await this.deps.rounds.latestRound())?.year });
    if ('kind' in round) return round;
    return this.form(person!, round, { submissionId: newSubmissionId() });
  }

  async editThemeForm(person: Person | undefined, meta: CardMeta): Promise<FormOutcome> {
    const round = await this.writableRound(person, meta);
    if ('kind' in round) return round;
    const editing = await this.ownTheme(person!, round, meta.themeId ?? '');
    if ('kind' in editing) return editing;
    return this.form(person!, round, { editing });
  }

  /** Create (with submissionId) or edit (with themeId + version); validation errors keep the input. */
  async submit(person: Person | undefined, input: ThemeSubmitInput): Promise<SubmitOutcome> {
    const round = await this.writableRound(person, input);
    if ('kind' in round) return round;
    const p = person!;
    const editing = input.themeId ? await this.ownTheme(p, round, input.themeId) : undefined;
    if (editing && 'kind' in editing) return editing;
    if (!editing && !/^[a-f0-9]{16}$/.test(input.submissionId)) {
      return this.deps.audit.refuseTampered(p, round.year, '', `ongeldige submissionId "${input.submissionId.slice(0, 40)}"`);
    }
    const values = valuesOf(input);
    const parsed = themeFieldsSchema.safeParse({ ...values, relatedThemeIds: splitIds(values.relatedThemeIds) });
    const errors: Partial<ThemeFormErrors> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as ThemeFieldName;
        errors[field] ??= field === 'relatedThemeIds' ? T.unknownRelated : issue.message;
      }
    } else if (!(await this.allLive(round.year, parsed.data.relatedThemeIds))) {
      errors.relatedThemeIds = T.unknownRelated;
    }
    if (!parsed.success || Object.keys(errors).length > 0) {
      return { kind: 'invalid', form: await this.form(p, round, { editing, submissionId: input.submissionId }), values, errors };
    }
    if (editing) return this.update(p, round, editing, parsed.data, input.version);
    // One read of the round's themes per submission: the look-alikes and the next kenmerk both come from it.
    const themes = (await this.listThemes(round.year)).map((t) => t.value);
    if (input.similarSeen !== 'ja') {
      const similar = findSimilarThemes({ id: '', ...parsed.data }, othersOf(themes, p.gemeente!));
      if (similar.length > 0) return { kind: 'similar', form: await this.form(p, round, { submissionId: input.submissionId }), values, similar };
    }
    return this.create(p, round, parsed.data, input.submissionId, themes);
  }

  private async update(p: Person, round: Round, editing: Versioned<Theme>, fields: ThemeFields, cardVersion: string): Promise<SubmitOutcome> {
    const updated: Theme = { ...editing.value, ...fields, updatedBy: actorOf(p), updatedAt: this.deps.now().toISOString() };
    try {
      await this.deps.themes.replace(updated, cardVersion);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      return { kind: 'conflict', form: await this.form(p, round, { editing: (await this.deps.themes.get(round.year, updated.id))! }) };
    }
    await this.deps.audit.record(round.year, p, 'gewijzigd', updated.id, describeChanges(editing.value, updated));
    return { kind: 'updated', round, theme: updated };
  }

  private async create(p: Person, round: Round, fields: ThemeFields, submissionId: string, themes: Theme[]): Promise<SubmitOutcome> {
    const now = this.deps.now().toISOString();
    const actor = actorOf(p);
    const id = themeIdFor(submissionId, p.aadObjectId);
    // A second click or a retry of the same form: answer with what the first one stored.
    const stored = await this.deps.themes.get(round.year, id);
    if (stored) return { kind: 'duplicate', round, theme: stored.value };
    const theme: Theme = {
      ...fields,
      id,
      kenmerk: await this.nextKenmerk(round, p.gemeente!, id, themes),
      region: round.region,
      year: round.year,
      gemeente: p.gemeente!,
      status: 'ingediend',
      supporters: [],
      history: [{ to: 'ingediend', by: actor, at: now, meeting: '' }],
      createdBy: actor,
      createdAt: now,
      updatedBy: actor,
      updatedAt: now,
    };
    try {
      await this.deps.themes.create(theme);
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
      // A second click or a retry of the same form: answer with what the first one stored.
      return { kind: 'duplicate', round, theme: (await this.deps.themes.get(round.year, theme.id))!.value };
    }
    await this.deps.audit.record(round.year, p, 'aangemaakt', theme.id, theme.title);
    return { kind: 'created', round, theme, similar: findSimilarThemes(theme, othersOf(themes, theme.gemeente)) };
  }

  /**
   * The gemeente's next number in the round, claimed in the store: two advisers submitting at the
   * same instant on two instances both start from the same count, one claim fails, that one takes the next.
   */
  private async nextKenmerk(round: Round, gemeente: string, themeId: string, themes: Theme[]): Promise<string> {
    const taken = new Set(themes.map((t) => t.kenmerk?.toUpperCase()));
    const gemeenten = this.deps.rounds.region.gemeenten;
    for (let n = themes.filter((t) => t.gemeente === gemeente).length + 1; ; n++) {
      const kenmerk = themeKenmerk(round.year, gemeente, n, gemeenten);
      if (!taken.has(kenmerk) && (await this.deps.themes.reserveKenmerk(round.year, kenmerk, themeId))) return kenmerk;
    }
  }

  async withdraw(person: Person | undefined, input: ThemeRefInput): Promise<ThemeOutcome> {
    const round = await this.writableRound(person, input);
    if ('kind' in round) return round;
    const stored = await this.ownTheme(person!, round, input.themeId);
    if ('kind' in stored) return stored;
    const now = this.deps.now().toISOString();
    const actor = actorOf(person!);
    const theme: Theme = {
      ...stored.value,
      status: 'ingetrokken',
      updatedBy: actor,
      updatedAt: now,
      history: [...stored.value.history, { from: stored.value.status, to: 'ingetrokken', by: actor, at: now, meeting: '' }],
    };
    try {
      await this.deps.themes.replace(theme, input.version);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      return { kind: 'conflict', round };
    }
    await this.deps.audit.record(round.year, person!, 'ingetrokken', theme.id, theme.title);
    return { kind: 'done', message: T.withdrawn(theme.title), round };
  }

  /** Support is a set union, so a lost race is simply retried on the fresh version. */
  async support(person: Person | undefined, input: ThemeRefInput): Promise<ThemeOutcome> {
    if (!person) return refused(T.unknownUser);
    const gemeente = ownGemeente('regio.theme.support', person);
    if (!gemeente) return refused(T.onlySubmitters);
    const round = await this.deps.rounds.round(Number(input.year));
    if (!round) return refused(T.noRound);
    const id = input.themeId;
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = id ? await this.deps.themes.get(round.year, id) : undefined;
      if (!stored) return refused(T.themeNotFound(id));
      const t = stored.value;
      if (!isLive(t)) return refused(T.notLive);
      if (t.gemeente === gemeente) return refused(T.ownTheme);
      if (t.supporters.includes(gemeente)) return { kind: 'done', message: T.alreadySupported(t.title), round };
      const theme = { ...t, supporters: [...t.supporters, gemeente] };
      try {
        await this.deps.themes.replace(theme, stored.version);
      } catch (err) {
        if (err instanceof ConcurrencyError) continue;
        throw err;
      }
      await this.deps.audit.record(round.year, person, 'gesteund', t.id, gemeente);
      return { kind: 'done', message: T.supported(t.title, theme.supporters.length), round };
    }
    return refused(T.conflictRetry);
  }

  private async form(person: Person, round: Round, extra: Pick<ThemeForm, 'submissionId' | 'editing'>): Promise<ThemeForm> {
    const others = (await this.listThemes(round.year)).map((t) => t.value);
    return { kind: 'form', round, gemeente: person.gemeente!, others, ...extra };
  }

  /** Checks that the person may work on themes of this round now; returns the round or a refusal. */
  private async writableRound(person: Person | undefined, meta: CardMeta): Promise<Round | Refused> {
    if (!person) return refused(T.unknownUser);
    if (!ownGemeente('regio.theme.submit', person)) return refused(T.onlySubmitters);
    const year = Number(meta.year);
    const round = Number.isInteger(year) ? await this.deps.rounds.round(year) : undefined;
    if (!round) return refused(T.noRound);
    if (meta.gemeente && meta.gemeente !== person.gemeente) return this.deps.audit.refuseTampered(person, year, '', `kaart noemt gemeente "${meta.gemeente}"`);
    if (meta.userId && meta.userId !== person.aadObjectId) return this.deps.audit.refuseTampered(person, year, '', `kaart noemt gebruiker "${meta.userId}"`);
    if (!acceptsChanges(round, this.deps.now())) return refused(T.locked(round.year, round.deadline));
    return round;
  }

  /** A theme of this person's own gemeente, still editable; anything else is refused. */
  private async ownTheme(person: Person, round: Round, id: string): Promise<Versioned<Theme> | Refused> {
    const stored = id ? await this.deps.themes.get(round.year, id) : undefined;
    if (!stored) return refused(T.themeNotFound(id));
    if (stored.value.gemeente !== person.gemeente) return this.deps.audit.refuseTampered(person, round.year, id, `thema van gemeente ${stored.value.gemeente}`);
    if (stored.value.status !== 'ingediend') return refused(T.notEditable(STATUS_LABELS[stored.value.status]));
    return stored;
  }

  /** Point reads: linking to a handful of themes must not read the whole round. */
  private async allLive(year: number, ids: string[]): Promise<boolean> {
    for (const id of ids) {
      const t = await this.deps.themes.get(year, id);
      if (!t || !isLive(t.value)) return false;
    }
    return true;
  }
}
