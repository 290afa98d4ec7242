// Starts the bot (env/.env.playground) and Microsoft 365 Agents Playground next to it.
// Open http://localhost:56150 to chat with the bot as the demo users of .m365agentsplayground.yml.
import { spawn } from 'node:child_process';

const env = { ...process.env, ENV_NAME: 'playground', TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none' };
const port = env.PORT ?? '3978';
const children = [
  spawn(process.execPath, ['dist/src/index.js'], { env, stdio: 'inherit' }),
  spawn('npx', ['agentsplayground', '-e', `http://localhost:${port}/api/messages`, '-c', 'msteams'], { env, stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c) => c.on('exit', (code) => { if (code) stop(); }));
