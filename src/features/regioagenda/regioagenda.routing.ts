import { type Reply, say } from '../feature';
import type { Round } from './regioagenda.domain';
import type { RegioagendaDownloads } from './regioagenda.downloads';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import type { RoundService } from './round.service';
import type { ThemeLifecycleService } from './theme-lifecycle.service';
import type { ThemesService } from './themes.service';

/** The regioagenda's use cases as the routes see them. */
export interface RegioagendaServices {
  rounds: RoundService;
  themes: ThemesService;
  lifecycle: ThemeLifecycleService;
  downloads: RegioagendaDownloads;
}

/** The year a command names ("status regioagenda 2027"), if any. */
export const yearOf = (m: RegExpMatchArray, i = 1) => (m[i] ? Number(m[i]) : undefined);

/** Runs `then` on the named round, or the newest one; says so when there is none. */
export async function withRound(rounds: RoundService, year: number | undefined, then: (round: Round) => Promise<Reply[]>): Promise<Reply[]> {
  const round = await rounds.round(year);
  return round ? then(round) : say(year ? T.noRoundForYear(year) : T.noRound);
}
