import { nld } from 'stopword';
import { termsOf, tokenize } from '../../src/features/qa/dutch-text';
import { Decompounder } from '../../src/features/qa/decompounder';
import { fold } from '../../src/shared/fold';
import { DUTCH_STOP_WORDS } from '../../src/features/qa/dutch-stop-words';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

const terms = (text: string, d?: Decompounder) => tokenize(text).flatMap((t) => termsOf(t, d));

describe('Dutch text analysis', () => {
  it('reads a multi-word name inflected or in the plural as that name ("de bestuurlijke trekkers" is "bestuurlijk trekker")', () => {
    const concept = tokenize('Wie is bestuurlijk trekker?').find((t) => t.startsWith('#'));
    expect(concept).toBeDefined();
    expect(tokenize('De bestuurlijke trekkers van de thema\'s zijn bekend.')).toContain(concept);
    expect(tokenize('Een bestuurlijke trekker per thema.')).toContain(concept);
  });

  it('folds accents and case', () => {
    expect(fold('Cliëntervaring Financiën')).toBe('clientervaring financien');
    // One fold for the index, the questions and the dictionary: a ligature a PDF may hold is its letters.
    expect(fold('ĳsbaan ﬁnanciering')).toBe('ijsbaan financiering');
  });

  it("keeps its copy of the stopword package's Dutch list equal to the package's", () => {
    expect(DUTCH_STOP_WORDS).toEqual(nld);
  });

  it('drops stop words and stems what is left', () => {
    expect(terms('Wat zijn de taken van de gemeenten?')).toEqual(expect.arrayContaining(['tak', 'gemeent']));
    expect(terms('Wat zijn de')).toEqual([]);
  });

  it('gives an abbreviation and its expansion the same concept token, both ways', () => {
    expect(terms('Wat doet het PFO?')).toContain('#pfo');
    expect(terms('het portefeuillehoudersoverleg')).toContain('#pfo');
    expect(terms('het Ambtelijk overleg')).toContain('#ao');
    expect(terms('Wat is de P&C-cyclus?')).toContain('#pc');
    expect(terms('planning en control')).toContain('#pc');
  });

  it('treats "EN" as Expertise Netwerk only when written in capitals', () => {
    expect(terms('het EN')).toContain('#en');
    expect(terms('jij en ik')).not.toContain('#en');
    expect(terms('het expertise netwerk')).toContain('#en');
  });

  it('keeps AO/IC apart from the Ambtelijk overleg', () => {
    expect(terms('AO/IC')).not.toContain('#ao');
  });

  it('maps domain synonyms onto one group token', () => {
    const wethouder = terms('wethouders');
    expect(wethouder).toContain('~bestuur');
    expect(terms('bestuurders')).toContain('~bestuur');
    expect(terms('kosten')).toContain('~geld');
    expect(terms('begroting')).toContain('~geld');
  });

  it('reads a yearly report in other words as a jaarverslag', () => {
    expect(tokenize('De commissie stelt ieder jaar een verslag van haar werk op')).toContain('jaarverslag');
    expect(tokenize('Het RSJ maakt jaarlijks een kort plan')).toContain('jaarplan');
    expect(tokenize('Ieder jaar een vergadering')).not.toContain('jaarvergadering');
  });

  it('reads "het niet eens" as disagreeing', () => {
    expect(tokenize('Zijn de leden het niet eens, dan ...')).toContain('oneens');
    expect(tokenize('Het is nog niet klaar')).not.toContain('oneens');
  });

  it('joins thousands separators in amounts', () => {
    expect(tokenize('€ 15.000,-')).toContain('15000');
  });

  it('splits compounds into words the corpus knows', () => {
    const d = new Decompounder();
    d.learn(['jeugdhulp', 'aanbieder', 'portefeuillehouder', 'overleg']);
    expect(d.split('jeugdhulpaanbieder')).toEqual(['jeugdhulp', 'aanbieder']);
    expect(d.split('portefeuillehoudersoverleg')).toEqual(['portefeuillehouder', 'overleg']);
    expect(d.split('zonnebloem')).toEqual([]);
    // A short noun at the end ("lid", "dag") after a known head, also with a linking s.
    d.learn(['adviesraad', 'personeel']);
    expect(d.split('adviesraadlid')).toEqual(['adviesraad', 'lid']);
    expect(d.split('personeelslid')).toEqual(['personeel', 'lid']);
    expect(d.split('afvallid')).toEqual([]);
    expect(terms('jeugdhulpaanbieders', d)).toEqual(expect.arrayContaining(['jeugdhulpaanbieder', 'jeugdhulp', 'aanbieder']));
  });
});

describe('a linking s after a noun in -ing, -heid, -teit or -schap', () => {
  it('marks where the tail begins, also a tail the corpus never uses alone', () => {
    const d = new Decompounder();
    d.learn(['beoordeling', 'veiligheid']);
    expect(d.split('beoordelingsmarge')).toEqual(['beoordeling', 'marge']);
    expect(d.split('veiligheidsplannen')).toEqual(['veiligheid', 'plannen']);
    // no s, or a head the corpus does not know: no split
    expect(d.split('beoordelingmarge')).toEqual([]);
    expect(d.split('verzekeringsmaatschappij')).toEqual([]);
  });

  it('lets a question ask for the tail: "welke marge" finds the "beoordelingsmarge"', async () => {
    const doc = await parseDocument('keuring.md', Buffer.from('# Reglement Keuringscommissie Testland\n\n## Artikel 2 Beoordeling\n\n1. De beoordeling van een plan gebeurt door de keuringscommissie.\n2. De keuringscommissie hanteert een beoordelingsmarge van 4 procent.\n'));
    const result = new KnowledgeIndex([], doc.passages).ask('Met welke marge werkt de keuringscommissie?');
    expect(result.kind === 'answer' && result.answer).toContain('4 procent');
  });
});

describe('agent nouns and their verbs', () => {
  const d = new Decompounder();
  d.learn(['ondersteunt', 'project', 'leidt', 'bestuurt', 'oud', 'laten', 'laat', 'moed', 'water', 'kader', 'nota']);
  const shares = (a: string, b: string) => termsOf(a, d).some((t) => termsOf(b, d).includes(t));

  it('lets the one who does it ("ondersteuner", also in a compound) meet the verb the corpus uses ("ondersteunt")', () => {
    expect(shares('projectondersteuner', 'ondersteunt')).toBe(true);
    expect(shares('ondersteuner', 'ondersteunt')).toBe(true);
    expect(shares('leider', 'leidt')).toBe(true);
    // after an r a d comes between: "bestuur-d-er"
    expect(shares('bestuurder', 'bestuurt')).toBe(true);
  });

  it('leaves nouns in -er that name no doer: the corpus has no verb form "...t" of them', () => {
    expect(shares('ouder', 'oud')).toBe(false);
    expect(shares('later', 'laat')).toBe(false);
    expect(shares('moeder', 'moed')).toBe(false);
    expect(shares('kadernota', 'kaden')).toBe(false);
  });
});

describe('compounds of three parts', () => {
  const d = new Decompounder();
  d.learn(['zorg', 'continuiteit', 'risico', 'portefeuillehouder', 'portefeuille', 'houder', 'overleg']);

  it('splits a compound of three known words, with a linking s ("zorg|continuiteit|s|risico")', () => {
    expect(d.split('zorgcontinuiteitsrisico')).toEqual(['zorg', 'continuiteit', 'risico']);
    expect(termsOf('zorgcontinuiteitsrisico', d)).toEqual(expect.arrayContaining(termsOf('continuiteit').slice(0, 1)));
  });

  it('keeps a split in two when the corpus knows the head as one word', () => {
    expect(d.split('portefeuillehoudersoverleg')).toEqual(['portefeuillehouder', 'overleg']);
    // a known tail alone, the rest unknown: the tail only
    expect(d.split('qxzvkwrisico')).toEqual(['risico']);
  });
});
