
// The Word and Excel writers load on the first export: most processes never make one.
const docx = () => require('docx') as typeof import('docx');
const exceljs = () => require('exceljs') as typeof import('exceljs');
import { type AuditEntry, isLive, STATUS_LABELS, type Theme, type ThemeStatus } from './regioagenda.domain';
import { REGIO_TEXTS as T } from './regioagenda.texts';

/** The agenda reads from what runs and is decided, down to what was just submitted; rejected last. */
const EXPORT_ORDER: ThemeStatus[] = ['in_uitvoering', 'afgerond', 'vastgesteld', 'aangehouden', 'advies_pfo', 'geagendeerd_ao', 'ingediend', 'afgewezen'];

function groupByStatus(themes: Theme[]) {
  const live = themes.filter(isLive);
  return EXPORT_ORDER.map((status) => ({ status, themes: live.filter((t) => t.status === status) })).filter((g) => g.themes.length > 0);
}

const supportersText = (t: Theme) => (t.supporters.length ? t.supporters.join(', ') : T.none);
const trekkerText = (t: Theme) => t.trekker?.name ?? T.none;

export async function regioagendaDocx(organisation: string, year: number, themes: Theme[]): Promise<Buffer> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = docx();
  const children: InstanceType<typeof Paragraph>[] = [
    new Paragraph({ text: T.exportTitle(year), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: T.exportSubtitle(organisation), italics: true })] }),
  ];
  for (const group of groupByStatus(themes)) {
    children.push(new Paragraph({ text: `${capitalise(STATUS_LABELS[group.status])} (${group.themes.length})`, heading: HeadingLevel.HEADING_1 }));
    for (const t of group.themes) {
      children.push(new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_2 }));
      const fields: [string, string][] = [
        ['Gemeente', t.gemeente],
        ['Steun van', supportersText(t)],
        ['Bestuurlijk trekker', trekkerText(t)],
        ['Projectmanager', t.projectmanager?.name ?? T.none],
        ['Urgentie', t.urgency],
        ['Probleem of kans', t.problem],
        ['Gewenst resultaat', t.desiredResult],
        ['Regionale meerwaarde', t.regionalValue],
        ['Doelgroepen', t.targetGroups],
        ['Verwachte inzet of budget', t.effort],
        ['Contactpersoon', t.contact],
        ['Kenmerk', t.id],
      ];
      for (const [label, value] of fields) {
        children.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
      }
    }
  }
  return Packer.toBuffer(new Document({ creator: organisation, title: T.exportTitle(year), sections: [{ children }] }));
}

export async function regioagendaXlsx(year: number, themes: Theme[]): Promise<Buffer> {
  const book = new (exceljs().Workbook)();
  const sheet = book.addWorksheet(`Regioagenda ${year}`);
  sheet.columns = [
    { header: 'Status', key: 'status', width: 24 },
    { header: 'Kenmerk', key: 'id', width: 12 },
    { header: 'Titel', key: 'title', width: 40 },
    { header: 'Gemeente', key: 'gemeente', width: 16 },
    { header: 'Steun van', key: 'supporters', width: 30 },
    { header: 'Aantal steunende gemeenten', key: 'supportCount', width: 12 },
    { header: 'Bestuurlijk trekker', key: 'trekker', width: 22 },
    { header: 'Projectmanager', key: 'projectmanager', width: 22 },
    { header: 'Urgentie', key: 'urgency', width: 10 },
    { header: 'Probleem of kans', key: 'problem', width: 50 },
    { header: 'Gewenst resultaat', key: 'desiredResult', width: 50 },
    { header: 'Regionale meerwaarde', key: 'regionalValue', width: 50 },
    { header: 'Doelgroepen', key: 'targetGroups', width: 30 },
    { header: 'Inzet of budget', key: 'effort', width: 24 },
    { header: 'Contactpersoon', key: 'contact', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const group of groupByStatus(themes)) {
    for (const t of group.themes) {
      sheet.addRow({
        ...t,
        status: STATUS_LABELS[t.status],
        supporters: t.supporters.join(', '),
        supportCount: t.supporters.length,
        trekker: t.trekker?.name ?? '',
        projectmanager: t.projectmanager?.name ?? '',
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function auditCsv(entries: AuditEntry[]): Buffer {
  const header = ['tijdstip', 'wie', 'aad_object_id', 'actie', 'thema', 'details'];
  const rows = entries.map((e) => [e.at, e.actor.name, e.actor.aadObjectId, e.action, e.themeId, e.details]);
  // BOM so Excel opens the UTF-8 file with the right accents
  return Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`, 'utf8');
}

/** Quotes every cell and defuses formulas: the details contain text typed by users. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
