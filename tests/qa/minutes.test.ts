import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { toPassages } from '../../src/features/qa/passages';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { actionCode } from '../../src/features/qa/action-lists';
import { askedStep } from '../../src/features/qa/list-anchors';

// Invented minutes (not an evaluation document) of two meetings whose items repeat the same names.
const MINUTES = `# Besluitenlijst Regieoverleg Testland 2031

## Overleg van 3 februari 2031

Aanwezig: Aadorp, Beekveld en Cransdam.
Afwezig: Dorpsveen (met bericht).

### 1. Opening

De voorzitter opent om 10.00 uur.

### 2. Begroting 2032

De secretaris licht de cijfers toe.

**Besluiten:**
1. Het overleg stemt in met de begroting.
2. De reserve blijft op peil.

### 3. Vergaderlocatie

Het overleg bespreekt een nieuwe vergaderlocatie in het dorpshuis van Beekveld. Hierover is nog niets besloten; de secretaris vraagt offertes op.

**Acties na het overleg van 3 februari 2031**

| Nr | Actie | Wie | Wanneer | Status |
| --- | --- | --- | --- | --- |
| 31-01 | Begroting versturen | secretaris | 10 februari 2031 | nieuw |
| 31-02 | Zaalhuur regelen | bestuurssecretaris | 1 maart 2031 | loopt |

## Overleg 12-05-2031

Aanwezig: Aadorp, Dorpsveen en Cransdam.
Afwezig: Beekveld.

**1. Opening**

De voorzitter opent om 14.00 uur.

**2. Besluitenlijst 3 februari 2031**

Ongewijzigd vastgesteld.

**3. Vergaderlocatie**

De secretaris legt twee offertes voor.

**Besluit:** het overleg kiest vanaf september het dorpshuis van Beekveld als vergaderlocatie.

Actielijst na het overleg van 12 mei 2031

| Nr | Actie | Wie | Wanneer | Status |
| --- | --- | --- | --- | --- |
| 31-01 | Begroting versturen | secretaris | 10 februari 2031 | afgerond |
| 31-02 | Zaalhuur regelen | bestuurssecretaris | 1 juni 2031 (uitgesteld) | loopt |
`;

describe('minutes of several meetings', () => {
  const sections = (text: string) => toPassages(text, 'besluitenlijst.md').passages.map((p) => p.section);

  it('cites each item with the meeting it belongs to, also when the items are bold lines under a markdown meeting heading', () => {
    const cited = sections(MINUTES);
    expect(cited).toContain('Overleg van 3 februari 2031, 1. Opening');
    expect(cited).toContain('Overleg 12-05-2031, 1. Opening');
    expect(cited).toContain('Overleg 12-05-2031, 2. Besluitenlijst 3 februari 2031');
  });

  it('reads a "Besluiten:" label as the start of its list, not as a heading', () => {
    const doc = toPassages(MINUTES, 'besluitenlijst.md');
    const item = doc.passages.find((p) => p.text.includes('stemt in met de begroting'));
    expect(item?.section).toBe('Overleg van 3 februari 2031, 2. Begroting 2032');
    // The label's colon stands after the bold ("**Besluiten**:"), so the line introduces the list as any "...:" does.
    expect(item?.text).toContain('**Besluiten**:\n1. Het overleg stemt in met de begroting.');
  });

  it('names an action table by the bold or plain line right above it', () => {
    const rows = toPassages(MINUTES, 'besluitenlijst.md').passages.filter((p) => p.text.startsWith('| Nr'));
    expect([...new Set(rows.map((p) => p.section))]).toEqual(['Acties na het overleg van 3 februari 2031', 'Actielijst na het overleg van 12 mei 2031']);
  });

  const answer = (r: QaResult) => (r.kind === 'answer' ? `${r.answer} | ${r.source.section}` : `(${r.kind})`);

  it('answers an action by its name after the code, from the last action list, with who and the date of its status', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(MINUTES))).passages);
    expect(answer(kb.ask('Wat is de status van de actie zaalhuur regelen en wie doet dat?'))).toBe(
      '31-02 (Zaalhuur regelen): Wie: bestuurssecretaris; Status: loopt (Wanneer: 1 juni 2031 (uitgesteld)). | Actielijst na het overleg van 12 mei 2031',
    );
  });

  it('answers "voor welke datum" (a deadline) from an action\'s Wanneer column, as "op welke datum"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(MINUTES))).passages);
    expect(answer(kb.ask('Voor welke datum moet de begroting verstuurd worden?'))).toContain('Wanneer: 10 februari 2031');
    // Who and by when: the Wie and the Wanneer column.
    expect(answer(kb.ask('Wie moet de actie zaalhuur regelen en voor welke datum?'))).toMatch(/Wie: bestuurssecretaris; Wanneer: 1 juni 2031/);
  });

  it('reads "ontbraken bij" as absence, and finds it in the meeting of the date asked', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(MINUTES))).passages);
    const text = answer(kb.ask('Wie ontbraken bij het overleg van 12 mei?'));
    expect(text).toContain('Afwezig: Beekveld');
    expect(text).toMatch(/\| Overleg 12-05-2031$/);
  });

  it('answers "wat is er besloten over" with the meeting that decided, not the one that recorded nothing was decided', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(MINUTES))).passages);
    expect(answer(kb.ask('Wat is er besloten over de vergaderlocatie?'))).toMatch(/kiest vanaf september .*\| Overleg 12-05-2031, 3\. Vergaderlocatie$/s);
  });
});

// Invented minutes: a plan in one meeting, how far it got in a later one.
const LATER = `# Besluitenlijst Dorpsraad Testland 2032

## Vergadering van 10 januari 2032

### 1. Opening

De voorzitter opent om 19.30 uur.

### 2. Stichting Zonnehof

De stichting Zonnehof kan de huur van het buurthuis niet meer betalen. De dorpsraad verstrekt haar een voorschot van € 20.000, terug te betalen vóór 1 juli 2033.

## Vergadering van 8 mei 2032

### 1. Opening

De voorzitter opent om 19.30 uur.

### 2. Signalen

*Stichting Zonnehof.* De eerste terugbetaling van € 5.000 op het voorschot is op 1 mei ontvangen. De dorpsraad volgt de stichting maandelijks.
`;

describe('whether something has happened yet, in minutes', () => {
  it('answers from the later meeting of two as good ("Heeft ... al iets terugbetaald?")', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('dorpsraad.md', Buffer.from(LATER))).passages);
    const r = kb.ask('Heeft de stichting Zonnehof al iets terugbetaald van het voorschot?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toContain('De eerste terugbetaling van € 5.000');
  });
});

// Invented minutes: a decision that names a plan by its year, and the deadline in another lid.
const JAARPLAN = `# Besluitenlijst Dorpsoverleg Testland 2031

## Vergadering van 9 februari 2031

### Agendapunt 3: Jaarplan 2032

De secretaris licht het jaarplan toe. Er zijn vragen over de kosten van het speelveld en over de verlichting van het fietspad.

**Besluit:**
1. Het jaarplan 2032 wordt vrijgegeven voor een reactie door de dorpsraden.
2. De secretaris verstuurt de stukken uiterlijk 25 februari 2031 naar de vijf dorpen.
3. Dorpsraden kunnen tot en met 12 mei 2031 een reactie geven; de vaststelling volgt in het overleg van juni.

### Agendapunt 4: Rondvraag

Er zijn geen vragen.
`;

describe('a year that names a thing', () => {
  it('is no moment: "tot wanneer" is answered by the lid with the date, not by "het jaarplan 2032"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('dorpsoverleg.md', Buffer.from(JAARPLAN))).passages);
    const r = kb.ask('Tot wanneer mogen de dorpsraden een reactie geven op het jaarplan 2032?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toContain('tot en met 12 mei 2031');
  });
});

describe('the readings of minutes stay with minutes', () => {
  const sections = (text: string) => toPassages(text, 'notitie.md').passages.map((p) => p.section);

  it('cites a dated heading that names no meeting ("Stand per 1 januari 2031") as any other heading', () => {
    const text = '# Notitie speeltuinen\n\n## Stand per 1 januari 2031\n\n### Onderhoud\n\nDe gemeente onderhoudt de toestellen.\n';
    expect(sections(text)).toContain('Onderhoud');
  });

  it('opens a numbered bold heading right above a table as a section, not as the table\'s caption', () => {
    const text = '# Notitie\n\n**1. Inleiding**\n\nDe notitie gaat over taken.\n\n**2. Taakverdeling**\n\n| Taak | Wie |\n| --- | --- |\n| Maaien | Gemeente |\n\nDe gemeente bespreekt de taakverdeling jaarlijks.\n';
    const last = toPassages(text, 'notitie.md').passages.find((p) => p.text.includes('jaarlijks'));
    expect(last?.section).toBe('2. Taakverdeling');
  });

  it('reads a first cell as an action code only in an action list: "2025" in a budget table is a year', () => {
    expect(actionCode(['Nr', 'Actie', 'Wie', 'Status'], ['2031-04', 'Formulier versturen', 'Secretaris', 'loopt'])).toBe(true);
    expect(actionCode(['Jaar', 'Budget', 'Realisatie'], ['2025', '€ 1.300.000', '€ 1.420.000'])).toBe(false);
  });

  it('takes "als eerste" as a step only with a verb of doing', () => {
    expect(askedStep('Wat moet er als eerste gebeuren?')).toBe(1);
    expect(askedStep('Wie spreekt als eerste tijdens de vergadering?')).toBeUndefined();
  });
});
