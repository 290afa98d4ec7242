import { keysOf, paraphraseAt, paraphraseGroups, parseParaphrases } from '../../src/features/qa/paraphrases';
import { termsOf, tokenGroups } from '../../src/features/qa/dutch-text';
import { Decompounder } from '../../src/features/qa/decompounder';
import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/** An invented reglement that says things in other words than the questions below. */
const REGLEMENT = `# Reglement van orde Vijvercommissie Testland 2027

### Artikel 2 Aanmelden van punten
1. Een lid kan een agendapunt aanmelden tot drie weken voor de vergadering.
2. Per vergadering kan een lid ten hoogste twee thema's aanmelden.

### Artikel 3 Aanvragen
Aanvragen van dezelfde aanvrager kunnen door de secretaris worden samengevoegd.

### Artikel 4 Meldingen
Een anonieme melding wordt niet in behandeling genomen.

### Artikel 5 Rangorde
De commissie stelt de rangorde van de voorstellen vast op basis van de urgentie.

### Artikel 6 Besluiten
Een besluit vergt de instemming van ten minste vier leden; zijn er minder leden, dan is de commissie niet besluitvaardig.

### Artikel 7 Achterstand
Ligt een aanvraag langer dan zes weken stil, dan meldt de secretaris dit aan de voorzitter.

### Artikel 7a Noodopvang
Een jeugdige van 16 jaar of ouder mag ten hoogste twee nachten in een gastgezin worden opgevangen.

### Artikel 7b Bereikbaarheid
Buiten kantoortijd neemt de dienstdoende medewerker bij een storing contact op met de beheerder van het gemaal.

### Artikel 7c Vertrouwelijkheid
Stukken over een individuele vrijwilliger zijn vertrouwelijk. De vertrouwelijkheid vervalt na drie jaar.

### Artikel 7d Werkgroepen
De commissie kan werkgroepen instellen voor een bepaald onderwerp.

### Artikel 7e Insprekers
Een inspreker krijgt ten hoogste vijf minuten spreektijd. Een verzoek om spreektijd wordt uiterlijk drie dagen voor de vergadering bij de secretaris ingediend.

### Artikel 8 Termijnen
1. De termijn voor een advies kan eenmaal met vier weken worden verlengd.
2. Een offerte bevat ten hoogste twaalf pagina's.
`;

describe('governance paraphrase groups (knowledge/paraphrases.txt)', () => {
  describe('matching whole words and phrases', () => {
    const table = parseParaphrases('maximaal: maximaal, ten hoogste, hooguit\nopenbaar: openbaar, openbaarheid\nvertrouwelijk: geheim, beslotenheid\n', new Set(['maximaal']));

    it('a phrase is matched as its exact words, longest first, with its group token', () => {
      expect(paraphraseAt(['bevat', 'ten', 'hoogste', 'twaalf'], 1)).toEqual({ length: 2, tokens: ['~maximaal'] });
      expect(paraphraseAt(['ten', 'slotte'], 0)).toBeUndefined();
      expect(tokenGroups('ten hoogste twaalf')[0]).toEqual(['~maximaal', 'ten', 'hoogste']);
    });

    it('a phrase after its verb may hold the middle field of the clause ("trekt er dan aan de bel"), nothing else', () => {
      expect(paraphraseAt(['wie', 'trekt', 'er', 'dan', 'aan', 'de', 'bel'], 1)).toEqual({ length: 6, tokens: ['~~signaleren'] });
      expect(tokenGroups('slaat hij alarm')[0]).toContain('~~signaleren');
      expect(paraphraseAt(['trekt', 'hard', 'aan', 'de', 'bel'], 0)).toBeUndefined();
    });

    it('a group named like a hand-made synonym group shares its token', () => {
      expect(table.byFirstWord.get('ten')?.[0].tokens).toEqual(['~maximaal']);
      expect(table.byKey.get('hooguit')).toEqual(['~maximaal']);
    });

    it('a word is known by its inflections, not by what the stemmer strips beyond them', () => {
      // The stemmer gives "openbaar" and "opent" the stem "open", "beslotenheid" and "besloten" the stem "beslot".
      expect(keysOf('opent')).toContain('open');
      expect(keysOf('openbaar')).not.toContain('open');
      expect(table.byKey.get('open')).toBeUndefined();
      expect(table.byKey.get('beslot')).toBeUndefined();
      expect(paraphraseGroups('besloten')).not.toContain('~~vertrouwelijk');
      expect(paraphraseGroups('gelden')).toEqual([]);
    });

    it('an entry marked "=" is that form only; a present participle is a word of its own', () => {
      const marked = parseParaphrases('aanleveren: =indienen, aandragen\n', new Set());
      expect(marked.byWholeWord.get('indienen')).toEqual(['~~aanleveren']);
      expect(marked.byKey.get('indien')).toBeUndefined();
      expect(paraphraseGroups('indien')).toEqual([]);
      expect(paraphraseGroups('uitsluitend')).not.toContain('~~uitgesloten');
      expect(paraphraseGroups('uitsluiting')).toContain('~~uitgesloten');
      expect(paraphraseGroups('wegens')).toEqual([]);
    });

    it('an entry marked "=" counts as a word or as the last part of a compound, not before it; a word by its forms anywhere', () => {
      const compounds = new Decompounder();
      compounds.learn(['jongeren', 'adviesraad', 'raad', 'zitting', 'termijn', 'verlenging', 'verlengings', 'voorstel']);
      expect(termsOf('jongeren')).toContain('~inwoner');
      expect(termsOf('jongerenadviesraad', compounds)).not.toContain('~inwoner');
      for (const w of ['jongen', 'meisjes', 'tiener']) expect(termsOf(w)).toContain('~inwoner');
      for (const w of ['jong', 'tien']) expect(termsOf(w)).not.toContain('~inwoner');
      expect(termsOf('raadzitting', compounds)).toContain('~overleg');
      expect(termsOf('termijnverlenging', compounds)).toContain('~~verlengen');
      expect(termsOf('verlengingsvoorstel', compounds)).toContain('~~verlengen');
    });

    it('plurals, verb forms and participles share a group', () => {
      for (const w of ['verlengen', 'verlengd', 'verlenging', 'opschuiven', 'opgeschoven']) expect(termsOf(w)).toContain('~~verlengen');
      for (const w of ['rangorde', 'volgorde', 'prioritering']) expect(termsOf(w)).toContain('~~volgorde');
      // "Er opnieuw naar kijken" asks for a heroverweging, the separable phrase as an asker writes it.
      expect(tokenGroups('om er opnieuw naar te kijken').flat()).toContain('~~heroverweging');
      // Paying for another until it is settled: "voorschieten" is "voorfinancieren", not an advance ("voorschot").
      for (const w of ['voorschieten', 'voorgeschoten', 'voorfinanciering', 'voorfinancierende']) expect(termsOf(w)).toContain('~~voorfinancieren');
      // "Hoeveel mogen we er max indienen?": the short form in a chat question, that form only (no "maxima", "Maxime").
      expect(termsOf('max')).toContain('~maximaal');
      expect(termsOf('maxima')).not.toContain('~maximaal');
    });
  });

  describe('over a small reglement', () => {
    const answer = answersFromDocument(REGLEMENT);

    it('reads "bij elkaar voegen" as "samenvoegen"', () => {
      expect(answer('Kunnen aanvragen bij elkaar gevoegd worden?')).toContain('samengevoegd');
    });

    it('reads "opschuiven" as "verlengen"', () => {
      expect(answer('Kan de termijn voor een advies worden opgeschoven?')).toContain('vier weken');
    });

    it('reads "volgorde" as "rangorde"', () => {
      expect(answer('Wie bepaalt de volgorde van de voorstellen?')).toContain('urgentie');
    });

    it('reads "hoeveel pagina\'s mag een offerte hooguit hebben" as "ten hoogste"', () => {
      expect(answer("Hoeveel pagina's mag een offerte hooguit hebben?")).toContain('twaalf');
    });

    it('reads "te weinig leden" as "niet besluitvaardig"', () => {
      expect(answer('Wat als er te weinig leden zijn om te besluiten?')).toContain('besluitvaardig');
    });

    it('counts "onderwerpen" by a number with a word of their group ("twee thema\'s")', () => {
      expect(answer('Hoeveel onderwerpen mag een lid maximaal aandragen?')).toContain('twee');
    });

    it('reads "trekt er dan aan de bel" as "meldt"', () => {
      expect(answer('Een aanvraag ligt al twee maanden stil. Wie trekt er dan aan de bel?')).toContain('secretaris');
    });

    it('reads "een jongen van 16" as "een jeugdige"', () => {
      expect(answer('Mag een jongen van 16 een paar nachten in een gastgezin terecht?')).toContain('twee nachten');
    });

    it('reads "bellen" as "contact opnemen", and "contact" in a compound as that compound', () => {
      expect(answer("Wie belt de beheerder als er 's avonds een storing is?")).toContain('dienstdoende medewerker');
      expect(termsOf('contactpersoon')).not.toContain('~~contactopnemen');
      expect(termsOf('bel')).not.toContain('~~contactopnemen');
    });

    it('reads "onder de pet" as "vertrouwelijk"', () => {
      expect(answer('Blijven stukken over een vrijwilliger altijd onder de pet?')).toContain('drie jaar');
    });

    it('reads "oprichten" and "in het leven roepen" as "instellen", not "instelling" or "de opzet"', () => {
      expect(answer('Kan de commissie een projectgroep oprichten?')).toContain('werkgroepen instellen');
      expect(answer('Kan de commissie een werkgroep in het leven roepen?')).toContain('werkgroepen instellen');
      expect(termsOf('instelling')).not.toContain('~~instellen');
      expect(termsOf('opzet')).not.toContain('~~instellen');
    });

    it('reads "zich melden" for a turn as "aanmelden", which a request "indient"', () => {
      expect(answer('Hoe lang mag een inspreker praten en wanneer moet hij zich melden?')).toContain('drie dagen');
    });

    it('reads "zonder naam" as "anoniem"', () => {
      expect(answer('Wat gebeurt er met een melding zonder naam?')).toContain('anonieme');
    });

    it('still declines what the reglement does not say', () => {
      expect(answer('Hoeveel vergoeding krijgt een lid voor het bijwonen van de vergadering?')).toMatch(/^declined/);
    });
  });
});

describe('weighing: the verb and its noun', () => {
  it('"weegt", "gewogen" are weighting ("gewicht", "weging"), without "weg" or "wegen" (roads, ways)', () => {
    const shares = (a: string, b: string) => termsOf(a).some((t) => t.startsWith('~~') && termsOf(b).includes(t));
    expect(shares('weegt', 'gewicht')).toBe(true);
    expect(shares('wegen', 'weging')).toBe(false);
    expect(shares('gewogen', 'gewicht')).toBe(true);
    expect(shares('weg', 'gewicht')).toBe(false);
    expect(shares('wegwerken', 'gewicht')).toBe(false);
  });
});
