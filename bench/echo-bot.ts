// Baseline for the benchmarks: the same stack (restify + TeamsAdapter + teams-ai Application)
// doing nothing but echoing, so ratios show what our own code costs.
import restify from 'restify';
import { MemoryStorage } from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';

const adapter = new TeamsAdapter({});
const app = new Application({ adapter, storage: new MemoryStorage(), startTypingTimer: false });
app.activity('message', async (context) => {
  await context.sendActivity(`echo: ${context.activity.text}`);
});
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await app.run(context);
  });
});
server.listen(Number(process.env.PORT ?? 0), () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
