import type { FeatureRoutes, IncomingFile } from '../feature';
import { importRoutes } from './import.routes';
import { type ImportKind, ImportService } from './import.service';

export interface ImportsDeps {
  /** Every importable kind, in reference order (aanbieders before the contracts that point at them). */
  kinds: ImportKind<unknown>[];
  download: (file: IncomingFile) => Promise<Buffer>;
}

/** Tabular files (CSV, Excel) sent in chat or given to `npm run import`. */
export function register({ kinds, download }: ImportsDeps): { routes: FeatureRoutes; service: ImportService } {
  const service = new ImportService();
  kinds.forEach((k) => service.register(k));
  return { routes: importRoutes(service, download), service };
}
