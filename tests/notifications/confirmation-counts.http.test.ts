import { BotHarness, DEMO, readable } from '../helpers/bot-harness';

/**
 * Issue 13: a confirmation reports what the outbox really did with each delivery (sent, waiting for
 * the recipient to open the app, failed), not who looked reachable when it was enqueued; when
 * something is missing the notice is a warning, never green.
 */
describe('confirmations from the outbox delivery counts', () => {
  const bot = new BotHarness();
  const clock = new Date('2026-11-02T09:00:00Z');
  const TOKEN = 'confirmation-counts-token';
  beforeAll(() => bot.start({ NOTIFY_TOKEN: TOKEN }, { now: () => clock }));
  afterAll(() => bot.stop());

  const install = async (user: string) => {
    const act = bot.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }, { user, conversationType: 'personal' });
    await bot.post(act);
    return act.conversation.id as string;
  };
  const noticeOf = (card: any) => card.body.find((b: any) => b.type === 'TextBlock' && /geopend/.test(b.text ?? ''));

  it('round opened: one invitation sent, one refused by Teams after it was enqueued; said so, in a warning', async () => {
    await install(DEMO.beleidsadviseurKampen);
    const zwolle = await install(DEMO.beleidsadviseurZwolle);
    // Teams refuses the send into Zwolle's chat (the app was removed): at enqueue time the chat looked fine.
    bot.connector.respond = ({ conversationId, method }) => (conversationId === zwolle && method === 'POST' ? { status: 403 } : undefined);
    const opened = await bot.execute('regio.round.open', { year: '2027', deadline: '2026-12-15' }, { user: DEMO.regiomanager });
    bot.connector.respond = undefined;
    expect(opened.statusCode).toBe(200);
    const card = opened.value;
    const text = readable({ attachments: [{ content: card }] });
    // before: "De uitnodiging is naar alle 2 beleidsadviseurs gestuurd.", in green
    expect(text).toContain('De uitnodiging is naar 1 van 2 beleidsadviseurs gestuurd; bij 1 mislukt (Eva de Boer (demo)): zie "afleverrapport".');
    expect(noticeOf(card).color).toBe('Warning');
    // the invitation really reached Kampen's adviser and nobody else personally
    const invitations = bot.connector.received.filter((r) => /Regioagenda 2027|ronde 2027/i.test(readable(r.activity)));
    expect(invitations).toHaveLength(1);
  });

  it('the delivery report refreshes to the current counts: a waiting delivery goes out once the recipient opens the app', async () => {
    const res = await fetch(`${bot.url}/api/notify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ idempotencyKey: 'test:refresh', recipients: [{ kind: 'user', aadObjectId: DEMO.wethouderDeventer }], text: 'Testbericht voor Daan' }),
    });
    const { id } = (await res.json()) as { id: string };
    // What Teams sends when the report message is shown (refresh) or "Bijwerken" is clicked: an invoke about that message.
    const refresh = async (user: string) => {
      const act = bot.activity(
        { type: 'invoke', name: 'adaptiveCard/action', replyToId: 'report-message-1', value: { action: { type: 'Action.Execute', verb: 'notifications.report.refresh', data: { id } }, trigger: 'automatic' } },
        { user },
      );
      return (await bot.post(act)).body as { statusCode: number; value: any };
    };
    const wait = async (want: RegExp) => {
      let text = '';
      for (let i = 0; i < 100; i++) {
        text = readable({ attachments: [{ content: (await refresh(DEMO.regiomanager)).value }] });
        if (want.test(text)) return text;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`never matched ${want}: ${text}`);
    };
    const waiting = await wait(/1 ontvanger: 1 wacht op de app/);
    expect(waiting).toContain('Bijwerken');
    // the date is when it was made, not a "Verstuurd op" for a message that has not gone out
    expect(waiting).toMatch(/Aangemaakt op \d+ \w+ \d{4}/);
    expect(waiting).not.toContain('Verstuurd op');
    await install(DEMO.wethouderDeventer);
    expect(await wait(/1 ontvanger: 1 bezorgd/)).toContain('Bezorgd (1)');
    // the message itself was updated in place with the new counts
    const updates = bot.connector.received.filter((r) => r.method === 'PUT' && r.activityId === 'report-message-1');
    expect(readable(updates.at(-1)!.activity)).toContain('1 ontvanger: 1 bezorgd');
    const refused = await refresh(DEMO.wethouderDeventer);
    expect(readable({ attachments: [{ content: refused.value }] }) + JSON.stringify(refused.value)).toContain('alleen voor medewerkers van RSJ');
  });
});
