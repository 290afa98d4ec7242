import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { termsOf } from '../../src/features/qa/dutch-text';
import { splitSentences } from '../../src/features/qa/passages';
import { WANTS_LIST } from '../../src/features/qa/list-questions';

// An invented evaluation of a pilot with sport coaches in four gemeenten: separable verbs in the past ("meldden zich
// aan"), a span of dates for the fieldwork, a proposal after the evaluation, a plan to reduce the number of locations,
// a table of judgements per group and a table of checked files. Written for session 35; which tests fail at the
// session's start commit (2d55cc0) is said per describe block.
const EVALUATIE = `# Evaluatie pilot buurtsportcoaches Vechtdal 2045

## 1. Aanpak

Het veldwerk liep van 4 februari tot en met 18 april 2045. De onderzoekers spraken met coaches, verenigingen en ouders.

### 1.1 Deelname

Op 1 maart meldden 38 sportverenigingen zich aan voor de pilot. Daarvan leverden er 31 een ingevulde vragenlijst in.

| Gemeente | Aanmeldingen | Ingevulde vragenlijsten |
| --- | --- | --- |
| Hardenberg | 17 | 14 |
| Ommen | 9 | 8 |
| Dalfsen | 12 | 9 |
| **Totaal** | **38** | **31** |

### 1.2 Inbreng van ouders

Ouders waren vanaf het begin bij de opzet van de pilot betrokken. De onderzoekers spraken in mei met een ouderpanel van elf ouders over de pilot. Hun boodschap laat zich in drie punten samenvatten:

- trainingen dicht bij school;
- een vaste coach per team;
- geen eigen bijdrage voor gezinnen met een laag inkomen.

## 2. Oordeel over de vergoeding

Verenigingen gaven aan of de vergoeding per coach volstaat (tabel 1).

| Groep | Toereikend | Niet toereikend | Geen oordeel |
| --- | --- | --- | --- |
| Voetbalverenigingen | 44% | 51% | 5% |
| Zwemverenigingen | 20% | 72% | 8% |
| Overige verenigingen | 61% | 30% | 9% |

## 3. Dossiers

| Toetspunt (n = 20) | Op orde | Niet op orde |
| --- | --- | --- |
| Getekende overeenkomst aanwezig | 17 | 3 |
| Verklaring omtrent het gedrag aanwezig | 12 | 8 |

## 4. Locaties

Er zijn nu 14 trainingslocaties. De stuurgroep is voornemens het aantal locaties terug te brengen tot maximaal 9, zodat coaches minder reistijd hebben.

## 5. Voorstel

Op basis van de evaluatie stelt de stuurgroep voor de pilot om te zetten in een vaste regeling met een looptijd van vier jaar, met een tussenevaluatie na twee jaar. De nieuwe sportregeling loopt over de jaren 2047-2050.

## 6. Kosten

Voor de coaches is in 2046 € 80.000 begroot.

### 6.1 Materialen

Voor nieuwe sportmaterialen is in 2046 € 12.000 begroot.

### 6.2 Vaste regeling

Voor het opstellen van de nieuwe sportregeling is eenmalig € 25.000 begroot.

## 7. Besluitvorming

De wethouders bespreken eerst dit verslag. De ambtenaren bereiden daarna het besluit voor, met aandacht voor de kosten. De stuurgroep stelt de regeling ten slotte vast.

| Stap | Overleg | Datum |
| --- | --- | --- |
| Bespreking verslag | wethouders | 12 januari 2046 |
| Vaststelling regeling | stuurgroep | 9 maart 2046 |
| Start regeling | alle gemeenten | 1 januari 2047 |

## 8. Signalen

Tijdens de pilot meldden twee verenigingen dat hun vrijwilligers overbelast raken. Die signalen zijn doorgestuurd aan de gemeenten. Omdat het om de twee grootste verenigingen gaat, zijn ze op 3 juni 2045 aan de stuurgroep voorgelegd.

## 10. Bevindingen

**Bevinding 1 – Geen vertrouwenspersoon.** Van de twintig verenigingen hadden er zes geen vertrouwenspersoon. In de steekproef ging het om verenigingen uit alle vier gemeenten.

**Bevinding 2 – Bezoeken niet volgens plan.** Het bezoekplan 2045 voorzag in een bezoek aan 12 verenigingen, gekozen op grootte. In werkelijkheid zijn er slechts 5 bezocht. Oorzaak was langdurige ziekte van een coördinator.

**Bevinding 3 – Vergoeding dubbel verhoogd.** Per 1 januari 2045 is de vergoeding per coach verhoogd met 3,5%. Bij een correctie in maart is de verhoging voor een deel van de verenigingen opnieuw toegepast. Daaruit blijkt dat vier verenigingen samen € 2.450 te veel hebben ontvangen.

## 11. Verklaring van de stijging

De kosten van de regeling nemen in 2047 toe met € 30.000 ten opzichte van 2046. Die toename is opgebouwd uit drie onderdelen:

1. **Meer coaches: + € 20.000.** Er komen twee coaches bij in Hardenberg.
2. **Materialen: + € 6.000.** De ballen en netten worden vervangen.
3. **Vervoer: + € 4.000.** Teams reizen vaker naar toernooien.

## 9. Reactie op de aanbevelingen

Met de aanbevelingen 1 en 3 is de stuurgroep het volledig eens; die worden in 2046 uitgevoerd.

Met aanbeveling 2, een coach per school, is de stuurgroep het slechts gedeeltelijk eens: daarvoor zijn te weinig coaches.
`;

const evaluatie = async () => indexWithCuratedFacts('evaluatie-pilot-buurtsportcoaches-vechtdal-2045.md', EVALUATIE);
const text = (result: QaResult) => (result.kind === 'answer' ? result.answer : `(${result.kind})`);
const ask = async (question: string) => (await evaluatie()).ask(question);

// Word forms only: a synonym group token both may share says nothing of their forms.
const shareTerm = (a: string, b: string) => termsOf(a).some((t) => !t.startsWith('~') && termsOf(b).includes(t));

// The first and fourth fail at 2d55cc0: "aangemeld" was indexed as "aanmel" and "afgerond" as "afron", and "vond" and
// "wiens" counted as words of what is asked. The second and third pass there and guard a participle's own -d and a plain
// ge- word.
describe('index terms of participles and opinion verbs (session 35)', () => {
  it('a participle after a particle shares a term with its verb when the stem ends in the d or t ("aangemeld", "afgerond")', () => {
    expect(shareTerm('aangemeld', 'aanmelden')).toBe(true);
    expect(shareTerm('afgerond', 'afronden')).toBe(true);
  });

  it('still, a participle whose d is an ending meets its verb ("aangevuld" aanvullen)', () => {
    expect(shareTerm('aangevuld', 'aanvullen')).toBe(true);
  });

  it('a plain ge- word keeps to its own terms: "gebied" is no form of "bieden"', () => {
    expect(shareTerm('gebied', 'biedt')).toBe(false);
  });

  it('"vond" in "welk percentage vond ... niet voldoende" frames an opinion, as "vinden" does: no word of what is asked', () => {
    expect(termsOf('vond')).toEqual([]);
    expect(termsOf('wiens')).toEqual([]);
  });
});

// The second to fourth fail at 2d55cc0: a span of dates was no period, "niet helemaal" no paraphrase of "gedeeltelijk",
// "inkrimpen" none of "terugbrengen" and "wil" read as the thing counted after "hoeveel". The first passes there (the
// document is short) and guards the answer.
describe('periods and paraphrases (session 35)', () => {
  it('"hebben zich aangemeld" is answered by "meldden zich aan"', async () => {
    expect(text(await ask('Hoeveel sportverenigingen hebben zich aangemeld voor de pilot?'))).toContain('38');
  });

  it('"in welke periode" is answered by a span of dates ("van 4 februari tot en met 18 april")', async () => {
    const answer = text(await ask('In welke periode is het veldwerk gedaan?'));
    expect(answer).toContain('4 februari');
    expect(answer).toContain('18 april');
  });

  it('"niet helemaal eens" is said by "gedeeltelijk eens"', async () => {
    const answer = text(await ask('Met welke aanbeveling is de stuurgroep het niet helemaal eens?'));
    expect(answer).toContain('aanbeveling 2');
    expect(answer).not.toContain('volledig eens');
  });

  it('"tot hoeveel wil ... inkrimpen" is answered by "terug te brengen tot maximaal 9": a paraphrase, and "wil" is no thing counted', async () => {
    expect(text(await ask('Tot hoeveel wil de stuurgroep het aantal locaties inkrimpen?'))).toContain('maximaal 9');
  });
});

// The first fails at 2d55cc0 ("nu" asked today's state); the second passes there and guards what must stay.
describe('"nu" after an event or in a proposal (session 35)', () => {
  it('"welke looptijd stelt de stuurgroep nu voor na de evaluatie" asks what the document proposes', async () => {
    expect(text(await ask('Welke looptijd stelt de stuurgroep nu voor na de evaluatie?'))).toContain('vier jaar');
  });

  it('"hoeveel trainingslocaties zijn er op dit moment" still asks today\'s state, given as the state the document describes', async () => {
    const result = await ask('Hoeveel trainingslocaties zijn er op dit moment?');
    expect(text(result)).toContain('14');
    expect(result.kind === 'answer' && result.asOfDocument).toBe(true);
  });
});

// Both pass at 2d55cc0 and guard the table answers that "vond" as a question word and "hoeveel van de ..." counting the
// dossiers touch.
describe('tables of judgements and of checked files (session 35)', () => {
  it('"welk percentage ... vond ... niet voldoende" reads the column "Niet toereikend" of the row asked; "vond" is a frame', async () => {
    expect(text(await ask('Welk percentage van de zwemverenigingen vond de vergoeding niet voldoende?'))).toContain('72%');
  });

  it('"bij hoeveel van de gecontroleerde dossiers" counts the dossiers, and the row asked gives them', async () => {
    expect(text(await ask('Bij hoeveel van de gecontroleerde dossiers ontbrak een verklaring omtrent het gedrag?'))).toContain('8');
  });
});

// All four fail at 2d55cc0: "voor de" before anything read as a moment, "Hun boodschap ...:" did not come along with its
// list, and a second ask that leaves out its verb ("en hoeveel voor ...") or ends in "die" found nothing of its own.
describe('asks that lean on the question (session 35)', () => {
  it('"wanneer stelt de stuurgroep de regeling vast" is answered by the planning\'s date, not by "aandacht voor de kosten"', async () => {
    expect(text(await ask('Wanneer stelt de stuurgroep de regeling vast?'))).toContain('9 maart 2046');
  });

  it('"wat gaven de ouders mee" brings the summing-up and its list along', async () => {
    const answer = text(await ask('Wat gaven de ouders mee voor de pilot?'));
    expect(answer).toContain('vaste coach per team');
    expect(answer).toContain('eigen bijdrage');
  });

  it('"... en hoeveel voor nieuwe sportmaterialen" asks the first ask\'s amount again, of another purpose', async () => {
    const answer = text(await ask('Hoeveel geld is er in 2046 begroot voor de coaches en hoeveel voor nieuwe sportmaterialen?'));
    expect(answer).toContain('80.000');
    expect(answer).toContain('12.000');
  });

  it('"... en over welke jaren loopt die" asks the years of what the first ask names', async () => {
    const answer = text(await ask('Hoeveel geld is er eenmalig begroot voor de nieuwe sportregeling en over welke jaren loopt die?'));
    expect(answer).toContain('25.000');
    expect(answer).toContain('2047-2050');
  });
});

// Passes at 2d55cc0 (its sentences say both counts) and guards the two asks of one sentence answered in one section.
describe('two counts of one total row (session 35)', () => {
  it('"hoeveel meldden zich aan en hoeveel vulden de vragenlijst in" gives both cells of the total row', async () => {
    const answer = text(await ask('Hoeveel verenigingen hadden zich aangemeld voor de pilot en hoeveel hebben de vragenlijst echt ingevuld?'));
    expect(answer).toContain('38');
    expect(answer).toContain('31');
  });
});

// Fails at 2d55cc0: only the first step taken came along. (The question before "Wat is daarmee gedaan?" no longer counts
// as the asker's case; in this short document the right passage won at the start too.)
describe('a question before an ask of pronouns only (session 35)', () => {
  it('"Zijn er ... gemeld? Wat is daarmee gedaan?" is answered by the signals and every step taken', async () => {
    const answer = text(await ask('Zijn er tijdens de pilot verenigingen met overbelaste vrijwilligers gemeld? Wat is daarmee gedaan?'));
    expect(answer).toContain('doorgestuurd aan de gemeenten');
    expect(answer).toContain('3 juni 2045');
  });
});

// Fails at 2d55cc0: the second count, told in the next sentence ("In werkelijkheid ..."), did not come along.
describe('two counts asked (session 35)', () => {
  it('"bij hoeveel had het moeten gebeuren en bij hoeveel is het echt gebeurd" gives both counts', async () => {
    const answer = text(await ask('Bij hoeveel verenigingen had er een bezoek moeten plaatsvinden in 2045 en bij hoeveel is dat echt gebeurd?'));
    expect(answer).toContain('12 verenigingen');
    expect(answer).toContain('slechts 5');
  });
});

// Fails at 2d55cc0: a percentage answered "hoeveel", and "te veel uitbetaald" did not find "te veel hebben ontvangen".
describe('a sum paid asked (session 35)', () => {
  it('"hoeveel is er te veel uitbetaald" is answered by the sum "te veel ontvangen", not by the percentage of the rise', async () => {
    expect(text(await ask('Hoeveel is er door de dubbele verhoging te veel uitbetaald?'))).toContain('2.450');
  });
});

// The first fails at 2d55cc0: a numbered finding in bold ran on from the sentence before it. The second passes there and
// guards bold labels without a number ("**Resultaten.**"), which stay with the sentence before them.
describe('numbered items in bold (session 35)', () => {
  it('"**Bevinding B6 – ...**" after a sentence opens a sentence of its own', () => {
    expect(splitSentences('Zo kan één persoon een tarief aanpassen. **Bevinding B6 – Escalatie te traag.** Het plan bepaalt 30 dagen.')).toEqual([
      'Zo kan één persoon een tarief aanpassen.',
      '**Bevinding B6 – Escalatie te traag.** Het plan bepaalt 30 dagen.',
    ]);
  });

  it('a bold label without a number stays with the sentence before it', () => {
    expect(splitSentences('Het bereik ligt dicht bij het doel. **Resultaten.** Voor de meeste kinderen ging het goed.')).toHaveLength(1);
  });
});

// The first fails at 2d55cc0: "noem de onderdelen" and "uit welke onderdelen bestaat" asked no list. The second passes
// there (the section is short) and guards the announced list after a question of why.
describe('a list asked in the imperative (session 35)', () => {
  it('"noem de onderdelen" and "uit welke onderdelen bestaat" ask for a list', () => {
    expect(WANTS_LIST.test('Noem de onderdelen van de stijging.')).toBe(true);
    expect(WANTS_LIST.test('Uit welke onderdelen bestaat de stijging van het budget?')).toBe(true);
  });

  it('"Waardoor stijgen de kosten? Noem de onderdelen van de stijging." gives the announced list whole', async () => {
    const answer = text(await ask('Waardoor stijgen de kosten van de regeling in 2047? Noem de onderdelen van de stijging.'));
    expect(answer).toContain('Meer coaches');
    expect(answer).toContain('Materialen');
    expect(answer).toContain('Vervoer');
  });
});
