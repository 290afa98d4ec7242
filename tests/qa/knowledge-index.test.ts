import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { Fact, Passage } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';

const DOCS = path.join(__dirname, '../fixtures/qa/docs');

async function fixturePassages(): Promise<Passage[]> {
  const docs = await Promise.all(['vergaderafspraken.md', 'budgetnotitie.txt'].map((f) => parseDocument(f, readFileSync(path.join(DOCS, f)))));
  return docs.flatMap((d) => d.passages);
}

const FACT: Fact = {
  id: 'ro-leden',
  questions: ['Wie zitten er in het Regieoverleg?'],
  keywords: ['regieoverleg', 'leden'],
  answer: 'In het Regieoverleg zitten de drie wethouders jeugd van Bergdorp, Meerstad en Veenhoven.',
  source: { title: 'Vergaderafspraken Jeugdregio Testland', section: 'Het Regieoverleg' },
};

describe('answering from the knowledge index', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([FACT], await fixturePassages());
  });

  const answer = (q: string) => {
    const r = index.ask(q);
    if (r.kind !== 'answer') throw new Error(`no answer for "${q}": ${r.reason}`);
    return r;
  };

  it('finds the passage with the fact and names its document and section', () => {
    const r = answer('Hoe vaak vergadert het Regieoverleg?');
    expect(r.answer).toContain('zes keer per jaar');
    expect(r.source).toEqual({ title: 'Vergaderafspraken Jeugdregio Testland', section: 'Het Regieoverleg' });
  });

  it('prefers a curated fact for the question it was written for', () => {
    const r = answer('Wie zitten in het regieoverleg?');
    expect(r.passageRef).toEqual({ kind: 'fact', id: 'ro-leden' });
  });

  it('matches synonyms: "geld" finds a "budget"', () => {
    expect(answer('Hoeveel geld is er voor de teamdag?').answer).toContain('2.750');
  });

  it('tolerates a typo', () => {
    expect(answer('Hoeveel budget is er voor het onderhoud van de vijverss?').answer).toContain('12.345');
  });

  it('finds a word inside a compound (vergaderstukken -> stukken)', () => {
    expect(answer('Wanneer worden de stukken verstuurd?').answer).toContain('tien werkdagen');
  });

  it('declines questions outside the domain', () => {
    for (const q of ['Wat is het weer morgen in Bergdorp?', 'Wie won de wedstrijd gisteren?', 'Geef me een recept voor appeltaart']) {
      expect(index.ask(q)).toEqual({ kind: 'none', reason: 'out-of-domain' });
    }
  });

  it('declines a domain question the knowledge does not answer', () => {
    expect(index.ask('Hoeveel kost de nieuwe parkeergarage voor het bestuur?').kind).toBe('none');
  });

  it('keeps excerpts of passages short', () => {
    const r = answer('Wat gebeurt er bij een crisis bij een zorgaanbieder?');
    expect(r.answer.length).toBeLessThanOrEqual(560);
    expect(r.answer).toContain('portefeuillehouder');
  });
});

describe('the curated facts shipped with the bot', () => {
  const index = new KnowledgeIndex(CURATED_FACTS, []);

  it('each has a source title, question variants and a short answer', () => {
    for (const f of CURATED_FACTS) {
      expect(f.source.title.length).toBeGreaterThan(5);
      expect(f.questions.length).toBeGreaterThan(0);
      expect(f.answer.length).toBeLessThanOrEqual(550);
    }
    expect(new Set(CURATED_FACTS.map((f) => f.id)).size).toBe(CURATED_FACTS.length);
  });

  it('lists all eleven gemeenten when asked which gemeenten take part', () => {
    const r = index.ask('Welke gemeenten doen mee met het RSJ?');
    expect(r.kind).toBe('answer');
    const gemeenten = ['Dalfsen', 'Deventer', 'Hardenberg', 'Kampen', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle'];
    for (const g of gemeenten) expect(r.kind === 'answer' && r.answer).toContain(g);
  });

  it('answers an abbreviation question by its expansion and the other way round', () => {
    const ao = index.ask('Wat betekent AO?');
    expect(ao.kind === 'answer' && ao.answer).toContain('Ambtelijk overleg');
    const pfo = index.ask('Wat doet het portefeuillehoudersoverleg?');
    expect(pfo.kind === 'answer' && pfo.passageRef).toEqual({ kind: 'fact', id: 'pfo-rol' });
  });
});

describe('newer documents, near misses', () => {
  const passage = (title: string, section: string, text: string, ingestedAt: string, position = 0): Passage => ({ title, section, chapter: '', position, text, sourceFile: `${title}.md`, ingestedAt });
  const FREQUENCY: Fact = {
    id: 'ro-frequentie',
    questions: ['Hoe vaak vergadert het Regieoverleg?'],
    keywords: ['regieoverleg', 'vergaderen', 'keer'],
    answer: 'Het Regieoverleg vergadert minimaal twee keer per jaar.',
    source: { title: 'Kadernotitie Testland 2024', section: 'Overleggen' },
  };
  const seed = passage('Kadernotitie Testland 2024', 'Overleggen', 'Het Regieoverleg vergadert minimaal twee keer per jaar over de begroting.', '2026-01-01T00:00:00.000Z');
  const reglement = passage('Reglement Regieoverleg 2026', 'Artikel 3 Vergaderingen', '1. Het Regieoverleg vergadert ten minste vier keer per jaar.\n2. De voorzitter kan een extra vergadering beleggen.', '2026-03-01T00:00:00.000Z');
  const answerOf = (index: KnowledgeIndex, q: string) => {
    const r = index.ask(q);
    return r.kind === 'answer' ? r.answer : `(${r.reason})`;
  };

  it('lets a later document the facts were not written from overrule a curated fact that answers alike', () => {
    expect(answerOf(new KnowledgeIndex([FREQUENCY], [seed]), 'Hoeveel keer per jaar vergadert het Regieoverleg minimaal?')).toContain('twee keer');
    expect(answerOf(new KnowledgeIndex([FREQUENCY], [seed, reglement]), 'Hoeveel keer per jaar vergadert het Regieoverleg minimaal?')).toContain('vier keer');
  });

  it('keeps the fact against a later report that only repeats a source sentence next to its own decision, and still lets the reglement overrule', () => {
    const longSeed = { ...seed, text: `${seed.text} Daarnaast bespreekt het de jaarrekening, de kadernota en de voortgang van de regioagenda met de elf gemeenten en de aanbieders.` };
    const report = passage('Verslag Regieoverleg 12 april 2026', '4. Begroting 2027', `${seed.text}\nBesluit: het Regieoverleg stemt in met de begroting 2027; het benodigde bedrag is € 12.500, te betalen in vier termijnen door de gemeenten.`, '2026-04-12T00:00:00.000Z');
    const question = 'Hoeveel keer per jaar vergadert het Regieoverleg minimaal?';
    const sourceOf = (index: KnowledgeIndex) => {
      const r = index.ask(question);
      return r.kind === 'answer' ? r.source.title : `(${r.reason})`;
    };
    expect(sourceOf(new KnowledgeIndex([FREQUENCY], [longSeed, report]))).toBe('Kadernotitie Testland 2024');
    // Without the source document ingested, the fact's own answer is what the report repeats.
    expect(sourceOf(new KnowledgeIndex([FREQUENCY], [report]))).toBe('Kadernotitie Testland 2024');
    expect(answerOf(new KnowledgeIndex([FREQUENCY], [longSeed, reglement, report]), question)).toContain('vier keer');
  });

  it('lets a later document overrule a fact when it says what is asked with a split verb ("wijst ... aan" for "benoemt")', () => {
    const THEMES: Fact = { ...FREQUENCY, id: 'ro-themas', questions: ["Hoe worden thema's voor het Regieoverleg gekozen?"], keywords: ['thema', 'trekker'], answer: "Eén keer per jaar kiest het Regieoverleg thema's. Een gekozen thema krijgt een trekker en een projectleider.", source: { title: 'Kadernotitie Testland 2024', section: 'Overleggen' } };
    const rules = passage('Reglement Themaronde Regieoverleg 2026', 'Artikel 7 Vaststelling', '1. Het Regieoverleg stelt de thema\'s vast.\n2. Het Regieoverleg wijst bij de vaststelling de trekkers van elk thema aan.', '2026-03-01T00:00:00.000Z');
    expect(answerOf(new KnowledgeIndex([THEMES], [seed, rules]), 'Wie benoemt formeel de trekker van een thema van het Regieoverleg?')).toContain('wijst bij de vaststelling de trekkers');
  });

  it('keeps the fact against a later document the facts were written from as well (the facts are the curated reading of those)', () => {
    const other: Fact = { ...FREQUENCY, id: 'ro-voorzitter', questions: ['Wie is voorzitter van het Regieoverleg?'], keywords: ['voorzitter'], answer: 'De wethouder van Bergdorp.', source: { title: 'Reglement Regieoverleg 2026', section: 'Artikel 3 Vergaderingen' } };
    expect(answerOf(new KnowledgeIndex([FREQUENCY, other], [seed, reglement]), 'Hoeveel keer per jaar vergadert het Regieoverleg minimaal?')).toContain('twee keer');
  });

  it('declines a question asking for something the knowledge never mentions, and one about the recent past', () => {
    const index = new KnowledgeIndex([FREQUENCY], [seed, reglement]);
    expect(answerOf(index, 'Hoeveel vergoeding krijgt een lid voor een vergadering van het Regieoverleg?')).toBe('(low-score)');
    expect(answerOf(index, 'Hoeveel keer heeft het Regieoverleg het afgelopen kwartaal vergaderd?')).toBe('(current-state)');
    expect(answerOf(index, 'Hoeveel vergaderingen belegt het Regieoverleg per jaar?')).toContain('vier keer');
  });
});
