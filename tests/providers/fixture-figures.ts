import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * Figures computed straight from tests/fixtures/providers, independent of the feature's code,
 * so the HTTP tests compare the bot's answers with what the files say.
 */
export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'providers');
export const FIXTURE_FILES = ['aanbieders.csv', 'contracten.csv', 'wachttijden.csv', 'signalen.csv'].map((f) => path.join(FIXTURES, f));

interface Row {
  aanbieder_id: string;
  naam: string;
  soort: string;
  niveau: string;
  product: string;
  startdatum: string;
  einddatum: string;
  peildatum: string;
  waarde_eur: string;
  wachttijd_weken: string;
  gemeenten: string;
}
const read = (name: string, delimiter = ',') =>
  parse(readFileSync(path.join(FIXTURES, name)), { columns: true, delimiter, skip_empty_lines: true }) as Row[];

const GEMEENTEN = ['Dalfsen', 'Deventer', 'Hardenberg', 'Kampen', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle'];
const validDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

export const providers = read('aanbieders.csv').filter((r) => r.aanbieder_id && r.naam);
const known = new Set(providers.map((p) => p.aanbieder_id));

export const contracts = read('contracten.csv')
  .map((r) => ({ ...r, waarde: Number(r.waarde_eur.replace(/\./g, '')), list: r.gemeenten === 'alle' ? 'alle' : r.gemeenten.split('|') }))
  .filter(
    (r) =>
      known.has(r.aanbieder_id) &&
      ['meerjarig', 'eenjarig'].includes(r.soort) &&
      validDate(r.startdatum) &&
      validDate(r.einddatum) &&
      Number.isFinite(r.waarde) &&
      (r.list === 'alle' || (r.list as string[]).every((g) => GEMEENTEN.includes(g))),
  );

const waitRows = read('wachttijden.csv')
  .map((r) => ({ ...r, weken: Number(r.wachttijd_weken) }))
  .filter((r) => known.has(r.aanbieder_id) && Number.isFinite(r.weken));
/** Latest peildatum per provider and product. */
export const currentWaits = waitRows.filter(
  (w) => !waitRows.some((o) => o.aanbieder_id === w.aanbieder_id && o.product === w.product && o.peildatum > w.peildatum),
);

export const signals = read('signalen.csv', ';').filter((r) => known.has(r.aanbieder_id) && ['laag', 'midden', 'hoog'].includes(r.niveau));

export const inGemeente = (g: string) => contracts.filter((c) => c.list === 'alle' || (c.list as string[]).includes(g));
export const total = (cs: { waarde: number }[]) => cs.reduce((t, c) => t + c.waarde, 0);
export const euro = (n: number) => `€ ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
export const nameOf = (id: string) => providers.find((p) => p.aanbieder_id === id)!.naam;
export const today = () => new Date().toISOString().slice(0, 10);
export function plusMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}
