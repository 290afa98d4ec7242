import { loadConfig, type Config } from '../config';
import { runAsProcess, withDocumentStore } from './cli-store';
import { type ContainerCopy, copySqliteStore } from '../storage/migrate';

const USAGE = 'Gebruik: npm run migrate -- --to cosmos   (kopieert de SQLite-opslag in DATA_DIR naar COSMOS_ENDPOINT / COSMOS_DATABASE)\n';

/** Dutch report lines, one per container with documents, plus the rows that could not be read. */
export function describeCopy(report: ContainerCopy[]): string[] {
  const lines = report
    .filter((c) => c.copied || c.expired || c.unreadable.length)
    .map((c) => `${c.container}: ${c.copied} gekopieerd${c.expired ? `, ${c.expired} verlopen (overgeslagen)` : ''}${c.unreadable.length ? `, ${c.unreadable.length} onleesbaar` : ''}`);
  for (const c of report) for (const u of c.unreadable) lines.push(`  onleesbaar in ${c.container}: partitie ${u.pk}, id ${u.id} (niet gekopieerd)`);
  const total = report.reduce((n, c) => n + c.copied, 0);
  lines.push(`Klaar: ${total} documenten in Cosmos DB. Opnieuw uitvoeren is veilig: dezelfde documenten worden overschreven.`);
  return lines;
}

/** `npm run migrate -- --to cosmos`: SQLite (DATA_DIR) -> Cosmos DB (COSMOS_ENDPOINT, COSMOS_DATABASE). */
export async function runMigrateCli(args: string[], config: Config = loadConfig()): Promise<number> {
  const to = args[args.indexOf('--to') + 1];
  if (!args.includes('--to') || to !== 'cosmos') {
    process.stderr.write(USAGE);
    return 1;
  }
  if (!config.COSMOS_ENDPOINT) {
    process.stderr.write('COSMOS_ENDPOINT ontbreekt: zet het in de omgeving of in env/.env.<naam> (ENV_NAME=<naam>).\n');
    return 1;
  }
  const report = await withDocumentStore({ ...config, STORAGE: 'cosmos' }, (target) => copySqliteStore(config.DATA_DIR, target));
  process.stdout.write(`${describeCopy(report).join('\n')}\n`);
  return report.some((c) => c.unreadable.length) ? 2 : 0;
}

if (require.main === module) runAsProcess(() => runMigrateCli(process.argv.slice(2)), { failed: 'Migratie mislukt' });
