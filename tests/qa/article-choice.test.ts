import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { negatedQuestionWords, passageFit } from '../../src/features/qa/passage-fit';
import { tokenize } from '../../src/features/qa/dutch-text';
import { MemoryCorpus } from '../../src/features/qa/memory-corpus';
import { analyseQuestion } from '../../src/features/qa/question-analysis';
import { asksWho } from '../../src/features/qa/asked-actor';

/**
 * An invented regulation whose articles share most of their words: the article that answers is the one of the kind
 * the question asks for (the asked advice, not the unasked one; the rule, not the definition; the consequence of a
 * quorum not met; the lid whose threshold the asker's case meets).
 */
const REGLEMENT = `# Reglement Bewonerspanel Testland 2027

## Hoofdstuk 1 Algemeen

### Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. adviespanel: het panel van bewoners dat de gemeente Testland adviseert;
b. gevraagd advies: een advies dat de gemeente schriftelijk aan het adviespanel heeft gevraagd;
c. ongevraagd advies: een advies dat het adviespanel op eigen initiatief uitbrengt;
d. wijklabel: de kleur groen, geel of paars die per wijk per jaar wordt vastgesteld.

### Artikel 2 Gevraagd advies
1. De gemeente vraagt advies schriftelijk aan bij de secretaris van het adviespanel.
2. Het adviespanel brengt een gevraagd advies uit binnen 15 werkdagen na ontvangst van de adviesaanvraag.

### Artikel 3 Ongevraagd advies
1. Het adviespanel kan ongevraagd advies uitbrengen over ieder onderwerp van de wijkagenda.
2. De gemeente reageert binnen 30 werkdagen schriftelijk op een ongevraagd advies van het adviespanel.
3. Het adviespanel kan de gemeente vragen om binnen 5 werkdagen te reageren als een ongevraagd advies spoed heeft.

### Artikel 4 Vaststelling
1. De wethouder stelt ieder jaar voor elke wijk het wijklabel vast.
2. Het label is paars als twee of meer meetpunten de grenswaarde overschrijden.
3. Een wijk keert pas terug naar een lichtere kleur na twee jaar op rij onder de grenswaarden.

### Artikel 5 Quorum en besluitvorming
1. Het adviespanel kan alleen over een advies besluiten als ten minste de helft van de leden aanwezig is, onder wie ten minste twee jongeren.
2. Wordt het quorum niet gehaald, dan roept de voorzitter binnen 7 werkdagen een nieuwe vergadering bijeen. Voor de onderwerpen van de eerste vergadering geldt dan geen quorum.
3. Besluiten worden genomen met gewone meerderheid van stemmen.
4. Staken de stemmen, dan wordt het voorstel aangehouden tot de volgende vergadering.
5. Als ten minste twee leden daarom vragen, wordt een minderheidsstandpunt aan het advies toegevoegd.
6. In spoedeisende gevallen kan het adviespanel digitaal besluiten, mits ten minste twee derde van de leden binnen 3 werkdagen reageert.

### Artikel 6 Reikwijdte
1. Dit reglement geldt voor alle wijkverenigingen met een subsidie van de gemeente.
2. Voor wijkverenigingen met een omzet van minder dan € 50.000 geldt een licht regime: zij verantwoorden zich per halfjaar in plaats van per kwartaal.

### Artikel 7 Rapportage
1. Een wijkvereniging levert de kwartaalrapportage aan binnen 20 werkdagen na afloop van het kwartaal.
2. De wethouder krijgt elk kwartaal een overzicht van de rapportages van de wijkverenigingen.

### Artikel 8 Melding van een geschil
1. Een wijkvereniging meldt een geschil schriftelijk bij de secretaris.
2. De melding wordt gedaan binnen 6 weken na de beslissing waarover het geschil gaat.
3. De secretaris bevestigt de ontvangst van de melding binnen 5 werkdagen. Is de melding onvolledig, dan krijgt de wijkvereniging een hersteltermijn van 10 werkdagen.
4. Een melding die na de termijn van het tweede lid binnenkomt, meldt de secretaris terug aan de wijkvereniging.

### Artikel 9 Overleg over een geschil
1. Partijen proberen een geschil eerst in onderling overleg op te lossen.
2. Het overleg duurt niet langer dan 6 weken na ontvangst van de melding.
3. Heeft het geschil een financieel belang van meer dan € 20.000, dan informeert de secretaris binnen 2 werkdagen na de melding de wethouder.

### Artikel 10 Mandaat aan de secretaris
1. Het adviespanel verleent de secretaris mandaat voor:
a. het versturen van besluiten en adviezen aan de gemeente;
b. het huren van zalen, met uitzondering van zalen buiten de gemeente;
c. het doen van uitgaven binnen het budget van het adviespanel.
2. De secretaris legt over besluiten in mandaat verantwoording af in de volgende vergadering.

### Artikel 11 Uitzonderingen
Het mandaat omvat in geen geval:
1. het vaststellen van een advies over de wijkagenda of over een vijverplan van de gemeente;
2. het aangaan van leningen en het verstrekken van garanties aan wijkverenigingen of andere partijen;
3. het benoemen, schorsen en ontslaan van leden en van de voorzitter van het adviespanel;
4. het wijzigen van dit reglement en van de werkafspraken met de gemeente;
5. het beslissen op een klacht over een besluit dat in mandaat is genomen.
`;

describe('the article of the kind the question asks for', () => {
  let index: KnowledgeIndex;
  let corpus: MemoryCorpus;
  beforeAll(async () => {
    const doc = await parseDocument('bewonerspanel.md', Buffer.from(REGLEMENT));
    index = new KnowledgeIndex([], doc.passages);
    corpus = new MemoryCorpus([], doc.passages);
  });

  const answer = (q: string) => {
    const r = index.ask(q);
    if (r.kind !== 'answer') throw new Error(`no answer for "${q}": ${r.reason}`);
    return r;
  };

  it('reads "om advies vragen" as the asked advice, not the article on "ongevraagd" advice', () => {
    const r = answer('Binnen hoeveel werkdagen moet het adviespanel reageren als wij als gemeente om een advies vragen?');
    expect(r.answer).toContain('15 werkdagen');
    expect(r.source.section).toMatch(/^Artikel 2/);
    // Asked about the unasked advice, its own article answers.
    expect(answer('Binnen hoeveel werkdagen reageert de gemeente op een ongevraagd advies van het adviespanel?').answer).toContain('30 werkdagen');
  });

  it('finds the negated words of a passage whose positive the question says', () => {
    const terms = (w: string) => corpus.terms(w);
    expect(negatedQuestionWords('Wat als wij om advies vragen?', 'Een ongevraagd advies wordt ...', terms)).toEqual(['ongevraagd']);
    expect(negatedQuestionWords('Wat is een ongevraagd advies?', 'Een ongevraagd advies wordt ...', terms)).toEqual([]);
    // A question that negates itself may mean the negated word; nouns and words that only start with "on" are none.
    expect(negatedQuestionWords('Kan het adviespanel advies geven zonder dat erom gevraagd is?', 'ongevraagd advies', terms)).toEqual([]);
    expect(negatedQuestionWords('Welke kosten worden vergoed?', 'De onkosten worden vergoed. Na ontvangst ...', terms)).toEqual([]);
    // "Ongeacht" negates nothing: "geacht" in the question does not make it the opposite.
    expect(negatedQuestionWords('Wanneer wordt een lid geacht in te stemmen?', 'Ongeacht het aantal aanwezigen besluit de raad.', terms)).toEqual([]);
  });

  it('answers "wanneer" from the article that states the condition, not from the definitions', () => {
    const r = answer('Wanneer krijgt een wijk het wijklabel paars?');
    expect(r.answer).toContain('twee of meer meetpunten');
    expect(r.source.section).toMatch(/^Artikel 4/);
    const definitions = { section: 'Artikel 1 Begrippen', text: 'd. wijklabel: de kleur groen, geel of paars' };
    expect(passageFit('Wanneer krijgt een wijk het label paars?', definitions, (w) => [w])).toBeLessThan(1);
    expect(passageFit('Welke kleuren kan een wijklabel hebben?', definitions, (w) => [w])).toBe(1);
    // After the asker's case the asking sentence says what is asked.
    expect(passageFit('Wij hebben veel meetpunten. Wanneer krijgt een wijk het label paars?', definitions, (w) => [w])).toBeLessThan(1);
  });

  it('answers "wat gebeurt er als er te weinig ..." with the lid that states what follows when the quorum is not met', () => {
    const r = answer('Wat gebeurt er als er bij een vergadering van het adviespanel te weinig leden zijn om een advies vast te stellen?');
    expect(r.answer).toContain('binnen 7 werkdagen een nieuwe vergadering');
  });

  it('answers from the lid whose amount threshold the asker\'s case meets', () => {
    const r = answer('We hebben een kleine wijkvereniging die ongeveer 30.000 euro per jaar omzet. Moet zo\'n wijkvereniging ook elk kwartaal rapporteren?');
    expect(r.answer).toContain('per halfjaar');
  });

  it('ranks up the article whose amount condition the asker\'s case meets, also when the question asks a length of time', () => {
    const r = answer('Ik ben secretaris. Een wijkvereniging meldt een geschil over een bedrag van 25.000 euro. Wie moet ik inlichten en binnen welke termijn?');
    expect(r.answer).toContain('de wethouder');
    expect(r.source.section).toMatch(/^Artikel 9/);
  });

  it('answers "welke ... vallen buiten het mandaat" with the whole list of exclusions, not the grant that carves out one case', () => {
    const r = answer('Welke besluiten vallen buiten het mandaat van de secretaris?');
    expect(r.source.section).toMatch(/^Artikel 11/);
    expect(r.answer).toContain('het vaststellen van een advies');
    expect(r.answer).toContain('het wijzigen van dit reglement');
  });

  it('reads "wie" in the sentence that asks, after the asker\'s situation', () => {
    expect(asksWho('Ik ben secretaris. Wie moet ik inlichten?')).toBe('last');
    expect(asksWho('Wie behandelt een klacht?')).toBe('first');
    expect(asksWho('Ik ben secretaris en wie ik ben doet er niet toe. Wat moet ik doen?')).toBeUndefined();
  });

  it('reads a word of how often as what is asked only when the question asks how often', () => {
    const focus = (q: string) => analyseQuestion(q, corpus).filter((w) => w.focus).map((w) => w.terms[0]);
    expect(focus('Wanneer moet het jaarlijkse verslag van het adviespanel af zijn?')).toEqual([]);
    expect(focus('Moet een wijkvereniging ook elk kwartaal rapporteren?')).toEqual([]);
    expect(focus('Hoe vaak moet een wijkvereniging rapporteren?').length).toBe(1);
    expect(focus('Om de hoeveel jaar wordt het wijklabel herzien?').length).toBe(1);
    // "vaak" in the asker's case asks nothing; a how-often question before a second one still does.
    expect(focus('Een wijkvereniging is vaak te laat. Moet zij ook elk kwartaal rapporteren?')).toEqual([]);
    expect(focus('Hoe vaak rapporteert een wijkvereniging? En aan wie?').length).toBe(1);
  });

  it('reads "zo\'n", "z\'n" and "m\'n" as words, not as a stray "n"', () => {
    expect(tokenize("Moet zo'n vereniging z'n rapport en m'n vraag ...")).not.toContain('n');
  });
});

describe('a situation that falls short, on the side of the lid', () => {
  const text = `# Werkwijze Meldingen Buurtraad Voorbeelddorp 2027

### Artikel 2 Melding bij de secretaris
1. Een lid doet een melding binnen vijf werkdagen na de gebeurtenis.
2. De secretaris bevestigt de ontvangst van de melding binnen twee werkdagen.
3. Als een melding niet is ondertekend, vraagt de secretaris het lid om een handtekening.
4. Komt een melding te laat binnen, dan stuurt de secretaris haar terug aan het lid met een toelichting.
5. De voorzitter bespreekt elke melding in de eerstvolgende vergadering.
`;
  it('answers "wat gebeurt er als ... te laat" with the lid that says "te laat", not the one with "niet"', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('meldingen.md', Buffer.from(text))).passages);
    const r = index.ask('Wat gebeurt er als een melding te laat binnenkomt?');
    expect(r.kind === 'answer' && r.answer).toMatch(/^Komt een melding te laat binnen, dan stuurt de secretaris haar terug/);
  });
});
