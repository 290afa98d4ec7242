import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answersForOtherYear } from '../../src/features/qa/asked-body';

/** An invented regulation: the setup of the question below names the words of article 1, its asking sentence those of article 2. */
const REGELING = `# Regeling signalen speeltuinen Voorbeelddorp 2027

### Artikel 1 Signalen
1. Een bewoner kan een signaal over een speeltuin doorgeven aan de speeltuinraad.
2. De secretaris legt elk signaal over een speeltuin vast en legt het signaal voor aan de beheerder van die speeltuin.

### Artikel 2 Reactie van de beheerder
1. De beheerder reageert binnen tien werkdagen schriftelijk.
2. De speeltuinraad bespreekt de reactie in zijn volgende vergadering.
`;

describe('a question with a setup first and the question last', () => {
  it('is answered from the passage its asking sentence points at, not the one the setup describes', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('signalen.md', Buffer.from(REGELING))).passages);
    const result = index.ask('Een beheerder van een speeltuin krijgt van ons een signaal voorgelegd. Hoeveel tijd heeft hij om te reageren?');
    expect(result.kind === 'answer' && result.answer).toMatch(/binnen tien werkdagen/);
  });
});

/** An invented regulation for the asker's own gemeente and figures told in a setup. */
const KOSTEN = `# Regeling kosten speeltuinen Voorbeelddorp 2027

### Artikel 1 Verdeling
1. De kosten van het onderhoud worden verdeeld naar het aantal speeltuinen per wijk.

### Artikel 2 Bezwaar tegen de verdeling
1. Een wijkraad die het niet eens is met zijn aandeel, dient binnen vier weken een bezwaar in bij de penningmeester.
2. De penningmeester beslist binnen twee weken op het bezwaar.
`;

describe('the gemeenten and figures of the asker\'s own case, told in a setup', () => {
  it('are missed by no rule: it holds for every gemeente, in its own figures', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('kosten.md', Buffer.from(KOSTEN))).passages);
    const result = index.ask('In Zwolle en Kampen liggen samen 14 speeltuinen; over 2026 betaalden we 5200 euro. Hoe lang hebben we om bezwaar te maken tegen ons aandeel?');
    expect(result.kind === 'answer' && result.answer).toMatch(/binnen vier weken/);
  });

  it('do not make a question about something else answerable', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('kosten.md', Buffer.from(KOSTEN))).passages);
    expect(index.ask('In Zwolle en Kampen liggen samen 14 speeltuinen; over 2026 betaalden we 5200 euro. Wie maait het gras rond de speeltuinen?').kind).toBe('none');
  });
});

describe('"hoeveel tijd" after a year of the asker\'s case', () => {
  it('asks the term a rule sets, which holds in every year: no figure for another year', () => {
    const rule = 'Een wijkraad die het niet eens is met zijn aandeel, dient binnen vier weken een bezwaar in.';
    expect(answersForOtherYear('In ons aandeel over 2026 zit een fout. Hoeveel tijd hebben we om bezwaar te maken?', rule)).toBe(false);
    expect(answersForOtherYear('Hoeveel speeltuinen had de wijkraad in 2020?', 'De wijkraad beheert 14 speeltuinen.')).toBe(true);
  });
});

/** An invented guide whose rules name gemeenten by their part in a move, never by name. */
const VERHUIZING = `# Handreiking verhuizing speeltuinpas Voorbeelddorp 2027

## 1. Verhuizing
Verhuist een kind met een speeltuinpas naar een andere gemeente, dan betaalt de oude gemeente de pas tot het einde van de maand. Daarna betaalt de nieuwe gemeente.

## 2. Voorbeeld
Een kind met een pas uit Zwolle woont in 2026 in Ommen.
`;

describe('the gemeenten a case plays out between', () => {
  it('are named by their part in the rule ("de oude gemeente"), so naming one again when asking does not require it', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('verhuizing.md', Buffer.from(VERHUIZING))).passages);
    const result = index.ask('Een kind met een speeltuinpas verhuist van Kampen naar Dalfsen. Tot wanneer betaalt Kampen de pas?');
    expect(result.kind === 'answer' && result.answer).toMatch(/einde van de maand/);
  });

  it('stay required when the question asks about one gemeente without a case between two', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('verhuizing.md', Buffer.from(VERHUIZING))).passages);
    expect(index.ask('Wij zijn gemeente Kampen. Tot wanneer betaalt Kampen de pas?').kind).toBe('none');
  });
});

/** An invented protocol: who speaks to the press is a role, whatever paper calls. */
const PERS = `# Protocol persvragen jeugdhulp Voorbeeldregio 2027

### Artikel 1 Pers
1. De voorzitter van het bestuurlijk overleg staat de pers namens de regio te woord.
2. Een jeugdhulpaanbieder doet geen uitspraken over een jeugdige zonder afstemming met de gemeente.
`;

describe('a name in the asker\'s case before a question who acts', () => {
  it('is whom the rule is applied to, not an unknown thing asked about', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('pers.md', Buffer.from(PERS))).passages);
    const result = index.ask('Er belt een journalist van Het Klaverblad over een gesloten jeugdhulpaanbieder. Wie staat die namens de regio te woord?');
    expect(result.kind === 'answer' && result.answer).toMatch(/voorzitter van het bestuurlijk overleg/);
  });
});

describe('a long setup that tells many details of the asker\'s case', () => {
  it('does not outweigh its asking sentence: the rule that answers is not declined for the details it does not repeat', async () => {
    const regeling = REGELING.replace('De beheerder reageert binnen tien werkdagen schriftelijk.', 'De beheerder van een speeltuin reageert binnen tien werkdagen schriftelijk op een signaal.');
    const index = new KnowledgeIndex([], (await parseDocument('signalen.md', Buffer.from(regeling))).passages);
    const result = index.ask('Wij zijn bewoners van de Lindelaan en zaterdagmiddag brak de glijbaan in onze speeltuin; twee kleuters vielen bijna van de ladder en een buurvrouw schrok zich rot. Hoe snel moet de beheerder op ons signaal reageren?');
    expect(result.kind === 'answer' && result.answer).toMatch(/binnen tien werkdagen/);
  });
});
