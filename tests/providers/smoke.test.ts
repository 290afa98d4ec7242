import path from 'node:path';
import { parseConfig } from '../../src/config';
import { createFeatures } from '../../src/features';
import { importFiles } from '../../src/cli/import';
import { loadRegion } from '../../src/region';
import { createLogger } from '../../src/shared/logger';
import { createStorage } from '../../src/storage';
import { BotHarness, DEMO } from '../helpers/bot-harness';

const FIX = path.join(__dirname, '../fixtures/providers');
it('smoke', async () => {
  const bot = new BotHarness();
  const config = parseConfig({ DATA_DIR: bot.dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'off' });
  const storage = await createStorage(config);
  const f = createFeatures({ config, region: loadRegion('ijsselland'), storage, log: createLogger('silent') });
  const r = await importFiles(f.imports, ['signalen.csv', 'wachttijden.csv', 'contracten.csv', 'aanbieders.csv'].map((x) => path.join(FIX, x)).concat([path.join(__dirname, '../../config/demo/gebruikers.csv')]));
  console.log(r.lines.join('\n'));
  await storage.close();
  await bot.start({ DEMO_DATA: 'off' });
  const conv = 'a:conv1';
  for (const q of (process.env.QS ?? '').split('|')) {
    const res = await bot.say(q, { user: DEMO.contractmanager, conversationId: conv });
    console.log('Q: ' + q + '\nA: ' + res.replies.map((x: any) => x.text).join('\n'));
  }
  await bot.stop();
});
