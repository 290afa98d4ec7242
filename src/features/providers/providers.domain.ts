import { z } from 'zod';

export const CONTRACT_SOORTEN = ['meerjarig', 'eenjarig'] as const;
export const SIGNAL_SOORTEN = ['financieel', 'kwaliteit', 'capaciteit', 'wachttijd', 'samenwerking'] as const;
export const SIGNAL_NIVEAUS = ['laag', 'midden', 'hoog'] as const;

export type ContractSoort = (typeof CONTRACT_SOORTEN)[number];
export type SignalSoort = (typeof SIGNAL_SOORTEN)[number];
export type SignalNiveau = (typeof SIGNAL_NIVEAUS)[number];

/** A date column: strict YYYY-MM-DD that is also a real calendar date. */
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum moet de vorm JJJJ-MM-DD hebben')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'geen bestaande datum');

const required = (column: string) => z.string().trim().min(1, `${column} ontbreekt`);
const lowerEnum = <T extends readonly [string, ...string[]]>(values: T, column: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(values, { error: `${column} moet een van deze waarden zijn: ${values.join(', ')}` }),
  );
/** Numbers as spreadsheets write them: "1250000", "1.250.000", "1250000,50", "€ 1.250.000". */
const dutchNumber = (column: string) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    let s = v.replace(/[€\s]/g, '');
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
    s = s.replace(',', '.');
    return s === '' ? undefined : Number(s);
  }, z.number({ error: `${column} moet een getal zijn` }).finite().nonnegative(`${column} mag niet negatief zijn`));

/** `|`-separated list, empty parts dropped. */
const pipeList = z.string().default('').transform((s) => s.split('|').map((p) => p.trim()).filter(Boolean));

export const aanbiederRowSchema = z.object({
  aanbieder_id: required('aanbieder_id'),
  naam: required('naam'),
  plaats: z.string().trim().default(''),
  aliassen: pipeList,
});

export const contractRowSchema = z
  .object({
    contract_id: required('contract_id'),
    aanbieder_id: required('aanbieder_id'),
    perceel: z.string().trim().default(''),
    soort: lowerEnum(CONTRACT_SOORTEN, 'soort'),
    startdatum: isoDate,
    einddatum: isoDate,
    waarde_eur: dutchNumber('waarde_eur'),
    gemeenten: z.string().trim().min(1, 'gemeenten ontbreekt (gebruik "alle" of namen gescheiden door |)'),
  })
  .refine((r) => r.einddatum >= r.startdatum, { message: 'einddatum ligt voor startdatum', path: ['einddatum'] });

export const wachttijdRowSchema = z.object({
  aanbieder_id: required('aanbieder_id'),
  product: required('product'),
  wachttijd_weken: dutchNumber('wachttijd_weken'),
  peildatum: isoDate,
});

export const signaalRowSchema = z.object({
  aanbieder_id: required('aanbieder_id'),
  soort: lowerEnum(SIGNAL_SOORTEN, 'soort'),
  niveau: lowerEnum(SIGNAL_NIVEAUS, 'niveau'),
  omschrijving: required('omschrijving'),
  datum: isoDate,
  // Optional extra column: a signal is open unless marked closed.
  status: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : 'open'),
    z.enum(['open', 'gesloten', 'afgesloten'], { error: 'status moet open of gesloten zijn' }),
  ),
});

export type AanbiederRow = z.infer<typeof aanbiederRowSchema>;
export type ContractRow = z.infer<typeof contractRowSchema>;
export type WachttijdRow = z.infer<typeof wachttijdRowSchema>;
export type SignaalRow = z.infer<typeof signaalRowSchema>;

/** Stored documents in the `providers` container (one partition per region). */
const base = { demo: z.boolean().default(false) };
export const providerSchema = z.object({ type: z.literal('aanbieder'), id: z.string(), naam: z.string(), plaats: z.string(), aliassen: z.array(z.string()), ...base });
export const contractSchema = z.object({
  type: z.literal('contract'),
  id: z.string(),
  aanbiederId: z.string(),
  perceel: z.string(),
  soort: z.enum(CONTRACT_SOORTEN),
  startdatum: z.string(),
  einddatum: z.string(),
  waarde: z.number(),
  /** Canonical gemeente names; empty when the contract is for all gemeenten. */
  gemeenten: z.array(z.string()),
  alle: z.boolean(),
  ...base,
});
export const waitTimeSchema = z.object({ type: z.literal('wachttijd'), aanbiederId: z.string(), product: z.string(), weken: z.number(), peildatum: z.string(), ...base });
export const signalSchema = z.object({
  type: z.literal('signaal'),
  aanbiederId: z.string(),
  soort: z.enum(SIGNAL_SOORTEN),
  niveau: z.enum(SIGNAL_NIVEAUS),
  omschrijving: z.string(),
  datum: z.string(),
  open: z.boolean(),
  ...base,
});
export const providerDocSchema = z.discriminatedUnion('type', [providerSchema, contractSchema, waitTimeSchema, signalSchema]);

export type Provider = z.infer<typeof providerSchema>;
export type Contract = z.infer<typeof contractSchema>;
export type WaitTime = z.infer<typeof waitTimeSchema>;
export type Signal = z.infer<typeof signalSchema>;
export type ProviderDoc = z.infer<typeof providerDocSchema>;

/** Does a contract include this gemeente? Contracts for `alle` include every gemeente. */
export const contractIncludes = (c: Contract, gemeente: string) => c.alle || c.gemeenten.includes(gemeente);

/** The current wait time per provider and product is the one with the latest peildatum. */
export function currentWaitTimes(all: WaitTime[]): WaitTime[] {
  const latest = new Map<string, WaitTime>();
  for (const w of all) {
    const key = `${w.aanbiederId}\u0000${productKey(w.product)}`;
    const prev = latest.get(key);
    if (!prev || w.peildatum > prev.peildatum) latest.set(key, w);
  }
  return [...latest.values()];
}

export const productKey = (product: string) => product.trim().toLowerCase().replace(/\s+/g, ' ');
