// Generates the FICTIONAL provider demo data set in config/demo/ (aanbieders, contracten,
// wachttijden, signalen). Deterministic: same seed, same files. Run: node scripts/generate-provider-demo.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const OUT = path.join(import.meta.dirname, '..', 'config', 'demo');
const GEMEENTEN = ['Dalfsen', 'Deventer', 'Hardenberg', 'Kampen', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle'];
const TARGET_TOTAL = 147_000_000;

let seed = 20250147;
const rand = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const WORDS = [
  'De Linde', 'Het Anker', 'De Vlonder', 'Kompaan', 'De Kraanvogel', 'Het Baken', 'De Esch', 'Zonnedauw', 'De Wilg', 'Het Veer',
  'De Boomgaard', 'Lichtpunt', 'De Horst', 'Het Kantoor aan de Vecht', 'De Regge', 'Sallandse Hoeve', 'De Vijverberg', 'Het Palet', 'De Zandloper', 'Groeikracht',
  'De Overtoom', 'Het Wiel', 'Morgenrood', 'De Brink', 'Het Erf', 'De Havezate', 'Kleine Beer', 'De Meander', 'Het Kompas', 'De Wenteltrap',
  'Eikenhof', 'De Steiger', 'Het Nest', 'De Ladder', 'Koersvast', 'De Uiterwaard', 'Het Lichtschip', 'De Notenboom', 'Bloeiplaats', 'De Sluis',
  'Het Klavertje', 'De Stapsteen', 'Rivierduin', 'De Hazelaar', 'Het Venster', 'De Kempen', 'Tij en Stroom', 'De Korenbloem', 'Het Wad', 'De Bolder',
  'Veldzicht', 'De Zwaluw', 'Het Pad', 'De Ijsvogel', 'Waterlelie', 'De Schakel', 'Het Dijkhuis', 'De Spinde', 'Heidezoom', 'De Kaap',
];
const FORMS = ['Voorbeeldzorg', 'Voorbeeld Jeugdhulp', 'Stichting Voorbeeldzorg', 'Voorbeeldgroep'];
const PLAATSEN = [...GEMEENTEN, 'Apeldoorn', 'Almelo', 'Meppel', 'Enschede'];
const PRODUCTS = ['Ambulante jeugdhulp', 'Dagbehandeling', 'Verblijf', 'Pleegzorg', 'Gezinshuis', 'Jeugd-GGZ specialistisch', 'Crisisopvang', 'Dyslexiezorg'];
const PERCELEN = ['Ambulant', 'Verblijf', 'Dagbehandeling', 'Pleegzorg', 'Gezinshuis', 'Jeugd-GGZ', 'Crisis', 'Dyslexie', 'LVB'];

const acronym = (s) => s.split(/\s+/).map((w) => w[0]).join('').toUpperCase();

const providers = WORDS.map((word, i) => {
  const naam = `${FORMS[i % FORMS.length]} ${word}`;
  const id = `VB${String(i + 1).padStart(3, '0')}`;
  return { id, naam, plaats: pick(PLAATSEN), aliassen: [word, `VZ ${acronym(word)}`] };
});

function gemeenten() {
  if (rand() < 0.4) return 'alle';
  const n = int(1, 6);
  const set = new Set();
  while (set.size < n) set.add(pick(GEMEENTEN));
  return GEMEENTEN.filter((g) => set.has(g)).join('|');
}

// 137 multi-year and 100 one-year contracts; every provider gets at least one.
const contracts = [];
const soorten = [...Array(137).fill('meerjarig'), ...Array(100).fill('eenjarig')];
soorten.forEach((soort, i) => {
  const provider = i < providers.length ? providers[i] : providers[Math.floor(rand() ** 1.6 * providers.length)];
  const meer = soort === 'meerjarig';
  const start = meer ? pick(['2023-01-01', '2024-01-01', '2025-01-01']) : '2026-01-01';
  const end = meer ? `${int(2026, 2030)}-12-31` : pick(['2026-12-31', '2026-12-31', '2026-12-31', '2027-03-31', '2027-06-30', '2027-12-31']);
  const weight = meer ? Math.exp(rand() * 3) * 4 : Math.exp(rand() * 2.5);
  contracts.push({ id: `VB-C${String(i + 1).padStart(3, '0')}`, provider: provider.id, perceel: pick(PERCELEN), soort, start, end, weight, gemeenten: gemeenten() });
});
const totalWeight = contracts.reduce((t, c) => t + c.weight, 0);
for (const c of contracts) c.waarde = Math.max(10_000, Math.round((c.weight / totalWeight) * TARGET_TOTAL / 1000) * 1000);
// Put the rounding difference on the largest contract, so the total is exactly EUR 147 million.
const largest = contracts.reduce((a, b) => (b.waarde > a.waarde ? b : a));
largest.waarde += TARGET_TOTAL - contracts.reduce((t, c) => t + c.waarde, 0);

const waits = [];
for (const p of providers) {
  const products = [...new Set(Array.from({ length: int(1, 3) }, () => pick(PRODUCTS)))];
  for (const product of products) {
    const earlier = int(0, 24);
    waits.push({ p: p.id, product, weken: earlier, datum: '2026-06-01' });
    waits.push({ p: p.id, product, weken: Math.max(0, earlier + int(-6, 6)), datum: '2026-09-01' });
  }
}

const SIGNAL_TEXTS = {
  financieel: ['Liquiditeitsprognose laat tekort zien', 'Accountant plaatst kanttekening bij continuïteit', 'Facturen structureel te laat ingediend'],
  kwaliteit: ['Inspectie vraagt verbeterplan', 'Meer klachten van ouders dit kwartaal', 'Behandelplannen niet tijdig geëvalueerd'],
  capaciteit: ['Groep tijdelijk gesloten door personeelstekort', 'Geen nieuwe aanmeldingen tot na de zomer', 'Hoog verloop van behandelaren'],
  wachttijd: ['Wachttijd loopt op boven de norm', 'Wachtlijst groeit voor intake', 'Doorstroom naar vervolgzorg stagneert'],
  samenwerking: ['Afstemming met de Toegang verloopt moeizaam', 'Onduidelijkheid over verwijzingen', 'Overleg met gemeente afgezegd'],
};
const signals = [];
for (let i = 0; i < 48; i++) {
  const soort = pick(Object.keys(SIGNAL_TEXTS));
  const r = rand();
  const niveau = r < 0.25 ? 'hoog' : r < 0.65 ? 'midden' : 'laag';
  const month = String(int(1, 11)).padStart(2, '0');
  signals.push({ p: pick(providers).id, soort, niveau, text: `${pick(SIGNAL_TEXTS[soort])} (fictief)`, datum: `2026-${month}-${String(int(1, 28)).padStart(2, '0')}` });
}

const csv = (rows) => rows.map((r) => r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : v)).join(',')).join('\n') + '\n';
writeFileSync(path.join(OUT, 'aanbieders.csv'), csv([['aanbieder_id', 'naam', 'plaats', 'aliassen'], ...providers.map((p) => [p.id, p.naam, p.plaats, p.aliassen.join('|')])]));
writeFileSync(
  path.join(OUT, 'contracten.csv'),
  csv([['contract_id', 'aanbieder_id', 'perceel', 'soort', 'startdatum', 'einddatum', 'waarde_eur', 'gemeenten'], ...contracts.map((c) => [c.id, c.provider, c.perceel, c.soort, c.start, c.end, c.waarde, c.gemeenten])]),
);
writeFileSync(path.join(OUT, 'wachttijden.csv'), csv([['aanbieder_id', 'product', 'wachttijd_weken', 'peildatum'], ...waits.map((w) => [w.p, w.product, w.weken, w.datum])]));
writeFileSync(path.join(OUT, 'signalen.csv'), csv([['aanbieder_id', 'soort', 'niveau', 'omschrijving', 'datum'], ...signals.map((s) => [s.p, s.soort, s.niveau, s.text, s.datum])]));
console.log(`providers ${providers.length}, contracts ${contracts.length}, total ${contracts.reduce((t, c) => t + c.waarde, 0)}, waits ${waits.length}, signals ${signals.length}`);
