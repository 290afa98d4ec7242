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

  it('the delivery report card is valid Adaptive Card 1.5 and shows counts and reasons', () => {
    const card = reportCard({
      id: 'n-1',
      createdAt: '2026-03-01T09:00:00.000Z',
      priority: 'normal',
      state: 'expanded',
      counts: { sent: 1, pending: 0, waiting: 0, failed: 1, undeliverable: 0 },
      summary: { sent: 1, pending: 0, waiting: 0, failed: 1, unresolvable: 0 },
      rows: [
        { recipient: 'Daan Smit', status: 'sent', attempts: 1 },
        { recipient: 'kanaal body:PFO', status: 'failed', attempts: 1, reason: 'HTTP 403' },
      ],
    });
    expect(card.version).toBe('1.5');
    expect(parseErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('mislukt: HTTP 403');
    expect(parseErrors(renderDeliveryReportCard({ heading: 'h', subheading: 's', totals: [], rows: [], note: 'n' }))).toEqual([]);
  });
});
