import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportService } from '../../src/features/imports/import.service';
import { gebruikersImport } from '../../src/features/people/people.import';
import { loadRegion } from '../../src/region';
import { createStorage } from '../../src/storage';

/** Test users: one beleidsadviseur per gemeente plus a second one in Kampen (tests/fixtures). */
export const ADVISER: Record<string, string> = {
  Dalfsen: '10000000-0000-0000-0000-000000000001',
  Deventer: '10000000-0000-0000-0000-000000000002',
  Hardenberg: '10000000-0000-0000-0000-000000000003',
  Kampen: '10000000-0000-0000-0000-000000000004',
  'Olst-Wijhe': '10000000-0000-0000-0000-000000000005',
  Ommen: '10000000-0000-0000-0000-000000000006',
  Raalte: '10000000-0000-0000-0000-000000000007',
  Staphorst: '10000000-0000-0000-0000-000000000008',
  Steenwijkerland: '10000000-0000-0000-0000-000000000009',
  Zwartewaterland: '10000000-0000-0000-0000-000000000010',
  Zwolle: '10000000-0000-0000-0000-000000000011',
};
export const KAMPEN_COLLEAGUE = '10000000-0000-0000-0000-000000000012';

/** Imports the fixture users through the ImportService into the service's data directory. */
export async function importTestUsers(dataDir: string, file = 'regioagenda-gebruikers.csv'): Promise<void> {
  const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
  try {
    const imports = new ImportService().register(gebruikersImport(storage.people, loadRegion('ijsselland')));
    const [report] = await imports.importFile('gebruikers.csv', readFileSync(path.join(__dirname, '..', 'fixtures', file)));
    if (report.errors.length > 0) throw new Error(`fixture rejected: ${JSON.stringify(report.errors)}`);
  } finally {
    await storage.close();
  }
}

/** The data of the first Action.Execute with `verb` anywhere in a card. */
export function actionData(card: any, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (node: any) => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.Execute' && node.verb === verb) found = node.data ?? {};
    Object.values(node).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} action in card`);
  return found;
}

/** All Action.Execute datas for one verb (a list card has one per theme). */
export function allActionData(card: any, verb: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.Execute' && node.verb === verb) out.push(node.data ?? {});
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

/** A complete, valid submission for a gemeente; Deventer and Zwolle deliberately overlap. */
export function themeFields(gemeente: string): Record<string, string> {
  const topics: Record<string, [string, string]> = {
    Dalfsen: ['Gezinsgericht werken in het gedwongen kader', 'Gezinnen krijgen in het gedwongen kader met te veel hulpverleners tegelijk te maken.'],
    Deventer: ['Wachttijden specialistische jeugdhulp verkorten', 'Kinderen wachten maanden op specialistische jeugdhulp; de wachttijden lopen op.'],
    Hardenberg: ['Vervoer naar dagbehandeling op het platteland', 'Ritten naar dagbehandeling duren lang en kosten veel in de landelijke gemeenten.'],
    Kampen: ['Crisisplekken voor jongeren inkopen', 'Bij een crisis is er vaak geen plek dichtbij voor een jongere en wordt uitgeweken.'],
    'Olst-Wijhe': ['Steun voor pleegouders', 'Pleegouders haken af omdat ondersteuning en respijtzorg per gemeente verschillen.'],
    Ommen: ['Overgang naar volwassenheid', 'Rond de achttiende verjaardag valt hulp weg en raken kwetsbare jongeren uit beeld.'],
    Raalte: ['Onderwijs en jeugdhulp verbinden', 'Thuiszitters krijgen te laat hulp omdat scholen en jeugdhulp langs elkaar werken.'],
    Staphorst: ['Minder uithuisplaatsingen', 'Er worden nog te veel kinderen buiten het eigen gezin geplaatst, vaak ver weg.'],
    Steenwijkerland: ['Kosteninzicht per zorgsegment', 'Gemeenten zien te laat welke segmenten de kostenstijging veroorzaken.'],
    Zwartewaterland: ['Ervaringsdeskundigen in de toegang', 'Ouders voelen zich niet gehoord bij de toegang; ervaringskennis wordt weinig benut.'],
    Zwolle: ['Aanpak wachttijden specialistische jeugdhulp', 'De wachttijden voor specialistische jeugdhulp zijn te lang; kinderen wachten maanden.'],
  };
  const [title, problem] = topics[gemeente];
  return {
    title,
    problem,
    desiredResult: `Een regionale werkwijze die binnen een jaar merkbaar verschil maakt voor ${gemeente}.`,
    regionalValue: 'Alle gemeenten kopen bij dezelfde aanbieders in; alleen samen is dit op te lossen.',
    targetGroups: 'Jeugdigen 0-18 in specialistische jeugdhulp',
    urgency: 'midden',
    effort: 'Projectmanager 0,4 fte, budget EUR 40.000',
    contact: `Beleidsadviseur jeugd ${gemeente}`,
    relatedThemeIds: '',
  };
}
