import { loadConfig, type Config } from '../config';
import { runAsProcess, withDocumentStore } from './cli-store';
import { type ForgetReport, forgetPerson } from '../storage/forget';

const USAGE =
  'Gebruik: npm run forget -- <aadObjectId> [--dry-run]\n' +
  '  Verwijdert de persoonsgegevens van één persoon uit de opslag (STORAGE, DATA_DIR of COSMOS_ENDPOINT).\n' +
  '  --dry-run: laat alleen zien wat er zou veranderen.\n';

/** Dutch report lines: per container what was deleted and pseudonymised. */
export function describeForget(id: string, report: ForgetReport, dryRun: boolean): string[] {
  const lines = report.containers.map((c) =>
    `${c.container}: ${c.deleted} ${dryRun ? 'te verwijderen' : 'verwijderd'}, ${c.pseudonymised} ${dryRun ? 'te pseudonimiseren' : 'gepseudonimiseerd'}`,
  );
  if (lines.length === 0) lines.push(`Geen gegevens gevonden van ${id}.`);
  lines.push(
    dryRun
      ? `Proefdraai: er is niets gewijzigd. Voer het opnieuw uit zonder --dry-run.`
      : `Klaar: ${report.name ? `${report.name} (${id})` : id} is vergeten. Opnieuw uitvoeren is veilig. Logboeken (Application Insights) en back-ups vallen hierbuiten: zie docs/beheer.md.`,
  );
  return lines;
}

/** `npm run forget -- <aadObjectId> [--dry-run]`: the personal-data removal of the README's inventory. */
export async function runForgetCli(args: string[], config: Config = loadConfig()): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const ids = args.filter((a) => !a.startsWith('--'));
  if (ids.length !== 1 || !/^[\w-]{3,64}$/.test(ids[0])) {
    process.stderr.write(USAGE);
    return 1;
  }
  const report = await withDocumentStore(config, (store) => forgetPerson(store, ids[0], { dryRun }));
  process.stdout.write(`${describeForget(ids[0], report, dryRun).join('\n')}\n`);
  return 0;
}

if (require.main === module) runAsProcess(() => runForgetCli(process.argv.slice(2)), { failed: 'Vergeten mislukt' });
