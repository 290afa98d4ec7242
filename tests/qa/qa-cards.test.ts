import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderAnswerCard, renderNoAnswerCard, renderPassageCard } from '../../src/features/qa/cards/qa.cards';
import { renderTicketCard } from '../../src/features/qa/cards/ticket.card';
import type { Ticket } from '../../src/features/qa/qa.domain';
import { qaRoutes } from '../../src/features/qa/qa.routes';
import type { QaService } from '../../src/features/qa/qa.service';
import { QA_VERBS } from '../../src/features/qa/qa.verbs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

function parseProblems(card: object): string[] {
  const ac = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext(new AC.Version(1, 5));
  ac.parse(card, ctx);
  const problems = Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message as string);
  for (const event of ac.validateProperties().validationEvents ?? []) problems.push(event.message);
  if (ac.version.toString() !== '1.5') problems.push(`version ${ac.version}`);
  return problems;
}

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 'V-ABC123',
  question: 'Wie betaalt de tolk?',
  asker: { aadObjectId: 'u1', name: 'Bram' },
  status: 'open',
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('Q&A cards', () => {
  const rendered = {
    answer: renderAnswerCard({
      answer: 'Het BO stelt de begroting vast.',
      sourceLine: 'Bron: Kadernota 2025, 2.2 Governance',
      sourceTitle: 'Kadernota 2025',
      question: 'Wie stelt de begroting vast?',
      ref: { kind: 'passage', title: 'Kadernota 2025', position: 3 },
      showPassageButton: 'Toon volledige passage',
      helpfulButton: '👍',
      notHelpfulButton: '👎',
    }),
    noAnswer: renderNoAnswerCard({ message: 'Daar heb ik geen antwoord op gevonden.', question: 'x', askExpertButton: 'Vraag het aan RSJ' }),
    passage: renderPassageCard({ title: 'Kadernota 2025', section: '', text: 'Tekst' }),
    ticketOpen: renderTicketCard(ticket()),
    ticketClaimed: renderTicketCard(ticket({ status: 'in behandeling', claimedBy: { aadObjectId: 'e', name: 'Anne' } })),
    ticketAnswered: renderTicketCard(ticket({ status: 'beantwoord', answer: 'De gemeente.', answeredBy: { aadObjectId: 'e', name: 'Anne' } })),
    ticketSaved: renderTicketCard(ticket({ status: 'beantwoord', answer: 'De gemeente.', savedAsFactId: 'ticket-V-ABC123' })),
    ticketAnsweredDelivery: renderTicketCard(ticket({ status: 'beantwoord', answer: 'De gemeente.' }), 'Het antwoord is bij *Anne* aangekomen.'),
  };

  it.each(Object.entries(rendered))('the %s card parses as Adaptive Card 1.5 without warnings', (_name, card) => {
    expect(parseProblems(card)).toEqual([]);
  });

  it('carries the passage reference as action data, typed', () => {
    const actions = rendered.answer.actions as { verb: string; data: Record<string, unknown> }[];
    expect(actions[0]).toMatchObject({ verb: QA_VERBS.showPassage, data: { kind: 'passage', title: 'Kadernota 2025', position: 3 } });
  });

  it('shows only the actions that fit the ticket status, and refreshes itself', () => {
    const verbs = (card: any) => (card.actions ?? []).map((a: any) => a.verb);
    expect(verbs(rendered.ticketOpen)).toEqual([QA_VERBS.claimTicket, QA_VERBS.answerTicket]);
    expect(verbs(rendered.ticketClaimed)).toEqual([QA_VERBS.answerTicket]);
    expect(verbs(rendered.ticketAnswered)).toEqual([QA_VERBS.saveTicket]);
    expect(verbs(rendered.ticketSaved)).toEqual([]);
    expect((rendered.ticketOpen as any).refresh.action.verb).toBe(QA_VERBS.refreshTicket);
  });

  it("shows the answer's delivery only when given, with the asker's name escaped", () => {
    const texts = (card: any) => card.body.map((b: any) => b.text).join('\n');
    expect(texts(rendered.ticketAnsweredDelivery)).toContain('Het antwoord is bij \\*Anne\\* aangekomen.');
    expect(texts(rendered.ticketAnswered)).not.toContain('Het antwoord is');
  });

  it('every verb in a card template has a route', () => {
    const dir = path.join(__dirname, '../../src/features/qa/cards');
    const inTemplates = readdirSync(dir)
      .filter((f) => f.endsWith('.card.json'))
      .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/"verb":\s*"([^"]+)"/g)].map((m) => m[1]));
    const routed = (qaRoutes({} as QaService, async () => Buffer.alloc(0), { get: async () => undefined, put: async () => undefined }).cardActions ?? []).map((a) => a.verb);
    expect(inTemplates.length).toBeGreaterThan(5);
    for (const verb of inTemplates) expect(routed).toContain(verb);
  });
});
