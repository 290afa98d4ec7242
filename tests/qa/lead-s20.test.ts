import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { LIST_THING, WANTS_LIST } from '../../src/features/qa/list-questions';
import { withJoinedVerbs } from '../../src/features/qa/separable-verbs';
import { declineReason } from '../../src/features/qa/declines';
import { wordAfterHoeveel } from '../../src/features/qa/count-questions';

// An invented reglement: a procedure with a reply term named "zienswijze", measures in a list, an evaluation date.
const REGLEMENT = `# Reglement Toezichtcommissie Vervoerders Testland 2034

## Hoofdstuk 1 Procedure

### Artikel 4 Verloop

1. De secretaris stelt de vervoerder binnen drie werkdagen op de hoogte van de melding.
2. De vervoerder kan binnen twaalf werkdagen na de kennisgeving een schriftelijke zienswijze indienen.
3. De commissie vergadert binnen zes werkdagen na ontvangst van de zienswijze over de melding.

### Artikel 5 Maatregelen

1. De commissie kan het bestuur adviseren een of meer van de volgende maatregelen te treffen:
   a. een schriftelijke waarschuwing;
   b. een tijdelijke stop op nieuwe ritten, voor ten hoogste vijf maanden;
   c. het beëindigen van de overeenkomst.
2. Een rittenstop als bedoeld in het eerste lid, onder b, kan eenmaal met ten hoogste vijf maanden worden verlengd.

### Artikel 6 Rapportage

De commissie rapporteert ieder halfjaar, uiterlijk 20 werkdagen na afloop van het halfjaar, aan het bestuur.

### Artikel 7 Spoed

Bij spoed besluit het bestuur over het advies van de commissie via een schriftelijke ronde, waarin de leden binnen twee werkdagen reageren; de vervoerder en de toezichtcommissie ontvangen het besluit.

## Hoofdstuk 2 Slotbepalingen

### Artikel 9 Evaluatie

Het bestuur laat de werking van dit reglement vóór 1 juni 2036 evalueren.
`;

const index = async () => new KnowledgeIndex([], (await parseDocument('toezicht.md', Buffer.from(REGLEMENT))).passages);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('terms asked in other words than the reglement uses', () => {
  it('a party "reageert" by giving its zienswijze', async () => {
    expect(text((await index()).ask('hoe lang heeft een vervoerder om te reageren als hij bij de toezichtcommissie is gemeld?'))).toMatch(/twaalf werkdagen/);
  });

  it('"wanneer ... uiterlijk" asks a deadline, which "vóór 1 juni 2036" gives', async () => {
    expect(text((await index()).ask('wanneer moet het toezichtreglement uiterlijk geevalueerd zijn'))).toMatch(/1 juni 2036/);
  });

  it('a length of time of a thing the document is about needs no repeat of the title\'s party in its sentence', async () => {
    expect(text((await index()).ask('hoelang mag een rittenstop bij een vervoerder duren?'))).toMatch(/vijf maanden/);
  });
});

// An invented procedure: a repair term told after the sentence that answers most, a jury listed after a colon, criteria.
const WERKWIJZE = `# Werkwijze aanvragen sportsubsidie Testland 2033

## 4. Indienen

De aanvraagronde sluit op vrijdag 9 maart 2033. Een individuele vereniging krijgt geen uitstel; alleen de wethouder kan de sluiting voor alle verenigingen tegelijk verschuiven.

### 4.2 Onvolledige aanvraag

De gemeente meldt uiterlijk maandag 12 maart 2033 welke gegevens ontbreken. De vereniging heeft dan een hersteltermijn van zes werkdagen, tot woensdag 21 maart 12.00 uur. Alleen ontbrekende gegevens mogen worden aangevuld; al ingevulde gegevens mogen niet meer veranderen. Is de aanvraag daarna nog onvolledig, dan wordt zij niet-ontvankelijk verklaard en niet beoordeeld.

Een vereniging die vaker dan twee keer een onvolledige aanvraag indient, krijgt een gesprek met de sportregisseur.

## 5. Beoordeling

### 5.1 Jury

De jury bestaat uit een voorzitter en vier leden. Voorzitter is de sportregisseur, die zelf niet stemt. De leden zijn:

- twee trainers uit verschillende dorpen;
- één ambtenaar sport;
- één oud-wethouder.

### 5.2 Criteria en gewichten

Elke aanvraag krijgt per criterium een score van 1 tot en met 5:

- A. Bereik onder jeugdleden: gewicht 3.
- B. Samenwerking met scholen: gewicht 2.
- C. Eigen bijdrage van de vereniging: gewicht 1.

Om voor subsidie in aanmerking te komen heeft een aanvraag ten minste 20 punten nodig, de drempelscore. Los daarvan valt een aanvraag altijd af als zij op criterium A gemiddeld lager dan 2,0 scoort.
`;

const werkwijze = async () => new KnowledgeIndex([], (await parseDocument('sport.md', Buffer.from(WERKWIJZE))).passages);

describe('a procedure asked as people ask it', () => {
  it('"aangevuld" is a form of "aanvullen", "bleek" no word of the case, and the term is told after the best sentence', async () => {
    expect(text((await werkwijze()).ask('onze aanvraag bleek onvolledig, hoeveel tijd hebben we om hem aan te vullen'))).toMatch(/zes werkdagen/);
  });

  it('a rule asked for one named gemeente is the rule for every one', async () => {
    expect(text((await werkwijze()).ask('kan Zwolle zelf uitstel krijgen voor de sluiting van de aanvraagronde'))).toMatch(/geen uitstel/);
  });

  it('"wie zitten er allemaal in" the jury: the list its paragraph introduces after the best sentence', async () => {
    expect(text((await werkwijze()).ask('wie zitten er allemaal in de jury'))).toMatch(/twee trainers[^]*oud-wethouder/);
  });

  it('"op welke criteria worden ... gewogen" asks the list of criteria', async () => {
    expect(WANTS_LIST.test('op welke criteria worden de aanvragen gewogen')).toBe(true);
    expect('welke data gelden er'.match(LIST_THING)?.[1]).toBe('data');
    expect(text((await werkwijze()).ask('op welke criteria worden de aanvragen gewogen'))).toMatch(/Bereik onder jeugdleden[^]*Eigen bijdrage/);
  });
});

// An invented round: a maximum per gemeente, a joint entry, the round's own year in its title.
const RONDE = `# Spelregels inschrijving Sportagenda Testland 2031

## 2. Uitgangspunten

1. Een project past binnen de Sportvisie Testland 2029-2033.
2. Een project loopt ten hoogste twee jaar.

## 3. Inschrijven

Elke gemeente schrijft ten hoogste twee projecten in. Een gezamenlijk project, ingeschreven door ten minste drie gemeenten samen, telt voor geen van hen mee voor dit maximum.

## 4. Projectplan

Gemeenten leveren hun projectplan aan vóór 1 april via het daarvoor bestemde formulier. Het aanleveren van een begroting bij het projectplan is vrijwillig.

## 5. Sluiting

De inschrijving sluit op vrijdag 3 oktober 2030 om 12.00 uur.

## 9. Evaluatie

De gemeente evalueert de ronde in februari met een vragenlijst onder de contactpersonen. Streefwaarden zijn:

- ten minste 80 procent van de inschrijvingen volledig bij de sluiting;
- ten hoogste 50 kalenderdagen van sluiting tot BO-besluit.
`;

const ronde = async () => new KnowledgeIndex([], (await parseDocument('ronde.md', Buffer.from(RONDE))).passages);

describe('a yearly round asked about its rules, its current state and another year', () => {
  it('gemeenten who act in the case need not be named by the rule', async () => {
    expect(text((await ronde()).ask('Deventer, Raalte en Olst-Wijhe willen samen een project inschrijven, telt dat mee voor hun maximum van twee'))).toMatch(/gezamenlijk project/);
  });

  it('a body named in the second ask is what that ask is about, not the share the first asks', async () => {
    expect(text((await ronde()).ask('welk percentage van de inschrijvingen moet volgens de streefwaarde volledig zijn bij de sluiting, en in hoeveel dagen moet het bo besluit er liggen'))).toMatch(/80 procent[^]*50 kalenderdagen/);
  });

  it('a separable verb is read whole before "vóór" a date ("leveren ... aan vóór 1 april")', async () => {
    expect(withJoinedVerbs("Gemeenten leveren hun thema's aan vóór 1 april via het formulier.")).toContain('aanleveren');
    expect(withJoinedVerbs('Zij dienen het verzoek in via het portaal.')).toContain('indienen');
    expect(text((await ronde()).ask('Vóór welke datum moeten gemeenten hun projectplan aanleveren?'))).toMatch(/1 april/);
  });

  it('what was done in this year\'s round is today\'s state, which no rule gives', async () => {
    expect((await ronde()).ask('welke projecten hebben de gemeenten dit jaar ingeschreven')).toEqual({ kind: 'none', reason: 'current-state' });
    // The asker's own case told first is no state of affairs asked.
    expect(declineReason('Een vereniging heeft dit jaar al vier keer te laat ingeschreven. Heeft dat gevolgen?')).toBeUndefined();
  });

  it('the year in the title dates the edition the document is about: another year\'s deadline is not in it', async () => {
    expect((await ronde()).ask('wat is de deadline voor het inschrijven van projecten voor de sportagenda 2033').kind).toBe('none');
  });
});

// An invented proposal: a count in the past and one expected, an abbreviation spelled out where it first occurs.
const VOORSTEL = `# Voorstel Regionaal Sportloket Testland 2034

## Aanleiding

Sinds 2026 zoeken we voor deze aanvragen samen met de buurregio een oplossing in het Sport Advies Team, dat valt onder het sportnetwerk. In 2032 zijn 41 aanvragen uit Testland in het SAT besproken.

## Financiën

Het sportloket verwacht in 2034 30 aanvragen te behandelen en vanaf 2035 50 aanvragen per jaar. De kosten zijn € 90.000 per jaar.
`;

describe('counts asked with an adjective or a verb after "hoeveel", two at once', () => {
  const voorstel = async () => new KnowledgeIndex([], (await parseDocument('loket.md', Buffer.from(VOORSTEL))).passages);

  it('"hoeveel testlandse aanvragen" counts aanvragen; "hoeveel verwacht" counts what follows', async () => {
    expect(wordAfterHoeveel('hoeveel testlandse aanvragen zijn er besproken')).toBe('aanvragen');
    // A noun in -e before a verb is what is counted, no adjective.
    expect(wordAfterHoeveel('Hoeveel escalatie waren er in 2024?')).toBe('escalatie');
    expect(text((await voorstel()).ask('hoeveel testlandse aanvragen zijn er in 2032 in het SAT besproken?'))).toMatch(/41 aanvragen/);
    expect(text((await voorstel()).ask('Hoeveel verwacht het sportloket er vanaf 2035 per jaar te doen?'))).toMatch(/50 aanvragen/);
  });

  it('both asks answered, though one spells out an abbreviation the other does not', async () => {
    expect(text((await voorstel()).ask('hoeveel testlandse aanvragen zijn er in 2032 in het SAT besproken en hoeveel verwacht het sportloket er vanaf 2035 per jaar te doen?'))).toMatch(/41 aanvragen[^]*50 aanvragen/);
  });
});

// An invented reglement of a yearly round: a reconsideration instead of an objection, an evaluation report for the board.
const HERZIENING = `# Reglement inschrijving Cultuuragenda Testland 2033

## Artikel 4 Maximum

Elke gemeente schrijft ten hoogste drie projecten in.

## Artikel 20 Verzoek om heroverweging

1. Een gemeente wier project niet-ontvankelijk is, kan binnen tien werkdagen na de mededeling een gemotiveerd verzoek om heroverweging indienen bij de cultuurregisseur.
2. Beslissingen op grond van dit reglement zijn geen besluiten in de zin van de Algemene wet bestuursrecht.

## Artikel 13 Verbeterplan

1. Blijkt verbetering nodig, dan draagt de cultuurregisseur de aanbieder op een verbeterplan op te stellen.
2. Het verbeterplan wordt binnen twintig werkdagen na de opdracht ingediend.

## Artikel 21 Evaluatie

1. De cultuurregisseur evalueert dit reglement en legt het evaluatieverslag uiterlijk 1 oktober 2034, na bespreking in het ambtelijk overleg, aan het bestuurlijk overleg voor.
`;

describe('a yearly round asked in the asker\'s own words', () => {
  const index = async () => new KnowledgeIndex([], (await parseDocument('cultuur.md', Buffer.from(HERZIENING))).passages);

  it('"bezwaar maken" against a decision is asking for its reconsideration; "daartegen" is no word of the case', async () => {
    expect(text((await index()).ask('Ons project is niet-ontvankelijk verklaard. Kunnen we daartegen bezwaar maken?'))).toMatch(/heroverweging/);
  });

  it('a date for the board, after another body named on the way, is the board\'s; "deze procedure" points at the document', async () => {
    expect(text((await index()).ask('Wanneer moet het evaluatieverslag over deze procedure uiterlijk bij het bestuur liggen?'))).toMatch(/1 oktober 2034/);
  });

  it('a passive naming no one who acts is the asked party\'s term', async () => {
    expect(text((await index()).ask('Binnen hoeveel werkdagen moet een aanbieder zijn verbeterplan inleveren?'))).toMatch(/twintig werkdagen/);
  });

  it('"mogen wij als gemeente Raalte" asks the rule for every gemeente; "is ons project nu" is the asker\'s case', async () => {
    expect(text((await index()).ask('mogen wij als gemeente Raalte vier projecten inschrijven'))).toMatch(/ten hoogste drie/);
    expect(declineReason('We hebben het formulier te laat ingestuurd. Is ons project nu van tafel?')).toBeUndefined();
  });
});
