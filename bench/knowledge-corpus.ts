// A reproducible knowledge base the size of years of papers: meeting reports, besluitenlijsten and
// stukken of the AO, MO, PFO and BO, built from the paragraphs of the seed documents (or, without
// them, from the curated answers in the repository) and a seeded random generator.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { toPassages } from '../src/features/qa/passages';
import { CURATED_FACTS } from '../src/features/qa/qa.service';
import { seededRandom } from './seeded-random';

export interface CorpusDocument {
  fileName: string;
  text: string;
}


const BODIES = [
  { abbr: 'BO', name: 'Bestuurlijk overleg' },
  { abbr: 'PFO', name: 'Portefeuillehoudersoverleg' },
  { abbr: 'MO', name: 'Managersoverleg' },
  { abbr: 'AO', name: 'Ambtelijk overleg' },
];
const GEMEENTEN = ['Dalfsen', 'Deventer', 'Hardenberg', 'Kampen', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const TOPICS = [
  'Inkoop specialistische jeugdhulp', 'Contractmanagement en monitoring', 'Wachttijden bij aanbieders', 'Regioagenda en transformatie',
  'Begrotingswijziging', 'Jaarrekening en accountantsverklaring', 'Dienstverleningsovereenkomst', 'Verblijf en gezinshuizen',
  'Jeugdbescherming en jeugdreclassering', 'Crisiszorg en spoedeisende hulp', 'Kwaliteitsgesprekken met aanbieders', 'Tarieven en indexatie',
  'Informatievoorziening en berichtenverkeer', 'Reglement van orde', 'Samenwerking met de regio Twente', 'Inzet van ervaringsdeskundigen',
];
const ACTIONS = ['stemt in met', 'neemt kennis van', 'stelt vast', 'besluit tot', 'vraagt een nadere uitwerking van', 'agendeert opnieuw'];
const OPENERS = [
  'De voorzitter opent de vergadering en heet de aanwezigen welkom.',
  'Er zijn geen aanvullingen op de agenda.',
  'Het verslag van de vorige vergadering wordt ongewijzigd vastgesteld.',
  'De actielijst wordt doorgelopen; afgeronde punten worden afgevoerd.',
];

/** Paragraphs to build documents from: the seed passages, or the curated answers when the seeds are absent. */
export function seedParagraphs(seedsDir: string): string[] {
  if (existsSync(seedsDir)) {
    const files = readdirSync(seedsDir).filter((f) => /\.(txt|md)$/i.test(f) && !/^readme/i.test(f)).sort();
    const paras = files.flatMap((f) => toPassages(readFileSync(path.join(seedsDir, f), 'utf8'), f).passages.map((p) => p.text.replace(/\n/g, ' ')));
    if (paras.length) return paras;
  }
  return CURATED_FACTS.map((f) => f.answer);
}

/** `count` documents, the same for the same seed and paragraphs. */
export function generateCorpus(paragraphs: string[], count: number, seed = 16): CorpusDocument[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const amount = () => `€ ${(Math.floor(rnd() * 900) + 10) * 250}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const docs: CorpusDocument[] = [];
  let meeting = 0;
  while (docs.length < count) {
    const body = BODIES[meeting % BODIES.length];
    const year = 2016 + Math.floor(meeting / 48);
    const day = 1 + Math.floor(rnd() * 28);
    const month = Math.floor((meeting % 48) / 4);
    const date = `${day} ${MONTHS[month]} ${year}`;
    const slug = `${body.abbr.toLowerCase()}-${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}-${meeting}`;
    const items = Array.from({ length: 5 + Math.floor(rnd() * 5) }, () => pick(TOPICS));
    const present = GEMEENTEN.filter(() => rnd() < 0.8);

    const agendaItem = (n: number, topic: string, withDecision: boolean) => [
      `${n}. ${topic}`,
      pick(paragraphs),
      ...(rnd() < 0.6 ? [pick(paragraphs)] : []),
      withDecision ? `Besluit: het ${body.abbr} ${pick(ACTIONS)} het voorstel over ${topic.toLowerCase()}; het benodigde bedrag is ${amount()}.` : `Actie: het RSJ IJsselland werkt dit punt uit voor het volgende ${body.abbr}.`,
    ];
    const shapes = [
      () => ({
        name: `besluitenlijst-${slug}.txt`,
        lines: [`Besluitenlijst ${body.name} ${date}`, `1. Opening en mededelingen`, pick(OPENERS), ...items.flatMap((t, i) => agendaItem(i + 2, t, true))],
      }),
      () => ({
        name: `verslag-${slug}.txt`,
        lines: [
          `Verslag ${body.name} ${date} (${meeting})`,
          `1. Opening`,
          `Aanwezig: vertegenwoordigers van ${present.join(', ')}.`,
          pick(OPENERS),
          ...items.flatMap((t, i) => agendaItem(i + 2, t, rnd() < 0.5)),
          `${items.length + 2}. Rondvraag en sluiting`,
          'Er zijn geen vragen voor de rondvraag. De voorzitter sluit de vergadering.',
        ],
      }),
      () => ({
        name: `stuk-${slug}.txt`,
        lines: [
          `Voorstel aan het ${body.abbr}: ${items[0]} (${date}, ${meeting})`,
          `1. Aanleiding`,
          pick(paragraphs),
          `2. Voorstel`,
          `Het ${body.abbr} wordt gevraagd in te stemmen met het voorstel over ${items[0].toLowerCase()}.`,
          pick(paragraphs),
          `3. Financiële gevolgen`,
          `De kosten bedragen ${amount()} in ${year} en worden gedekt uit de begroting van het RSJ IJsselland.`,
          `4. Vervolg`,
          pick(paragraphs),
          pick(paragraphs),
        ],
      }),
    ];
    for (const shape of shapes) {
      if (docs.length >= count) break;
      const { name, lines } = shape();
      docs.push({ fileName: name, text: lines.join('\n\n') });
    }
    meeting++;
  }
  return docs;
}

/** The document added while the bot runs, with a fact nothing else in the corpus mentions. */
export const EXTRA_DOCUMENT = {
  fileName: 'besluitenlijst-bo-2027-01-14.txt',
  text: [
    'Besluitenlijst Bestuurlijk overleg 14 januari 2027',
    '1. Opening en mededelingen',
    'De voorzitter opent de vergadering.',
    '2. Pilot Zwaluwnest',
    'Het BO stelt het budget voor de pilot Zwaluwnest vast op € 48.250. De pilot start in het voorjaar in drie gemeenten.',
  ].join('\n\n'),
  question: 'Wat is het budget voor de pilot Zwaluwnest?',
  expect: '48.250',
};
