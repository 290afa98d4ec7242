import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answerReply } from '../../src/features/qa/qa.routes';

// An invented proposal that tells the state of its own day.
const PROPOSAL = `# Voorstel logeeropvang Testland 2032

## Aanleiding

Op dit moment hebben 14 aanbieders een contract voor logeeropvang. De contracten lopen af op 31 december 2031. Ouders wachten gemiddeld zes weken op een logeerplek.

## Voorstel

Wij stellen voor de logeeropvang vanaf 2032 in te kopen via een open house. Aanbieders kunnen zich vanaf 1 maart 2031 inschrijven.
`;

describe('a question about how things stand now', () => {
  const index = async () => new KnowledgeIndex([], (await parseDocument('logeer.md', Buffer.from(PROPOSAL))).passages);

  it('is answered by a document that tells the state of its own day, said to be that state', async () => {
    const q = 'Hoeveel aanbieders hebben op dit moment een contract voor logeeropvang?';
    const r = (await index()).ask(q);
    expect(r.kind === 'answer' && r.asOfDocument).toBe(true);
    expect(answerReply(q, r).text).toMatch(/^Hoe het er vandaag voor staat, weet ik niet;[^]*14 aanbieders/);
  });

  it('is still declined when the sentence of that day does not say what is asked', async () => {
    const r = (await index()).ask('Hoeveel aanbieders hebben zich inmiddels ingeschreven voor de logeeropvang?');
    expect(r).toEqual({ kind: 'none', reason: 'current-state' });
  });
});
