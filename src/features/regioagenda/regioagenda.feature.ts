import type { FeatureRoutes, FileDownload } from '../feature';
import { RegioagendaDownloads } from './regioagenda.downloads';
import { regioagendaRoutes } from './regioagenda.routes';
import { REMINDER_KIND, type RegioagendaDeps as ServiceDeps, RegioagendaService } from './regioagenda.service';

export interface RegioagendaDeps extends ServiceDeps {
  /** Signs export links; links stop working after a restart when it is generated per process. */
  exportSecret: string;
  /** The bot's public base URL for the export links (known after the server listens). */
  publicUrl: () => string;
}

/** The yearly regioagenda round and its themes; serves the signed export links. */
export function register(deps: RegioagendaDeps): { routes: FeatureRoutes; downloads: FileDownload } {
  const service = new RegioagendaService(deps);
  deps.timers.on(REMINDER_KIND, async (payload) => {
    await service.sendReminders(payload);
  });
  const downloads = new RegioagendaDownloads(service, deps.region, deps.exportSecret, deps.publicUrl);
  return { routes: regioagendaRoutes(service, downloads), downloads: (token) => downloads.download(token) };
}
