import type { Region } from '../../region';
import type { Versioned } from '../../shared/versioned';
import type { AdaptiveCardJson } from '../feature';
import type { Person } from '../people/people.domain';
import { ownGemeente } from '../permissions';
import { emptyFormFields, type FormErrors, type FormValues, renderThemeFormCard } from './cards/theme-form.card';
import { renderStatusCard } from './cards/status.card';
import { renderThemeSavedCard } from './cards/theme-saved.card';
import { renderThemesCard, type ThemeRow } from './cards/themes.card';
import {
  acceptsChanges,
  daysLeft,
  formatDate,
  isLive,
  kenmerkOf,
  type Round,
  STATUS_LABELS,
  type Theme,
  THEME_FIELD_NAMES,
} from './regioagenda.domain';
import type { SimilarTheme } from './similar-themes';
import { cardText } from '../../shared/card-text';

/** Turns domain state into card data; the only place that knows how cards are filled. */

export interface FormCardInput {
  round: Round;
  gemeente: string;
  /** Themes of the round the new one may link to. */
  others: Theme[];
  values?: FormValues;
  errors?: Partial<FormErrors>;
  notice?: { text: string; color: 'Attention' | 'Warning' | 'Good' };
  submissionId?: string;
  editing?: Versioned<Theme>;
  /** The look-alikes were shown: the next submit goes through. */
  similarSeen?: boolean;
}

export function themeFormCard(input: FormCardInput): AdaptiveCardJson {
  const { round, editing } = input;
  return renderThemeFormCard({
    heading: editing ? `Thema wijzigen: ${editing.value.title}` : `Thema indienen voor de regioagenda ${round.year}`,
    gemeente: input.gemeente,
    year: round.year,
    deadlineText: formatDate(round.deadline),
    notice: input.notice?.text ?? '',
    noticeColor: input.notice?.color ?? 'Default',
    values: input.values ?? (editing ? themeToValues(editing.value) : emptyFormFields()),
    errors: { ...emptyFormFields(), ...input.errors },
    relatedChoices: input.others
      .filter((t) => isLive(t) && t.id !== editing?.value.id)
      .map((t) => ({ title: `${t.title} (${t.gemeente})`, value: t.id })),
    submitTitle: editing ? 'Wijzigingen opslaan' : 'Thema indienen',
    submissionId: editing ? '' : (input.submissionId ?? ''),
    themeId: editing?.value.id ?? '',
    version: editing?.version ?? '',
    similarSeen: input.similarSeen ? 'ja' : '',
  });
}

export const themeToValues = (t: Theme): FormValues => ({
  ...(Object.fromEntries(THEME_FIELD_NAMES.map((f) => [f, String(t[f] ?? '')])) as FormValues),
  relatedThemeIds: t.relatedThemeIds.join(','),
});

export function savedCard(message: string, theme: Theme, round: Round, similar: SimilarTheme[]): AdaptiveCardJson {
  return renderThemeSavedCard({
    message,
    themeId: theme.id,
    kenmerk: kenmerkOf(theme),
    year: theme.year,
    gemeente: theme.gemeente,
    status: STATUS_LABELS[theme.status],
    urgency: theme.urgency,
    deadlineText: formatDate(round.deadline),
    similar: similar.map((t) => ({ ...t, title: cardText(t.title) })),
  });
}

const MAX_BAR_PX = 180;

/** `noticeWarning`: the notice reports something missing (not everyone reached), so it must not look like success. */
export function statusCard(region: Region, round: Round, themes: Theme[], now: Date, notice = '', noticeWarning = false): AdaptiveCardJson {
  const live = themes.filter(isLive);
  const counts = region.gemeenten.map((g) => ({ gemeente: g, count: live.filter((t) => t.gemeente === g).length }));
  const max = Math.max(1, ...counts.map((c) => c.count));
  const missing = counts.filter((c) => c.count === 0).map((c) => c.gemeente);
  const days = daysLeft(round, now);
  return renderStatusCard({
    notice,
    noticeColor: noticeWarning ? 'Warning' : 'Good',
    year: round.year,
    deadlineText: formatDate(round.deadline),
    daysLeftText: acceptsChanges(round, now) ? String(days) : 'de indientermijn is voorbij',
    total: live.length,
    submittedCount: counts.length - missing.length,
    gemeenteCount: counts.length,
    // Each gemeente once: a bar when it has submitted, otherwise in the one "nog niet ingediend" line.
    bars: counts
      .filter((c) => c.count > 0)
      .map((c) => ({ gemeente: c.gemeente, count: String(c.count), width: `${Math.max(24, Math.round((c.count / max) * MAX_BAR_PX))}px`, style: 'accent' })),
    missingText: missing.length ? `Nog niet ingediend: ${missing.join(', ')}.` : 'Alle gemeenten hebben minstens één thema ingediend.',
    missingColor: missing.length ? 'Attention' : 'Good',
  });
}

export function themesCard(round: Round, themes: Versioned<Theme>[], viewer: Person | undefined, now: Date, notice = ''): AdaptiveCardJson {
  const open = acceptsChanges(round, now);
  const supporter = ownGemeente('regio.theme.support', viewer);
  const submitter = ownGemeente('regio.theme.submit', viewer);
  const rows: ThemeRow[] = themes
    .filter((t) => isLive(t.value))
    .sort((a, b) => a.value.gemeente.localeCompare(b.value.gemeente) || a.value.createdAt.localeCompare(b.value.createdAt))
    .map(({ value: t, version }) => ({
      id: t.id,
      kenmerk: kenmerkOf(t),
      year: t.year,
      version,
      title: cardText(t.title),
      gemeente: t.gemeente,
      status: STATUS_LABELS[t.status],
      urgency: t.urgency,
      supportText: t.supporters.length ? `${t.supporters.length}: ${t.supporters.join(', ')}` : 'nog geen andere gemeenten',
      problem: cardText(t.problem),
      canSupport: !!supporter && t.gemeente !== supporter && !t.supporters.includes(supporter),
      canEdit: !!submitter && open && t.gemeente === submitter && t.status === 'ingediend',
    }));
  return renderThemesCard({
    year: round.year,
    intro: open
      ? `Indienen en wijzigen kan tot en met ${formatDate(round.deadline)}. Steun een thema van een andere gemeente als het ook voor jouw gemeente speelt.`
      : 'De indientermijn is voorbij; de thema\'s volgen nu de route AO, PFO en BO.',
    notice,
    themes: rows,
  });
}
