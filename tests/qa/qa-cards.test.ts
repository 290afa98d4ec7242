import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderAnswerCard, renderNoAnswerCard, renderPassageCard } from '../../src/features/qa/cards/qa.cards';
import { renderTicketCard } from '../../src/features/qa/cards/ticket.card';
import type { Ticket } from '../../src/features/qa/qa.domain';
import { qaRoutes } from '../../src/features/qa/qa.routes';
import type { QaService } from '../../src/features/qa/qa.service';
import type { FeedbackService } from '../../src/features/qa/feedback.service';
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

const labels = { showPassageButton: 'Toon volledige passage', hidePassageButton: 'Toon minder', passageRowsCut: (n: number, total: number) => `eerste ${n} van ${total}`, helpfulButton: '👍', notHelpfulButton: '👎' };
const texts = (node: unknown): string[] =>
  Array.isArray(node) ? node.flatMap(texts) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [v] : texts(v))) : [];

describe('Q&A cards', () => {
  const rendered = {
    answer: renderAnswerCard({
      answer: 'Het BO stelt de begroting vast.',
      sourceLine: 'Bron: Kadernota 2025, 2.2 Governance',
      sourceTitle: 'Kadernota 2025',
      question: 'Wie stelt de begroting vast?',
      asked: 'Wie stelt de begroting vast?',
      passage: { title: 'Kadernota 2025', section: '2.2 Governance', text: 'Het BO komt twee keer per jaar bijeen. Het BO stelt de begroting vast.' },
      ...labels,
    }),
    answerExpanded: renderAnswerCard({
      answer: 'Het BO stelt de begroting vast.',
      sourceLine: 'Bron: Kadernota 2025, 2.2 Governance',
      sourceTitle: 'Kadernota 2025',
      question: 'En wie stelt die vast?',
      asked: 'Wat is de begroting? En wie stelt die vast?',
      passage: { title: 'Kadernota 2025', section: '2.2 Governance', text: 'Het BO komt twee keer per jaar bijeen. Het BO stelt de begroting vast.' },
      expanded: true,
      ...labels,
    }),
    answerWithTablePassage: renderAnswerCard({
      answer: 'Raalte: € 5.',
      table: { headers: ['Gemeente', 'Kosten'], rows: [['Raalte', '€ 5']] },
      sourceLine: 'Bron: Jaarverslag, Tabel 1',
      sourceTitle: 'Jaarverslag',
      question: 'Wat kost Raalte?',
      asked: 'Wat kost Raalte?',
      expanded: true,
      passage: { title: 'Jaarverslag', section: 'Tabel 1', text: '', table: { headers: ['Gemeente', 'Kosten'], rows: Array.from({ length: 30 }, (_, i) => [`Gemeente ${i}`, `€ ${i}`]) } },
      ...labels,
    }),
    noAnswer: renderNoAnswerCard({ message: 'Daar heb ik geen antwoord op gevonden.', question: 'x', askExpertButton: 'Vraag het aan RSJ' }),
    ticketConfirmed: renderNoAnswerCard({ message: 'Je vraag is vastgelegd.', question: 'x', askExpertButton: '', asked: 'Je vraag: "Wie is *de* [baas](https://x)?"' }),
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

  it('offers the full passage with a button that asks the question again; the passage is not in the card yet', () => {
    const [show, up, down] = rendered.answer.actions as { type: string; title: string; verb: string; data: Record<string, string> }[];
    expect(show).toMatchObject({ type: 'Action.Execute', title: 'Toon volledige passage', verb: QA_VERBS.showPassage, data: { asked: 'Wie stelt de begroting vast?', expand: 'true' } });
    expect([up.verb, down.verb]).toEqual([QA_VERBS.feedback, QA_VERBS.feedback]);
    expect(texts(rendered.answer)).toEqual(['Het BO stelt de begroting vast.', 'Bron: Kadernota 2025, 2.2 Governance']);
  });

  it('expanded: the passage under the answer and its source, the votes kept, and "Toon minder" to fold it in', () => {
    const [hide, up, down] = rendered.answerExpanded.actions as { title: string; verb: string; data: Record<string, string> }[];
    expect(hide).toMatchObject({ title: 'Toon minder', verb: QA_VERBS.showPassage, data: { asked: 'Wat is de begroting? En wie stelt die vast?', question: 'En wie stelt die vast?', expand: 'false' } });
    expect([up.data.question, down.data.question]).toEqual(['En wie stelt die vast?', 'En wie stelt die vast?']);
    expect(texts(rendered.answerExpanded.body)).toEqual([
      'Het BO stelt de begroting vast.',
      'Bron: Kadernota 2025, 2.2 Governance',
      'Kadernota 2025',
      '2.2 Governance',
      'Het BO komt twee keer per jaar bijeen. Het BO stelt de begroting vast.',
    ]);
  });

  it('after a vote: the vote as a line under the source, and the votes carry what redraws the card', () => {
    const voted = renderAnswerCard({ answer: 'Het BO stelt de begroting vast.', sourceLine: 'Bron: x', sourceTitle: 'x', question: 'q', asked: 'Wat? q', vote: 'Je stem is aangepast.', ...labels });
    expect(texts(voted.body)).toEqual(['Het BO stelt de begroting vast.', 'Bron: x', 'Je stem is aangepast.']);
    const [, up] = rendered.answerExpanded.actions as { data: Record<string, string> }[];
    expect(up.data).toEqual({ helpful: 'true', question: 'En wie stelt die vast?', source: 'Kadernota 2025', asked: 'Wat is de begroting? En wie stelt die vast?', expanded: 'true' });
    expect((rendered.answer.actions as { data: Record<string, string> }[])[1].data.expanded).toBe('false');
  });

  it('cuts a long table in the shown passage and says so', () => {
    const body = rendered.answerWithTablePassage.body as { type: string; items?: { type: string; rows?: unknown[] }[] }[];
    const passage = body.find((e) => e.type === 'Container')!;
    expect(passage.items!.find((e) => e.type === 'Table')?.rows).toHaveLength(21);
    expect(texts(passage)).toContain('eerste 20 van 30');
  });

  it('offers no passage that the answer already says in full', () => {
    const whole = renderAnswerCard({ answer: 'Het BO stelt de begroting vast.', sourceLine: 'Bron: x', sourceTitle: 'x', question: 'q', asked: 'q', expanded: true, passage: { title: 'x', section: '', text: 'Het BO stelt de  begroting vast.' }, ...labels });
    expect((whole.actions as { verb: string }[]).map((a) => a.verb)).toEqual([QA_VERBS.feedback, QA_VERBS.feedback]);
    expect(texts(whole.body)).toHaveLength(2);
    const listed = renderAnswerCard({ answer: 'Taken:\n1. inkoop;\n2. monitoring.', sourceLine: 'Bron: x', sourceTitle: 'x', question: 'q', asked: 'q', passage: { title: 'x', section: '', text: 'Taken:\n- inkoop;\n- monitoring.' }, ...labels });
    expect((listed.actions as { verb: string }[]).map((a) => a.verb)).toEqual([QA_VERBS.feedback, QA_VERBS.feedback]);
    expect(parseProblems(whole)).toEqual([]);
  });

  it('keeps a bold label of the document bold, not as asterisks; a lone pair of asterisks stays as typed', () => {
    const card = renderAnswerCard({ answer: '**E-2060-01 De Linde.** Wachttijd 19 weken; ** los', sourceLine: 'Bron: X', sourceTitle: 'X', question: 'q', asked: 'q', ...labels });
    expect(texts(card.body)[0]).toBe('**E-2060-01 De Linde.** Wachttijd 19 weken; \\*\\* los');
  });

  it('shows document text as typed: links, emphasis and markup escaped, list lines kept, card data unchanged', () => {
    const card = renderAnswerCard({
      answer: 'Zie [hier](https://evil.example) en *let op* <at>Anne</at>:\n1. eerste\n- tweede',
      sourceLine: 'Bron: Nota_2025',
      sourceTitle: 'Nota_2025',
      question: 'Wat is *dit*?',
      asked: 'Wat is *dit*?',
      passage: { title: 'Nota_2025', section: '# Kop', text: 'Meer [tekst](https://evil.example).' },
      expanded: true,
      ...labels,
    });
    const [answer, source, title, section, passage] = texts(card.body);
    expect(answer).toBe('Zie \\[hier\\](https://evil.example) en \\*let op\\* \u2039at\u203AAnne\u2039/at\u203A:\n1. eerste\n- tweede');
    expect(source).toBe('Bron: Nota\\_2025');
    expect([title, section, passage]).toEqual(['Nota\\_2025', '\\# Kop', 'Meer \\[tekst\\](https://evil.example).']);
    const [hide, up] = card.actions as { data: Record<string, string> }[];
    expect(hide.data).toMatchObject({ asked: 'Wat is *dit*?' });
    expect(up.data).toMatchObject({ question: 'Wat is *dit*?', source: 'Nota_2025' });
  });

  it("keeps the asker's question, escaped, on the confirmation of \"Vraag het aan RSJ\"; the decline has none", () => {
    expect(texts(rendered.ticketConfirmed.body)).toEqual(['Je vraag: "Wie is \\*de\\* \\[baas\\](https://x)?"', 'Je vraag is vastgelegd.']);
    expect(texts(rendered.noAnswer.body)).toEqual(['Daar heb ik geen antwoord op gevonden.']);
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
    const routed = (qaRoutes({} as QaService, {} as FeedbackService, async () => Buffer.alloc(0), { get: async () => undefined, put: async () => undefined }).cardActions ?? []).map((a) => a.verb);
    expect(inTemplates.length).toBeGreaterThan(5);
    for (const verb of inTemplates) expect(routed).toContain(verb);
  });
});
