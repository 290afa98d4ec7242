import { action, type CardActionResult, type Reply, replies, say, type TextCommand, type Turn } from '../feature';
import { may } from '../permissions';
import { savedCard, themeFormCard, themesCard } from './regioagenda.cards';
import { parseStatus, type Round, themeRefInput, themeSubmitInput } from './regioagenda.domain';
import { type RegioagendaServices, withRound, yearOf } from './regioagenda.routing';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import { REGIO_VERBS as V } from './regioagenda.verbs';
import type { FormOutcome, SubmitOutcome, ThemeOutcome } from './themes.service';

const THEMES = /^(?:thema'?s|regioagenda thema'?s|toon thema'?s)(?: (\d{4}))?$/i;
const NEW_THEME = /^(?:nieuw thema|thema indienen|dien (?:een )?thema in)$/i;
// "zet thema abc123 op advies PFO vergadering PFO 12 maart" / "... op in uitvoering trekker a@b.nl projectmanager c@d.nl"
const MOVE = /^zet thema (\S+) op (.+)$/i;
const MERGE = /^voeg thema (\S+) samen met (?:thema )?(\S+)$/i;

/** Splits "advies PFO vergadering PFO 12 maart trekker x@y" into the status and its keyword parts. */
export function parseMove(rest: string) {
  const parts = rest.split(/\s+(?=(?:vergadering|trekker|projectmanager)\s)/i);
  const out: { status: string; meeting?: string; trekkerEmail?: string; projectmanagerEmail?: string } = { status: parts[0] };
  for (const part of parts.slice(1)) {
    const [, key, value] = part.match(/^(\S+)\s+(.+)$/) ?? [];
    if (/^vergadering$/i.test(key)) out.meeting = value;
    if (/^trekker$/i.test(key)) out.trekkerEmail = value.trim();
    if (/^projectmanager$/i.test(key)) out.projectmanagerEmail = value.trim();
  }
  return out;
}

const formView = (o: FormOutcome): CardActionResult => (o.kind === 'refused' ? { message: o.reason } : { card: themeFormCard(o) });

function submitView(o: SubmitOutcome): CardActionResult {
  switch (o.kind) {
    case 'refused':
      return { message: o.reason };
    case 'invalid':
      return { card: themeFormCard({ ...o.form, values: o.values, errors: o.errors, notice: { text: T.formInvalid, color: 'Attention' } }) };
    case 'similar':
      return { card: themeFormCard({ ...o.form, values: o.values, similarSeen: true, notice: { text: T.similarBeforeSubmit(o.similar), color: 'Warning' } }) };
    case 'conflict':
      return { card: themeFormCard({ ...o.form, notice: { text: T.conflict, color: 'Warning' } }) };
    case 'created':
      return { card: savedCard(T.submitted(o.theme.title, o.theme.gemeente), o.theme, o.round, o.similar) };
    case 'duplicate':
      return { card: savedCard(T.duplicate(o.theme.title), o.theme, o.round, []) };
    case 'updated':
      return { card: savedCard(T.updated(o.theme.title), o.theme, o.round, []) };
  }
}

const outcomeText = (r: ThemeOutcome) => (r.kind === 'refused' ? r.reason : r.kind === 'conflict' ? T.conflictRetry : r.message);

/** Text commands about themes: the list, a new theme, status changes and merges. */
export function themeCommands({ rounds, themes, lifecycle }: RegioagendaServices): TextCommand[] {
  const list = async (turn: Turn, round: Round): Promise<Reply[]> => [{ card: themesCard(round, await themes.listThemes(round.year), turn.person, rounds.now()) }];
  return [
    { name: 'regio-themes', pattern: THEMES, run: (turn, m) => withRound(rounds, yearOf(m), (round) => list(turn, round)) },
    { name: 'regio-new-theme', pattern: NEW_THEME, run: async (turn) => replies(formView(await themes.newThemeForm(turn.person, {}))) },
    {
      name: 'regio-move',
      pattern: MOVE,
      run: async (turn, m) => {
        const parsed = parseMove(m[2]);
        const to = parseStatus(parsed.status);
        if (!to) return may('regio.theme.govern', turn.person) ? say(T.unknownStatus) : say(T.onlyRsj);
        return say(outcomeText(await lifecycle.transition(turn.person, { themeId: m[1], to, ...parsed })));
      },
    },
    { name: 'regio-merge', pattern: MERGE, run: async (turn, m) => say(outcomeText(await lifecycle.merge(turn.person, m[1], m[2]))) },
  ];
}

/** The buttons on theme cards. Each answers with the card that replaces the clicked one. */
export function themeActions({ rounds, themes }: RegioagendaServices) {
  const listCard = async (turn: Turn, round: Round, notice = ''): Promise<CardActionResult> => ({
    card: themesCard(round, await themes.listThemes(round.year), turn.person, rounds.now(), notice),
  });
  const themeView = async (turn: Turn, o: ThemeOutcome): Promise<CardActionResult> =>
    o.kind === 'refused' ? { message: o.reason } : listCard(turn, o.round, o.kind === 'conflict' ? T.conflict : o.message);
  return [
    action(V.newTheme, themeRefInput, async (turn, input) => formView(await themes.newThemeForm(turn.person, input))),
    action(V.editTheme, themeRefInput, async (turn, input) => formView(await themes.editThemeForm(turn.person, input))),
    action(V.saveTheme, themeSubmitInput, async (turn, input) => submitView(await themes.submit(turn.person, input))),
    action(V.withdrawTheme, themeRefInput, async (turn, input) => themeView(turn, await themes.withdraw(turn.person, input))),
    action(V.supportTheme, themeRefInput, async (turn, input) => themeView(turn, await themes.support(turn.person, input))),
    action(V.listThemes, themeRefInput, async (turn, input) => {
      const round = await rounds.round(Number(input.year) || undefined);
      return round ? listCard(turn, round) : { message: T.noRound };
    }),
  ];
}
