import { action, type CardActionResult, type Reply, say, type TextCommand, type Turn } from '../feature';
import { may } from '../permissions';
import { renderExportCard } from './cards/export.card';
import { renderOpenRoundCard } from './cards/open-round.card';
import { statusCard } from './regioagenda.cards';
import { addDays, invitedEveryone, type Round, roundOpenInput } from './regioagenda.domain';
import type { ExportKind } from './export-token';
import { type RegioagendaServices, withRound, yearOf } from './regioagenda.routing';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import { REGIO_VERBS as V } from './regioagenda.verbs';
import type { OpenRoundOutcome } from './round.service';

const OPEN = /^open (?:een )?(?:regioagenda[- ]?)?ronde(?: (\d{4}))?$/i;
const EXTEND = /^(?:verleng|heropen) (?:de )?ronde (\d{4}) tot (?:en met )?(\d{4}-\d{2}-\d{2})$/i;
const CLOSE = /^sluit (?:de )?ronde (\d{4})$/i;
const STATUS = /^status regioagenda(?: (\d{4}))?$/i;
const EXPORT = /^exporteer (?:de )?(?:concept[- ]?)?regioagenda(?: (\d{4}))?$/i;
const EXPORT_AUDIT = /^exporteer (?:het )?audit(?:log(?:boek)?)?(?: (\d{4}))?$/i;

/** Text commands about the round: open, extend, close, status, exports. */
export function roundCommands({ rounds, themes, downloads }: RegioagendaServices): TextCommand[] {
  const status = async (round: Round) => statusCard(rounds.region, round, (await themes.listThemes(round.year)).map((t) => t.value), rounds.now());
  const exportCard = (turn: Turn, round: Round, kinds: ExportKind[], heading: string, message: string): Reply[] => {
    const links = downloads.links(turn.person, round.year, kinds);
    return links ? [{ card: renderExportCard({ heading, message, links }) }] : say(T.onlyRsj);
  };
  return [
    {
      name: 'regio-open',
      pattern: OPEN,
      run: async (turn, m) => {
        if (!may('regio.round.open', turn.person)) return say(T.onlyRoundOpeners);
        const now = rounds.now();
        const year = String(yearOf(m) ?? now.getUTCFullYear() + 1);
        return [{ card: renderOpenRoundCard({ year, deadline: addDays(now.toISOString().slice(0, 10), 42), notice: '', errors: { year: '', deadline: '' } }) }];
      },
    },
    {
      name: 'regio-extend',
      pattern: EXTEND,
      run: async (turn, m) => {
        const r = await rounds.extendRound(turn.person, Number(m[1]), m[2]);
        return say(r.kind === 'refused' ? r.reason : T.roundExtended(r.round.year, r.round.deadline));
      },
    },
    {
      name: 'regio-close',
      pattern: CLOSE,
      run: async (turn, m) => {
        const r = await rounds.closeRound(turn.person, Number(m[1]));
        return say(r.kind === 'refused' ? r.reason : T.roundClosed(r.round.year));
      },
    },
    { name: 'regio-status', pattern: STATUS, run: (_turn, m) => withRound(rounds, yearOf(m), async (round) => [{ card: await status(round) }]) },
    {
      name: 'regio-export',
      pattern: EXPORT,
      run: (turn, m) =>
        withRound(rounds, yearOf(m), async (round) =>
          exportCard(turn, round, ['regioagenda.docx', 'regioagenda.xlsx'], T.exportTitle(round.year), T.exportReady(round.year)),
        ),
    },
    {
      name: 'regio-export-audit',
      pattern: EXPORT_AUDIT,
      run: (turn, m) =>
        withRound(rounds, yearOf(m), async (round) => exportCard(turn, round, ['audit.csv'], `Auditlogboek regioagenda ${round.year}`, T.auditReady(round.year))),
    },
  ];
}

function openRoundView(o: OpenRoundOutcome, services: RegioagendaServices): CardActionResult {
  const { rounds } = services;
  switch (o.kind) {
    case 'refused':
      return { message: o.reason };
    case 'invalid':
      return { card: renderOpenRoundCard({ ...o.values, notice: T.formInvalid, errors: { year: o.errors.year ?? '', deadline: o.errors.deadline ?? '' } }) };
    case 'opened':
      return { card: statusCard(rounds.region, o.round, [], rounds.now(), T.roundOpened(o.round.year, o.round.deadline, o.invited), !invitedEveryone(o.invited)) };
  }
}

/** The open-round form's button. */
export const roundActions = (services: RegioagendaServices) => [
  action(V.openRound, roundOpenInput, async (turn, input) => openRoundView(await services.rounds.openRound(turn.person, input), services)),
];
