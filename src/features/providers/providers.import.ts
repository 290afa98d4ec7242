import type { Region } from '../../region';
import { findGemeente } from '../../region';
import type { ProvidersRepository } from './providers.ports';
import type { ImportKind } from '../imports/import.service';
import {
  type AanbiederRow,
  aanbiederRowSchema,
  type ContractRow,
  contractRowSchema,
  type ProviderDoc,
  type SignaalRow,
  signaalRowSchema,
  type WachttijdRow,
  wachttijdRowSchema,
} from './providers.domain';
import type { ProvidersModel } from './providers.model';

const ALL = 'alle';

/** Splits "Kampen|Zwolle" or "alle" into canonical names; reports names outside the region. */
export function parseGemeenten(region: Region, value: string): { alle: boolean; gemeenten: string[]; unknown: string[] } {
  if (value.trim().toLowerCase() === ALL) return { alle: true, gemeenten: [], unknown: [] };
  const parts = value.split('|').map((p) => p.trim()).filter(Boolean);
  const gemeenten = parts.map((p) => findGemeente(region, p)).filter((g): g is string => !!g);
  return { alle: false, gemeenten: [...new Set(gemeenten)], unknown: parts.filter((p) => !findGemeente(region, p)) };
}

/**
 * The four provider import kinds. Rows that name an unknown aanbieder_id are refused, so import
 * aanbieders first (the CLI sorts files that way); the model is reloaded after each applied table.
 */
export function providerImports(repo: ProvidersRepository, model: ProvidersModel, region: Region, demo = false): ImportKind<unknown>[] {
  const knownProvider = async (row: { aanbieder_id: string }) =>
    (await model.ensureLoaded()).providers.has(row.aanbieder_id)
      ? undefined
      : `onbekende aanbieder_id "${row.aanbieder_id}" (importeer eerst aanbieders)`;
  const save = async (docs: ProviderDoc[]) => {
    await repo.saveMany(docs);
    await model.reload();
  };

  const aanbieders: ImportKind<AanbiederRow> = {
    kind: 'aanbieders',
    rowSchema: aanbiederRowSchema,
    apply: (rows) =>
      save(rows.map((r) => ({ type: 'aanbieder', id: r.aanbieder_id, naam: r.naam, plaats: r.plaats, aliassen: r.aliassen, demo }))),
  };

  const contracten: ImportKind<ContractRow> = {
    kind: 'contracten',
    rowSchema: contractRowSchema,
    check(row) {
      const unknown = parseGemeenten(region, row.gemeenten).unknown;
      if (unknown.length > 0) return `gemeente ${unknown.map((u) => `"${u}"`).join(', ')} hoort niet bij ${region.name} (gebruik namen gescheiden door | of "alle")`;
      return knownProvider(row);
    },
    apply: (rows) => save(rows.map((r) => contractDoc(region, r, demo))),
  };

  const wachttijden: ImportKind<WachttijdRow> = {
    kind: 'wachttijden',
    rowSchema: wachttijdRowSchema,
    check: knownProvider,
    apply: (rows) =>
      save(rows.map((r) => ({ type: 'wachttijd', aanbiederId: r.aanbieder_id, product: r.product, weken: r.wachttijd_weken, peildatum: r.peildatum, demo }))),
  };

  const signalen: ImportKind<SignaalRow> = {
    kind: 'signalen',
    rowSchema: signaalRowSchema,
    check: knownProvider,
    apply: (rows) =>
      save(
        rows.map((r) => ({
          type: 'signaal',
          aanbiederId: r.aanbieder_id,
          soort: r.soort,
          niveau: r.niveau,
          omschrijving: r.omschrijving,
          datum: r.datum,
          open: r.status === 'open',
          demo,
        })),
      ),
  };

  return [aanbieders, contracten, wachttijden, signalen] as ImportKind<unknown>[];
}


function contractDoc(region: Region, r: ContractRow, demo: boolean): ProviderDoc {
  const { alle, gemeenten } = parseGemeenten(region, r.gemeenten);
  return {
    type: 'contract',
    id: r.contract_id,
    aanbiederId: r.aanbieder_id,
    perceel: r.perceel,
    soort: r.soort,
    startdatum: r.startdatum,
    einddatum: r.einddatum,
    waarde: r.waarde_eur,
    gemeenten,
    alle,
    demo,
  };
}
