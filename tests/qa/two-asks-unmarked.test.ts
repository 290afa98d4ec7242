import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { twoAsks } from '../../src/features/qa/question-setup';

// An invented monitor: one row per town, a column per period.
const MONITOR = `# Monitor zwemlessen Testland 2031

## 2. Wachttijden per dorp

De wachttijd voor zwemles is per dorp gemeten, voor en tijdens de proef met extra badwater.

| Dorp | Inschrijvingen | Wachttijd 2029 (weken) | Wachttijd proef (weken) |
| --- | --- | --- | --- |
| Aadorp | 120 | 21,5 | 14,2 |
| Beekdorp | 95 | 18,3 | 11,7 |
| Celdorp | 60 | 16,0 | 12,9 |

## 3. Conclusie

De proef verkort de wachttijd in alle dorpen.
`;

describe('two asks typed without a question mark', () => {
  it('are split as when the question ends in one', () => {
    expect(twoAsks('wat was de wachttijd in beekdorp tijdens de proef en hoe lang was die in 2029')).toEqual(['wat was de wachttijd in beekdorp tijdens de proef', 'hoe lang was die in 2029']);
    expect(twoAsks('hoeveel plekken garanderen de partners en hoeveel daarvan in gezinshuizen', 'also counts')?.[0]).toBe('hoeveel plekken garanderen de partners');
  });

  it('are both answered from one row of a table', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('zwemles.md', Buffer.from(MONITOR))).passages);
    const r = kb.ask('wat was de wachttijd in beekdorp tijdens de proef en hoe lang was die in 2029');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/18,3.*11,7|11,7.*18,3/s);
  });
});

// An invented study: the total, then its breakdown by kind of person.
const STUDY = `# Onderzoek buurtkamers Testland 2031

## 1. Aanleiding

De buurtkamers trekken elke week veel mensen uit de wijk. De gemeente wilde weten wat ze opleveren.

## 2. Methode

### 2.1 Gesprekken

Tussen maart en mei 2031 zijn in totaal 27 gesprekken gevoerd. Gesproken is met 9 bewoners van de wijken Noord en Oost, 6 vrijwilligers die de buurtkamers draaien, 4 wijkagenten, 5 opbouwwerkers van de welzijnsstichting en 3 ambtenaren van de afdeling Samenleving. De gesprekken duurden gemiddeld ongeveer een uur en vonden meestal plaats in de buurtkamer zelf. Ze zijn opgenomen, uitgeschreven en per thema geanalyseerd door twee onderzoekers.

### 2.2 Enquête

Een enquête onder 300 bezoekers leverde 140 reacties op.
`;

describe('a count asked and answered by a breakdown', () => {
  it('comes with the sentence before it that gives the total', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('buurtkamers.md', Buffer.from(STUDY))).passages);
    const r = kb.ask('Met hoeveel mensen hebben de onderzoekers gesproken, en zaten daar ook wijkagenten bij?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/27 gesprekken.*4 wijkagenten/s);
  });
});

// An invented evaluation: the cost per child in one section, the cost of a roll-out in another.
const PILOT = `# Evaluatie pilot huiswerkcoaches Testland 2031

## 3. Resultaten

### 3.1 Bereik

In de pilot zijn 240 kinderen aangemeld, van wie er 205 met een coach zijn gestart. De coaches werkten vooral na schooltijd in de bibliotheek.

### 3.2 Kosten

De coaching kostte gemiddeld € 1.120 per gestart kind. Het grootste deel ging naar de uren van de coaches; de rest naar scholing en materiaal.

## 4. Aanbevelingen

### 4.1 Uitbreiding

Wordt de aanpak in alle negen dorpen ingevoerd, dan bedragen de jaarlijkse kosten naar schatting € 0,9 miljoen. De gemeente zoekt daarvoor dekking in de begroting van 2033.
`;

describe('a question whose answer gives one of its two asks', () => {
  it('gets the other ask answered from the same document too', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('huiswerk.md', Buffer.from(PILOT))).passages);
    const r = kb.ask('Wat kost de coaching gemiddeld per kind dat start, en wat zou het jaarlijks kosten als alle dorpen meedoen?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/1\.120.*0,9 miljoen/s);
  });
});
