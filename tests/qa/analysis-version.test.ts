import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ANALYSIS_VERSION } from '../../src/features/qa/analysis-version';
import { CachedTerms, indexRow, tokenizeDoc, wordsOf } from '../../src/features/qa/knowledge-analysis';
import type { SearchableDoc } from '../../src/features/qa/knowledge-search';
import { searchDocsOfDocument } from '../../src/features/qa/defined-short-names';
import type { Passage } from '../../src/features/qa/qa.domain';
import { INDEX_VERSION, ensureSchema, tablesOf } from '../../src/storage/sqlite/sqlite-knowledge-schema';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { knowledgeRepository } from '../../src/storage/repositories/knowledge.repository';
import { parseDocument, storeDocuments } from '../../src/features/qa/ingest.service';

/**
 * Documents covering what the analysis does: compounds (one of a word known only as written), word forms,
 * separable verbs, abbreviations, gemeenten, figures, dates, frequencies, a fact with question variants, a
 * ligature ("ﬁ") as a PDF gives it.
 */
const SAMPLE: SearchableDoc[] = [
  {
    id: 'p1', kind: 'passage', ask: '', title: 'Reglement werkgroep wachtlijsten', section: 'Artikel 4 Vergaderingen',
    body: 'De werkgroep vergadert elke twee jaar in Deventer. De voorzitter neemt de leiding over als de portefeuillehouder afwezig is. Het quorum is bereikt wanneer ten minste zes gemeenten aanwezig zijn. De werkgroep stelt ieder jaar een kort verslag op. Zijn de leden het niet eens, dan beslist de voorzitter. Reiskosten worden binnen een maand betaald. De secretaris wordt door de voorzitter aangewezen. De werkgroep is samengesteld uit vijf leden. Agendapunten die op elkaar lijken worden samengevoegd. Een melding zonder naam wordt niet behandeld. Een korting volgt bij te late aanlevering. Het verslag volgt het jaar erop. De projectondersteuner meldt een zorgcontinuiteitsrisico; inwoners kunnen terecht bij de Toegang. Een adviesraadlid van de adviesraad meldt zich af. In onvoorziene gevallen beslist de voorzitter. De secretaris legt de stukken neer bij de voorzitter. Een lid dat niet kan komen, meldt dat vooraf. Dat is in de markt gebruikelijk. De commissie houdt na elke zitting een commissiezitting over de ﬁnanciering van de jongerenadviesraad. De werkgroep wordt voorgezeten door de regiomanager; is die langer dan zes weken verhinderd, dan wordt een voorstel op verzoek van twee leden geagendeerd. Het onderzoek wordt eens in de drie jaar herhaald, de enquête één keer in de twee jaar. Zo\'n verslag gaat naar de leden. Een onterecht oordeel van de andere kant gaat naar een advocaat. De leden willen een goedkeuringstolerantie afspreken. De prijs weegt het zwaarst en wordt gewogen; alle wegen staan open. Een tiener belt en neemt contact op; de raad is opgericht en er is een plek gezocht, klopt dat? De gemeente heeft de kosten voorgeschoten en vraagt om er opnieuw naar te kijken; de bestuurlijke trekkers ontbraken bij het overleg en dienen max drie thema\'s in. De regeling vervalt met ingang van 1 mei; de controller keurt de nota goed en tekent haar af. Het dossier is over te dragen op dinsdag via info@voorbeeld.nl; wat krijgt de gemeente ervoor terug, en waardoor is er zoveel daling? Het aanspreekpunt meldt dat het hoger dan begroot uitviel. Het formulier is aangevuld en de gemeente heeft zich afgemeld. De gemeenten leveren hun stukken aan vóór 1 mei via het portaal. Daartegen is geen bezwaar mogelijk. Een knelpunt wordt opgeschaald; er volgt een tijdelijke stop op de instroom. De volgende maatregelen worden genomen.',
  },
  {
    id: 'p2', kind: 'passage', ask: '', title: 'Jaaroverzicht jeugdhulp', section: 'Kosten per gemeente',
    body: 'Raalte besteedde € 6.412.000 aan jeugdhulpbudget; het aanbiedersoverleg (AO) en het PFO bespraken de overschrijding van 7,3%. Uiterlijk 1 maart 2027 stuurt de regiomanager de rapportage naar Zwolle, Kampen en Olst-Wijhe. De actie loopt achter, de streefwaarde is niet gehaald en de aanbieder staat op trede 2 in de hoogste klasse. In het 4e kwartaal meldt de IGJ meteen een calamiteit bij meer dan één gemeente; alleen Ommen verder niet. Het agendapunt wordt aangehouden en doorgeschoven; wie er heen gaat, hoort het volgende jaar. In Q3 is de aanbieder geëscaleerd i.p.v. gewaarschuwd; t.a.v. Kampen zit die boven het budget. De leden konden tijdens de zomer niet komen en zullen het niet hoeven te doen. Het fonds wordt gevuld; de norm wordt aangescherpt, de meting volgt en het bad zal in mei opengaan. Waarmee? Drie leden haakten af en moeten het zelf dragen. Het reglement treedt op 1 maart 2027 in werking; in K4 zijn vanwege de drukte de boetes teruggehaald; Ommen was er niet bij. De stand op 31 december 2043 en de bijdrage per gemeente staan in de tabel. Het veldwerk liep van 8 januari tot en met 29 maart; de lijst wordt ingekrompen en 94 organisaties hebben zich aangemeld; de ouders hebben veel meegegeven en zijn het gedeeltelijk eens; twee aanbieders hebben te veel ontvangen, en dat is terugontvangen. De regiomanager is verantwoordelijk en legt verantwoording af; de voorstellen zijn binnengekomen. Er is geld uitgetrokken voor beide plaatsen en de kansen van mensen; de kerngroep koppelt de uitkomsten terug. Het project heeft veel gekost, terwijl er concreet gewoon mensen zijn ingezet; het team is sinds mei operationeel. De raad stemt in met het plan. De post overschreed de begroting in het voorgaande jaar. De gemeente wil het geld terugkrijgen; de secretaris verdiende meer. De klacht is deels gegrond verklaard. Een inschrijver of gegadigde dient tijdig in. De papierwinkel en de mankracht van de gezinsvoogd gaan naar Gedeputeerde Staten; er wordt ingezoomd op loonkosten, het bsn en een continuïteitsbijdrage die uit de samenvoeging is voortgekomen. De materiële kosten gaan voornamelijk naar licenties; de secretaris ziet erop toe dat de stijging meevalt. De bezuinigingen bleven achter; jongeren gaven een seintje dat de score is gezakt, en een jongere meldt zich direct aan. De oude regeling heette anders. De zorgverzekeraar heeft meebetaald en de scholen deden mee. De trekker trekt het dossier; de inzet wordt voortgezet en is voort te zetten. Het liep stroef, wat neerkomt op een knelpunt bij levensbedreigende situaties. De aanbieder ging op slot en de teamleider nam het stokje over; het contract mag men laten doorlopen; de commissie adviseerde positief. Blijft de besparing meer dan 5% achter, dan volgt bijsturing. Het bestuur kende € 20.000 toe. Deventer moet € 8.000 bijleggen; Ommen bleef onder hun jeugdhulpbudget. De kosten zijn omhoog gegaan door een riskant plan van de verwijzer; de SJH en de aanleiding staan erbij; het thema loopt onder bestuurlijk trekkerschap van de wethouder, met een POH jeugd en een warme overdracht. De evaluatie noemt vier aandachtspunten. De commissie bestond uit drie leden. De belangrijkste onderwerpen staan in de planning. Het mandaat wordt opgehoogd. Het BO heeft ja gezegd tegen de uitrol. De overname volgt in het escalatiejaar; er bleef geld onbenut, er zijn 14 plekken, de manager heeft het RSJ verlaten en haar opvolger begint, zodat het werk doorgaat.',
  },
  {
    id: 'p3', kind: 'passage', ask: '', title: 'Leidraad crisiszorg', section: 'Deelgebieden',
    body: 'Perceel 3 kent twee deelgebieden:\n- deelgebied Noord: Zwolle, Kampen, Dalfsen, Staphorst en Ommen;\n- deelgebied Zuid: Deventer, Raalte, Olst-Wijhe, Hardenberg en Zwartewaterland.',
  },
  {
    id: 'p4', kind: 'passage', ask: '', title: 'Verslag kleine commissie', section: 'Bestuursrapportage II 2056',
    body: 'Ligt het op koers? Drie casussen; krap bij kas, het geld dat niet opgaat en het gat: waar komt het geld vandaan, voordat de hulp start? Wie zaten erbij? Hengelo was er niet bij. Het trekkerschap gaat over; het geldgat liep over de begroting heen. Buiten de opdracht valt de inkoop. De implementatiekosten worden gedekt uit het werkbudget en de zorg wordt duurder dan de raming; wie een contract krijgt, heeft gewonnen. De zwaarste intensiteit draaide een negatief exploitatieresultaat; wat niet goed is gegaan, is gemeld. Zij werkten er bij en gingen aan de slag; de pilot is voortgezet met juridische bijstand. Het BO heeft € 2 mln vrijgemaakt voor 3 jr, 2x per jaar uit te keren; het team bestaat uit drie disciplines, ook de schoonmoeder helpt, en wat nog over is of niet is besteed, vervalt. Het onderzoek beslaat 1 januari 2056 tot en met 30 juni 2057. De inschrijving gaat dicht; wij missen een reactie. Verblijf in gezinsvorm is pleegzorg; de acties staan op naam van de eigenaar. Twee psychiaters zijn weggegaan; de kans is hoger ingeschaald, een risico is bijgekomen en de wachttijd is korter geworden. De beslispunten liggen boven de norm; er is een informatiemiddag over de subsidiepot. Er komt een consulent bij en de kosten lopen op; het college twijfelt, en het amendement sneuvelde en haalde het niet. Het saldo is sowieso positief; een grote aanbieder komt nooit lager dan categorie B, tot de sluiting van de inschrijving. De commissie ontving veertien klachten, maar half opgevolgd; de lid trad terug en de klacht kreeg gelijk, in het voordeel van de klager. De doorlooptijd en de tussenevaluatie; wie plus onze voorzitter, waarop de vergelijking; opzeggen met een termijn, niet vóór 2070; spoedmeldingen kwamen binnen; de stichting voert de dienst uit en ging over zijn budget heen; ze kregen het te horen.',
  },
  {
    id: 'f:sample', kind: 'fact', title: 'Kadernota', section: 'Overleg',
    ask: 'Hoe vaak komt het bestuurlijk overleg bijeen? \n vergaderfrequentie BO', body: 'Het BO komt vier keer per jaar bijeen.',
  },
];

/** Passages of one document: one defines a short form, another uses it alone; a table row defines a code another passage uses (defined-short-names.ts). */
const PASSAGES: Passage[] = [
  { title: 'Evaluatie pilot', section: '1. Opzet', chapter: '', position: 0, text: 'Elke praktijk kreeg een praktijkondersteuner jeugd (POH-jeugd).', sourceFile: '', ingestedAt: '2026-01-01T00:00:00.000Z' },
  { title: 'Evaluatie pilot', section: '4. Tevredenheid', chapter: '', position: 1, text: 'Ouders gaven de POH-jeugd een 8,1.', sourceFile: '', ingestedAt: '2026-01-01T00:00:00.000Z' },
  { title: 'Evaluatie pilot', section: 'Tabel 1. Percelen', chapter: '', position: 2, text: '| Perceel | Omschrijving |\n| 5 | Crisiszorg en behandeling |', sourceFile: '', ingestedAt: '2026-01-01T00:00:00.000Z' },
  { title: 'Evaluatie pilot', section: '5. Budget', chapter: '', position: 3, text: 'Voor perceel 5 geldt een beschikbaarheidsbijdrage.', sourceFile: '', ingestedAt: '2026-01-01T00:00:00.000Z' },
];

/** Recorded with the version: when the terms change, bump ANALYSIS_VERSION and record the new hash. */
const RECORDED = { version: '78', terms: '7dcef63c4eaab993' };

function termsHash(): string {
  const cached = new CachedTerms();
  const docs = [...SAMPLE, ...searchDocsOfDocument(PASSAGES)].map(tokenizeDoc);
  cached.learn(docs.flatMap(wordsOf));
  const rows = docs.map((doc) => indexRow(doc, cached.terms));
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}

describe('the version of the Dutch analysis in the persisted search index', () => {
  it('changes whenever the terms a document is indexed with change', () => {
    expect({ version: ANALYSIS_VERSION, terms: termsHash() }).toEqual(RECORDED);
  });

  it('a store indexed by an older analysis indexes every document again when it opens', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-analysis-version-'));
    try {
      const store = openSqliteStore(dir);
      const note = await parseDocument('notitie.txt', Buffer.from('Notitie wachtkamer\n\nDe wachtkamer van de Toegang krijgt een nieuwe inrichting.'));
      await storeDocuments(knowledgeRepository(store, 'ijsselland'), [note]);
      await store.close();

      const db = new Database(path.join(dir, 'rsj.sqlite'));
      const t = tablesOf('ijsselland');
      ensureSchema(db, t);
      const pending = () => (db.prepare(`SELECT count(*) AS n FROM ${t.changes}`).get() as { n: number }).n;
      db.exec(`DELETE FROM ${t.changes}`);
      ensureSchema(db, t); // same version: nothing to index again
      expect(pending()).toBe(0);

      db.prepare(`UPDATE ${t.meta} SET value = ? WHERE key = 'schema'`).run(`${INDEX_VERSION}-older`);
      ensureSchema(db, t);
      expect(pending()).toBeGreaterThan(0);
      expect(db.prepare(`SELECT value FROM ${t.meta} WHERE key = 'schema'`).get()).toEqual({ value: INDEX_VERSION });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
