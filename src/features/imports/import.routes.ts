import type { FeatureRoutes, IncomingFile, Turn } from '../feature';
import { say } from '../feature';
import { may } from '../permissions';
import { describeReport, type ImportService } from './import.service';
import { UnreadableFileError } from './tabular';

const TABULAR = /\.(csv|xlsx)$/i;

/** Contract data and user lists sent as a file in personal chat are imported like `npm run import`. */
export function importRoutes(imports: ImportService, download: (file: IncomingFile) => Promise<Buffer>): FeatureRoutes {
  return {
    textHandlers: [
      {
        name: 'import-file',
        async handle(turn: Turn) {
          const files = turn.files.filter((f) => TABULAR.test(f.name));
          if (files.length === 0) return undefined;
          if (turn.conversation.kind !== 'personal') return say('Stuur bestanden om te importeren in een persoonlijke chat met mij.');
          if (!may('imports.data', turn.person)) {
            return say('Alleen contractmanagers en de regiomanager kunnen gegevens importeren.');
          }
          const lines: string[] = [];
          const byName = new Map(files.map((f) => [f.name, f]));
          for (const file of imports.inReferenceOrder(files.map((f) => f.name)).map((n) => byName.get(n)!)) {
            try {
              // Roles come from the directory: only the regiomanager may change it.
              const reports = await imports.importFile(file.name, await download(file), (kind) =>
                kind === 'gebruikers' && !may('imports.people', turn.person) ? 'Alleen de regiomanager kan gebruikers importeren.' : undefined,
              );
              lines.push(...reports.map(describeReport));
            } catch (err) {
              if (!(err instanceof UnreadableFileError)) throw err;
              lines.push(`${file.name}: ${err.message} Er is niets gewijzigd.`);
            }
          }
          return say(lines.join('\n\n'));
        },
      },
    ],
    helpSection: 'Beheer',
    help: (person) =>
      may('imports.data', person)
        ? [{ title: 'Gegevens importeren: stuur een CSV- of Excelbestand in deze chat', example: 'contracten.csv' }]
        : [],
  };
}
