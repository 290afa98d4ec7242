import { renderDeliveryReportCard } from '../../src/features/notifications/cards/delivery-report.card';
import { renderNotificationCard } from '../../src/features/notifications/cards/notification.card';
import { reportCard } from '../../src/features/notifications/notifications.routes';
import type { AdaptiveCardJson } from '../../src/features/feature';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

function parseErrors(card: AdaptiveCardJson): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const out: string[] = [];
  for (let i = 0; i < context.eventCount; i++) out.push(context.getEventAt(i).message);
  return out;
}

describe('notification card templates', () => {
  it('the "melding" card is valid Adaptive Card 1.5, with and without facts and link', () => {
    const full = renderNotificationCard({ title: 'Agenda PFO', text: 'Staat klaar', facts: [{ title: 'Datum', value: '12 maart' }], url: 'https://example.org/a', urlTitle: 'Openen', footer: 'voet' });
    const bare = renderNotificationCard({ title: 'Agenda PFO', text: 'Staat klaar', facts: [], url: '', urlTitle: 'Openen', footer: 'voet' });
    for (const card of [full, bare]) {
      expect(card.version).toBe('1.5');
      expect(parseErrors(card)).toEqual([]);
    }
    expect(JSON.stringify(full)).toContain('Action.OpenUrl');
    expect(JSON.stringify(bare)).not.toContain('Action.OpenUrl');
    expect(JSON.stringify(bare)).not.toContain('FactSet');
  });

  it('the delivery report card is valid Adaptive Card 1.5 and reads as per-name lines grouped by outcome (issue 13, 7)', () => {
    const card = reportCard({
      id: 'n-1',
      title: 'Agenda PFO 15 januari 2027',
      createdAt: '2026-03-01T09:00:00.000Z',
      priority: 'normal',
      state: 'expanded',
      counts: { sent: 2, pending: 0, waiting: 0, failed: 1, undeliverable: 2 },
      summary: { sent: 2, pending: 0, waiting: 0, failed: 1, unresolvable: 2 },
      rows: [
        { recipient: 'Daan Smit', status: 'sent', attempts: 1 },
        { recipient: 'Anne Visser', status: 'sent', attempts: 1 },
        { recipient: 'het kanaal van het PFO', status: 'failed', attempts: 1, reason: 'HTTP 403' },
        { recipient: 'Wim Kampen', status: 'undeliverable', attempts: 1, reason: 'niet bezorgbaar: geen gesprek met deze ontvanger bekend' },
        { recipient: 'Zoë Zwolle', status: 'undeliverable', attempts: 1, reason: 'niet bezorgbaar: geen gesprek met deze ontvanger bekend' },
      ],
    });
    expect(card.version).toBe('1.5');
    expect(parseErrors(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('Afleverrapport: Agenda PFO 15 januari 2027');
    expect(json).toContain('5 ontvangers: 2 bezorgd, 1 mislukt, 2 niet bezorgbaar.');
    expect(json).toContain('"Bezorgd (2)"');
    expect(json).toContain('Anne Visser, Daan Smit');
    expect(json).toContain('het kanaal van het PFO: HTTP 403');
    expect(json).toContain('Wim Kampen: geen gesprek met deze ontvanger bekend');
    expect(json).not.toMatch(/niet bezorgbaar: niet bezorgbaar/i);
    expect(json).not.toContain('ColumnSet');
    // the id is only in the refresh data, never in what people read
    expect(JSON.stringify(card.body)).not.toContain('n-1');
    expect((card as any).refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'notifications.report.refresh', data: { id: 'n-1' } });
    expect(parseErrors(renderDeliveryReportCard({ heading: 'h', subheading: 's', summary: '', groups: [], items: [], note: 'n' }))).toEqual([]);
  });
});
