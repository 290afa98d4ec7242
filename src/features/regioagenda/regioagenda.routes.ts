import { type FeatureRoutes, type HelpLine, textCommands } from '../feature';
import type { Person } from '../people/people.domain';
import { may, ownGemeente } from '../permissions';
import { acceptsChanges, isLive } from './regioagenda.domain';
import type { RegioagendaServices } from './regioagenda.routing';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import { roundActions, roundCommands } from './round.routes';
import { themeActions, themeCommands } from './themes.routes';

/** The regioagenda in chat: the round's commands and buttons, then the themes'. */
export function regioagendaRoutes(services: RegioagendaServices): FeatureRoutes {
  return {
    membersOnly: true,
    textHandlers: textCommands([...roundCommands(services), ...themeCommands(services)]),
    cardActions: [...roundActions(services), ...themeActions(services)],
    helpSection: 'Regioagenda',
    help,
    openFor: (person) => openFor(services, person),
  };
}

/** For the welcome card: the open round, and for a beleidsadviseur how many themes their gemeente has in. */
async function openFor({ rounds, themes }: RegioagendaServices, person: Person): Promise<string[]> {
  const round = await rounds.latestRound();
  if (!round || !acceptsChanges(round, rounds.now())) return [];
  const gemeente = ownGemeente('regio.theme.submit', person);
  if (!gemeente) return [T.roundOpenFor(round.year, round.deadline)];
  const own = (await themes.listThemes(round.year)).filter((t) => t.value.gemeente === gemeente && isLive(t.value)).length;
  return [T.roundOpenForGemeente(round.year, round.deadline, gemeente, own)];
}

function help(person: Person | undefined): HelpLine[] {
  const lines: HelpLine[] = [];
  if (may('regio.round.open', person)) lines.push({ title: 'Een regioagenda-ronde openen', example: `open ronde ${new Date().getFullYear() + 1}` });
  if (may('regio.theme.submit', person)) lines.push({ title: 'Een thema voor de regioagenda indienen', example: 'thema indienen' });
  if (may('regio.view', person)) lines.push({ title: 'Zien hoe de regioagenda-ronde ervoor staat', example: 'status regioagenda' });
  if (may('regio.view', person)) lines.push({ title: "Ingediende thema's bekijken en steunen", example: "thema's" });
  if (may('regio.theme.govern', person)) {
    lines.push({ title: 'Een thema door AO, PFO en BO leiden', example: 'zet thema [kenmerk] op geagendeerd AO' });
    lines.push({ title: "Thema's samenvoegen", example: 'voeg thema [kenmerk] samen met [kenmerk]' });
  }
  if (may('regio.export', person)) {
    lines.push({ title: 'De concept-regioagenda exporteren (Word en Excel)', example: 'exporteer regioagenda' });
    lines.push({ title: 'Het auditlogboek van een ronde exporteren', example: 'exporteer audit' });
  }
  if (may('regio.round.change', person)) lines.push({ title: 'Deadline verlengen of ronde heropenen', example: 'verleng ronde 2027 tot 2027-03-31' });
  return lines;
}
