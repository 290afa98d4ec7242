import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { importFiles } from '../../src/cli/import';
import { parseConfig } from '../../src/config';
import { composeFeatures, type Features } from '../../src/compose';
import { describeReport } from '../../src/features/imports/import.service';
import { loadRegion } from '../../src/region';
import { createLogger } from '../../src/shared/logger';
import { createStorage, type Storage } from '../../src/storage';
import type { ProviderDoc } from '../../src/features/providers/providers.domain';
import { FIXTURE_FILES, FIXTURES } from './fixture-figures';

describe('importing provider data', () => {
  let dir: string;
  let storage: Storage;
  let features: Features;
  const region = loadRegion('ijsselland');
  const docs = () => storage.providers.list();

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-prov-'));
    const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
    storage = await createStorage(config, region.id);
    features = composeFeatures({ config, region, storage, log: createLogger('silent') });
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports bad rows with file, line and a Dutch reason, and applies the good ones', async () => {
    const { ok, lines } = await importFiles(features.imports, FIXTURE_FILES);
    expect(ok).toBe(true);
    const out = lines.join('\n');
    expect(out).toContain('aanbieders.csv (aanbieders): 5 regels verwerkt, 2 afgekeurd');
    expect(out).toContain('- regel 7: aanbieder_id: aanbieder_id ontbreekt');
    expect(out).toContain('contracten.csv (contracten): 10 regels verwerkt, 5 afgekeurd');
    expect(out).toContain('- regel 12: onbekende aanbieder_id "T09"');
    expect(out).toContain('- regel 13: soort: soort moet een van deze waarden zijn: meerjarig, eenjarig');
    expect(out).toContain('- regel 14: startdatum: geen bestaande datum');
    expect(out).toContain('- regel 15: gemeente "Amsterdam" hoort niet bij');
    expect(out).toContain('- regel 16: waarde_eur: waarde_eur moet een getal zijn');
    expect(out).toContain('wachttijden.csv (wachttijden): 9 regels verwerkt, 2 afgekeurd');
    // signalen.csv is semicolon-separated
    expect(out).toContain('signalen.csv (signalen): 6 regels verwerkt, 2 afgekeurd');
    expect(out).toContain('- regel 8: niveau: niveau moet een van deze waarden zijn: laag, midden, hoog');
    const stored = await docs();
    expect(stored.filter((d) => d.type === 'contract')).toHaveLength(10);
    const c10 = stored.find((d) => d.type === 'contract' && d.id === 'C10');
    expect(c10).toMatchObject({ waarde: 1_250_000, gemeenten: ['Staphorst', 'Steenwijkerland'], alle: false });
  });

  it('imports aanbieders first whatever order the files are given in', () => {
    expect(features.imports.inReferenceOrder(['x/signalen.csv', 'x/contracten.csv', 'x/aanbieders.csv']).map((f) => path.basename(f))).toEqual([
      'aanbieders.csv',
      'contracten.csv',
      'signalen.csv',
    ]);
  });

  it('re-importing the same files updates rows and duplicates nothing', async () => {
    await importFiles(features.imports, FIXTURE_FILES);
    const first = await docs();
    await importFiles(features.imports, FIXTURE_FILES);
    expect(await docs()).toHaveLength(first.length);
    const changed = Buffer.from('contract_id,aanbieder_id,perceel,soort,startdatum,einddatum,waarde_eur,gemeenten\nC01,T01,Ambulant,meerjarig,2024-01-01,2027-12-31,999000,Zwolle\n');
    const [report] = await features.imports.importFile('contracten.csv', changed);
    expect(report.applied).toBe(1);
    const c01 = (await docs()).filter((d) => d.type === 'contract' && d.id === 'C01');
    expect(c01).toEqual([expect.objectContaining({ waarde: 999000, einddatum: '2027-12-31', gemeenten: ['Zwolle'], alle: false })]);
  });

  it('writes the good rows of a file in one transaction: a batch that fails part-way stores nothing', async () => {
    const repo = storage.providers;
    const good: ProviderDoc = { type: 'aanbieder', id: 'X1', naam: 'Test', plaats: '', aliassen: [], demo: false };
    const bad = { type: 'aanbieder', id: 'X2', naam: 42 } as unknown as ProviderDoc;
    await expect(repo.saveMany([good, bad])).rejects.toThrow();
    expect(await repo.list()).toHaveLength(0);
  });

  it('reads an XLSX workbook with one sheet per kind', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('aanbieders').addRows([
      ['aanbieder_id', 'naam', 'plaats', 'aliassen'],
      ['X1', 'Excelzorg Noord (test)', 'Zwolle', 'Noord'],
    ]);
    wb.addWorksheet('contracten').addRows([
      ['contract_id', 'aanbieder_id', 'perceel', 'soort', 'startdatum', 'einddatum', 'waarde_eur', 'gemeenten'],
      ['XC1', 'X1', 'Ambulant', 'Meerjarig', new Date(Date.UTC(2025, 0, 1)), '2027-12-31', 125000, 'zwolle|KAMPEN'],
      ['XC2', 'X2', 'Ambulant', 'eenjarig', '2025-01-01', '2025-12-31', 1000, 'alle'],
    ]);
    wb.addWorksheet('toelichting').addRows([['dit blad wordt overgeslagen']]);
    const reports = await features.imports.importFile('gegevens.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(reports.map(describeReport).join('\n')).toContain('gegevens.xlsx (contracten): 1 regel verwerkt, 1 afgekeurd:\n- regel 3: onbekende aanbieder_id "X2"');
    expect((await docs()).find((d) => d.type === 'contract')).toMatchObject({ id: 'XC1', soort: 'meerjarig', startdatum: '2025-01-01', gemeenten: ['Zwolle', 'Kampen'] });
  });

  it('a file that cannot be read is reported and changes nothing', async () => {
    const { ok, lines } = await importFiles(features.imports, [path.join(FIXTURES, 'bestaat-niet.csv')]);
    expect(ok).toBe(false);
    expect(lines[0]).toContain('kon niet worden gelezen');
    expect(await docs()).toHaveLength(0);
    await expect(features.imports.importFile('contracten.pdf', Buffer.from('x'))).rejects.toThrow(/niet ondersteund/);
  });

  it('loads the fictional demo data set on an empty store: 60 providers, 137 + 100 contracts, EUR 147 million', async () => {
    await features.loadDemoData();
    const stored = await docs();
    const contracts = stored.filter((d) => d.type === 'contract');
    expect(stored.filter((d) => d.type === 'aanbieder')).toHaveLength(60);
    expect(contracts.filter((c) => c.soort === 'meerjarig')).toHaveLength(137);
    expect(contracts.filter((c) => c.soort === 'eenjarig')).toHaveLength(100);
    expect(contracts.reduce((t, c) => t + c.waarde, 0)).toBe(147_000_000);
    expect(stored.every((d) => d.demo)).toBe(true);
    // A second start does not load it again over real data.
    await features.loadDemoData();
    expect(await docs()).toHaveLength(stored.length);
  });

  it('does not load demo providers when the store already holds imported providers', async () => {
    await importFiles(features.imports, FIXTURE_FILES);
    const before = (await docs()).length;
    await features.loadDemoData();
    expect(await docs()).toHaveLength(before);
  });
});
