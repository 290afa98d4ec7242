import { z, type ZodType } from 'zod';
import { readTables, UnreadableFileError } from './tabular';

z.config(z.locales.nl());

export interface RowError {
  file: string;
  line: number;
  reason: string;
}

export interface KindReport {
  file: string;
  kind: string;
  applied: number;
  errors: RowError[];
}

/** One importable kind: how a row is validated and how the valid rows are stored (in one go). */
export interface ImportKind<Row> {
  kind: string;
  rowSchema: ZodType<Row>;
  /** Checks needing context (unknown gemeente, unknown provider); returns a Dutch reason or undefined. */
  check?: (row: Row) => Promise<string | undefined> | string | undefined;
  apply(rows: Row[]): Promise<void>;
}

export class ImportService {
  private readonly kinds = new Map<string, ImportKind<unknown>>();

  register<Row>(kind: ImportKind<Row>): this {
    this.kinds.set(kind.kind, kind as ImportKind<unknown>);
    return this;
  }

  knownKinds(): string[] {
    return [...this.kinds.keys()];
  }

  /**
   * Files in registration order of their kind (aanbieders before the contracts that point at them);
   * files of no known kind keep their place at the end.
   */
  inReferenceOrder(fileNames: string[]): string[] {
    const kinds = this.knownKinds();
    const rank = (name: string) => {
      const base = name.replace(/^.*[\\/]/, '').toLowerCase();
      const i = kinds.findIndex((k) => base.startsWith(k));
      return i === -1 ? kinds.length : i;
    };
    return fileNames.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  }

  /**
   * Imports one file; bad rows are reported, the good rows of each table are applied together.
   * `refusal` may veto a kind for this caller (a Dutch reason); then nothing of the file is applied.
   */
  async importFile(fileName: string, content: Buffer, refusal: (kind: string) => string | undefined = () => undefined): Promise<KindReport[]> {
    const tables = await readTables(fileName, content);
    for (const table of tables) {
      const reason = this.kindFor(table.name) && refusal(this.kindFor(table.name)!.kind);
      if (reason) throw new UnreadableFileError(reason);
    }
    const reports: KindReport[] = [];
    for (const table of tables) {
      const kind = this.kindFor(table.name);
      if (!kind) {
        if (tables.length === 1) {
          throw new UnreadableFileError(
            `Onbekend soort bestand "${table.name}". De naam moet beginnen met een van: ${this.knownKinds().join(', ')}.`,
          );
        }
        continue; // other sheets in a workbook may hold notes
      }
      reports.push(await this.importTable(fileName, kind, table.rows));
    }
    return reports;
  }

  private kindFor(name: string): ImportKind<unknown> | undefined {
    return [...this.kinds.values()].find((k) => name === k.kind || name.startsWith(`${k.kind}`));
  }

  private async importTable(file: string, kind: ImportKind<unknown>, rows: { line: number; record: Record<string, string> }[]) {
    const good: unknown[] = [];
    const errors: RowError[] = [];
    for (const { line, record } of rows) {
      const parsed = kind.rowSchema.safeParse(record);
      if (!parsed.success) {
        errors.push({ file, line, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'rij'}: ${i.message}`).join('; ') });
        continue;
      }
      const problem = await kind.check?.(parsed.data);
      if (problem) errors.push({ file, line, reason: problem });
      else good.push(parsed.data);
    }
    if (good.length > 0) await kind.apply(good);
    return { file, kind: kind.kind, applied: good.length, errors };
  }
}

export function describeReport(r: KindReport): string {
  const head = `${r.file} (${r.kind}): ${r.applied} ${r.applied === 1 ? 'regel' : 'regels'} verwerkt`;
  if (r.errors.length === 0) return `${head}.`;
  const lines = r.errors.slice(0, 20).map((e) => `- regel ${e.line}: ${e.reason}`);
  const more = r.errors.length > 20 ? [`- en nog ${r.errors.length - 20} andere fouten`] : [];
  return [`${head}, ${r.errors.length} afgekeurd:`, ...lines, ...more].join('\n');
}
