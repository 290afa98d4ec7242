import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { AuditRepository, RoundsRepository, ThemesRepository } from './regioagenda.ports';
import type { PeopleRepository } from '../people/people.ports';
import type { FeatureRoutes, FileDownload } from '../feature';
import type { NotificationOutbox, TimerService } from '../notifications/notifications.ports';
import type { RecipientReach } from '../notifications/reach';
import { themeFormCard } from './regioagenda.cards';
import { AuditTrail } from './regioagenda.audit';
import { RegioagendaDownloads } from './regioagenda.downloads';
import { regioagendaRoutes } from './regioagenda.routes';
import { REMINDER_KIND, RoundService } from './round.service';
import { ThemeLifecycleService } from './theme-lifecycle.service';
import { ThemesService } from './themes.service';

export interface RegioagendaDeps {
  region: Region;
  rounds: RoundsRepository;
  themes: ThemesRepository;
  audit: AuditRepository;
  people: PeopleRepository;
  outbox: NotificationOutbox;
  /** Who an invitation really reaches (advisers with a chat, linked gemeente channels). */
  reach: RecipientReach;
  timers: TimerService;
  log: Logger;
  now: () => Date;
  /** Signs export links; links stop working after a restart when it is generated per process. */
  exportSecret: string;
  /** The bot's public base URL for the export links (known after the server listens). */
  publicUrl: () => string;
}

/** The yearly regioagenda round and its themes; serves the signed export links. */
export function register(deps: RegioagendaDeps): { routes: FeatureRoutes; downloads: FileDownload } {
  const { region, log, now } = deps;
  const audit = new AuditTrail({ audit: deps.audit, rounds: deps.rounds, log, now });
  const rounds = new RoundService({ ...deps, audit, invitation: themeFormCard });
  const themes = new ThemesService({ themes: deps.themes, rounds, audit, now });
  const lifecycle = new ThemeLifecycleService({ themes: deps.themes, people: deps.people, rounds, audit, now });
  deps.timers.on(REMINDER_KIND, async (payload) => {
    await rounds.sendReminders(payload);
  });
  const source = { now, round: (year: number) => rounds.round(year), listThemes: (year: number) => themes.listThemes(year), listAudit: (year: number) => audit.list(year) };
  const downloads = new RegioagendaDownloads(source, region, deps.exportSecret, deps.publicUrl);
  return { routes: regioagendaRoutes({ rounds, themes, lifecycle, downloads }), downloads: (token) => downloads.download(token) };
}
