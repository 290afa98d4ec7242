import { withoutIdioms } from '../../src/features/qa/question-frames';
import { answerFromTable } from '../../src/features/qa/table-answer';
import { twoAsks } from '../../src/features/qa/question-setup';
import { askedChange, asksLevelEntry, headingNamesLevel, namedLevel } from '../../src/features/qa/levels';
import { answersFromDocument, itAnswersWith } from '../helpers/knowledge-from-markdown';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';

/** An invented playbook (not an evaluation document): phases with triggers and limits, roles per party, communication, questions. */
const DRAAIBOEK = `# Draaiboek storingen kinderboerderijen Testland 2028

## 1. Inleiding

Dit draaiboek beschrijft hoe het Servicebureau Boerderijen (SBB) en de deelnemende dorpen optreden bij storingen op een kinderboerderij.

## 2. Fasen

### 2.1 Fase 1 – code blauw: melding

Triggers:
- een klacht van bezoekers over de hygiëne van de stallen;
- een zieke geit of een ziek schaap;
- een vertrek van de dierenverzorger.

Wie handelt: de beheerder van het SBB. Hij legt de melding binnen 48 uur vast in het storingsregister.

### 2.2 Fase 2 – code paars: storing

Triggers:
- een uitbraak van een dierziekte;
- een brand in een stal.

Wie handelt: het Storingsteam Boerderijen (STB), onder leiding van de directeur. Het STB komt binnen 6 uur bijeen. De wethouders krijgen bij een storing binnen 12 uur een melding. Terugschalen naar code blauw kan pas als alle dieren 3 dagen gezond zijn.

### 2.3 De eerste uren bij code blauw of paars

De beheerder belt bij code blauw of paars de dierenarts. Bij paars blijft de boerderij dicht; bij blauw niet. Paars duurt zelden langer dan een week.

### 2.4 Financiële signalen

- de boerderij betaalt de voerleverancier te laat;
- de penningmeester stopt onverwacht;
- het aantal bezoekers daalt in een half jaar met meer dan 30 procent.

Een los signaal is geen storing. De beheerder kijkt naar het geheel en bespreekt twijfel met de boerderij.

### 2.6 Op- en afschalen

Opschalen mag altijd en door iedereen. Van code paars naar code blauw gaat het pas als de dierenarts akkoord geeft.

### 2.5 Afronding

Binnen 4 weken na de storing schrijft de beheerder een evaluatie. De evaluatie gaat via de werkgroep naar het eerstvolgende Dorpenoverleg.

## 3. Taakverdeling

| Taak | SBB | Dorp | Boerderij |
| --- | --- | --- | --- |
| Ouders informeren | adviseert | — | verantwoordelijk |
| Dierenarts inschakelen | informeert | — | verantwoordelijk |
| Vervangende opvang zoeken | verantwoordelijk | adviseert | informeert |

## 4. Stappen bij code paars

1. De boerderij belt het storingsnummer van het SBB.
2. Het SBB maakt een lijst van alle dieren op de boerderij.
3. Het dorp vraagt de buren om de dieren tijdelijk op te vangen.
4. De dierenarts onderzoekt elk dier.

## 5. Communicatie

### 5.1 Pers

De boerderij spreekt namens zichzelf over de dieren. Bestuurlijke woordvoering ligt bij de burgemeester van het dorp van de boerderij; gaat het om meerdere dorpen, dan spreekt de voorzitter van het Dorpenoverleg.
`;

describe('a playbook', () => {
  const answer = answersFromDocument(DRAAIBOEK, 'draaiboek.md');

  describe('the things a list question asks for, named by the heading', () => {
    it.each([
      ['Welke meldingen horen bij code blauw?', ['zieke geit', 'dierenverzorger']],
      ['Wat zijn financiële signalen waar de beheerder op moet letten bij een boerderij?', ['voerleverancier', 'penningmeester', '30 procent']],
    ])('%s', (question, expected) => {
      for (const e of expected) expect(answer(question)).toContain(e);
    });
  });

  describe('a table of tasks and parties', () => {
    itAnswersWith(answer, [
      ['Wie informeert de ouders bij een storing?', 'Boerderij: verantwoordelijk'],
      ['Wat doet het dorp bij het zoeken van vervangende opvang?', 'Dorp: adviseert'],
      ['Waarvoor is de boerderij verantwoordelijk?', 'Boerderij verantwoordelijk: Ouders informeren, Dierenarts inschakelen.'],
    ]);
  });

  it('reads a party from the columns, not from the words that name the task row ("de dorpsraad" is no "Dorp")', () => {
    const table = { caption: '', headers: ['Taak', 'SBB', 'Dorp', 'Boerderij'], rows: [['Dorpsraad informeren', 'informeert', 'verantwoordelijk', '—']] };
    const parts: Record<string, string[]> = { dorpsraad: ['dorpsraad', 'dorp', 'raad'], dorp: ['dorp'], informeren: ['informer'], sbb: ['sbb'] };
    const terms = (text: string) => new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).flatMap((w) => parts[w] ?? [w]));
    const found = answerFromTable('Wat doet het SBB bij het informeren van de dorpsraad?', table, 0, terms);
    expect(found?.kind === 'answer' && found.text).toBe('Dorpsraad informeren: SBB: informeert.');
  });

  describe('the one level a question names', () => {
    itAnswersWith(answer, [
      ['Wat zijn de triggers van code blauw?', 'zieke geit'],
      ['Wanneer mag je van code paars terug naar blauw?', 'dierenarts akkoord'],
    ]);
  });

  describe('a numbered step asked', () => {
    it.each([
      ['Wat is stap 3 bij code paars?', 'Het dorp vraagt de buren'],
      ['Wat moet er als eerste gebeuren bij code paars?', 'De boerderij belt het storingsnummer'],
      ['Wat is de tweede stap bij code paars?', 'Het SBB maakt een lijst'],
    ])('%s', (question, expected) => {
      expect(answer(question)).toMatch(new RegExp(`^${expected}[^|]*$`));
    });
  });

  describe('when a level applies', () => {
    itAnswersWith(answer, [
      ['Wanneer gaat het naar paars?', 'dierziekte'],
      ['Wanneer is er sprake van code blauw?', 'zieke geit'],
    ]);
    it('is asked with words of grammar beside one level; a heading about two levels is about neither', () => {
      expect(asksLevelEntry('wanneer schalen we op naar fase 2?')).toBe(true);
      expect(asksLevelEntry('wanneer moet de raad het weten bij code rood?')).toBe(false);
      expect(namedLevel('Wanneer mag je van code rood naar code oranje?')).toBeUndefined();
      expect(headingNamesLevel('Fase 2 – code paars: storing', 'paars')).toBe(true);
      expect(headingNamesLevel('De eerste uren bij code blauw of paars', 'paars')).toBe(false);
      expect(askedChange('Wanneer mag je van fase 2 terug naar fase 1?')).toEqual(['2', '1']);
      expect(askedChange('Wat gaat er van de gemeente naar het bureau?')).toBeUndefined();
    });
  });

  describe('a second ask after a preposition ("en naar welk overleg gaat die?")', () => {
    it('is read as a question of its own', () => {
      expect(twoAsks('Hoelang na de storing moet de evaluatie er zijn en naar welk overleg gaat die?')?.[1]).toBe('naar welk overleg gaat die?');
    });
    it.each([['Hoelang na de storing moet de evaluatie er zijn en naar welk overleg gaat die?', ['4 weken', 'Dorpenoverleg']]])('%s', (question, expected) => {
      for (const e of expected) expect(answer(question)).toContain(e);
    });
  });

  describe('a single one asked as "1"', () => {
    itAnswersWith(answer, [['Wie doet de woordvoering naar de pers als de storing maar in 1 dorp speelt?', 'burgemeester']]);
    it('keeps a date, a measure and a reference', () => {
      expect(withoutIdioms('Wat verandert er op 1 januari, binnen 1 week of in artikel 1 bij 1 aanbieder?')).toBe('Wat verandert er op 1 januari, binnen 1 week of in artikel 1 bij één aanbieder?');
    });
  });
});

describe('the readings of playbooks stay with what they are for', () => {
  it('names a level only by a colour, a number or a number word ("welke code moet ik invullen" names none)', () => {
    expect(namedLevel('Welke code moet ik invullen?')).toBeUndefined();
    expect(namedLevel('Welk niveau heeft de melding?')).toBeUndefined();
    expect(namedLevel('Wat gebeurt er in fase twee?')).toBe('2');
    expect(namedLevel('Welke fase komt na code geel?')).toBe('geel');
  });

  it('keeps a range ("van 1 tot 5") as figures', () => {
    expect(withoutIdioms('Geldt dit van 1 tot 5 jeugdigen?')).toBe('Geldt dit van 1 tot 5 jeugdigen?');
    expect(withoutIdioms('Geldt dit bij 1 of 2 aanbieders?')).toBe('Geldt dit bij 1 of 2 aanbieders?');
  });

  it('takes "hoe lang" as answered only by a length of time or its end, not by "tot de taken" or "altijd"', () => {
    expect(lacksWhatIsAsked('Hoe lang wordt het logboek bewaard?', 'Het logboek behoort tot de taken van de beheerder.')).toBe(true);
    expect(lacksWhatIsAsked('Hoe lang wordt het logboek bewaard?', 'De beheerder moet het logboek altijd bijhouden.')).toBe(true);
    expect(lacksWhatIsAsked('Hoe lang wordt het logboek bewaard?', 'Het logboek wordt bewaard tot het einde van het contract.')).toBe(false);
  });
});

describe('a step asked in a text that names its steps', () => {
  const answer = answersFromDocument(`# Reglement speeltuinen Voorbeelddorp

### Artikel 5 Spoedprocedure
1. In spoedeisende gevallen kan de voorzitter afwijken van de vergaderplanning.
2. Stap 1: de secretaris stelt een spoedvoorstel op.
3. Stap 2: de leden reageren binnen twee werkdagen per e-mail.
4. Stap 3: de voorzitter stelt de uitkomst vast en meldt die aan de wijkraden.
`, 'speeltuinen.md');

  it('answers "stap 2" with the item that says "Stap 2", not with lid 2', () => {
    expect(answer('Wat is stap 2 van de spoedprocedure?')).toContain('twee werkdagen');
    expect(answer('Wat is stap 2 van de spoedprocedure?')).not.toContain('spoedvoorstel op');
  });
});
