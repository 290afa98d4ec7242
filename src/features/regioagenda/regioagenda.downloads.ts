import type { Region } from '../../region';
import type { Person } from '../people/people.domain';
import { may } from '../permissions';
import { type ExportKind, signExportToken, verifyExportToken } from './export-token';
import { auditCsv, regioagendaDocx, regioagendaXlsx } from './regioagenda.export';
import type { Versioned } from '../../shared/versioned';
import type { AuditEntry, Round, Theme } from './regioagenda.domain';
import { REGIO_TEXTS as T } from './regioagenda.texts';

/** What an export reads: the round, its themes and its audit trail. */
export interface ExportSource {
  now(): Date;
  round(year: number): Promise<Round | undefined>;
  listThemes(year: number): Promise<Versioned<Theme>[]>;
  listAudit(year: number): Promise<AuditEntry[]>;
}

const LINK_TTL_MS = 15 * 60_000;

export type DownloadResult =
  | { ok: true; fileName: string; contentType: string; body: Buffer }
  | { ok: false; status: number; message: string };

const CONTENT_TYPES: Record<ExportKind, string> = {
  'regioagenda.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'regioagenda.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'audit.csv': 'text/csv; charset=utf-8',
};

/**
 * Export files are built when the link is opened (always current) and served by the bot's own
 * HTTP server under /api/export/<token>. The signed token names the file and its expiry.
 */
export class RegioagendaDownloads {
  constructor(
    private readonly service: ExportSource,
    private readonly region: Region,
    private readonly secret: string,
    private readonly publicUrl: () => string,
  ) {}

  /** Links for an RSJ user; undefined when the person may not export. */
  links(person: Person | undefined, year: number, kinds: ExportKind[]): { title: string; url: string }[] | undefined {
    if (!may('regio.export', person)) return undefined;
    const exp = this.service.now().getTime() + LINK_TTL_MS;
    return kinds.map((kind) => ({
      title: `Downloaden: ${fileName(kind, year)}`,
      url: `${this.publicUrl().replace(/\/$/, '')}/api/export/${signExportToken(this.secret, { kind, year, exp })}`,
    }));
  }

  async download(token: string): Promise<DownloadResult> {
    const claims = verifyExportToken(this.secret, token, this.service.now());
    if (claims === 'invalid') return { ok: false, status: 403, message: T.download.invalid };
    if (claims === 'expired') return { ok: false, status: 410, message: T.download.expired };
    const { kind, year } = claims;
    const round = await this.service.round(year);
    if (!round) return { ok: false, status: 404, message: T.noRoundForYear(year) };
    const body =
      kind === 'audit.csv'
        ? auditCsv(await this.service.listAudit(year))
        : await this.themesFile(kind, year);
    return { ok: true, fileName: fileName(kind, year), contentType: CONTENT_TYPES[kind], body };
  }

  private async themesFile(kind: 'regioagenda.docx' | 'regioagenda.xlsx', year: number): Promise<Buffer> {
    const themes = (await this.service.listThemes(year)).map((t) => t.value);
    return kind === 'regioagenda.docx' ? regioagendaDocx(this.region.organisation, year, themes) : regioagendaXlsx(year, themes);
  }
}

const fileName = (kind: ExportKind, year: number) =>
  kind === 'audit.csv' ? `audit-regioagenda-${year}.csv` : `concept-regioagenda-${year}.${kind.split('.')[1]}`;
