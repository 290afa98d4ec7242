import { BotHarness, DEMO } from '../helpers/bot-harness';
it('smoke', async () => {
  const bot = new BotHarness();
  await bot.start({ DEMO_DATA: 'on' });
  const conv = 'a:conv1';
  for (const q of (process.env.QS ?? '').split('|')) {
    const t = Date.now();
    const res = await bot.say(q, { user: process.env.U ? (DEMO as any)[process.env.U] : DEMO.contractmanager, conversationId: conv });
    console.log('Q: ' + q + ` (${Date.now() - t} ms)\nA: ` + res.replies.map((x: any) => x.text).join('\n'));
  }
  await bot.stop();
});
